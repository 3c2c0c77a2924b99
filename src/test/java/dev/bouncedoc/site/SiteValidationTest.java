package dev.bouncedoc.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bouncedoc.Catalog;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every page of the site passes the Nu HTML Checker (the validator behind validator.w3.org/nu), in process:
 * errors and warnings alike fail the test, with file, line and message.
 */
class SiteValidationTest {
    @TempDir
    Path dir;

    @Test
    void everyPageOfTheBundledSiteIsValidHtml() throws Exception {
        List<String> problems = validate(Catalog.bundled(), "https://help.example.jp/bouncedoc/", dir.resolve("absolute"));
        assertEquals(List.of(), problems);
    }

    @Test
    void pagesWithRelativeLinksAndHostileTextsAreValidToo() throws Exception {
        Catalog hostile = Catalog.bundled().withOverlay(SiteGeneratorTest.HOSTILE);
        Path out = dir.resolve("hostile");
        List<String> written = new SiteGenerator(hostile, null).write(out);
        List<String> pages = new ArrayList<>();
        for (String f : written) {
            if (f.endsWith(".html") && (f.contains("acme.") || f.endsWith("index.html"))) {
                pages.add(f);
            }
        }
        assertEquals(List.of(), check(out, pages));
    }

    @Test
    void theCheckerFindsAnInvalidPage() throws Exception {
        java.nio.file.Files.writeString(dir.resolve("bad.html"),
                "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"></head><body><p>x</body></html>\n");
        List<String> problems = check(dir, List.of("bad.html"));
        assertEquals(List.of("bad.html:2: error:  Element \u201chead\u201d is missing a required instance of child element"
                + " \u201ctitle\u201d."), problems);
    }

    static List<String> validate(Catalog catalog, String baseUrl, Path out) throws Exception {
        List<String> pages = new ArrayList<>();
        for (String f : new SiteGenerator(catalog, baseUrl).write(out)) {
            if (f.endsWith(".html")) {
                pages.add(f);
            }
        }
        return check(out, pages);
    }

    static List<String> check(Path root, List<String> pages) throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        List<String> problems = new ArrayList<>();
        for (String page : pages) {
            String out = validator.validate(root.resolve(page));
            JsonObject report = Json.createReader(new StringReader(out)).readObject();
            for (JsonValue v : report.getJsonArray("messages")) {
                JsonObject m = v.asJsonObject();
                problems.add(page + ":" + m.getInt("lastLine", 0) + ": " + m.getString("type") + ": "
                        + m.getString("subType", "") + " " + m.getString("message", ""));
            }
        }
        return problems;
    }
}

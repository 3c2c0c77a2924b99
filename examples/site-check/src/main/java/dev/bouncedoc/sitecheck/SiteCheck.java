package dev.bouncedoc.sitecheck;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nu.validator.client.EmbeddedValidator;

/**
 * Every page under a folder written by {@code bouncedoc site} passes the Nu HTML Checker: errors and
 * warnings alike are printed with file, line and message, and make the exit status 1. A page known to be
 * invalid is checked first, so a checker that finds nothing cannot pass unnoticed.
 */
public final class SiteCheck {
    private SiteCheck() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: SiteCheck SITE-FOLDER");
            System.exit(2);
        }
        Path root = Path.of(args[0]);
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);

        Path bad = Files.createTempFile("site-check", ".html");
        Files.writeString(bad, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"></head><body><p>x</body></html>\n");
        List<String> control = check(validator, bad.getParent(), List.of(bad.getFileName().toString()));
        Files.delete(bad);
        if (control.size() != 1 || !control.get(0).contains("missing a required instance of child element")) {
            System.err.println("site check: the checker did not find the missing <title> of a control page: " + control);
            System.exit(1);
        }

        List<String> pages = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(p -> p.toString().endsWith(".html")).sorted()
                    .forEach(p -> pages.add(root.relativize(p).toString()));
        }
        if (pages.isEmpty()) {
            System.err.println("site check: no page under " + root);
            System.exit(1);
        }
        List<String> problems = check(validator, root, pages);
        problems.forEach(System.err::println);
        System.out.println("site check: " + pages.size() + " pages, " + problems.size() + " problems");
        System.exit(problems.isEmpty() ? 0 : 1);
    }

    static List<String> check(EmbeddedValidator validator, Path root, List<String> pages) throws Exception {
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

package dev.bouncedoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bouncedoc.Catalog;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bouncedoc site} and {@code --help-base-url} of explain and scan. */
class SiteCommandTest {
    @TempDir
    Path dir;

    @Test
    void siteWritesThePagesAndSaysHowMany() {
        Path out = dir.resolve("site");
        MainTest.Run r = MainTest.run("", "site", "--out", out.toString(), "--base-url", "https://help.example.jp/bd/");
        assertEquals(0, r.status(), r.err());
        Catalog c = Catalog.bundled();
        int aliases = c.entries().stream().mapToInt(e -> e.aliases().size()).sum();
        int files = 2 + c.languages().size() * (c.entries().size() + aliases + 1);
        assertTrue(r.out().startsWith(files + " files written to " + out + " (" + c.entries().size() + " entries, "), r.out());
        assertTrue(Files.isRegularFile(out.resolve("ja/delivery.user-unknown.html")));
        assertTrue(Files.isRegularFile(out.resolve("en/index.html")));
    }

    @Test
    void aBadBaseUrlIsAUsageError() {
        MainTest.Run r = MainTest.run("", "site", "--out", dir.toString(), "--base-url", "javascript:alert(1)");
        assertEquals(Main.USAGE, r.status());
        assertTrue(r.err().startsWith("bouncedoc site: --base-url: "), r.err());
        assertEquals(Main.USAGE, MainTest.run("", "site").status(), "--out is required");
    }

    @Test
    void aFolderThatCannotBeWrittenIsStatus3() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        MainTest.Run r = MainTest.run("", "site", "--out", file.toString());
        assertEquals(Main.UNREADABLE, r.status());
        assertTrue(r.err().startsWith("bouncedoc site: cannot write " + file), r.err());
    }

    @Test
    void explainAndScanLinkToThePagesWithAHelpBaseUrl() {
        MainTest.Run json = MainTest.run("", "explain", "--lang", "ja", "--format", "json", "--help-base-url",
                "https://help.example.jp/bd", "550 5.1.1 User unknown");
        assertEquals(0, json.status(), json.err());
        assertEquals("https://help.example.jp/bd/ja/delivery.user-unknown.html", json.json().getString("helpUrl"));
        MainTest.Run plain = MainTest.run("", "explain", "--format", "json", "550 5.1.1 User unknown");
        assertTrue(!plain.json().containsKey("helpUrl"), plain.out());
        MainTest.Run html = MainTest.run("", "scan", "--lang", "en", "--format", "html", "--help-base-url",
                "https://help.example.jp/bd/", "examples/bounce-postfix-ja.eml");
        assertEquals(0, html.status(), html.err());
        assertTrue(html.out().contains("<a href=\"https://help.example.jp/bd/en/delivery.user-unknown.html\" hreflang=\"en\">"),
                html.out());
        MainTest.Run bad = MainTest.run("", "explain", "--help-base-url", "ftp://x/", "550 5.1.1 User unknown");
        assertEquals(Main.USAGE, bad.status());
        assertTrue(bad.err().startsWith("bouncedoc: --help-base-url: "), bad.err());
    }
}

package dev.bouncedoc.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bouncedoc.Catalog;
import dev.bouncedoc.CatalogEntry;
import dev.bouncedoc.EntryTexts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.text.StringEscapeUtils;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site of {@code bouncedoc site}: its files, their links between languages, aliases and escaping. */
class SiteGeneratorTest {
    static final Path HOSTILE = Path.of("src/test/resources/catalogs/site-hostile");

    @TempDir
    static Path dir;
    static Path bundled;
    static List<String> written;

    @BeforeAll
    static void writeTheBundledSite() throws IOException {
        bundled = dir.resolve("bundled");
        written = new SiteGenerator(Catalog.bundled(), null).write(bundled);
    }

    static String read(Path p) throws IOException {
        return Files.readString(p);
    }

    static String esc(String s) {
        return StringEscapeUtils.escapeHtml4(s).replace("'", "&#39;");
    }

    @Test
    void everyEntryHasAPageInEveryLanguageAndEveryAliasARedirect() {
        Catalog c = Catalog.bundled();
        List<String> expected = new ArrayList<>(List.of("site.css", "index.html"));
        for (String l : c.languages()) {
            for (CatalogEntry e : c.entries()) {
                expected.add(l + "/" + e.id() + ".html");
                e.aliases().forEach(a -> expected.add(l + "/" + a + ".html"));
            }
            expected.add(l + "/index.html");
        }
        assertEquals(expected, written);
        for (String f : written) {
            assertTrue(Files.isRegularFile(bundled.resolve(f)), f);
        }
        assertEquals(List.of("en", "ja"), c.languages().stream().sorted().toList());
    }

    @Test
    void aPageCarriesTheEntrysTextsEscapedAndLinksToItsOtherLanguage() throws IOException {
        EntryTexts ja = Catalog.bundled().texts("delivery.user-unknown", Locale.JAPANESE);
        assertEquals("ja/delivery.user-unknown.html", ja.helpPath());
        String page = read(bundled.resolve(ja.helpPath()));
        assertTrue(page.startsWith("<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"), page);
        assertTrue(page.contains("<h1>" + esc(ja.title()) + "</h1>"), page);
        assertTrue(page.contains("<p class=\"summary\">" + esc(ja.summary()) + "</p>"), page);
        for (String step : ja.steps()) {
            assertTrue(page.contains("<li>" + esc(step) + "</li>"), step);
        }
        for (String note : ja.adminNotes()) {
            assertTrue(page.contains("<li>" + esc(note) + "</li>"), note);
        }
        for (String x : ja.examples()) {
            assertTrue(page.contains("<pre class=\"example\">" + esc(x) + "</pre>"), x);
        }
        assertTrue(page.contains("<li><code>5.1.1</code></li>"), page);
        assertTrue(page.contains("<link rel=\"alternate\" hreflang=\"ja\" href=\"delivery.user-unknown.html\">"), page);
        assertTrue(page.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"../en/delivery.user-unknown.html\">"), page);
        assertTrue(page.contains("<a class=\"lang\" href=\"../en/delivery.user-unknown.html\" hreflang=\"en\" lang=\"en\">English</a>"), page);
        assertFalse(page.contains("rel=\"canonical\""), "no canonical link without a base URL");
        EntryTexts temporary = ja.temporary();
        assertTrue(page.contains("<section id=\"temporary\">\n<h2>一時的なエラー（4xx・4.x.x）の場合</h2>\n"), page);
        assertTrue(page.contains("<h3>" + esc(temporary.title()) + "</h3>\n<p>" + esc(temporary.summary()) + "</p>\n"), page);
        assertFalse(read(bundled.resolve("ja/client.cannot-connect.html")).contains("id=\"temporary\""),
                "no such section for an entry that reads the same for every code");

        String en = read(bundled.resolve("en/delivery.user-unknown.html"));
        assertTrue(en.contains("<html lang=\"en\">"), en);
        assertTrue(en.contains("<h1>" + esc(Catalog.bundled().texts("delivery.user-unknown", Locale.ENGLISH).title())
                + "</h1>"), en);
        assertTrue(en.contains("<link rel=\"alternate\" hreflang=\"ja\" href=\"../ja/delivery.user-unknown.html\">"), en);
    }

    @Test
    void templateArgumentsReadAsTheCatalogsPlaceholders() throws IOException {
        for (String f : written) {
            String page = read(bundled.resolve(f));
            assertFalse(page.contains("{host}") || page.contains("{address}") || page.contains("{code}"), f);
        }
    }

    @Test
    void theIndexListsEveryEntryByKindWithAnInlineSearchIndex() throws IOException {
        String index = read(bundled.resolve("ja/index.html"));
        for (CatalogEntry e : Catalog.bundled().entries()) {
            assertTrue(index.contains("<li data-id=\"" + e.id() + "\"><a href=\"" + e.id() + ".html\">"
                    + esc(e.titles().get("ja")) + "</a>"), e.id());
            assertTrue(index.contains("{\"id\":\"" + e.id() + "\","), e.id());
        }
        assertTrue(index.indexOf("id=\"kind-client\"") < index.indexOf("id=\"kind-delivery\""), "grouped by kind, in order");
        assertEquals(2, count(index, "<script"), "the index and the search script, nothing else");
        assertEquals(2, count(index, "</script>"));
        assertFalse(index.contains("src=\"http") || index.contains("href=\"http"), "nothing external");
    }

    @Test
    void everyTextOfAHostileCatalogIsEscapedAndOnlyWebAddressesBecomeLinks() throws IOException {
        Catalog c = Catalog.bundled().withOverlay(HOSTILE);
        Path out = dir.resolve("hostile");
        new SiteGenerator(c, null).write(out);
        for (String l : List.of("en", "ja")) {
            String page = read(out.resolve(l + "/acme.script-in-texts.html"));
            assertFalse(page.contains("<script") || page.contains("</script") || page.contains("<img")
                    || page.contains("<b>") || page.contains("<i>"), page);
            assertFalse(page.contains("href=\"javascript:"), page);
            assertTrue(page.contains("<li>javascript:alert(4)</li>"), page);
            assertTrue(page.contains("<a href=\"https://example.com/runbook?a=1&amp;b=2\" rel=\"noopener noreferrer\">"), page);
            assertTrue(page.contains("<pre class=\"example\">550 ACME-HOSTILE-42 &lt;script&gt;alert(5)&lt;/script&gt;</pre>"), page);
            String index = read(out.resolve(l + "/index.html"));
            assertEquals(2, count(index, "<script"), "a title cannot open a script");
            assertEquals(2, count(index, "</script>"), "a title cannot close the index's script");
        }
        String en = read(out.resolve("en/acme.script-in-texts.html"));
        assertTrue(en.contains("<h1>Title &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot; &#39;single&#39;</h1>"), en);
    }

    @Test
    void anAliasRedirectsToItsEntry() throws IOException {
        Catalog c = Catalog.bundled().withOverlay(HOSTILE);
        Path out = dir.resolve("alias");
        new SiteGenerator(c, null).write(out);
        String alias = read(out.resolve("ja/acme.old-name.html"));
        assertTrue(alias.contains("<meta http-equiv=\"refresh\" content=\"0; url=acme.script-in-texts.html\">"), alias);
        assertTrue(alias.contains("<link rel=\"canonical\" href=\"acme.script-in-texts.html\">"), alias);
        assertTrue(alias.contains("<a href=\"acme.script-in-texts.html\">"), alias);

        Path absolute = dir.resolve("alias-absolute");
        new SiteGenerator(c, "https://help.example.jp/bouncedoc").write(absolute);
        String moved = read(absolute.resolve("en/acme.old-name.html"));
        assertTrue(moved.contains("<link rel=\"canonical\" href=\"https://help.example.jp/bouncedoc/en/acme.script-in-texts.html\">"), moved);

        // The bundled catalog's own alias
        String bundledAlias = read(bundled.resolve("en/client.imap-no-common-auth-method.html"));
        CatalogEntry target = Catalog.bundled().entry("client.imap-no-common-auth-method");
        assertNotNull(target);
        assertTrue(bundledAlias.contains("url=" + target.id() + ".html\">"), bundledAlias);
    }

    @Test
    void aBaseUrlMakesCanonicalAndHreflangLinksAbsolute() throws IOException {
        Path out = dir.resolve("absolute");
        new SiteGenerator(Catalog.bundled(), "https://help.example.jp/bouncedoc/").write(out);
        String page = read(out.resolve("ja/delivery.user-unknown.html"));
        assertTrue(page.contains("<link rel=\"canonical\" href=\"https://help.example.jp/bouncedoc/ja/delivery.user-unknown.html\">"), page);
        assertTrue(page.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"https://help.example.jp/bouncedoc/en/delivery.user-unknown.html\">"), page);
        assertTrue(page.contains("<link rel=\"alternate\" hreflang=\"ja\" href=\"https://help.example.jp/bouncedoc/ja/delivery.user-unknown.html\">"), page);
        assertTrue(page.contains("<link rel=\"stylesheet\" href=\"../site.css\">"), "the style sheet stays relative: works offline");
    }

    @Test
    void aBadBaseUrlIsRefused() {
        for (String bad : List.of("javascript:alert(1)", "help.example.jp", "https://", "https:///x", "ftp://example.jp/",
                "https://example.jp/?q=1", "https://example.jp/#top", "https://example.jp/a b", "https://example.jp/\"x")) {
            assertThrows(IllegalArgumentException.class, () -> new SiteGenerator(Catalog.bundled(), bad), bad);
        }
    }

    @Test
    void onlyWebAddressesAreLinks() {
        assertTrue(SiteGenerator.isWebAddress("https://www.rfc-editor.org/rfc/rfc5321"));
        assertTrue(SiteGenerator.isWebAddress("HTTP://example.com/"));
        assertFalse(SiteGenerator.isWebAddress("RFC 5321 §4.2.3"));
        assertFalse(SiteGenerator.isWebAddress("javascript:alert(1)"));
        assertFalse(SiteGenerator.isWebAddress("https://example.com/\"onmouseover=alert(1)"));
    }

    static int count(String s, String what) {
        int n = 0;
        for (int at = s.indexOf(what); at >= 0; at = s.indexOf(what, at + 1)) {
            n++;
        }
        return n;
    }
}

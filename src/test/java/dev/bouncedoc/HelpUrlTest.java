package dev.bouncedoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bouncedoc.render.HtmlRenderer;
import dev.bouncedoc.render.JsonRenderer;
import dev.bouncedoc.render.ReportRenderer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A diagnosis names its help page (helpPath), and its full address when a base URL is set (helpUrl). */
class HelpUrlTest {
    static final String USER_UNKNOWN = "550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown";

    @Test
    void theHelpPathIsTheLanguageAndTheId() {
        BounceDoc doc = BounceDoc.create();
        Diagnosis ja = doc.diagnose(USER_UNKNOWN, Locale.JAPANESE);
        assertEquals("delivery.user-unknown", ja.id());
        assertEquals("ja/delivery.user-unknown.html", ja.helpPath());
        assertEquals("en/delivery.user-unknown.html", ja.in(Locale.ENGLISH).helpPath());
        assertEquals("ja/delivery.user-unknown.html", doc.diagnose(USER_UNKNOWN, Locale.forLanguageTag("ja-JP")).helpPath());
        assertNull(ja.helpUrl(), "no base URL, no address");
        assertEquals("en/unknown.html", doc.diagnose("no error here at all", Locale.ENGLISH).helpPath());
    }

    @Test
    void aBaseUrlGivesTheFullAddressInEveryLanguage() {
        BounceDoc doc = BounceDoc.builder().helpBaseUrl("https://help.example.jp/bouncedoc").build();
        Diagnosis ja = doc.diagnose(USER_UNKNOWN, Locale.JAPANESE);
        assertEquals("https://help.example.jp/bouncedoc/ja/delivery.user-unknown.html", ja.helpUrl());
        assertEquals("https://help.example.jp/bouncedoc/en/delivery.user-unknown.html", ja.in(Locale.ENGLISH).helpUrl());
        BounceDoc slash = BounceDoc.builder().helpBaseUrl("/help/").build();
        assertEquals("/help/en/delivery.user-unknown.html", slash.diagnose(USER_UNKNOWN).helpUrl());
        assertNotEquals(BounceDoc.create().diagnose(USER_UNKNOWN), doc.diagnose(USER_UNKNOWN),
                "a diagnosis with a help URL is another value");
        assertEquals(doc.diagnose(USER_UNKNOWN), doc.diagnose(USER_UNKNOWN));
    }

    @Test
    void aTemporaryCodeLinksToThePagesSectionOnIt() {
        BounceDoc doc = BounceDoc.builder().helpBaseUrl("https://help.example.jp/").build();
        Diagnosis d = doc.diagnose("450 4.1.1 <bob@example.org>: Recipient address rejected: User unknown", Locale.JAPANESE);
        assertEquals("delivery.user-unknown", d.id());
        assertTrue(d.temporary());
        assertEquals("ja/delivery.user-unknown.html", d.helpPath());
        assertEquals("https://help.example.jp/ja/delivery.user-unknown.html#temporary", d.helpUrl());
        EntryTexts page = Catalog.bundled().texts("delivery.user-unknown", Locale.JAPANESE);
        assertEquals(page.temporary().title(), d.title(), "the section shows the diagnosis's own texts");
        assertNull(Catalog.bundled().texts("client.cannot-connect", Locale.JAPANESE).temporary());
    }

    @Test
    void aBadBaseUrlIsRefusedWhenSet() {
        for (String bad : List.of("javascript:alert(1)", "help.example.jp/x", "https://", "https://x/?a=1",
                "https://x/#f", "https://x/a b", "https://x/<", "https://x/\u0000", "")) {
            assertThrows(IllegalArgumentException.class, () -> BounceDoc.builder().helpBaseUrl(bad), bad);
        }
        assertThrows(NullPointerException.class, () -> BounceDoc.builder().helpBaseUrl(null));
    }

    @Test
    void jsonCarriesHelpUrlOnlyWhenSet() {
        JsonObject without = json(JsonRenderer.render(BounceDoc.create().diagnose(USER_UNKNOWN)));
        assertFalse(without.containsKey("helpUrl"));
        Diagnosis d = BounceDoc.builder().helpBaseUrl("https://help.example.jp/").build().diagnose(USER_UNKNOWN, Locale.JAPANESE);
        assertEquals("https://help.example.jp/ja/delivery.user-unknown.html", json(JsonRenderer.render(d)).getString("helpUrl"));
    }

    @Test
    void theHtmlFragmentLinksToThePageOnlyWhenThereIsOne() {
        assertFalse(HtmlRenderer.render(BounceDoc.create().diagnose(USER_UNKNOWN)).contains("<a "));
        Diagnosis d = BounceDoc.builder().helpBaseUrl("https://help.example.jp/").build().diagnose(USER_UNKNOWN, Locale.JAPANESE);
        assertTrue(HtmlRenderer.render(d).contains("<p class=\"bouncedoc-help\"><a href=\"https://help.example.jp/ja/"
                + "delivery.user-unknown.html\" hreflang=\"ja\">このエラーについて詳しく見る</a></p>\n"), HtmlRenderer.render(d));
    }

    @Test
    void reportsOfMessagesLinkEachRecipient() throws Exception {
        BounceDoc doc = BounceDoc.builder().locale(Locale.JAPANESE).helpBaseUrl("https://help.example.jp").build();
        BounceReport r = doc.read(Path.of("examples/bounce-postfix-ja.eml"));
        assertEquals(2, r.recipients().size());
        for (FailedRecipient f : r.recipients()) {
            assertEquals("https://help.example.jp/ja/" + f.diagnosis().id() + ".html", f.diagnosis().helpUrl());
            assertTrue(ReportRenderer.html("bounce.eml", r, Locale.JAPANESE).contains(
                    "<a href=\"https://help.example.jp/ja/" + f.diagnosis().id() + ".html\" hreflang=\"ja\">"));
        }
    }

    static JsonObject json(String s) {
        return Json.createReader(new StringReader(s)).readObject();
    }
}

package dev.bouncedoc.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bouncedoc.BounceDoc;
import dev.bouncedoc.Diagnosis;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RendererTest {
    static final BounceDoc DOC = BounceDoc.create();

    static JsonObject json(Diagnosis d) {
        return Json.createReader(new StringReader(JsonRenderer.render(d))).readObject();
    }

    @Test
    void jsonHasEveryFieldOfTheContractAndNullsInsteadOfGaps() {
        JsonObject o = json(DOC.diagnose("Error Number: 0x800CCC0E", Locale.JAPANESE));
        for (String field : List.of("input", "id", "catalogVersion", "reason", "hardBounce", "whoActs", "retry", "codes",
                "lang", "title", "summary", "steps", "adminNotes", "confidence", "evidence")) {
            assertTrue(o.containsKey(field), field);
        }
        JsonObject codes = o.getJsonObject("codes");
        for (String field : List.of("reply", "status", "hresult", "pop3")) {
            assertTrue(codes.containsKey(field), field);
        }
        assertEquals(JsonValue.NULL, o.get("reason"));
        assertEquals(JsonValue.NULL, codes.get("reply"));
        assertEquals("0x800CCC0E", codes.getJsonObject("hresult").getString("value"));
        assertEquals("IXP_E_FAILED_TO_CONNECT", codes.getJsonObject("hresult").getString("name"));
        assertEquals("ja", o.getString("lang"));
        assertEquals("client.cannot-connect", o.getString("id"));
        assertEquals("Error Number: 0x800CCC0E", o.getString("input"));
        JsonObject evidence = o.getJsonArray("evidence").getJsonObject(0);
        assertEquals("0x800CCC0E", evidence.getString("text"));
    }

    @Test
    void jsonIsOneLineEvenWhenTheInputHasLineBreaks() {
        String line = JsonRenderer.render(DOC.diagnose("550 5.1.1\nuser unknown\r\n"));
        assertFalse(line.contains("\n"));
        assertEquals(550, Json.createReader(new StringReader(line)).readObject().getJsonObject("codes").getInt("reply"));
    }

    @Test
    void htmlEscapesEveryPieceOfInput() {
        String hostile = "<script>alert('x')</script><img src=x onerror=alert(1)> 550 5.1.1 \"user unknown\" & more";
        String html = HtmlRenderer.render(DOC.diagnose(hostile));
        assertFalse(html.contains("<script>"), html);
        assertFalse(html.contains("<img"), html);
        assertTrue(html.contains("&lt;script&gt;"));
        assertTrue(html.contains("&amp; more"));
        assertTrue(html.contains("<mark>"), "the deciding text is marked");
        assertTrue(html.startsWith("<section class=\"bouncedoc\" lang=\"en\""));
    }

    @Test
    void textNamesTitleStepsAndEvidence() {
        Diagnosis d = DOC.diagnose("-ERR [IN-USE] Mailbox is locked", Locale.JAPANESE);
        String text = TextRenderer.render(d);
        assertTrue(text.startsWith(d.title()));
        assertTrue(text.contains("対処方法:\n  1. "));
        assertTrue(text.contains("判断の根拠: "));
        assertTrue(text.contains("POP3 [IN-USE]"));
    }

    @Test
    void labelsExistInEveryLanguage() {
        assertEquals(Labels.WORDS.get("en").keySet(), Labels.WORDS.get("ja").keySet());
    }
}

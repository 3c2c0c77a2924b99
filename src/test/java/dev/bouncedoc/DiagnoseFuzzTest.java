package dev.bouncedoc;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.bouncedoc.render.HtmlRenderer;
import dev.bouncedoc.render.JsonRenderer;
import dev.bouncedoc.render.TextRenderer;
import dev.bouncedoc.vocabulary.Evidence;
import java.util.Locale;

/**
 * No text makes diagnosis or rendering throw, and evidence always points inside the input. In a normal
 * build this replays the inputs under src/test/resources/dev/bouncedoc/DiagnoseFuzzTestInputs; with
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=DiagnoseFuzzTest} it fuzzes for real.
 */
class DiagnoseFuzzTest {
    private static final BounceDoc DOC = BounceDoc.create();

    @FuzzTest(maxDuration = "60s")
    void diagnoseNeverThrows(FuzzedDataProvider data) {
        boolean japanese = data.consumeBoolean();
        String text = data.consumeRemainingAsString();
        check(text, japanese ? Locale.JAPANESE : Locale.ENGLISH);
    }

    static void check(String text, Locale locale) {
        Diagnosis d = DOC.diagnose(text, locale);
        assertNotNull(d.id());
        for (Evidence e : d.evidence()) {
            assertTrue(0 <= e.start() && e.start() <= e.end() && e.end() <= text.length(), e.toString());
            // what the input holds there, without the bidi and zero-width controls no extracted value carries
            assertTrue(dev.bouncedoc.message.Text.visible(text.substring(e.start(), e.end())).equals(e.text()),
                    e.toString());
        }
        assertNotNull(JsonRenderer.render(d));
        String html = HtmlRenderer.render(d);
        assertTrue(!html.contains("<script"), "unescaped input in HTML");
        assertNotNull(TextRenderer.render(d));
    }
}

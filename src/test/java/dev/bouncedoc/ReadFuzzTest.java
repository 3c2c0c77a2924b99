package dev.bouncedoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.bouncedoc.render.JsonRenderer;
import dev.bouncedoc.render.ReportRenderer;
import dev.bouncedoc.vocabulary.Limits;
import java.io.StringWriter;
import java.util.Locale;

/**
 * No bytes make message reading or its rendering throw, the same bytes give the same report, and the HTML
 * never carries a tag from the message. In a normal build this replays the inputs under
 * src/test/resources/dev/bouncedoc/ReadFuzzTestInputs; {@code JAZZER_FUZZ=1 mvn test -Dtest=ReadFuzzTest}
 * fuzzes for real.
 */
class ReadFuzzTest {
    private static final BounceDoc DOC = BounceDoc.builder().limits(new Limits(1 << 20, 16, 200, 200, 65_536)).build();

    /** Bounded fields (1,000 characters each, JSON escapes of up to six), 50 problems and the catalog's texts. */
    static final int MAX_RECORD_CHARS = 500_000;

    @FuzzTest(maxDuration = "60s")
    void readNeverThrows(byte[] message) {
        BounceReport r = DOC.read(message);
        assertNotNull(r.kind());
        BounceReport again = DOC.read(message);
        assertEquals(r.kind(), again.kind());
        assertEquals(r.recipients().size(), again.recipients().size());
        for (int i = 0; i < r.recipients().size(); i++) {
            assertEquals(r.recipients().get(i).address(), again.recipients().get(i).address());
            assertEquals(r.recipients().get(i).diagnosis().id(), again.recipients().get(i).diagnosis().id());
        }
        StringWriter out = new StringWriter();
        JsonRenderer.writeLines("fuzz", r, out);
        assertEquals(Math.max(1, r.recipients().size()), out.toString().lines().count(), out.toString());
        // issue 13: a recipient's record is bounded whatever the message (a line naming many recipients once
        // gave each of them the whole line), so what one message gives grows with its recipients only
        out.toString().lines().forEach(line -> assertTrue(line.length() <= MAX_RECORD_CHARS, "a record of " + line.length()));
        String html = ReportRenderer.html("fuzz", r, Locale.JAPANESE);
        assertFalse(html.contains("<script") || html.contains("<img"), "unescaped message text in HTML");
        assertNotNull(ReportRenderer.text("fuzz", r, Locale.ENGLISH));
    }
}

package dev.bouncedoc.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bouncedoc.BounceDoc;
import dev.bouncedoc.BounceReport;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TerminalTextTest {
    @Test
    void controlsAndBidiOverridesAreRemovedLineFeedsKept() {
        assertEquals("title: [31mred\nok\tend", TerminalText.clean("title: \u001b[31mred\u0007\nok\tend\u202e\u200b"));
        assertEquals("]0;owned", TerminalText.clean("\u001b]0;owned\u0007"));
        assertEquals("日本語のまま", TerminalText.clean("日本語のまま"));
    }

    @Test
    void aBounceCannotReachTheTerminalThroughTheTextRenderers() {
        String bounce = "From: MAILER-DAEMON@example.jp\nSubject: Undelivered Mail \u001b]0;pwned\u0007\n\n"
                + "<bob@example.org>: host mx.example.org said: 550 5.1.1 User unknown \u001b[2J\u202e\n";
        BounceReport r = BounceDoc.create().read(bounce.getBytes(StandardCharsets.UTF_8));
        String text = ReportRenderer.text("x.eml", r, Locale.ENGLISH);
        assertTrue(text.contains("bob@example.org"), text);
        for (char c : text.toCharArray()) {
            assertFalse(TerminalText.unsafe(c), "unsafe character U+" + Integer.toHexString(c) + " in " + text);
        }
        String one = TextRenderer.render(BounceDoc.create().diagnose("550 5.1.1 \u001b[31muser\u001b[0m unknown\u0007"));
        for (char c : one.toCharArray()) {
            assertFalse(TerminalText.unsafe(c), "unsafe character U+" + Integer.toHexString(c));
        }
    }
}

package dev.bouncedoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing from input reaches a terminal as a control: not in a file name quoted by an error, an unknown
 * option echoed by the usage message, an overlay's text, nor a JSON string (where the escape keeps the value).
 */
class TerminalOutputTest {
    static final String OSC = "\u001b]0;owned\u0007";
    static final String CSI = "\u009b31m";
    static final String RLO = "\u202e";

    static void assertNoControls(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            assertFalse(c < 0x20 && c != '\n' && c != '\t' || c >= 0x7f && c <= 0x9f || c == '\u202e',
                    "control U+" + Integer.toHexString(c) + " at " + i + " in: " + s);
        }
    }

    @Test
    void aFileNameInAnErrorLineIsEscaped(@TempDir Path dir) {
        String name = dir.resolve("bad" + OSC + CSI + RLO + ".eml").toString();
        MainTest.Run r = MainTest.run("", "scan", "--lang", "en", name);
        assertNoControls(r.out());
        // the line is wrapped to 80 columns: compared without its white space
        assertTrue(r.out().replaceAll("\\s+", "").contains(
                "bad\\u001b]0;owned\\u0007\\u009b31m\\u202e.eml—couldnotberead:nosuchfile"), r.out());
    }

    @Test
    void anUnknownOptionEchoedByTheUsageMessageIsEscaped() {
        MainTest.Run r = MainTest.run("", "scan", "--x" + OSC, "f");
        assertEquals(2, r.status());
        assertNoControls(r.err());
        assertTrue(r.err().contains("--x\\u001b]0;owned\\u0007"), r.err());
    }

    @Test
    void anOverlayPathAndItsProblemsAreEscaped(@TempDir Path dir) throws IOException {
        Path overlay = Files.createDirectory(dir.resolve("o" + OSC));
        Files.writeString(overlay.resolve("catalog.yaml"), "format: 1\nname: x\nversion: 1\nlanguages: [en, ja]\n"
                + "files: [\"e" + "\\e]0;t\\a" + ".yaml\"]\n");
        MainTest.Run r = MainTest.run("", "explain", "--catalog", overlay.toString(), "550");
        assertEquals(2, r.status());
        assertNoControls(r.err());
        assertTrue(r.err().contains("o\\u001b]0;owned\\u0007"), r.err());
    }

    @Test
    void aJsonStringKeepsItsValueWithTheControlEscaped(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("1.eml"), ScanCommandTest.BOUNCE.replace("User unknown", "User " + CSI + RLO + " unknown"));
        MainTest.Run r = MainTest.run("", "scan", "--format", "jsonl", dir.toString());
        assertNoControls(r.out());
        JsonObject bob = ScanCommandTest.jsonl(r.out()).get(0);
        // the escape sequence keeps its value in JSON; the bidi override is not part of any extracted value
        assertEquals("550 5.1.1 <bob@example.org>: User " + CSI + " unknown", bob.getString("diagnosticCode"));
        MainTest.Run e = MainTest.run("", "explain", "--format", "json", "550 " + OSC + CSI + " user unknown");
        assertNoControls(e.out());
        assertEquals("550 " + OSC + CSI + " user unknown", e.json().getString("input"));
    }

    @Test
    void aCarriageReturnSurvivesOnlyBeforeALineFeed() throws IOException {
        StringWriter s = new StringWriter();
        try (TerminalWriter w = new TerminalWriter(s)) {
            w.write("a\r\nb\rc");
            w.write('\r');
            w.write('\n');
            w.write("d\r".toCharArray());
        }
        assertEquals("a\r\nb\\u000dc\r\nd\\u000d", s.toString());
    }
}

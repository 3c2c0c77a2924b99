package dev.bouncedoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The command line is a contract: other programs read its output and exit status. */
class MainTest {
    record Run(int status, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }

        JsonObject json() {
            return Json.createReader(new StringReader(out)).readObject();
        }
    }

    static Run run(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void explainsATextAndExitsZero() {
        Run r = run("", "explain", "--format", "json", "--lang", "en", "0x800CCC0E");
        assertEquals(0, r.status(), r.err());
        assertEquals("client.cannot-connect", r.json().getString("id"));
        assertEquals("en", r.json().getString("lang"));
    }

    @Test
    void joinsSeveralWordsIntoOneText() {
        Run r = run("", "explain", "--format", "json", "554", "5.7.1", "Relay", "access", "denied");
        assertEquals("554 5.7.1 Relay access denied", r.json().getString("input"));
    }

    @Test
    void exitsOneWhenNothingIsRecognised() {
        Run r = run("", "explain", "hello", "world");
        assertEquals(1, r.status());
        assertTrue(r.out().contains("[unknown]"));
    }

    @Test
    void exitsTwoOnAUsageError() {
        assertEquals(2, run("", "explain").status());
        assertEquals(2, run("", "explain", "--format", "yaml", "550").status());
        assertEquals(2, run("", "explain", "--no-such-option", "550").status());
        assertEquals(2, run("").status());
        assertEquals(2, run("", "frobnicate").status());
    }

    @Test
    void jsonlAnswersEveryLineInOrderInOneProcess() {
        String input = "0x800CCC0E\n-ERR [IN-USE] locked\nhello\n550 5.1.1 user unknown\n";
        Run r = run(input, "explain", "--format", "jsonl", "--lang", "ja", "-");
        List<String> lines = r.lines();
        assertEquals(4, lines.size());
        assertEquals(List.of("client.cannot-connect", "client.mailbox-locked", "unknown"),
                lines.subList(0, 3).stream().map(l -> Json.createReader(new StringReader(l)).readObject().getString("id")).toList());
        assertEquals("-ERR [IN-USE] locked", Json.createReader(new StringReader(lines.get(1))).readObject().getString("input"));
        assertEquals("ja", Json.createReader(new StringReader(lines.get(3))).readObject().getString("lang"));
        assertEquals(1, r.status(), "one line was not recognised");
    }

    @Test
    void readsOneTextFromStandardInput() {
        Run r = run("Socket Error: 11004\nError Number: 0x800CCC0E\n", "explain", "--format", "json", "-");
        assertEquals("client.server-not-found", r.json().getString("id"));
    }

    @Test
    void htmlIsAnEscapedFragment() {
        Run r = run("", "explain", "--format", "html", "<b>550 5.1.1</b>");
        assertTrue(r.out().contains("&lt;b&gt;"));
        assertTrue(r.out().startsWith("<section"));
    }

    @Test
    void listsTheCatalogAsJson() {
        Run r = run("", "catalog", "--format", "json");
        assertEquals(0, r.status(), r.err());
        JsonObject o = r.json();
        assertTrue(o.getString("version").matches("\\d+\\.\\d+\\.\\d+"));
        JsonObject first = o.getJsonArray("entries").getJsonObject(0);
        for (String field : List.of("id", "reason", "codes", "languages")) {
            assertTrue(first.containsKey(field), field);
        }
    }

    @Test
    void aBrokenOverlayIsAUsageErrorThatNamesTheProblem() {
        Run r = run("", "explain", "--catalog", "src/test/resources/catalogs/bad-enum", "550");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("'senders' is not one of"), r.err());
    }

    /** README's example: a pasted POP3 answer begins with "-" and is text, not an option. */
    @Test
    void aTextBeginningWithADashIsText() {
        Run r = run("", "explain", "--lang", "en", "--format", "json", "-ERR [IN-USE] Mailbox is locked by another POP3 session.");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("\"id\":\"client.mailbox-locked\""), r.out());
    }
}

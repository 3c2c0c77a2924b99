package dev.bouncedoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scan command's output is a contract (README.md, "scan"). */
class ScanCommandTest {
    static final String BOUNCE = """
            From: MAILER-DAEMON@mx.example.jp
            To: alice@example.jp
            Subject: Undelivered Mail Returned to Sender
            Content-Type: multipart/report; report-type=delivery-status; boundary="B"

            --B
            Content-Type: text/plain

            I'm sorry to have to inform you that your message could not be delivered.
            --B
            Content-Type: message/delivery-status

            Reporting-MTA: dns; mx.example.jp

            Final-Recipient: rfc822; bob@example.org
            Action: failed
            Status: 5.1.1
            Diagnostic-Code: smtp; 550 5.1.1 <bob@example.org>: User unknown

            Final-Recipient: rfc822; carol@example.net
            Action: failed
            Status: 5.2.2
            Diagnostic-Code: smtp; 552 5.2.2 <carol@example.net>: Mailbox full

            --B
            Content-Type: text/rfc822-headers

            Message-ID: <m1@example.jp>
            Subject: Hello <b>there</b>

            --B--
            """;
    static final String PLAIN = "From: alice@example.jp\nTo: bob@example.org\nSubject: hi\n\nhello\n";

    static List<JsonObject> jsonl(String out) {
        return out.lines().map(l -> Json.createReader(new StringReader(l)).readObject()).collect(Collectors.toList());
    }

    @Test
    void jsonlGivesOneObjectPerRecipientAndOneForAMessageThatIsNotABounce(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("1.eml"), BOUNCE);
        Files.writeString(dir.resolve("2.eml"), PLAIN);
        MainTest.Run r = MainTest.run("", "scan", "--format", "jsonl", "--lang", "en", dir.toString());
        assertEquals(0, r.status(), r.err());
        List<JsonObject> lines = jsonl(r.out());
        assertEquals(3, lines.size());
        JsonObject bob = lines.get(0);
        assertEquals(dir.resolve("1.eml").toString(), bob.getString("source"));
        assertTrue(bob.getBoolean("bounce"));
        assertEquals("failure", bob.getString("kind"));
        assertEquals("bob@example.org", bob.getString("recipient"));
        assertEquals("failed", bob.getString("action"));
        assertEquals("5.1.1", bob.getString("status"));
        assertEquals(550, bob.getInt("replyCode"), "a number, as codes.reply in explain");
        assertEquals("550 5.1.1 <bob@example.org>: User unknown", bob.getString("diagnosticCode"));
        assertEquals("userunknown", bob.getString("reason"));
        assertTrue(bob.getBoolean("hardBounce"));
        assertEquals("delivery.user-unknown", bob.getString("id"));
        assertFalse(bob.getString("title").isEmpty());
        assertEquals("<m1@example.jp>", bob.getString("originalMessageId"));
        assertEquals("Hello <b>there</b>", bob.getString("originalSubject"));
        assertTrue(bob.isNull("remoteMta"));
        for (String field : List.of("whoActs", "retry", "summary", "steps", "adminNotes", "confidence", "evidence",
                "codes", "catalogVersion", "lang")) {
            assertTrue(bob.containsKey(field), field);
        }
        assertEquals("mailboxfull", lines.get(1).getString("reason"));
        assertFalse(lines.get(2).getBoolean("bounce"));
        assertEquals(dir.resolve("2.eml").toString(), lines.get(2).getString("source"));
    }

    @Test
    void mboxMessagesAreNumberedFromOneAndStandardInputIsOneMessage(@TempDir Path dir) throws IOException {
        Path mbox = dir.resolve("box");
        Files.writeString(mbox, "From x Mon Sep  2 10:00:00 2024\n" + PLAIN + "\nFrom y Mon Sep  2 10:00:01 2024\n" + BOUNCE);
        List<JsonObject> lines = jsonl(MainTest.run("", "scan", "--format", "jsonl", mbox.toString()).out());
        assertEquals(List.of(mbox + "#1", mbox + "#2", mbox + "#2"),
                lines.stream().map(o -> o.getString("source")).collect(Collectors.toList()));
        List<JsonObject> stdin = jsonl(MainTest.run(BOUNCE, "scan", "--format", "jsonl", "-").out());
        assertEquals("-", stdin.get(0).getString("source"));
        assertEquals(2, stdin.size());
    }

    @Test
    void aMissingPathIsAnErrorRecordAndExitStatusThreeAndTheOtherPathsAreRead(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("1.eml"), PLAIN);
        MainTest.Run r = MainTest.run("", "scan", "--format", "jsonl", dir.resolve("nope.eml").toString(),
                dir.resolve("1.eml").toString());
        assertEquals(3, r.status());
        List<JsonObject> lines = jsonl(r.out());
        assertEquals("no such file", lines.get(0).getString("error"));
        assertFalse(lines.get(1).getBoolean("bounce"));
    }

    @Test
    void textEndsWithCountsByReasonAndDomain(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("1.eml"), BOUNCE);
        MainTest.Run r = MainTest.run("", "scan", "--lang", "en", dir.toString());
        assertEquals(0, r.status());
        assertTrue(r.out().contains("Failed recipients by reason"), r.out());
        assertTrue(r.out().contains("userunknown"), r.out());
        assertTrue(r.out().contains("example.net"), r.out());
        MainTest.Run ja = MainTest.run("", "scan", "--lang", "ja", dir.toString());
        assertTrue(ja.out().contains("理由別の配信できなかった宛先数"), ja.out());
    }

    @Test
    void htmlEscapesEverythingThatCameFromTheMessage(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("1.eml"), BOUNCE.replace("User unknown", "User <script>alert(1)</script> unknown"));
        MainTest.Run r = MainTest.run("", "scan", "--format", "html", dir.toString());
        assertFalse(r.out().contains("<script>"), r.out());
        assertFalse(r.out().contains("<b>there"), r.out());
        assertTrue(r.out().contains("&lt;script&gt;"), r.out());
    }

    @Test
    void aMissingPathArgumentIsAUsageError() {
        assertEquals(2, MainTest.run("", "scan").status());
        assertEquals(2, MainTest.run("", "scan", "--format", "xml", "x").status());
    }

    @Test
    void everyThreadCountGivesTheSameOutputInTheSameOrder(@TempDir Path dir) throws IOException {
        Path mbox = dir.resolve("box");
        Files.writeString(mbox, "From x Mon Sep  2 10:00:00 2024\n" + PLAIN + "\nFrom y Mon Sep  2 10:00:01 2024\n" + BOUNCE);
        String[] paths = {"src/test/resources/formats", mbox.toString(), dir.resolve("missing.eml").toString(),
            "src/test/resources/sisimai/maildir"};
        for (String format : List.of("jsonl", "text")) {
            MainTest.Run one = MainTest.run("", concat(new String[] {"scan", "--format", format, "--threads", "1"}, paths));
            assertEquals(Main.UNREADABLE, one.status(), one.err()); // missing.eml: a PATH that cannot be read
            assertTrue(one.out().lines().count() > 400, format + ": " + one.out().lines().count());
            for (String threads : List.of("2", "5")) {
                MainTest.Run many = MainTest.run("", concat(new String[] {"scan", "--format", format, "--threads", threads},
                        paths));
                assertEquals(one, many, format + " with " + threads + " threads");
            }
        }
    }

    @Test
    void zeroThreadsIsAUsageError() {
        assertEquals(2, MainTest.run("", "scan", "--threads", "0", "src/test/resources/formats").status());
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}

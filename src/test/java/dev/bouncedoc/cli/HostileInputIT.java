package dev.bouncedoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile messages through the command line, in a JVM with a small heap (an integration test: failsafe runs
 * it in {@code mvn verify}, not in {@code mvn test}): each completes with one record
 * per message (the timeout only guards against a hang; speed is measured by the benchmarks).
 */
class HostileInputIT {
    @TempDir
    static Path dir;

    record Result(int status, List<String> lines, String err) {
    }

    static Result scan(String heap, Path file) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path out = Files.createTempFile(dir, "out", ".jsonl");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process p = new ProcessBuilder(java, "-Xmx" + heap, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "scan", "--format", "jsonl", file.toString())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        int status = p.waitFor();
        return new Result(status, Files.readAllLines(out, StandardCharsets.UTF_8), Files.readString(err));
    }

    static void check(String heap, Path file, int records, String expect) {
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            Result r = scan(heap, file);
            assertEquals(0, r.status(), r.err());
            assertEquals(records, r.lines().size(), r.err());
            assertTrue(r.lines().get(0).contains(expect), r.lines().get(0));
        });
    }

    @Test
    void aFiveMegabyteSingleLine() throws IOException {
        Path f = dir.resolve("line.eml");
        Files.writeString(f, "From: MAILER-DAEMON@example.jp\nSubject: Returned mail\n\n"
                + "550 5.1.1 <bob@example.org>... User unknown ".repeat(120_000) + "\n");
        check("128m", f, 1, "\"reason\":\"userunknown\"");
    }

    @Test
    void aTwentyMegabyteReportWithAnAttachment() throws IOException {
        Path f = dir.resolve("big.eml");
        try (BufferedWriter w = Files.newBufferedWriter(f)) {
            w.write("From: MAILER-DAEMON@example.jp\nSubject: Undelivered Mail\nContent-Type: multipart/report; "
                    + "report-type=delivery-status; boundary=\"B\"\n\n--B\nContent-Type: text/plain\n\nfailed\n--B\n"
                    + "Content-Type: message/delivery-status\n\nReporting-MTA: dns; example.jp\n\n"
                    + "Final-Recipient: rfc822; bob@example.org\nAction: failed\nStatus: 5.2.2\n\n--B\n"
                    + "Content-Type: message/rfc822\n\nSubject: big\nContent-Type: application/pdf\n"
                    + "Content-Transfer-Encoding: base64\n\n");
            String line = "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0\n";
            for (int i = 0; i < 20 * 1024 * 1024 / line.length(); i++) {
                w.write(line);
            }
            w.write("--B--\n");
        }
        check("128m", f, 1, "\"reason\":\"mailboxfull\"");
    }

    @Test
    void fiveThousandNestedMultiparts() throws IOException {
        Path f = dir.resolve("nested.eml");
        StringBuilder sb = new StringBuilder("Content-Type: multipart/mixed; boundary=b0\n\n");
        for (int i = 0; i < 5_000; i++) {
            sb.append("--b").append(i).append("\nContent-Type: multipart/mixed; boundary=b").append(i + 1).append("\n\n");
        }
        Files.writeString(f, sb);
        check("128m", f, 1, "MIME nesting deeper than");
    }

    @Test
    void aMegabyteOfBinaryJunk() throws IOException {
        Path f = dir.resolve("junk.eml");
        byte[] junk = new byte[1 << 20];
        new Random(6).nextBytes(junk);
        Files.write(f, junk);
        check("128m", f, 1, "\"bounce\":false");
    }

    @Test
    void bouncesNamingTwentyThousandAddressesStayLinear() throws IOException {
        StringBuilder generic = new StringBuilder("From: MAILER-DAEMON@example.jp\nSubject: Returned mail\n\n"
                + "The following addresses had permanent fatal errors\n");
        StringBuilder sendmail = new StringBuilder("From: Mail Delivery Subsystem <MAILER-DAEMON@example.jp>\n"
                + "Subject: Returned mail: see transcript for details\n\n"
                + "   ----- Transcript of session follows -----\n... while talking to mx.example.org.:\n");
        StringBuilder dsn = new StringBuilder("From: MAILER-DAEMON@example.jp\nSubject: Undelivered Mail\n"
                + "Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\n\n--B\n"
                + "Content-Type: text/plain\n\nfailed\n--B\nContent-Type: message/delivery-status\n\n"
                + "Reporting-MTA: dns; example.jp\n");
        for (int i = 0; i < 20_000; i++) {
            generic.append("<u").append(i).append("@example.org>: mailbox unavailable\n");
            sendmail.append(">>> RCPT To:<u").append(i).append("@example.org>\n<<< 550 5.1.1 <u").append(i)
                    .append("@example.org>... User unknown\n");
            dsn.append("\nFinal-Recipient: rfc822; u").append(i).append("@example.org\nAction: failed\nStatus: 5.1.1\n");
        }
        dsn.append("\n--B--\n");
        for (String[] c : new String[][] {{"generic.eml", generic.toString()}, {"sendmail.eml", sendmail.toString()},
            {"dsn.eml", dsn.toString()}}) {
            Path f = dir.resolve(c[0]);
            Files.writeString(f, c[1]);
            check("256m", f, 1_000, "more than 1000 recipients");
        }
    }

    @Test
    void aTwentyThousandMessageMboxInASmallHeap() throws IOException {
        Path f = dir.resolve("box.mbox");
        try (OutputStream o = Files.newOutputStream(f); BufferedWriter w = new BufferedWriter(
                new java.io.OutputStreamWriter(o, StandardCharsets.UTF_8))) {
            for (int i = 0; i < 20_000; i++) {
                w.write("From MAILER-DAEMON Mon Sep  2 10:00:00 2024\nFrom: MAILER-DAEMON@example.jp\n"
                        + "Subject: Undelivered Mail Returned to Sender\n\nThis is the mail system at host example.jp.\n\n"
                        + "<u" + i + "@example.org>: host mx.example.org said: 550 5.1.1 User unknown (in reply to RCPT TO command)\n\n");
            }
        }
        check("64m", f, 20_000, "box.mbox#1\"");
    }

    /**
     * Issue 14 (the rest of issue 13): an mbox whose messages are one line each, at and over the 16 MiB limit,
     * in a 64 MB heap: each read into blocks and one array of its length, the one over the limit cut.
     */
    @Test
    void anMboxOfSixteenMegabyteOneLineMessagesInASmallHeap() throws IOException {
        Path f = dir.resolve("lines.mbox");
        String line = "550 5.1.1 <bob@example.org>... User unknown ";
        try (OutputStream o = Files.newOutputStream(f); BufferedWriter w = new BufferedWriter(
                new java.io.OutputStreamWriter(o, StandardCharsets.US_ASCII))) {
            for (int size : new int[] {SIXTEEN_MIB - 4096, SIXTEEN_MIB + (4 << 20)}) {
                w.write("From MAILER-DAEMON Mon Sep  2 10:00:00 2024\nFrom: MAILER-DAEMON@example.jp\n"
                        + "Subject: Returned mail\n\n");
                for (int n = 0; n < size; n += line.length()) {
                    w.write(line);
                }
                w.write("\n\n");
            }
            w.write("From MAILER-DAEMON Mon Sep  2 10:00:01 2024\nFrom: a@example.jp\nSubject: hello\n\nhello\n");
        }
        assertTimeoutPreemptively(Duration.ofSeconds(180), () -> {
            Result r = scan("64m", f);
            assertEquals(0, r.status(), r.err());
            assertEquals(3, r.lines().size(), r.err());
            assertTrue(r.lines().get(0).contains("lines.mbox#1\"") && r.lines().get(0).contains("\"reason\":\"userunknown\""),
                    r.lines().get(0));
            assertTrue(r.lines().get(1).contains("lines.mbox#2\"")
                    && r.lines().get(1).contains("message longer than 16777216 bytes: the rest was cut")
                    && r.lines().get(1).contains("\"reason\":\"userunknown\""), r.lines().get(1));
            assertTrue(r.lines().get(2).contains("lines.mbox#3\",\"bounce\":false"), r.lines().get(2));
        });
    }

    // Issue 13: any message up to the 16 MiB limit within a 128 MB heap, 8 MiB within 64 MB.

    static final int SIXTEEN_MIB = 16 << 20;

    /** A message of {@code size} bytes: the head, then {@code unit} repeated, then the tail. */
    static Path generated(String name, String head, byte[] unit, String tail, int size) throws IOException {
        Path f = dir.resolve(name);
        byte[] h = head.getBytes(StandardCharsets.UTF_8);
        byte[] t = tail.getBytes(StandardCharsets.UTF_8);
        try (OutputStream o = new java.io.BufferedOutputStream(Files.newOutputStream(f), 1 << 16)) {
            o.write(h);
            for (long n = h.length + t.length; n + unit.length <= size; n += unit.length) {
                o.write(unit);
            }
            o.write(t);
        }
        return f;
    }

    static final String HEAD = "From: MAILER-DAEMON@example.jp\nSubject: Returned mail\n\n"
            + "550 5.1.1 <bob@example.org>... User unknown\n";

    @Test
    void sixteenMegabytesOfEightBitJapaneseText() throws IOException {
        byte[] line = "宛先のメールアドレスは見つかりませんでした。配送できません。\n".getBytes(StandardCharsets.UTF_8);
        check("128m", generated("utf8.eml", HEAD, line, "", SIXTEEN_MIB), 1, "\"reason\":\"userunknown\"");
        byte[] sjis = "宛先のメールアドレスは見つかりませんでした。\n".getBytes(java.nio.charset.Charset.forName("windows-31j"));
        check("128m", generated("sjis.eml", HEAD, sjis, "", SIXTEEN_MIB), 1, "\"reason\":\"userunknown\"");
    }

    @Test
    void sixteenMegabytesOnOneLine() throws IOException {
        byte[] unit = "mailbox unavailable ".getBytes(StandardCharsets.US_ASCII);
        check("128m", generated("oneline.eml", HEAD, unit, "\n", SIXTEEN_MIB), 1, "\"reason\":\"userunknown\"");
    }

    @Test
    void sixteenMegabytesOfNuls() throws IOException {
        check("128m", generated("nuls.eml", HEAD, new byte[4096], "\n", SIXTEEN_MIB), 1, "\"reason\":\"userunknown\"");
    }

    @Test
    void aSixteenMegabyteReportReturningAPlainTextOriginal() throws IOException {
        String head = "From: MAILER-DAEMON@example.jp\nSubject: Undelivered Mail\nContent-Type: multipart/report; "
                + "report-type=delivery-status; boundary=\"B\"\n\n--B\nContent-Type: text/plain\n\nfailed\n--B\n"
                + "Content-Type: message/delivery-status\n\nReporting-MTA: dns; example.jp\n\n"
                + "Final-Recipient: rfc822; bob@example.org\nAction: failed\nStatus: 5.2.2\n\n--B\n"
                + "Content-Type: message/rfc822\n\nSubject: big\nContent-Type: text/plain; charset=utf-8\n"
                + "Content-Transfer-Encoding: 8bit\n\n";
        byte[] line = "本文です。The returned message's own text, line after line.\n".getBytes(StandardCharsets.UTF_8);
        check("128m", generated("dsn-text.eml", head, line, "--B--\n", SIXTEEN_MIB), 1, "\"reason\":\"mailboxfull\"");
    }

    @Test
    void aSixteenMegabyteHeaderField() throws IOException {
        String head = "From: MAILER-DAEMON@example.jp\nSubject: Returned mail\nX-Junk: ";
        byte[] unit = "x".repeat(64).getBytes(StandardCharsets.US_ASCII);
        check("128m", generated("header.eml", head, unit, "\n\n550 5.1.1 <bob@example.org>... User unknown\n", SIXTEEN_MIB),
                1, "header fields beyond 2000, or longer than");
    }

    @Test
    void eightMegabytesInASixtyFourMegabyteHeap() throws IOException {
        int eight = 8 << 20;
        check("64m", generated("oneline8.eml", HEAD, "mailbox unavailable ".getBytes(StandardCharsets.US_ASCII), "\n",
                eight), 1, "\"reason\":\"userunknown\"");
        check("64m", generated("utf8-8.eml", HEAD, "宛先が見つかりません。\n".getBytes(StandardCharsets.UTF_8), "", eight),
                1, "\"reason\":\"userunknown\"");
    }

    @Test
    void enclosedMessagesNestedFiveThousandDeepAreCutAndTheCutNamed() throws IOException {
        Path f = dir.resolve("rfc822-nested.eml");
        StringBuilder sb = new StringBuilder("From: MAILER-DAEMON@example.jp\nSubject: Undelivered Mail\n");
        for (int i = 0; i < 5_000; i++) {
            sb.append("Content-Type: message/rfc822\n\nSubject: level ").append(i).append('\n');
        }
        sb.append("\nthe innermost text\n");
        Files.writeString(f, sb);
        check("128m", f, 1, "MIME nesting deeper than 32");
    }

    @Test
    void whatALineNamingManyRecipientsGivesGrowsLinearlyWithIt() throws Exception {
        double[] outPerIn = new double[2];
        int[] counts = {250, 1_000};
        for (int k = 0; k < 2; k++) {
            StringBuilder line = new StringBuilder("550 5.1.1 User unknown:");
            for (int i = 0; i < counts[k]; i++) {
                line.append(" <u").append(i).append("@example.org>");
            }
            Path f = dir.resolve("line" + counts[k] + ".eml");
            Files.writeString(f, "From: MAILER-DAEMON@example.jp\nSubject: Returned mail\n\n" + line + "\n");
            Result r = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> scan("128m", f));
            assertEquals(0, r.status(), r.err());
            assertEquals(counts[k], r.lines().size());
            long out = 0;
            for (String l : r.lines()) {
                out += l.getBytes(StandardCharsets.UTF_8).length + 1;
            }
            outPerIn[k] = (double) out / Files.size(f);
        }
        // each recipient's record is bounded, so output per input byte stays the same (it grew 4x with the whole line)
        assertTrue(outPerIn[1] < outPerIn[0] * 1.25, outPerIn[0] + " then " + outPerIn[1] + " bytes out per byte in");
    }
}

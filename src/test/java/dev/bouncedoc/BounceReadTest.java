package dev.bouncedoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bouncedoc.vocabulary.BounceKind;
import dev.bouncedoc.vocabulary.Limits;
import dev.bouncedoc.vocabulary.OriginalMessage;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BounceReadTest {
    static final BounceDoc DOC = BounceDoc.create();

    static String dsn(String action, String status, String diagnostic) {
        return """
                From: MAILER-DAEMON@mx.example.jp (Mail Delivery System)
                To: alice@example.jp
                Subject: Undelivered Mail Returned to Sender
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=delivery-status; boundary="B"

                --B
                Content-Type: text/plain; charset=us-ascii

                This is the mail system at host mx.example.jp.

                --B
                Content-Type: message/delivery-status

                Reporting-MTA: dns; mx.example.jp

                Final-Recipient: rfc822; bob@example.org
                Action: %s
                Status: %s
                Remote-MTA: dns; mx.example.org
                Diagnostic-Code: smtp; %s
                Last-Attempt-Date: Mon, 2 Sep 2024 10:00:00 +0900

                --B
                Content-Type: text/rfc822-headers

                From: alice@example.jp
                To: bob@example.org
                Subject: =?UTF-8?B?5L2V44GL?=
                Message-ID: <original-1@example.jp>
                Date: Mon, 2 Sep 2024 09:59:00 +0900

                --B--
                """.formatted(action, status, diagnostic);
    }

    static BounceReport read(String message) {
        return DOC.read(message.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aDeliveryStatusNotificationGivesEachRecipientWithItsDiagnosisAndTheOriginal() {
        BounceReport r = read(dsn("failed", "5.1.1", "550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown (in reply to RCPT TO command)"));
        assertEquals(BounceKind.FAILURE, r.kind());
        assertTrue(r.bounce());
        assertEquals("postfix", r.format()); // "This is the mail system at host" is Postfix's
        assertEquals("mx.example.jp", r.reportingMta());
        assertEquals(new OriginalMessage("<original-1@example.jp>", "alice@example.jp", "bob@example.org", "何か",
                "Mon, 2 Sep 2024 09:59:00 +0900"), r.original());
        FailedRecipient f = r.recipients().get(0);
        assertEquals("bob@example.org", f.address());
        assertEquals("failed", f.action());
        assertEquals("5.1.1", f.status());
        assertEquals("550", f.replyCode());
        assertEquals("mx.example.org", f.remoteMta());
        assertEquals("Mon, 2 Sep 2024 10:00:00 +0900", f.lastAttempt());
        assertEquals("userunknown", f.reason());
        assertTrue(f.hardBounce());
        assertEquals("delivery.user-unknown", f.diagnosis().id());
    }

    @Test
    void textsFollowTheInstanceLanguage() {
        BounceDoc ja = BounceDoc.builder().locale(Locale.JAPANESE).build();
        BounceReport r = ja.read(dsn("failed", "5.2.2", "552 5.2.2 Mailbox full").getBytes(StandardCharsets.UTF_8));
        assertEquals("mailboxfull", r.recipients().get(0).reason());
        assertEquals("ja", r.recipients().get(0).diagnosis().locale().getLanguage());
    }

    @Test
    void relayDenialInABounceIsNotAboutTheReadersMailProgram() {
        String text = "554 5.7.1 <bob@example.org>: Relay access denied";
        assertEquals("client.smtp-auth-required", DOC.diagnose(text).id());
        FailedRecipient f = read(dsn("failed", "5.7.1", text)).recipients().get(0);
        assertEquals("delivery.relay-denied", f.diagnosis().id());
        assertEquals("norelaying", f.reason());
    }

    @Test
    void unknownUserAnsweredToDataIsAFilterAndARefusedSenderIsRejected() {
        FailedRecipient data = read(dsn("failed", "5.1.1",
                "550 5.1.1 <bob@example.org>... User unknown (in reply to end of DATA command)")).recipients().get(0);
        assertEquals("filtered", data.reason());
        FailedRecipient mail = read(dsn("failed", "5.7.1",
                "550 5.7.1 Not allowed (in reply to MAIL FROM command)")).recipients().get(0);
        assertEquals("rejected", mail.reason());
    }

    @Test
    void delayAndDeliveryReportsAreNotHardBounces() {
        BounceReport delay = read(dsn("delayed", "4.4.1", "Connection timed out"));
        assertEquals(BounceKind.DELAY, delay.kind());
        assertFalse(delay.recipients().get(0).hardBounce());
        BounceReport delivered = read(dsn("delivered", "2.0.0", "250 2.0.0 Ok: queued as 1234"));
        assertEquals(BounceKind.DELIVERED, delivered.kind());
        assertEquals("delivered", delivered.recipients().get(0).reason());
        assertEquals("notice.delivered", delivered.recipients().get(0).diagnosis().id());
    }

    @Test
    void aFeedbackReportIsReadAsSuch() {
        BounceReport r = read("""
                From: feedback@arf.example.com
                Subject: Abuse report
                Content-Type: multipart/report; report-type=feedback-report; boundary="F"

                --F
                Content-Type: text/plain

                This is an email abuse report.
                --F
                Content-Type: message/feedback-report

                Feedback-Type: abuse
                User-Agent: Example-FBL/1.0
                Version: 1
                Original-Rcpt-To: carol@example.com

                --F
                Content-Type: message/rfc822

                From: news@example.jp
                To: carol@example.com
                Subject: Our news
                Message-ID: <news-7@example.jp>

                Hello
                --F--
                """);
        assertEquals(BounceKind.FEEDBACK, r.kind());
        assertEquals("abuse", r.feedbackType());
        assertEquals("<news-7@example.jp>", r.original().messageId());
        FailedRecipient f = r.recipients().get(0);
        assertEquals("carol@example.com", f.address());
        assertEquals("feedback", f.reason());
        assertEquals("notice.feedback-report", f.diagnosis().id());
        assertFalse(f.hardBounce());
    }

    @Test
    void anOutOfOfficeReplyIsAVacationNotABounce() {
        BounceReport r = read("""
                From: Dave <dave@example.net>
                To: alice@example.jp
                Subject: Out of Office: meeting
                Auto-Submitted: auto-replied
                In-Reply-To: <sent-3@example.jp>

                I am out of the office until Monday.
                """);
        assertEquals(BounceKind.AUTO_REPLY, r.kind());
        assertFalse(r.bounce());
        assertEquals("vacation", r.recipients().get(0).reason());
        assertEquals("dave@example.net", r.recipients().get(0).address());
        assertEquals("<sent-3@example.jp>", r.original().messageId());
    }

    @Test
    void anOrdinaryMessageIsNotABounce() {
        BounceReport r = read("""
                From: Alice <alice@example.jp>
                To: bob@example.org
                Subject: Lunch
                Message-ID: <lunch@example.jp>

                Shall we meet at noon? Write to carol@example.com too.
                """);
        assertEquals(BounceKind.NOT_BOUNCE, r.kind());
        assertFalse(r.bounce());
        assertTrue(r.recipients().isEmpty());
    }

    @Test
    void junkBytesGiveAReportNotAnException() {
        byte[] junk = new byte[20_000];
        new java.util.Random(1).nextBytes(junk);
        assertNotNull(DOC.read(junk));
        assertNotNull(DOC.read(new byte[0]));
    }

    @Test
    void aMessageOverTheSizeLimitIsCutAndSaid() {
        BounceDoc small = BounceDoc.builder().limits(new Limits(2_000, 8, 100, 10, 65_536)).build();
        BounceReport r = small.read((dsn("failed", "5.1.1", "550 5.1.1 User unknown") + "x".repeat(5_000))
                .getBytes(StandardCharsets.UTF_8));
        assertTrue(r.problems().stream().anyMatch(p -> p.contains("cut")), r.problems().toString());
    }

    @Test
    void theTextLimitIsConfigurableAndSaid() {
        BounceDoc small = BounceDoc.builder().limits(new Limits(1 << 20, 8, 100, 10, 100)).build();
        Diagnosis d = small.diagnose("x".repeat(150) + " 550 5.1.1 User unknown");
        assertTrue(d.truncated());
        assertEquals(100, d.charsRead());
        assertFalse(DOC.diagnose("550 5.1.1 User unknown").truncated());
    }

    @Test
    void aJakartaMailMessageAndAStreamAreReadLikeBytes() throws Exception {
        byte[] bytes = dsn("failed", "5.2.2", "552 5.2.2 Mailbox full").getBytes(StandardCharsets.UTF_8);
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(bytes));
        assertEquals(DOC.read(bytes).recipients().get(0).reason(), DOC.read(m).recipients().get(0).reason());
        assertEquals("mailboxfull", DOC.read(new ByteArrayInputStream(bytes)).recipients().get(0).reason());
    }

    @Test
    void scanReadsFilesMboxesAndMaildirsAndRecordsWhatCannotBeRead(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.eml"), dsn("failed", "5.1.1", "550 5.1.1 User unknown"));
        String mbox = "From MAILER-DAEMON Mon Sep  2 10:00:00 2024\n" + dsn("failed", "5.2.2", "552 5.2.2 Mailbox full")
                + "\nFrom alice@example.jp Mon Sep  2 10:00:01 2024\nFrom: alice@example.jp\nSubject: hi\n\nhello\n";
        Files.writeString(dir.resolve("b.mbox"), mbox);
        Path maildir = dir.resolve("c");
        Files.createDirectories(maildir.resolve("cur"));
        Files.createDirectories(maildir.resolve("new"));
        Files.createDirectories(maildir.resolve("tmp"));
        Files.writeString(maildir.resolve("new").resolve("1.host"), dsn("failed", "5.1.2", "550 5.1.2 Host unknown"));
        List<ScannedMessage> all;
        try (Stream<ScannedMessage> s = DOC.scan(List.of(dir, dir.resolve("missing.eml")))) {
            all = s.collect(Collectors.toList());
        }
        List<String> sources = all.stream().map(m -> dir.relativize(Path.of(m.source().replaceFirst("#\\d+$", ""))) + 
                (m.source().contains("#") ? m.source().substring(m.source().lastIndexOf('#')) : "")).collect(Collectors.toList());
        assertEquals(List.of("a.eml", "b.mbox#1", "b.mbox#2", Path.of("c", "new", "1.host").toString(), "missing.eml"), sources);
        assertEquals("userunknown", all.get(0).report().recipients().get(0).reason());
        assertEquals("mailboxfull", all.get(1).report().recipients().get(0).reason());
        assertFalse(all.get(2).report().bounce());
        assertEquals("hostunknown", all.get(3).report().recipients().get(0).reason());
        assertNull(all.get(4).report());
        assertEquals("no such file", all.get(4).error());
        for (int threads : new int[] {2, 3, 8}) {
            try (Stream<ScannedMessage> s = DOC.scan(List.of(dir, dir.resolve("missing.eml")), threads)) {
                assertEquals(all, s.collect(Collectors.toList()), threads + " threads");
            }
        }
    }

    @Test
    void scanOnSeveralThreadsGivesTheSameMessagesInTheSameOrder() {
        List<Path> paths = List.of(Path.of("src/test/resources/formats"), Path.of("src/test/resources/sisimai/maildir"));
        List<ScannedMessage> one;
        try (Stream<ScannedMessage> s = DOC.scan(paths)) {
            one = s.collect(Collectors.toList());
        }
        assertTrue(one.size() > 300, "messages: " + one.size());
        try (Stream<ScannedMessage> s = DOC.scan(paths, 4)) {
            assertEquals(one, s.collect(Collectors.toList()));
        }
        try (Stream<ScannedMessage> s = DOC.scan(paths, 3)) { // a stream left before its end
            assertEquals(one.subList(0, 10), s.limit(10).collect(Collectors.toList()));
        }
        assertThrows(IllegalArgumentException.class, () -> DOC.scan(paths, 0));
    }

    /**
     * A part that cannot be decoded costs that part only: a transfer encoding on the multipart itself
     * (RFC 2045 6.4 forbids any but 7bit, 8bit, binary there) or broken base64 in the text part leaves the
     * delivery-status part read, and the report says what could not be read.
     */
    @Test
    void aPartThatFailsToDecodeCostsThatPartOnly() {
        String base = new String(Fixtures.bytes("formats/rfc3464/01.eml"), StandardCharsets.US_ASCII);
        String bogusOnMultipart = base.replace("boundary=\"DSN1\"\n", "boundary=\"DSN1\"\nContent-Transfer-Encoding: base64\n");
        String brokenBase64 = base.replace("Content-Type: text/plain; charset=us-ascii\n\nYour message could not be delivered to some of its recipients.",
                "Content-Type: text/plain; charset=us-ascii\nContent-Transfer-Encoding: base64\n\nWW91ciBtZXNzYWdl*&^%$ broken !!! ===\nxx");
        for (String m : List.of(bogusOnMultipart, brokenBase64)) {
            assertTrue(!m.equals(base));
            BounceReport r = DOC.read(m.getBytes(StandardCharsets.US_ASCII));
            assertEquals(BounceKind.FAILURE, r.kind());
            assertEquals(List.of("bob@corp.example", "dan@partner.example", "erin@partner.example", "fay@partner.example"),
                    r.recipients().stream().map(FailedRecipient::address).collect(Collectors.toList()));
            assertEquals("mailboxfull", r.recipients().get(0).reason());
            assertEquals(1, r.problems().size(), r.problems().toString());
            assertTrue(r.problems().get(0).contains("could not be read"), r.problems().toString());
        }
    }
}

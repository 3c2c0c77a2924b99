package dev.bouncedoc.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bouncedoc.vocabulary.Limits;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: what one message costs is bounded by the limits, not by its size or shape, and every cut is
 * named. The time limits only guard against the quadratic paths these inputs used to take (each took from
 * tens of seconds to hours before); speed is measured by benchmarks/AdversarialBenchmark.
 */
class BoundedReadingTest {
    private static final Duration QUICK = Duration.ofSeconds(10);

    static MailMessage parse(String message) {
        return MailMessage.parse(message.getBytes(StandardCharsets.UTF_8), Limits.DEFAULT);
    }

    @Test
    void aPartLongerThanTheTextLimitIsCutAfterAWholeLineAndTheCutIsNamed() {
        String line = "550 5.1.1 <bob@example.org> User unknown\n"; // 41 bytes
        int lines = MailMessage.MAX_PART_TEXT_BYTES / line.length() + 100;
        MailMessage m = parse("From: MAILER-DAEMON@example.jp\nSubject: Returned mail\n\n" + line.repeat(lines));
        assertTrue(m.bodyText().length() <= MailMessage.MAX_PART_TEXT_BYTES, "" + m.bodyText().length());
        assertTrue(m.bodyText().endsWith(line), "cut after a whole line");
        assertEquals(List.of("a part of type text/plain longer than 1048576 bytes: the rest of it was not read"), m.problems());
        assertTrue(m.cut());
    }

    @Test
    void anEnclosedMessageNestedPastTheDepthLimitIsNamedInTheProblems() {
        StringBuilder sb = new StringBuilder("From: MAILER-DAEMON@example.jp\nSubject: Undelivered Mail\n");
        for (int i = 0; i < 10; i++) {
            sb.append("Content-Type: message/rfc822\n\nSubject: level ").append(i).append('\n');
        }
        sb.append("\nthe innermost text\n");
        MailMessage m = MailMessage.parse(sb.toString().getBytes(StandardCharsets.US_ASCII),
                new Limits(1 << 20, 4, 1_000, 1_000, 65_536));
        assertEquals(List.of("MIME nesting deeper than 4; inner parts were not read"), m.problems());
        assertTrue(m.cut());
    }

    @Test
    void aBoundaryLongerThanSeventyCharactersIsMalformedAndTheMultipartIsReadAsText() {
        String boundary = "b".repeat(5_000);
        String message = "From: MAILER-DAEMON@example.jp\nSubject: Undelivered Mail\n"
                + "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\n\n--" + boundary
                + "\nContent-Type: text/plain\n\n550 5.1.1 <bob@example.org> User unknown\n--" + boundary + "--\n";
        MailMessage m = parse(message);
        assertEquals(List.of("a MIME boundary longer than 70 characters (RFC 2046); the multipart was read as text"),
                m.problems());
        assertTrue(m.bodyText().contains("550 5.1.1 <bob@example.org> User unknown"), m.bodyText());
    }

    @Test
    void aMissingBoundaryParameterWhoseFirstDashLineIsOverlongIsMalformedToo() {
        String message = "Subject: x\nContent-Type: multipart/mixed\n\n--" + "c".repeat(200)
                + "\nContent-Type: text/plain\n\nhello\n";
        assertEquals(List.of("a MIME boundary longer than 70 characters (RFC 2046); the multipart was read as text"),
                parse(message).problems());
        String ok = "Subject: x\nContent-Type: multipart/mixed\n\n--" + "c".repeat(70)
                + "\nContent-Type: text/plain\n\nhello\n";
        assertEquals(List.of(), parse(ok).problems());
    }

    @Test
    void unclosedEncodedWordsArePassedOverInLinearTime() {
        String value = "=?utf-8?q?x ".repeat(100_000);
        assertEquals(value, assertTimeoutPreemptively(QUICK, () -> EncodedWords.decode(value)));
    }

    @Test
    void anEncodedWordEndsAtItsFirstQuestionMarkAfterTheEncoding() {
        String value = "=?utf-8?q?x ".repeat(100_000) + "=?UTF-8?B?5a6b5YWI?=";
        String decoded = assertTimeoutPreemptively(QUICK, () -> EncodedWords.decode(value));
        assertEquals("=?utf-8?q?x ".repeat(100_000) + "宛先", decoded);
    }

    @Test
    void aDeliveryStatusFieldFoldedOverManyLinesIsUnfoldedInLinearTimeAndCutAtTheValueLimit() {
        StringBuilder dsn = new StringBuilder("Reporting-MTA: dns; example.jp\n\nFinal-Recipient: rfc822; bob@example.org\n"
                + "Action: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\n");
        for (int i = 0; i < 100_000; i++) {
            dsn.append("  more text ").append(i).append('\n');
        }
        DeliveryStatus ds = assertTimeoutPreemptively(QUICK, () -> DeliveryStatus.parse(dsn.toString()));
        Headers group = ds.recipients().get(0);
        String code = group.get("diagnostic-code");
        assertTrue(code.startsWith("smtp; 550 5.1.1 User unknown more text 0 more text 1 "), code.substring(0, 60));
        assertTrue(code.length() <= Headers.MAX_VALUE_CHARS && code.length() >= Headers.MAX_VALUE_CHARS - 1, "" + code.length());
        assertTrue(group.cut());
        assertEquals("5.1.1", group.get("status"));
    }

    @Test
    void aHeaderLineLongerThanTheLimitIsCutAndNamed() {
        String message = "From: MAILER-DAEMON@example.jp\nSubject: " + "x".repeat(Headers.MAX_VALUE_CHARS + 10) + "\n\nbody\n";
        MailMessage m = parse(message);
        assertEquals(Headers.MAX_VALUE_CHARS - "Subject: ".length(), m.subject().length());
        assertEquals("body\n", m.bodyText());
        assertEquals(List.of("header fields beyond 2000, or longer than 262144 characters, were not read"), m.problems());
    }

    @Test
    void headerFieldsBeyondTheLimitAreNotReadAndTheBodyStillIs() {
        StringBuilder message = new StringBuilder("From: MAILER-DAEMON@example.jp\nSubject: Returned mail\n");
        for (int i = 0; i < 200_000; i++) {
            message.append("X-Junk-").append(i).append(": y\n");
        }
        message.append("\n550 5.1.1 <bob@example.org>... User unknown\n");
        MailMessage m = assertTimeoutPreemptively(QUICK, () -> parse(message.toString()));
        assertEquals("Returned mail", m.subject());
        assertEquals("y", m.headers().get("x-junk-1997"));
        assertEquals(null, m.headers().get("x-junk-1998"));
        assertEquals("550 5.1.1 <bob@example.org>... User unknown\n", m.bodyText());
        assertEquals(List.of("header fields beyond 2000, or longer than 262144 characters, were not read"), m.problems());
    }

    @Test
    void bidiControlsAndZeroWidthCharactersNeverReachTheText() {
        String evil = "<b\u202Eob@exa\u200Bmple.org>: host mx.ex\u2066ample.org said: 550 5.1.1 User unknown\uFEFF";
        MailMessage m = parse("From: MAILER-DAEMON@example.jp\nSubject: Returned \u200Fmail\n\n" + evil + "\n");
        assertEquals("<bob@example.org>: host mx.example.org said: 550 5.1.1 User unknown\n", m.bodyText());
        assertEquals("Returned mail", m.subject());
    }

    @Test
    void visibleRemovesExactlyTheBidiAndZeroWidthControls() {
        assertEquals("bob@example.org", Text.visible("\u202Ab\u202Bo\u202Cb\u202D@\u202Ee\u2066x\u2067a\u2068m\u2069p"
                .replace("p", "ple.org") + "\u200E\u200F\u061C\u200B\u200C\u200D\u2060\uFEFF"));
        String kept = "宛先 café \u00A0x\u2061y\u200A"; // function application and a hair space are not controls
        assertTrue(Text.visible(kept) == kept);
        assertEquals(null, Text.visible(null));
    }

    @Test
    void aDiagnosticIsAWindowAroundItsAddressCutAtASentence() {
        String before = "This is the mail system. ".repeat(100);
        String after = " Please check the address. ".repeat(100);
        String text = before + "<u7@example.org>: 550 5.1.1 User unknown." + after;
        Failure f = Failure.builder().address("u7@example.org").diagnostic(text).build();
        assertTrue(f.diagnosticCut());
        assertTrue(f.diagnostic().length() <= Failure.MAX_DIAGNOSTIC_CHARS, "" + f.diagnostic().length());
        assertTrue(f.diagnostic().startsWith("<u7@example.org>: 550 5.1.1 User unknown."), f.diagnostic());
        assertTrue(f.diagnostic().endsWith("Please check the address."), f.diagnostic());
        Failure shortOne = Failure.builder().address("u7@example.org").diagnostic("550 5.1.1 User unknown").build();
        assertFalse(shortOne.diagnosticCut());
        assertEquals("550 5.1.1 User unknown", shortOne.diagnostic());
    }

    @Test
    void aWindowNeverSplitsASurrogatePair() {
        String emoji = "\uD83D\uDCE7"; // U+1F4E7, two UTF-16 units
        for (int shift = 0; shift < 2; shift++) {
            String text = "x".repeat(shift) + emoji.repeat(3_000) + "bob@example.org" + emoji.repeat(3_000);
            String w = Text.window(text, "bob@example.org", Failure.MAX_DIAGNOSTIC_CHARS);
            assertTrue(w.length() <= Failure.MAX_DIAGNOSTIC_CHARS);
            assertTrue(w.contains("bob@example.org"));
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                if (Character.isHighSurrogate(c)) {
                    assertTrue(i + 1 < w.length() && Character.isLowSurrogate(w.charAt(i + 1)), "split at " + i);
                    i++;
                } else {
                    assertFalse(Character.isLowSurrogate(c), "lone low surrogate at " + i);
                }
            }
        }
    }
}

package dev.bouncedoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bouncedoc.vocabulary.Evidence;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Issue 13: what a message gives is bounded per recipient, and values taken from it carry no hidden controls. */
class BoundedOutputTest {
    private static final BounceDoc DOC = BounceDoc.builder().locale(Locale.ENGLISH).build();

    static String oneLineNaming(int recipients) {
        StringBuilder line = new StringBuilder("550 5.1.1 User unknown:");
        for (int i = 0; i < recipients; i++) {
            line.append(" <u").append(i).append("@example.org>");
        }
        return "From: MAILER-DAEMON@example.jp\nSubject: Returned mail\n\n" + line + "\n";
    }

    @Test
    void eachRecipientOfALineNamingAThousandGetsAWindowAroundItsOwnAddress() {
        String message = oneLineNaming(1_000);
        BounceReport r = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> DOC.read(message.getBytes(StandardCharsets.US_ASCII)));
        assertEquals(1_000, r.recipients().size());
        long diagnosticChars = 0;
        for (int i = 0; i < r.recipients().size(); i++) {
            FailedRecipient f = r.recipients().get(i);
            assertEquals("u" + i + "@example.org", f.address());
            assertTrue(f.diagnosticCode().length() <= 1_000, f.diagnosticCode().length() + "");
            assertTrue(f.diagnosticCode().contains("<u" + i + "@example.org>"), f.diagnosticCode());
            diagnosticChars += f.diagnosticCode().length() + f.diagnosis().input().length();
        }
        assertTrue(diagnosticChars <= 2_000L * r.recipients().size());
        assertEquals(List.of("a recipient's diagnostic text longer than 1000 characters: the part around its address was read"),
                r.problems());
    }

    @Test
    void addressesAndHostsTakenFromAMessageCarryNoBidiOrZeroWidthControls() {
        String message = "From: MAILER-DAEMON@example.jp\nSubject: Returned mail\n\n"
                + "<b\u202Eob@exa\u200Bmple.org>: host mx.ex\u2066ample.org[192.0.2.1] said: 550 5.1.1 User unknown\n";
        BounceReport r = DOC.read(message.getBytes(StandardCharsets.UTF_8));
        assertEquals(1, r.recipients().size());
        FailedRecipient f = r.recipients().get(0);
        assertEquals("bob@example.org", f.address());
        assertEquals("<bob@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1 User unknown", f.diagnosticCode());
        assertEquals(List.of("bob@example.org"), f.diagnosis().codes().addresses());
        assertEquals(List.of("mx.example.org", "192.0.2.1"), f.diagnosis().codes().hosts());
    }

    @Test
    void aPastedTextGivesAddressesHostsAndEvidenceWithoutHiddenControls() {
        Diagnosis d = DOC.diagnose("550 5.1.1 <b\u202Eob@exa\u200Bmple.com>: host mx.ex\u2066ample.com said user\u200D unknown");
        assertEquals(List.of("bob@example.com"), d.codes().addresses());
        assertEquals(List.of("mx.example.com"), d.codes().hosts());
        for (Evidence e : d.evidence()) {
            for (char c : e.text().toCharArray()) {
                assertTrue(!(c >= '\u200B' && c <= '\u200F' || c >= '\u202A' && c <= '\u202E'
                        || c >= '\u2066' && c <= '\u2069'), e.toString());
            }
        }
    }

    @Test
    void aLongHeaderThatEveryRecipientRepeatsIsReportedCut() {
        StringBuilder m = new StringBuilder("From: MAILER-DAEMON@example.jp\nSubject: Undelivered Mail\n"
                + "Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\n\n--B\n"
                + "Content-Type: text/plain\n\nfailed\n--B\nContent-Type: message/delivery-status\n\n"
                + "Reporting-MTA: dns; example.jp\n");
        for (int i = 0; i < 300; i++) {
            m.append("\nFinal-Recipient: rfc822; u").append(i).append("@example.org\nAction: failed\nStatus: 5.1.1\n");
        }
        m.append("\n--B\nContent-Type: text/rfc822-headers\n\nFrom: sender@example.jp\nSubject: ")
                .append("long subject ".repeat(10_000)).append("\n\n--B--\n");
        BounceReport r = DOC.read(m.toString().getBytes(StandardCharsets.US_ASCII));
        assertEquals(300, r.recipients().size());
        assertEquals(1_000, r.original().subject().length());
        assertTrue(r.original().subject().startsWith("long subject long subject"));
        assertEquals(List.of("a header value longer than 1000 characters: only its start is reported"), r.problems());
    }
}

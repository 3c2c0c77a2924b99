package dev.bouncedoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.bouncedoc.vocabulary.BounceKind;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A report of an unknown layout that says the MTA keeps trying is a delay (soft), not a failure. */
class DelayWarningTest {
    static BounceReport read(String message) {
        return BounceReadTest.DOC.read(message.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aWarningThatDeliveryGoesOnIsADelay() {
        BounceReport r = read("""
                From: Mail Delivery System <mailer-daemon@mx.example.net>
                To: alice@example.jp
                Subject: Warning: message delayed 2 days

                A message that you sent has not yet been delivered to one or more of
                its recipients after 2 days.

                  <carol@example.net>

                host mx.example.net[192.0.2.7]:
                connection to mail exchanger failed

                No action is required on your part. Delivery attempts will continue for
                some time, and this warning may be repeated at intervals.
                """);
        assertEquals(BounceKind.DELAY, r.kind());
        assertEquals("carol@example.net", r.recipients().get(0).address());
        assertEquals("delayed", r.recipients().get(0).action());
        assertFalse(r.recipients().get(0).hardBounce());
    }

    @Test
    void aWarningCutShortByADoNotResendLineIsStillADelay() {
        BounceReport r = read("""
                From: Gateway@mail.example.org
                To: alice@example.jp
                Subject: Delivery failure notification

                Your message with Subject: Plans
                could not be delivered to the following recipients:

                dave@example.org

                Please do not resend your original message.

                Delivery attempts will continue to be made for 5 day(s).
                """);
        assertEquals(BounceKind.DELAY, r.kind());
        assertEquals("dave@example.org", r.recipients().get(0).address());
    }

    @Test
    void aFinalFailureThatMentionsEarlierAttemptsStaysAFailure() {
        BounceReport r = read("""
                From: Mail Delivery System <mailer-daemon@mx.example.net>
                To: alice@example.jp
                Subject: Undelivered mail

                This is a permanent error; I've given up. The message has not yet been delivered
                after 5 days and will not be retried:

                  <erin@example.net>: 550 5.1.1 User unknown
                """);
        assertEquals(BounceKind.FAILURE, r.kind());
        assertEquals("erin@example.net", r.recipients().get(0).address());
    }
}

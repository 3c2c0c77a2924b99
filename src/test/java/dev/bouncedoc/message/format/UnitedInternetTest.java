package dev.bouncedoc.message.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Report;
import org.junit.jupiter.api.Test;

class UnitedInternetTest {
    private static String message(String list) {
        return """
                From: MAILER-DAEMON@mail.gmx.net
                To: alice@gmx.net
                Subject: Mail delivery failed: returning message to sender

                This message was created automatically by mail delivery software.

                A message that you sent could not be delivered to one or more of
                its recipients. This is a permanent error. The following address(es)
                failed:

                """ + list + """

                --- The header of the original message is following. ---

                From: alice@gmx.net
                To: bob@example.org
                Subject: Holiday photos
                Message-ID: <photos-1@gmx.net>
                """;
    }

    @Test
    void rcptErrorOnSeparateLines() {
        Report r = Samples.read(message("""
                "bob@example.org":
                SMTP error from remote server after RCPT command:
                host: mx.example.org
                5.1.1 <bob@example.org>... User unknown
                """));
        assertEquals("united-internet", r.format());
        Failure f = r.failures().get(0);
        assertEquals("bob@example.org", f.address());
        assertEquals("RCPT", f.command());
        assertEquals("mx.example.org", f.remoteMta());
        assertEquals("5.1.1 <bob@example.org>... User unknown", f.diagnostic());
        assertEquals("5.1.1", f.status());
        assertEquals("Holiday photos", r.original().get("subject"));
    }

    @Test
    void textCommandOnOneLineIsData() {
        Report r = Samples.read(message("""
                bob@example.org:
                SMTP error from remote server for TEXT command, host: mx.example.org (192.0.2.10) reason: 550 5.7.1 Message rejected as spam
                """));
        Failure f = r.failures().get(0);
        assertEquals("DATA", f.command());
        assertEquals("mx.example.org", f.remoteMta());
        assertEquals("550 5.7.1 Message rejected as spam", f.diagnostic());
    }

    @Test
    void retryTimeoutIsExpiredAndOtherReasonsAreText() {
        Report r = Samples.read(message("""
                <bob@example.org>

                Reason:
                delivery retry timeout exceeded

                carol@example.com

                For the following reason:

                Mail size limit exceeded.
                """));
        assertEquals(2, r.failures().size());
        assertEquals("expired", r.failures().get(0).reason());
        assertEquals("delivery retry timeout exceeded", r.failures().get(0).diagnostic());
        assertEquals("carol@example.com", r.failures().get(1).address());
        assertEquals("Mail size limit exceeded.", r.failures().get(1).diagnostic());
        assertNull(r.failures().get(1).reason());
    }
}

package dev.bouncedoc.message.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Report;
import org.junit.jupiter.api.Test;

class IMailServerTest {
    @Test
    void reasonColonAddressLines() {
        Report r = Exchange2007Test.read("""
                From: "Postmaster" <postmaster@example.net>
                To: sender@example.org
                Subject: Undeliverable Mail
                X-Mailer: <SMTP32 v8.15>
                Content-Type: text/plain

                Unknown user: amy@example.net
                Delivery failed 12 attempts: bo@example.com

                Original message follows.

                From: sender@example.org
                To: amy@example.net
                Subject: hello
                """);
        assertEquals("imailserver", r.format());
        assertEquals(2, r.failures().size());
        Failure a = r.failures().get(0);
        assertEquals("amy@example.net", a.address());
        assertEquals("Unknown user", a.diagnostic());
        assertEquals("userunknown", a.reason()); // IMail's own directory lookup: no filter is involved
        Failure b = r.failures().get(1);
        assertEquals("bo@example.com", b.address());
        assertEquals("Delivery failed 12 attempts", b.diagnostic());
        assertEquals("expired", b.reason());
    }

    @Test
    void responseToTheMessageBodyIsAnsweredToData() {
        Report r = Exchange2007Test.read("""
                From: "Postmaster" <postmaster@example.net>
                To: sender@example.org
                Subject: Undeliverable Mail
                X-Mailer: <SMTP32 v9.10>
                Content-Type: text/plain

                To: sender@example.org
                Date: Monday, Mar 3, 2025 1:00:00 PM

                undeliverable to cy@example.jp
                Body of message generated response:
                554-Message rejected:
                554 spam score too high

                Original message follows.
                """);
        assertEquals(1, r.failures().size());
        Failure f = r.failures().get(0);
        assertEquals("cy@example.jp", f.address());
        assertEquals("554 Message rejected: spam score too high", f.diagnostic());
        assertEquals("554", f.replyCode());
        assertEquals("DATA", f.command());
    }
}

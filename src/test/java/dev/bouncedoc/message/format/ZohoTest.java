package dev.bouncedoc.message.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Limits;
import dev.bouncedoc.message.MailMessage;
import dev.bouncedoc.message.Report;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ZohoTest {
    static Report read(String body) {
        return Recognizers.read(MailMessage.parse(("""
                From: mailer-daemon@mail.zoho.com
                To: quinn@zoho.example
                Subject: Undelivered Mail Returned to Sender
                Content-Type: text/plain; charset=UTF-8

                """ + body).getBytes(StandardCharsets.UTF_8), Limits.DEFAULT));
    }

    @Test
    void permanentError() {
        Report r = read("""
                This message was created automatically by mail delivery software.
                A message that you sent could not be delivered to one or more of its recipients. This is a permanent error.

                ruth@remote.example Invalid Address, ERROR_CODE :550, ERROR_CODE :5.1.1 <ruth@remote.example>... User Unknown
                """);
        assertEquals("zoho", r.format());
        Failure f = r.failures().get(0);
        assertEquals("ruth@remote.example", f.address());
        assertEquals("550", f.replyCode());
        assertEquals("5.1.1", f.status());
        assertEquals("550 5.1.1 <ruth@remote.example>... User Unknown", f.diagnostic());
        assertNull(f.reason());
    }

    @Test
    void permanentErrorWithATemporaryReplyMeansZohoGaveUp() {
        Report r = read("""
                This message was created automatically by mail delivery software.
                A message that you sent could not be delivered to one or more of its recipients. This is a permanent error.

                sam@remote.example Error, ERROR_CODE :421, ERROR_CODE :, Host not reachable.
                """);
        Failure f = r.failures().get(0);
        assertEquals("421 Host not reachable.", f.diagnostic());
        assertEquals("expired", f.reason());
    }

    @Test
    void delayWarning() {
        Report r = read("""
                This message was created automatically by mail delivery system.

                THIS IS A WARNING MESSAGE ONLY.

                ----- The following addresses had fatal errors -----
                [Status: Error, Address: <tom@remote.example>, ResponseCode 421, , Host not reachable.]
                Message will be retried for 4 more day(s)
                """);
        assertEquals(Report.Kind.DELAY, r.kind());
        Failure f = r.failures().get(0);
        assertEquals("tom@remote.example", f.address());
        assertEquals("421", f.replyCode());
        assertEquals("421 Host not reachable.", f.diagnostic());
    }
}

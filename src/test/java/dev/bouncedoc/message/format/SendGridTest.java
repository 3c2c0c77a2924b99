package dev.bouncedoc.message.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Limits;
import dev.bouncedoc.message.MailMessage;
import dev.bouncedoc.message.Report;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SendGridTest {
    static Report read(String lineAndFields) {
        return Recognizers.read(MailMessage.parse(("""
                From: MAILER-DAEMON@relay.example
                To: news@shop.example
                Subject: Undelivered Mail Returned to Sender
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=delivery-status; boundary="s1"

                --s1
                Content-Type: text/plain

                This is an automatically generated message from SendGrid.

                """ + lineAndFields + """
                --s1--
                """).getBytes(StandardCharsets.UTF_8), Limits.DEFAULT));
    }

    @Test
    void rejectedAtRcpt() {
        Report r = read("""
                ivy:123456:<ivy@remote.example> : 192.0.2.1 : mx.remote.example:[192.0.2.25] : 550 5.1.1 <ivy@remote.example>... User Unknown  in RCPT TO

                --s1
                Content-Type: message/delivery-status

                X-SendGrid-QueueID: 123456
                Arrival-Date: 2024-01-02 03-04-05

                Final-Recipient: rfc822; ivy@remote.example
                Action: failed
                Status: 5.1.1
                Diagnostic-Code: 550 5.1.1 <ivy@remote.example>... User Unknown

                """);
        Failure f = r.failures().get(0);
        assertEquals("sendgrid", r.format());
        assertEquals("ivy@remote.example", f.address());
        assertEquals("5.1.1", f.status());
        assertEquals("550", f.replyCode());
        assertEquals("RCPT", f.command());
        assertEquals("mx.remote.example", f.remoteMta());
        assertEquals("2024-01-02 03-04-05", f.lastAttempt());
    }

    @Test
    void expiredAction() {
        Report r = read("""
                jay:654321:<jay@remote.example> : Connection timed out in connect

                --s1
                Content-Type: message/delivery-status

                X-SendGrid-QueueID: 654321

                Final-Recipient: rfc822; jay@remote.example
                Action: expired
                Status:
                Diagnostic-Code: Connection timed out

                """);
        Failure f = r.failures().get(0);
        assertEquals(Report.Kind.FAILURE, r.kind());
        assertEquals("expired", f.reason());
        assertEquals("CONN", f.command());
        assertEquals("Connection timed out", f.diagnostic());
    }
}

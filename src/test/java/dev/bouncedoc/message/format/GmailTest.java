package dev.bouncedoc.message.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Limits;
import dev.bouncedoc.message.MailMessage;
import dev.bouncedoc.message.Report;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class GmailTest {
    static Report read(String body) {
        return Recognizers.read(MailMessage.parse(("""
                From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
                To: lee@gmail.example
                Subject: Delivery Status Notification (Failure)
                Content-Type: text/plain; charset=UTF-8

                """ + body + """

                ----- Original message -----

                From: lee@gmail.example
                To: mo@remote.example
                Subject: Lunch
                Message-ID: <lunch-1@gmail.example>

                Hi
                """).getBytes(StandardCharsets.UTF_8), Limits.DEFAULT));
    }

    @Test
    void remoteReplyAfterTheTechnicalDetails() {
        Report r = read("""
                Delivery to the following recipient failed permanently:

                     mo@remote.example

                Technical details of permanent failure:
                Google tried to deliver your message, but it was rejected by the server for the recipient domain remote.example by mx.remote.example. [192.0.2.7].

                The error that the other server returned was:
                550 5.1.1 <mo@remote.example>... User Unknown
                """);
        assertEquals("gmail", r.format());
        Failure f = r.failures().get(0);
        assertEquals("mo@remote.example", f.address());
        assertEquals("550 5.1.1 <mo@remote.example>... User Unknown", f.diagnostic());
        assertEquals("5.1.1", f.status());
        assertEquals("550", f.replyCode());
        assertEquals("mx.remote.example", f.remoteMta());
        assertEquals("<lunch-1@gmail.example>", r.original().get("message-id"));
    }

    @Test
    void olderFormRepeatsTheCodeAndNamesTheState() {
        Report r = read("""
                Delivery to the following recipient failed permanently:

                     mo@remote.example

                Technical details of permanent failure:
                Google tried to deliver your message, but it was rejected by the recipient domain. We recommend contacting the other email provider for further information about the cause of this error. The error that the other server returned was: 552 552 5.3.4 Message size exceeds fixed limit (state 17).
                """);
        Failure f = r.failures().get(0);
        assertEquals("552 5.3.4 Message size exceeds fixed limit", f.diagnostic());
        assertEquals("DATA", f.command());
        assertEquals("552", f.replyCode());
    }

    @Test
    void delayWithoutDetails() {
        Report r = read("""
                THIS IS A WARNING MESSAGE ONLY.

                Delivery to the following recipient has been delayed:

                     mo@remote.example

                Message will be retried for 2 more day(s)
                """);
        assertEquals(Report.Kind.DELAY, r.kind());
        assertEquals("delayed", r.failures().get(0).action());
        assertEquals("Message will be retried for 2 more day(s)", r.failures().get(0).diagnostic());
    }
}

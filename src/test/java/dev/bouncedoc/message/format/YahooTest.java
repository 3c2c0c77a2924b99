package dev.bouncedoc.message.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Limits;
import dev.bouncedoc.message.MailMessage;
import dev.bouncedoc.message.Report;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class YahooTest {
    @Test
    void twoRecipientsWithCommands() {
        Report r = Recognizers.read(MailMessage.parse("""
                From: MAILER-DAEMON@yahoo.com
                To: nina@yahoo.example
                Subject: Failure Notice

                Sorry, we were unable to deliver your message to the following address.

                <oscar@remote.example>:
                Remote host said:
                550 5.1.1 <oscar@remote.example>... User Unknown
                [RCPT_TO]

                <pat@other.example>:
                550: 5.2.2 <pat@other.example>... Mailbox Full

                --- Below this line is a copy of the message.

                From: nina@yahoo.example
                To: oscar@remote.example
                Subject: Tickets
                Message-ID: <tickets-1@yahoo.example>

                Hi
                """.getBytes(StandardCharsets.UTF_8), Limits.DEFAULT));
        assertEquals("yahoo", r.format());
        assertEquals(2, r.failures().size());
        Failure a = r.failures().get(0);
        assertEquals("oscar@remote.example", a.address());
        assertEquals("550 5.1.1 <oscar@remote.example>... User Unknown", a.diagnostic());
        assertEquals("RCPT", a.command());
        assertEquals("5.1.1", a.status());
        Failure b = r.failures().get(1);
        assertEquals("pat@other.example", b.address());
        assertEquals("550", b.replyCode());
        assertEquals("5.2.2", b.status());
        assertEquals("<tickets-1@yahoo.example>", r.original().get("message-id"));
    }
}

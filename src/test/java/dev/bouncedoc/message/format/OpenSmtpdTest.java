package dev.bouncedoc.message.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Report;
import org.junit.jupiter.api.Test;

class OpenSmtpdTest {
    @Test
    void oneLinePerRecipientAndTheClassOnlyStatusIsDropped() {
        Report r = SendmailTest.read("""
                From: Mailer Daemon <MAILER-DAEMON@smtpd.example.net>
                Subject: Delivery status notification: failed
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="O1"

                --O1
                Content-Type: text/plain; charset=us-ascii

                    Hi!

                    This is the MAILER-DAEMON, please DO NOT REPLY to this email.

                    An error has occurred while attempting to deliver a message for
                    the following list of recipients:

                bob@example.com: 550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown
                carol@example.org: Domain does not exist

                    Below is a copy of the original message:

                --O1
                Content-Type: message/delivery-status

                Reporting-MTA: dns; smtpd.example.net

                Final-Recipient: rfc822; bob@example.com
                Action: failed
                Status: 5.0.0

                Final-Recipient: rfc822; carol@example.org
                Action: failed
                Status: 5.0.0

                --O1--
                """);
        assertEquals("opensmtpd", r.format());
        assertEquals(2, r.failures().size());
        assertEquals("5.1.1", r.failures().get(0).status());
        assertEquals("550", r.failures().get(0).replyCode());
        Failure carol = r.failures().get(1);
        assertEquals("Domain does not exist", carol.diagnostic());
        assertNull(carol.status());
    }

    @Test
    void anExpiredEnvelope() {
        Report r = SendmailTest.read("""
                From: Mailer Daemon <MAILER-DAEMON@smtpd.example.net>
                Subject: Delivery status notification: error

                    Hi!

                    This is the MAILER-DAEMON, please DO NOT REPLY to this e-mail.

                    An error has occurred while attempting to deliver a message for
                    the following list of recipients:

                dave@example.com: Envelope expired

                    Below is a copy of the original message:

                Received: from client (smtpd.example.net [local])
                From: alice@example.net
                To: dave@example.com
                Subject: hi
                """);
        assertEquals("expired", r.failures().get(0).reason());
        assertEquals("dave@example.com", r.failures().get(0).address());
    }
}

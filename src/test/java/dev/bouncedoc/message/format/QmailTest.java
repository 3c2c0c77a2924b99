package dev.bouncedoc.message.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Report;
import org.junit.jupiter.api.Test;

class QmailTest {
    @Test
    void recipientsWithRemoteRepliesAndLocalErrors() {
        Report r = SendmailTest.read("""
                From: MAILER-DAEMON@q.example.net
                Subject: failure notice

                Hi. This is the qmail-send program at q.example.net.
                I'm afraid I wasn't able to deliver your message to the following addresses.
                This is a permanent error; I've given up. Sorry it didn't work out.

                <bob@example.com>:
                192.0.2.4 does not like recipient.
                Remote host said: 550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown
                Giving up on 192.0.2.4.

                <carol@example.org>:
                192.0.2.5 failed after I sent the message.
                Remote host said: 554-5.7.1 Rejected
                554 5.7.1 by policy.

                <dave@q.example.net>:
                Sorry, no mailbox here by that name. (#5.1.1)

                --- Below this line is a copy of the message.

                From: alice@q.example.net
                To: bob@example.com
                Subject: hi
                """);
        assertEquals("qmail", r.format());
        assertEquals(3, r.failures().size());
        Failure bob = r.failures().get(0);
        assertEquals("550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown", bob.diagnostic());
        assertEquals("RCPT", bob.command());
        Failure carol = r.failures().get(1);
        assertEquals("554 5.7.1 Rejected by policy.", carol.diagnostic());
        assertEquals("DATA", carol.command());
        Failure dave = r.failures().get(2);
        assertEquals("Sorry, no mailbox here by that name. (#5.1.1)", dave.diagnostic());
        assertEquals("5.1.1", dave.status());
        assertNull(dave.command());
    }

    @Test
    void tooLongInTheQueueIsExpiredOnlyWithoutAServerReply() {
        Report r = SendmailTest.read("""
                From: MAILER-DAEMON@q.example.net
                Subject: failure notice

                Hi. This is the qmail-send program at q.example.net.
                I'm afraid I wasn't able to deliver your message to the following addresses.
                This is a permanent error; I've given up. Sorry it didn't work out.

                <erin@example.com>:
                Connected to 192.0.2.8 but sender was rejected.
                Remote host said: 421 4.7.0 Try again later, too many messages
                I'm not going to try again; this message has been in the queue too long.

                <frank@example.com>:
                Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)
                I'm not going to try again; this message has been in the queue too long.

                --- Below this line is a copy of the message.
                """);
        Failure erin = r.failures().get(0);
        assertEquals("MAIL", erin.command());
        assertEquals("421 4.7.0 Try again later, too many messages", erin.diagnostic());
        assertNull(erin.reason());
        Failure frank = r.failures().get(1);
        assertEquals("Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)", frank.diagnostic());
        assertEquals("4.4.1", frank.status());
    }
}

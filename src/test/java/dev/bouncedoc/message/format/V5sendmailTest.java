package dev.bouncedoc.message.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Report;
import org.junit.jupiter.api.Test;

class V5sendmailTest {
    @Test
    void verdictLinesNameTheRecipientsAndRepliesExplainThem() {
        Report r = SendmailTest.read("""
                From: Mail Delivery Subsystem <MAILER-DAEMON@old.example.com>
                To: alice@example.com
                Subject: Returned mail: User unknown

                   ----- Transcript of session follows -----
                While talking to mail.example.org:
                >>> MAIL From:<alice@example.com>
                <<< 553 <alice@example.com>... we do not accept mail from you
                554 <bob@example.org>... Remote protocol error
                550 example.net (smtp)... 550 Host unknown
                554 <carol@example.net>... 550 Host unknown (Authoritative answer from name server)
                While talking to smtp.example.edu:
                >>> RCPT To:<dave@example.edu>
                <<< 550 <dave@example.edu>... No such mailbox
                550 <dave@example.edu>... User unknown

                   ----- Unsent message follows -----
                Received: by old.example.com; id 0000001
                From: alice@example.com
                To: bob@example.org
                Subject: Hi

                Hi
                """);
        assertEquals("v5sendmail", r.format());
        assertEquals(3, r.failures().size());
        Failure bob = r.failures().get(0);
        assertEquals("bob@example.org", bob.address());
        assertEquals("553 <alice@example.com>... we do not accept mail from you", bob.diagnostic());
        assertEquals("MAIL", bob.command());
        assertEquals("mail.example.org", bob.remoteMta());
        Failure carol = r.failures().get(1);
        assertEquals("550 Host unknown (Authoritative answer from name server)", carol.diagnostic());
        assertEquals("550", carol.replyCode());
        assertNull(carol.command());
        Failure dave = r.failures().get(2);
        assertEquals("550 <dave@example.edu>... No such mailbox", dave.diagnostic());
        assertEquals("RCPT", dave.command());
    }

    @Test
    void aMessageThatTimedOutTakesItsRecipientFromTheUnsentMessage() {
        Report r = SendmailTest.read("""
                From: Mail Delivery Subsystem <MAILER-DAEMON@old.example.com>
                Subject: Returned mail: Cannot send message for 3 days

                   ----- Transcript of session follows -----
                421 example.com (smtp)... Deferred: Connection timed out during user open with example.com

                   ----- Unsent message follows -----
                Received: by old.example.com; id 0000002
                From: alice@example.jp
                To: erin@example.com
                Subject: Hello

                Hello
                """);
        Failure f = r.failures().get(0);
        assertEquals("erin@example.com", f.address());
        assertEquals("expired", f.reason());
        assertEquals("421 example.com (smtp)... Deferred: Connection timed out during user open with example.com", f.diagnostic());
    }
}

package dev.bouncedoc.message.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Limits;
import dev.bouncedoc.message.MailMessage;
import dev.bouncedoc.message.Report;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SendmailTest {
    static Report read(String text) {
        return Recognizers.read(MailMessage.parse(text.getBytes(StandardCharsets.UTF_8), Limits.DEFAULT));
    }

    private static final String MULTILINE = """
            From: Mail Delivery Subsystem <MAILER-DAEMON@relay.example.net>
            To: <alice@example.net>
            Subject: Returned mail: see transcript for details
            MIME-Version: 1.0
            Content-Type: multipart/report; report-type=delivery-status; boundary="B1"

            --B1
            Content-Type: text/plain

            The original message was received at Mon, 2 Mar 2026 10:00:00 +0900
            from client.example.net [192.0.2.10]

               ----- The following addresses had permanent fatal errors -----
            <bob@example.com>
                (reason: 550-5.7.26 The sender domain fails the SPF check)

               ----- Transcript of session follows -----
            ... while talking to mx.example.com.:
            >>> DATA
            <<< 550-5.7.26 The sender domain fails the SPF check
            <<< 550-5.7.26 and the message has been blocked.
            <<< 550 5.7.26 See the help page.
            554 5.0.0 Service unavailable

            --B1
            Content-Type: message/delivery-status

            Reporting-MTA: dns; relay.example.net

            Final-Recipient: RFC822; bob@example.com
            Action: failed
            Status: 5.7.26
            Remote-MTA: DNS; mx.example.com
            Diagnostic-Code: SMTP; 550-5.7.26 The sender domain fails the SPF check
            Last-Attempt-Date: Mon, 2 Mar 2026 10:00:05 +0900

            --B1
            Content-Type: text/rfc822-headers

            From: alice@example.net
            To: bob@example.com
            Subject: Hello
            Message-Id: <m1@example.net>

            --B1--
            """;

    @Test
    void theTranscriptGivesTheWholeReplyAndItsCommand() {
        Report r = read(MULTILINE);
        assertEquals("sendmail", r.format());
        assertEquals(Report.Kind.FAILURE, r.kind());
        assertEquals(1, r.failures().size());
        Failure f = r.failures().get(0);
        assertEquals("bob@example.com", f.address());
        assertEquals("5.7.26", f.status());
        assertEquals("550", f.replyCode());
        assertEquals("550 5.7.26 The sender domain fails the SPF check and the message has been blocked. See the help page.",
                f.diagnostic());
        assertEquals("DATA", f.command());
        assertEquals("mx.example.com", f.remoteMta());
        assertEquals("Mon, 2 Mar 2026 10:00:05 +0900", f.lastAttempt());
        assertNull(f.reason());
        assertEquals("<m1@example.net>", r.original().get("message-id"));
    }

    @Test
    void eachRecipientGetsTheReplyThatNamesIt() {
        Report r = read("""
                From: Mail Delivery Subsystem <MAILER-DAEMON@relay.example.net>
                Subject: Returned mail: see transcript for details
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=delivery-status; boundary="B2"

                --B2
                Content-Type: text/plain

                   ----- Transcript of session follows -----
                ... while talking to mx.example.org.:
                >>> RCPT To:<carol@example.org>
                <<< 550 5.1.1 <carol@example.org>... No such user
                550 5.1.1 <carol@example.org>... User unknown
                >>> RCPT To:<dave@example.org>
                <<< 552 5.2.2 <dave@example.org>... Mailbox full
                552 5.2.2 <dave@example.org>... Mailbox full

                --B2
                Content-Type: message/delivery-status

                Reporting-MTA: dns; relay.example.net

                Final-Recipient: RFC822; carol@example.org
                Action: failed
                Status: 5.1.1

                Final-Recipient: RFC822; dave@example.org
                Action: failed
                Status: 5.2.2

                --B2--
                """);
        assertEquals(2, r.failures().size());
        assertEquals("550 5.1.1 <carol@example.org>... No such user", r.failures().get(0).diagnostic());
        assertEquals("RCPT", r.failures().get(0).command());
        assertEquals("mx.example.org", r.failures().get(0).remoteMta());
        assertEquals("552 5.2.2 <dave@example.org>... Mailbox full", r.failures().get(1).diagnostic());
        assertEquals("5.2.2", r.failures().get(1).status());
    }

    @Test
    void aMessageGivenUpOnInTheQueueHasExpired() {
        Report r = read("""
                From: Mail Delivery Subsystem <MAILER-DAEMON@relay.example.net>
                Subject: Returned mail: see transcript for details

                This is a MIME-encapsulated message

                --X

                   ----- The following addresses had permanent fatal errors -----
                <erin@example.jp>

                   ----- Transcript of session follows -----
                <erin@example.jp>... Deferred: Connection refused by mx.example.jp.
                Message could not be delivered for 5 days
                Message will be deleted from queue

                --X
                Content-Type: message/delivery-status

                Reporting-MTA: dns; relay.example.net

                Final-Recipient: RFC822; erin@example.jp
                Action: failed
                Status: 4.4.7
                Remote-MTA: DNS; mx.example.jp

                --X--
                """);
        Failure f = r.failures().get(0);
        assertEquals("erin@example.jp", f.address());
        assertEquals("4.4.7", f.status());
        assertEquals("Deferred: Connection refused by mx.example.jp.", f.diagnostic());
        assertEquals("expired", f.reason());
    }

    @Test
    void aPreciseCodeInTheServersReplyWinsOverDeferredTooLong() {
        Report r = read("""
                From: Mail Delivery Subsystem <MAILER-DAEMON@relay.example.net>
                Subject: Warning: could not send message for past 4 hours
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=delivery-status; boundary="B3"

                --B3
                Content-Type: text/plain

                   ----- Transcript of session follows -----
                ... while talking to mx.example.com.:
                >>> MAIL From:<alice@example.net>
                <<< 450 4.7.1 Client host rejected: cannot find your hostname
                <frank@example.com>... Deferred: 450 4.7.1 Client host rejected: cannot find your hostname

                --B3
                Content-Type: message/delivery-status

                Reporting-MTA: dns; relay.example.net

                Final-Recipient: RFC822; frank@example.com
                Action: delayed
                Status: 4.4.7

                --B3--
                """);
        Failure f = r.failures().get(0);
        assertEquals(Report.Kind.DELAY, r.kind());
        assertEquals("4.7.1", f.status());
        assertEquals("MAIL", f.command());
        assertEquals("450 4.7.1 Client host rejected: cannot find your hostname", f.diagnostic());
        assertNull(f.reason());
    }

    @Test
    void aForwardedQuotedBounceIsRead() {
        Report r = read("""
                From: Alice <alice@example.net>
                To: Help <help@example.net>
                Subject: Fwd: Returned mail: see transcript for details

                Begin forwarded message:

                > From: Mail Delivery Subsystem <MAILER-DAEMON>
                > Subject: Returned mail: see transcript for details
                >
                >    ----- The following addresses had permanent fatal errors -----
                > <gina@example.com>
                >     (reason: 550 5.1.1 <gina@example.com>... User unknown)
                >
                >    ----- Transcript of session follows -----
                > ... while talking to mx.example.com.:
                >>>> DATA
                > <<< 550 5.1.1 <gina@example.com>... User unknown
                > 550 5.1.1 <gina@example.com>... User unknown
                > Reporting-MTA: dns; relay.example.net
                >
                > Final-Recipient: RFC822; gina@example.com
                > Action: failed
                > Status: 5.1.1
                """);
        assertEquals("sendmail", r.format());
        Failure f = r.failures().get(0);
        assertEquals("gina@example.com", f.address());
        assertEquals("5.1.1", f.status());
        assertEquals("RCPT", f.command()); // listed after DATA, but "<gina@example.com>... User unknown" is a pipelined RCPT refusal
    }

    @Test
    void otherMessagesAreLeftAlone() {
        assertNull(new Sendmail().recognize(MailMessage.parse("""
                From: bob@example.com
                Subject: lunch

                ----- Transcript of session follows -----
                nothing here
                """.getBytes(StandardCharsets.UTF_8), Limits.DEFAULT)));
    }
}

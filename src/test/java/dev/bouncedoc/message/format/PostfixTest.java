package dev.bouncedoc.message.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Report;
import org.junit.jupiter.api.Test;

class PostfixTest {
    @Test
    void paragraphsGiveTheServersWordsTheHostAndTheCommand() {
        Report r = SendmailTest.read("""
                From: MAILER-DAEMON@mail.example.net (Mail Delivery System)
                Subject: Undelivered Mail Returned to Sender
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=delivery-status; boundary="P1"

                --P1
                Content-Description: Notification
                Content-Type: text/plain

                This is the mail system at host mail.example.net.

                I'm sorry to have to inform you that your message could not
                be delivered to one or more recipients. It's attached below.

                                   The mail system

                <bob@example.com>: host mx.example.com[192.0.2.5] said: 550 5.1.1
                    <bob@example.com>: Recipient address rejected: User unknown in local
                    recipient table (in reply to RCPT TO command)

                <carol@example.org> (expanded from <team@example.net>): host
                    mx.example.org[192.0.2.6] said: 554 Message refused (in reply to end
                    of DATA command)

                --P1
                Content-Description: Delivery report
                Content-Type: message/delivery-status

                Reporting-MTA: dns; mail.example.net
                X-Postfix-Queue-ID: 4ABCDEF
                X-Postfix-Sender: rfc822; alice@example.net

                Final-Recipient: rfc822; bob@example.com
                Action: failed
                Status: 5.1.1
                Remote-MTA: dns; mx.example.com
                Diagnostic-Code: smtp; 550 5.1.1 <bob@example.com>: Recipient address
                    rejected: User unknown in local recipient table

                Final-Recipient: rfc822; carol@example.org
                Original-Recipient: rfc822; team@example.net
                Action: failed
                Status: 5.0.0
                Diagnostic-Code: smtp; 554 Message refused

                --P1--
                """);
        assertEquals("postfix", r.format());
        assertEquals(2, r.failures().size());
        Failure bob = r.failures().get(0);
        assertEquals("550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in local recipient table",
                bob.diagnostic());
        assertEquals("RCPT", bob.command());
        assertEquals("5.1.1", bob.status());
        Failure carol = r.failures().get(1);
        assertEquals("carol@example.org", carol.address());
        assertEquals("554 Message refused", carol.diagnostic());
        assertEquals("DATA", carol.command());
        assertEquals("mx.example.org", carol.remoteMta());
        assertEquals("5.0.0", carol.status());
    }

    @Test
    void connectionErrorsAndTheWarningWithoutMimeFields() {
        Report r = SendmailTest.read("""
                From: MAILER-DAEMON@mail.example.net (Mail Delivery System)
                Subject: Delayed Mail (still being retried)

                This is the mail system at host mail.example.net.

                # THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #

                <dave@example.com>: connect to mx.example.com[192.0.2.7]:25: Connection
                    refused

                Reporting-MTA: dns; mail.example.net
                X-Postfix-Queue-ID: 4ABCDF0

                Final-Recipient: rfc822; dave@example.com
                Action: delayed
                Status: 4.4.1
                Diagnostic-Code: X-Postfix; connect to mx.example.com[192.0.2.7]:25:
                    Connection refused
                """);
        assertEquals(Report.Kind.DELAY, r.kind());
        Failure f = r.failures().get(0);
        assertEquals("4.4.1", f.status());
        assertEquals("CONN", f.command());
        assertEquals("mx.example.com", f.remoteMta());
        assertEquals("connect to mx.example.com[192.0.2.7]:25: Connection refused", f.diagnostic());
    }

    @Test
    void theSmtpServersErrorNoticeToThePostmaster() {
        Report r = SendmailTest.read("""
                From: MAILER-DAEMON@mx.example.net (Mail Delivery System)
                To: postmaster@mx.example.net (Postmaster)
                Subject: Postfix SMTP server: errors from client.example.org[192.0.2.9]

                Transcript of session follows.

                 Out: 220 mx.example.net ESMTP
                 In:  EHLO client.example.org
                 Out: 250 mx.example.net
                 In:  MAIL FROM:<alice@example.org>
                 Out: 250 2.1.0 Ok
                 In:  RCPT TO:<erin@example.net>
                 Out: 250 2.1.5 Ok
                 In:  DATA
                 Out: 354 End data with <CR><LF>.<CR><LF>
                 Out: 451 4.3.0 Error: queue file write error
                 In:  QUIT
                 Out: 221 2.0.0 Bye
                """);
        Failure f = r.failures().get(0);
        assertEquals("erin@example.net", f.address());
        assertEquals("451 4.3.0 Error: queue file write error", f.diagnostic());
        assertEquals("DATA", f.command());
        assertEquals("4.3.0", f.status());
    }
}

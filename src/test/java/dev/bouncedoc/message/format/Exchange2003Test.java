package dev.bouncedoc.message.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Report;
import org.junit.jupiter.api.Test;

class Exchange2003Test {
    @Test
    void internetMailServiceTwoRecipientsAndAFoldedMtsId() {
        Report r = Exchange2007Test.read("""
                From: System Administrator <postmaster@example.co.jp>
                To: sender@example.com
                Subject: Undeliverable: budget
                X-Mailer: Internet Mail Service (5.5.2653.19)
                MIME-Version: 1.0
                Content-Type: text/plain; charset="iso-8859-1"

                Your message

                  To:      ann@example.co.jp; ben@example.co.jp
                  Subject: budget
                  Sent:    Tue, 4 Mar 2003 09:10:11 +0900

                did not reach the following recipient(s):

                ann@example.co.jp on Tue, 4 Mar 2003 09:10:20 +0900
                    The recipient name is not recognized
                	The MTS-ID of the original message is: c=jp;a= ;p=corp
                ;l=SERVER0303040010ABCDEF
                    MSEXCH:IMS:Corp:Tokyo:SERVER 0 (000C05A6) Unknown Recipient
                ben@example.co.jp on Tue, 4 Mar 2003 09:10:20 +0900
                    The recipient name is not recognized
                    MSEXCH:IMS:Corp:Tokyo:SERVER 0 (000C05A6) Unknown Recipient
                """);
        assertEquals("exchange2003", r.format());
        assertEquals(2, r.failures().size());
        Failure a = r.failures().get(0);
        assertEquals("ann@example.co.jp", a.address());
        assertEquals("Tue, 4 Mar 2003 09:10:20 +0900", a.lastAttempt());
        assertEquals("The recipient name is not recognized MSEXCH:IMS:Corp:Tokyo:SERVER 0 (000C05A6) Unknown Recipient",
                a.diagnostic());
        assertEquals("ben@example.co.jp", r.failures().get(1).address());
    }

    @Test
    void smtpConnectorReplyInAngleBrackets() {
        Report r = Exchange2007Test.read("""
                From: System Administrator <postmaster@example.com>
                To: sender@example.org
                Subject: Undeliverable: notes
                X-MimeOLE: Produced By Microsoft Exchange V6.5
                Content-Type: text/plain

                Your message did not reach some or all of the intended recipients.

                      Subject:	notes
                      Sent:	3/4/2005 9:00 AM

                The following recipient(s) could not be reached:

                      carl@example.net on 3/4/2005 9:01 AM
                            The e-mail account does not exist at the organization this message was sent to.
                            <mx.example.com #5.0.0 smtp;550 5.1.1 <carl@example.net>... User unknown>
                """);
        assertEquals("exchange2003", r.format());
        Failure f = r.failures().get(0);
        assertEquals("carl@example.net", f.address());
        assertEquals("550 5.1.1 <carl@example.net>... User unknown", f.diagnostic());
        assertEquals("5.1.1", f.status());
        assertEquals("550", f.replyCode());
        assertEquals("mx.example.com", f.remoteMta());
    }

    @Test
    void deliveryStatusPartFillsTheStatus() {
        Report r = Exchange2007Test.read("""
                From: postmaster@example.com
                To: sender@example.org
                Subject: Undeliverable: plans
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=delivery-status; boundary="x1"

                --x1
                Content-Type: text/plain

                Your message did not reach some or all of the intended recipients.

                The following recipient(s) could not be reached:

                      ron@example.com on 3/4/2005 9:01 AM
                            You do not have permission to send to this recipient.

                --x1
                Content-Type: message/delivery-status

                Reporting-MTA: dns;mail.example.com

                Final-Recipient: rfc822;ron@example.com
                Action: failed
                Status: 5.7.1

                --x1--
                """);
        assertEquals("exchange2003", r.format());
        Failure f = r.failures().get(0);
        assertEquals("ron@example.com", f.address());
        assertEquals("5.7.1", f.status());
        assertEquals("You do not have permission to send to this recipient.", f.diagnostic());
        assertEquals("mail.example.com", r.reportingMta());
    }

    @Test
    void withoutMicrosoftSignatureItIsNotRead() {
        String text = "From: a@example.org\r\nSubject: hi\r\n\r\ndid not reach the following recipient(s):\r\n"
                + "x@example.com on today\r\n    gone\r\n";
        assertNull(new Exchange2003().recognize(dev.bouncedoc.message.MailMessage.parse(
                text.getBytes(java.nio.charset.StandardCharsets.UTF_8), dev.bouncedoc.message.Limits.DEFAULT)));
    }
}

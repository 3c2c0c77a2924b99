package dev.bouncedoc.message.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Report;
import org.junit.jupiter.api.Test;

/** The mail security gateways: McAfee, MailFoundry, SurfControl, MX Logic, Active!hunter, Mimecast,
 * MessageLabs, InterScan MSS and MailMarshal. */
class GatewaysTest {
    @Test
    void mcafeeTextAndStatusPart() {
        Report r = Exchange2007Test.read("""
                From: <MAILER-DAEMON@gw.example.jp>
                To: sender@example.com
                Subject: Delivery Status
                X-NAI-Header: Modified by McAfee Email and Web Security Virtual Appliance
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="m1"

                --m1
                Content-Type: text/plain; name="deliveryproblems.txt"

                    --- The following addresses had delivery problems ---

                <dan@example.jp>   (550 5.2.2 <dan@example.jp>... Mailbox full)

                --m1
                Content-Type: message/delivery-status; name="deliverystatus.txt"

                Original-Recipient: <dan@example.jp>
                Action: failed
                Diagnostic-Code: smtp; 550 5.2.2 <dan@example.jp>... Mailbox full
                Remote-MTA: 192.0.2.40

                --m1--
                """);
        assertEquals("mcafee", r.format());
        Failure f = r.failures().get(0);
        assertEquals("dan@example.jp", f.address());
        assertEquals("550 5.2.2 <dan@example.jp>... Mailbox full", f.diagnostic());
        assertEquals("5.2.2", f.status());
        assertEquals("192.0.2.40", f.remoteMta());
    }

    @Test
    void mailFoundry() {
        Report r = Exchange2007Test.read("""
                From: MAILER-DAEMON@example.org
                To: sender@example.com
                Subject: Message delivery has failed
                Content-Type: text/plain

                Unable to deliver message to: <eve@example.org>
                Delivery failed for the following reason:
                Server mx1.example.org[192.0.2.5] failed with: 550 5.7.1 <eve@example.org>: Relay access denied

                This has been a permanent failure.  No further delivery attempts will be made.
                """);
        assertEquals("mailfoundry", r.format());
        Failure f = r.failures().get(0);
        assertEquals("eve@example.org", f.address());
        assertEquals("550 5.7.1 <eve@example.org>: Relay access denied", f.diagnostic());
        assertEquals("mx1.example.org", f.remoteMta());
    }

    @Test
    void surfControlWithoutStatusPart() {
        Report r = Exchange2007Test.read("""
                From: <>
                To: sender@example.com
                Subject: hello
                X-Mailer: SurfControl E-mail Filter
                Content-Type: text/plain

                Your message could not be sent.
                A transcript of the attempts to send the message follows.
                The number of attempts made: 1
                Addressed To: fay@example.net

                Mon, 3 Mar 2025 10:00:00 +0900
                Failed to send to identified host,
                fay@example.net: [192.0.2.9], 552 Requested mail action aborted: exceeded storage allocation
                --- Message non-deliverable.
                """);
        assertEquals("surfcontrol", r.format());
        Failure f = r.failures().get(0);
        assertEquals("fay@example.net", f.address());
        assertEquals("552 Requested mail action aborted: exceeded storage allocation", f.diagnostic());
        assertEquals("192.0.2.9", f.remoteMta());
        assertEquals("Mon, 3 Mar 2025 10:00:00 +0900", f.lastAttempt());
    }

    @Test
    void mxLogicEximStyleWithCommand() {
        Report r = Exchange2007Test.read("""
                From: Mail Delivery System <MAILER-DAEMON@relay.mxlogic.example>
                To: sender@example.com
                Subject: Mail delivery failed
                X-MX-Bounce: mta/src/queue/bounce
                Content-Type: text/plain

                This message was created automatically by mail delivery software.

                A message that you have sent could not be delivered to one or more
                recipients.  This is a permanent error.  The following addresses failed:

                  gus@example.jp
                    SMTP error from remote mail server after RCPT TO:<gus@example.jp>:
                    host mx.example.jp [192.0.2.3]: 550 5.1.1 <gus@example.jp>: User unknown

                  <hal@example.jp>: 552 5.2.2 mailbox full

                Included is a copy of the message header:
                -----------------------------------------
                Subject: hi
                """);
        assertEquals("mxlogic", r.format());
        assertEquals(2, r.failures().size());
        Failure g = r.failures().get(0);
        assertEquals("gus@example.jp", g.address());
        assertEquals("550 5.1.1 <gus@example.jp>: User unknown", g.diagnostic());
        assertEquals("RCPT", g.command());
        assertEquals("mx.example.jp", g.remoteMta());
        Failure h = r.failures().get(1);
        assertEquals("hal@example.jp", h.address());
        assertEquals("552 5.2.2 mailbox full", h.diagnostic());
    }

    @Test
    void activeHunter() {
        Report r = Exchange2007Test.read("""
                From: "MAILER-DAEMON" <MAILER-DAEMON@example.org>
                To: sender@example.com
                Subject: FAILURE NOTICE : hi
                X-AHMAILID: 20250303T100000+0900-0001
                Content-Type: text/plain

                The original message was received at Mon, 3 Mar 2025 10:00:00 +0900
                from example.com

                   ----- The following addresses had permanent fatal errors -----
                >>> ida@example.org <ida@example.org>

                   ----- Transcript of session follows -----
                550 5.2.1 <ida@example.org>: mailbox disabled
                """);
        assertEquals("activehunter", r.format());
        Failure f = r.failures().get(0);
        assertEquals("ida@example.org", f.address());
        assertEquals("550 5.2.1 <ida@example.org>: mailbox disabled", f.diagnostic());
        assertEquals("5.2.1", f.status());
    }

    @Test
    void mimecastTakesTheAdditionalInformation() {
        Report r = Exchange2007Test.read("""
                From: "postmaster" <postmaster@example.org>
                To: sender@example.com
                Subject: [Postmaster] Email Delivery Failure
                X-Mimecast-Originator: <>
                Content-Type: text/plain; charset=UTF-8

                This is an automated alert notification. Please do not reply.

                An email that you attempted to send to the following address could not be delivered:

                -- jo@example.org

                The problem appears to be :

                -- Recipient email address is possibly incorrect

                Additional information follows :

                -- 5.1.1 User unknown: the mailbox
                jo@example.org does not exist

                This condition occurred after 1 attempt(s) to deliver over
                a period of 0 hour(s).
                """);
        assertEquals("mimecast", r.format());
        Failure f = r.failures().get(0);
        assertEquals("jo@example.org", f.address());
        assertEquals("5.1.1 User unknown: the mailbox jo@example.org does not exist", f.diagnostic());
        assertEquals("5.1.1", f.status());
    }

    @Test
    void messageLabsJoinsAMultiLineReply() {
        Report r = Exchange2007Test.read("""
                From: Mail Delivery System <MAILER-DAEMON@messagelabs.com>
                To: sender@example.com
                Subject: Mail Delivery Failure
                Content-Type: text/plain

                This is the mail delivery agent at Symantec Email Security.cloud.

                I was unable to deliver your message to the following addresses:

                kim@example.com

                Reason: 550-5.7.1 Your message was rejected
                550 5.7.1 because it looks like spam

                The message subject was: hi
                """);
        assertEquals("messagelabs", r.format());
        Failure f = r.failures().get(0);
        assertEquals("kim@example.com", f.address());
        assertEquals("550 5.7.1 Your message was rejected because it looks like spam", f.diagnostic());
        assertEquals("550", f.replyCode());
        assertEquals("5.7.1", f.status());
    }

    @Test
    void interScanTranscriptStatesTheCommand() {
        Report r = Exchange2007Test.read("""
                From: "InterScan MSS" <postmaster@example.co.jp>
                To: sender@example.com
                Subject: Undeliverable message
                Content-Type: text/plain

                ****** Message from InterScan Messaging Security Suite ******

                Sent <<< MAIL FROM:<sender@example.com>
                Received >>> 250 ok
                Sent <<< RCPT TO:<lou@example.co.jp>
                Received >>> 550 5.1.1 <lou@example.co.jp>... User unknown

                ************************     End of message     **********************
                """);
        assertEquals("interscanmss", r.format());
        Failure f = r.failures().get(0);
        assertEquals("lou@example.co.jp", f.address());
        assertEquals("550 5.1.1 <lou@example.co.jp>... User unknown", f.diagnostic());
        assertEquals("RCPT", f.command());
    }

    @Test
    void mailMarshal() {
        Report r = Exchange2007Test.read("""
                From: postmaster@example.com
                To: sender@example.org
                Subject: Undeliverable Mail: "hi"
                Content-Type: text/plain

                Your message:
                   From:    sender@example.org
                   Subject: hi

                Could not be delivered because of

                552 5.2.2 Mailbox full

                The following recipients were affected:
                    max@example.com
                    ned@example.com

                Additional Information
                ======================

                Original Sender:    <sender@example.org>
                Remote-MTA:         <192.0.2.2>
                Reporting-MTA:      <relay.example.com>
                Last-Attempt-Date:  <10:00:00 Mon, 03 Mar 2025>
                """);
        assertEquals("mailmarshal", r.format());
        assertEquals("relay.example.com", r.reportingMta());
        assertEquals(2, r.failures().size());
        Failure f = r.failures().get(1);
        assertEquals("ned@example.com", f.address());
        assertEquals("552 5.2.2 Mailbox full", f.diagnostic());
        assertEquals("192.0.2.2", f.remoteMta());
        assertEquals("10:00:00 Mon, 03 Mar 2025", f.lastAttempt());
    }
}

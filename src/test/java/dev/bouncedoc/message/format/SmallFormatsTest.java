package dev.bouncedoc.message.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Report;
import org.junit.jupiter.api.Test;

/** m-FILTER, Verizon, fml and the unnamed X1, X2, X3, X5 and X6 formats. */
class SmallFormatsTest {
    @Test
    void mfilter() {
        Report r = Samples.read("""
                From: POSTMASTER <postmaster@example.co.jp>
                To: alice@example.jp
                Subject: failure notice
                X-Mailer: m-FILTER
                Content-Type: text/plain; charset=utf-8

                このメールは「m-FILTER」が自動的に生成して送信しています。

                以下のメールアドレスへの送信に失敗しました。
                bob@example.co.jp


                -------server message
                550 5.1.1 <bob@example.co.jp>: Recipient address rejected: User unknown

                -------SMTP command
                RCPT

                -------original message
                From: alice@example.jp
                To: bob@example.co.jp
                Subject: Meeting
                """);
        assertEquals("mfilter", r.format());
        Failure f = r.failures().get(0);
        assertEquals("bob@example.co.jp", f.address());
        assertEquals("RCPT", f.command());
        assertEquals("550 5.1.1 <bob@example.co.jp>: Recipient address rejected: User unknown", f.diagnostic());
    }

    @Test
    void verizonSmsAndMms() {
        Report sms = Samples.read("""
                From: post_master@vtext.com
                To: alice@example.org
                Subject: Re: Hello

                Error: Invalid user address

                Error message below:
                550 - Requested action not taken: no such user here

                Message details:
                  Subject: Hello
                  MAIL FROM: alice@example.org
                  RCPT TO: 5555550100@vtext.com
                """);
        assertEquals("verizon", sms.format());
        assertEquals("5555550100@vtext.com", sms.failures().get(0).address());
        assertEquals("550 - Requested action not taken: no such user here", sms.failures().get(0).diagnostic());
        Report mms = Samples.read("""
                From: MMSC NDR Administrator <sysadmin@mms.vzwpix.com>
                To: alice@example.org
                Subject: Undeliverable Message

                Message could not be delivered to mobile.
                Error: No valid recipients for this MM


                Original Message:
                From: alice@example.org
                To: 5555550100@vzwpix.com
                Subject: Photo
                """);
        assertEquals("5555550100@vzwpix.com", mms.failures().get(0).address());
        assertEquals("No valid recipients for this MM", mms.failures().get(0).diagnostic());
    }

    @Test
    void fmlRefusal() {
        Report r = Samples.read("""
                From: list-admin@example.org
                To: alice@example.net
                Subject: You alice@example.net are not member (cats ML)
                X-MLServer: fml [fml 4.0.3 release (20011202/4.0.3)]

                You are not a member of this mailing list <cats@example.org>.

                If you know the general guide of this list, please send mail with
                the mail body guide.
                """);
        assertEquals("fml", r.format());
        assertEquals("cats@example.org", r.failures().get(0).address());
        assertEquals("You are not a member of this mailing list <cats@example.org>.", r.failures().get(0).diagnostic());
    }

    @Test
    void x1BracketedErrorAndWarning() {
        String body = """

                The original message was received at Thu, 29 Apr 2010 23:34:45 +0900 (JST)
                from alice@example.jp

                ---The following addresses had delivery errors---

                bob@example.co.jp [User unknown]
                """;
        Report r = Samples.read("From: \"Mail Deliver System\" <MAILER-DAEMON@mx.example.jp>\n"
                + "Subject: Returned Mail: User unknown\n" + body);
        assertEquals("x1", r.format());
        assertEquals("User unknown", r.failures().get(0).diagnostic());
        Report w = Samples.read("From: \"Mail Deliver System\" <MAILER-DAEMON@mx.example.jp>\n"
                + "Subject: Warning--Could not send mail for past 8.5 hours\n" + body);
        assertEquals(Report.Kind.DELAY, w.kind());
    }

    @Test
    void x2ParagraphsAndQueueLifetime() {
        Report r = Samples.read("""
                From: MAILER-DAEMON@example.com
                To: alice@example.jp
                Subject: Delivery failure

                Message from example.com.
                Unable to deliver message to the following address(es).

                <bob@example.com>:
                This user doesn't have a example.com account (bob@example.com) [0]

                <carol@example.com>:
                Resources temporarily unavailable, please try again later [#4.1.9].
                /I'm not going to try again; this message has been in the queue too long.

                --- Original message follows.

                Subject: Hi
                """);
        assertEquals("x2", r.format());
        assertEquals(2, r.failures().size());
        assertEquals("This user doesn't have a example.com account (bob@example.com) [0]", r.failures().get(0).diagnostic());
        assertNull(r.failures().get(0).reason());
        assertEquals("expired", r.failures().get(1).reason());
    }

    @Test
    void x3TechnicalDetails() {
        Report r = Samples.read("""
                From: Mail Delivery System <Mail.Delivery.System@mx.example.com>
                To: alice@example.org
                Subject: Delivery status notification

                      This is an automatically generated Delivery Status Notification.

                Delivery to the following recipients failed permanently:

                   * bob@example.co.jp

                                             Technical details:

                SMTP:RCPT host 192.0.2.1: 553 5.3.0 <bob@example.co.jp>... No such user here

                ============================================================================
                """);
        assertEquals("x3", r.format());
        Failure f = r.failures().get(0);
        assertEquals("RCPT", f.command());
        assertEquals("192.0.2.1", f.remoteMta());
        assertEquals("553 5.3.0 <bob@example.co.jp>... No such user here", f.diagnostic());
    }

    @Test
    void x5EnclosedBounce() {
        Report r = Samples.read("""
                From: Mail Delivery Subsystem <MAILER-DAEMON@example.co.jp>
                To: "NotificationRecipients" <NotificationRecipients@gw.example.co.jp>
                Subject: Returned mail: User unknown
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="TM1"

                --TM1
                Content-Type: text/plain; charset=us-ascii

                ----- The following addresses had permanent delivery errors -----


                --TM1
                Content-Type: message/rfc822

                From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.co.jp>
                To: alice@example.co.jp
                Subject: Returned mail: User unknown
                Content-Type: text/plain

                   ----- The following addresses had permanent delivery errors -----
                bob@example.org

                --TM1--
                """);
        assertEquals("x5", r.format());
        assertEquals("bob@example.org", r.failures().get(0).address());
        assertEquals("User unknown", r.failures().get(0).diagnostic());
    }

    @Test
    void x6ServerCommandAndReply() {
        Report r = Samples.read("""
                From: mailer-daemon
                To: alice@example.org
                Subject: There was an error sending your mail

                We had trouble delivering your message. Full details follow:

                Subject: 'Hello'

                2 error(s):

                SMTP Server <mx.example.org> rejected recipient <bob@example.org> (Error following RCPT command). It responded as follows: [550 5.1.1 User unknown]
                The following recipients returned permanent errors: carol@example.net. Reason: SMTP Server <192.0.2.3> refused to accept your message (DATA), with the following error message: [554 5.4.6 Hop count exceeded]
                """);
        assertEquals("x6", r.format());
        assertEquals("RCPT", r.failures().get(0).command());
        assertEquals("550 5.1.1 User unknown", r.failures().get(0).diagnostic());
        assertEquals("mx.example.org", r.failures().get(0).remoteMta());
        assertEquals("carol@example.net", r.failures().get(1).address());
        assertEquals("DATA", r.failures().get(1).command());
        assertEquals("554 5.4.6 Hop count exceeded", r.failures().get(1).diagnostic());
    }
}

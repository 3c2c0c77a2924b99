package dev.bouncedoc.message.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Report;
import org.junit.jupiter.api.Test;

class EximTest {
    private static final String HEAD = """
            From: Mail Delivery System <Mailer-Daemon@relay.example.net>
            To: alice@example.net
            Subject: Mail delivery failed: returning message to sender
            X-Failed-Recipients: bob@example.org

            This message was created automatically by mail delivery software.

            A message that you sent could not be delivered to one or more of its
            recipients. This is a permanent error. The following address(es) failed:

            """;
    private static final String COPY = """

            ------ This is a copy of the message, including all the headers. ------

            From: alice@example.net
            To: bob@example.org
            Subject: Lunch on Friday
            Message-Id: <lunch-1@example.net>

            See you there.
            """;

    @Test
    void readsEachAddressWithItsCommandHostAndReply() {
        Report r = Samples.read(HEAD + """
                  bob@example.org
                    SMTP error from remote mail server after RCPT TO:<bob@example.org>:
                    host mx.example.org [192.0.2.10]: 550 5.1.1 <bob@example.org>... User unknown
                  carol@example.com
                    host mx.example.com [192.0.2.20]
                    SMTP error from remote mail server after end of data:
                    552-5.2.2 The mailbox is over quota.
                    552 5.2.2 Please try again later.
                """ + COPY);
        assertEquals("exim", r.format());
        assertEquals(Report.Kind.FAILURE, r.kind());
        assertEquals(2, r.failures().size());
        Failure bob = r.failures().get(0);
        assertEquals("bob@example.org", bob.address());
        assertEquals("RCPT", bob.command());
        assertEquals("mx.example.org", bob.remoteMta());
        assertEquals("550 5.1.1 <bob@example.org>... User unknown", bob.diagnostic());
        assertEquals("5.1.1", bob.status());
        assertEquals("550", bob.replyCode());
        Failure carol = r.failures().get(1);
        assertEquals("carol@example.com", carol.address());
        assertEquals("DATA", carol.command());
        assertEquals("mx.example.com", carol.remoteMta());
        assertEquals("552-5.2.2 The mailbox is over quota. 552 5.2.2 Please try again later.", carol.diagnostic());
        assertEquals("Lunch on Friday", r.original().get("subject"));
    }

    @Test
    void mailFromWithSizeAndWrappedRcptTo() {
        Report r = Samples.read(HEAD + """
                  bob@example.org
                    SMTP error from remote mail server after MAIL FROM:<alice@example.net> SIZE=2048:
                    host mx.example.org [192.0.2.10]: 554 5.7.1 Your IP is listed
                  carol@example.com:
                    SMTP error from remote mailer after RCPT TO:
                    <carol@example.com>:
                    host mx.example.com [192.0.2.20]:
                    553 unknown or illegal user
                """ + COPY);
        assertEquals("MAIL", r.failures().get(0).command());
        assertEquals("554 5.7.1 Your IP is listed", r.failures().get(0).diagnostic());
        assertEquals("carol@example.com", r.failures().get(1).address());
        assertEquals("RCPT", r.failures().get(1).command());
        assertEquals("553 unknown or illegal user", r.failures().get(1).diagnostic());
    }

    @Test
    void initialConnectionAndEhloAreNamed() {
        Report r = Samples.read(HEAD + """
                  bob@example.org
                    host mx.example.org [192.0.2.10]
                    SMTP error from remote mail server after initial connection:
                    554 No PTR record for 198.51.100.7
                  carol@example.com
                    host mx.example.com [192.0.2.20]
                    SMTP error from remote mail server after EHLO relay.example.net:
                    550 Rejected
                """ + COPY);
        assertEquals("CONN", r.failures().get(0).command());
        assertEquals("554 No PTR record for 198.51.100.7", r.failures().get(0).diagnostic());
        assertEquals("HELO", r.failures().get(1).command());
    }

    @Test
    void retryTimeoutIsExpiredUnlessACauseIsStated() {
        Report r = Samples.read(HEAD + """
                  bob@example.org
                    retry timeout exceeded
                  carol@example.com
                    (ultimately generated from carol@example.net)
                    all hosts have been failing for a long time and were last tried after this message arrived
                  dave@example.com
                    mailbox is full: retry timeout exceeded
                """ + COPY);
        assertEquals("expired", r.failures().get(0).reason());
        assertEquals("expired", r.failures().get(1).reason());
        assertEquals("all hosts have been failing for a long time and were last tried after this message arrived",
                r.failures().get(1).diagnostic());
        assertNull(r.failures().get(2).reason());
        assertEquals("mailbox is full: retry timeout exceeded", r.failures().get(2).diagnostic());
    }

    @Test
    void localPipeFailureCarriesTheGeneratedText() {
        Report r = Samples.read(HEAD + """
                  pipe to |/usr/local/bin/autoresponder bob@example.org
                    generated by bob@example.org

                The following text was generated during the delivery attempt:

                ------ pipe to |/usr/local/bin/autoresponder bob@example.org
                       generated by bob@example.org ------

                autoresponder: cannot open template: No such file or directory
                """ + COPY);
        Failure f = r.failures().get(0);
        assertEquals("bob@example.org", f.address());
        assertEquals("pipe to |/usr/local/bin/autoresponder bob@example.org: autoresponder: cannot open template:"
                + " No such file or directory", f.diagnostic());
    }

    @Test
    void delayWarningIsADelay() {
        Report r = Samples.read("""
                From: Mail Delivery System <Mailer-Daemon@relay.example.net>
                To: alice@example.net
                Subject: Warning: message 1abcDE-000123-AB delayed 24 hours

                This message was created automatically by mail delivery software.
                A message that you sent has not yet been delivered to one or more of its
                recipients after more than 24 hours on the queue on relay.example.net.

                The address to which the message has not yet been delivered is:

                  bob@example.org
                    host mx.example.org [192.0.2.10]
                    Delay reason: SMTP error from remote mail server after RCPT TO:<bob@example.org>:
                    451 4.7.1 Greylisted, please try again later

                No action is required on your part. Delivery attempts will continue for
                some time, and this warning may be repeated at intervals if the message
                remains undelivered.
                """);
        assertEquals(Report.Kind.DELAY, r.kind());
        Failure f = r.failures().get(0);
        assertEquals("delayed", f.action());
        assertEquals("RCPT", f.command());
        assertEquals("451 4.7.1 Greylisted, please try again later", f.diagnostic());
        assertNull(f.reason());
    }

    @Test
    void theTextCodeWinsOverTheDsnPlaceholder() {
        Report r = Samples.read("""
                From: Mail Delivery System <Mailer-Daemon@relay.example.net>
                To: alice@example.net
                Subject: Mail delivery failed: returning message to sender
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=delivery-status; boundary="b1"

                --b1
                Content-Type: text/plain; charset=us-ascii

                This message was created automatically by mail delivery software.

                A message that you sent could not be delivered to one or more of its
                recipients. This is a permanent error. The following address(es) failed:

                  bob@example.org
                    host mx.example.org [192.0.2.10]
                    SMTP error from remote mail server after MAIL FROM:<alice@example.net>:
                    550 5.7.1 Fix reverse DNS for 198.51.100.7

                --b1
                Content-Type: message/delivery-status

                Reporting-MTA: dns; relay.example.net

                Action: failed
                Final-Recipient: rfc822;bob@example.org
                Status: 5.0.0
                Remote-MTA: dns; mx.example.org
                Diagnostic-Code: smtp; 550 5.7.1 Fix reverse DNS for 198.51.100.7

                --b1--
                """);
        assertEquals("exim", r.format());
        assertEquals("relay.example.net", r.reportingMta());
        assertEquals("5.7.1", r.failures().get(0).status());
        assertEquals("MAIL", r.failures().get(0).command());
    }

    @Test
    void malformedAddressReport() {
        Report r = Samples.read("""
                From: Mail Delivery System <Mailer-Daemon@relay.example.net>
                To: alice@example.net
                Subject: Mail failure - malformed recipient address

                A message that you sent contained one or more recipient addresses that were
                incorrectly constructed:

                  bob@example.org <carol@example.org>: malformed address: <carol@example.org> may not follow bob@example.org

                This address has been ignored.
                """);
        assertEquals("exim", r.format());
        assertEquals("bob@example.org", r.failures().get(0).address());
        assertEquals("malformed address: <carol@example.org> may not follow bob@example.org",
                r.failures().get(0).diagnostic());
    }
}

package dev.bouncedoc.message.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Report;
import org.junit.jupiter.api.Test;

class MessagingServerTest {
    @Test
    void readsTheRecipientBlocksAndPrefersTheReplyCodeToTheDsnPlaceholder() {
        Report r = Samples.read("""
                From: postmaster@mail.example.edu
                To: alice@example.edu
                Subject: Delivery Notification: Delivery has failed
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=delivery-status; boundary="Boundary_(ID_abc)"

                --Boundary_(ID_abc)
                Content-Type: text/plain; charset=us-ascii

                This report relates to a message you sent with the following header fields:

                  Message-id: <notes-7@example.edu>
                  Date: Mon, 02 Mar 2015 10:00:00 +0000
                  From: alice@example.edu
                  To: bob@example.org, carol@example.org
                  Subject: Lecture notes

                Your message cannot be delivered to the following recipients:

                  Recipient address: bob@example.org
                  Reason: Remote SMTP server has rejected address
                  Diagnostic code: smtp;550 5.1.1 <bob@example.org>... User unknown
                  Remote system: dns;mx.example.org (TCP|192.0.2.1|41000|192.0.2.10|25) (mx.example.org ESMTP)
                  Recipient address: carol@example.org
                  Reason: Server rejected MAIL FROM address
                  Diagnostic code: smtp;501 5.1.8 Sender address rejected
                  Remote system: dns;mx.example.org (TCP|192.0.2.1|41001|192.0.2.10|25) (mx.example.org ESMTP)

                --Boundary_(ID_abc)
                Content-Type: message/delivery-status

                Reporting-MTA: dns;mail.example.edu (tcp-daemon)

                Original-recipient: rfc822;bob@example.org
                Final-recipient: rfc822;bob@example.org
                Action: failed
                Status: 5.0.0 (Remote SMTP server has rejected address)

                Original-recipient: rfc822;carol@example.org
                Final-recipient: rfc822;carol@example.org
                Action: failed
                Status: 5.0.0 (Server rejected MAIL FROM address)

                --Boundary_(ID_abc)--
                """);
        assertEquals("messaging-server", r.format());
        assertEquals("mail.example.edu", r.reportingMta());
        Failure bob = r.failures().get(0);
        assertEquals("bob@example.org", bob.address());
        assertEquals("5.1.1", bob.status());
        assertEquals("550 5.1.1 <bob@example.org>... User unknown", bob.diagnostic());
        assertEquals("mx.example.org", bob.remoteMta());
        assertEquals("RCPT", bob.command());
        Failure carol = r.failures().get(1);
        assertEquals("MAIL", carol.command());
        assertEquals("5.1.8", carol.status());
        assertEquals("Lecture notes", r.original().get("subject"));
    }

    @Test
    void reasonStandsInWhenThereIsNoDiagnosticCode() {
        Report r = Samples.read("""
                From: postmaster@mail.example.edu
                To: alice@example.edu
                Subject: Delivery Notification: Delivery has failed

                This report relates to a message you sent with the following header fields:

                  Message-id: <notes-8@example.edu>
                  To: bob@example.edu

                Your message cannot be delivered to the following recipients:

                  Recipient address: bob@example.edu
                  Reason: Over quota

                """);
        assertEquals("Over quota", r.failures().get(0).diagnostic());
        assertEquals("failed", r.failures().get(0).action());
    }
}

package dev.bouncedoc.message.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Limits;
import dev.bouncedoc.message.MailMessage;
import dev.bouncedoc.message.Report;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DispositionNotificationTest {
    static Report read(String message) {
        return Recognizers.read(MailMessage.parse(message.getBytes(StandardCharsets.UTF_8), Limits.DEFAULT));
    }

    @Test
    void aSieveRejectionIsAFailureWithTheReasonText() {
        Report r = read("""
                From: Mail Delivery Subsystem <postmaster@mail.example.net>
                Subject: Automatically rejected mail
                Content-Type: multipart/report; report-type=disposition-notification; boundary="M"

                --M
                Content-Type: text/plain; charset=utf-8

                Your message to <dan@example.net> was automatically rejected:
                Quota exceeded (mailbox for user is full)
                --M
                Content-Type: message/disposition-notification

                Reporting-UA: mail.example.net; Dovecot Mail Delivery Agent
                Final-Recipient: rfc822; dan@example.net
                Original-Message-ID: <m-9@example.org>
                Disposition: automatic-action/MDN-sent-automatically; deleted

                --M--
                """);
        assertEquals("rfc8098", r.format());
        assertEquals(Report.Kind.FAILURE, r.kind());
        Failure f = r.failures().get(0);
        assertEquals("dan@example.net", f.address());
        assertTrue(f.diagnostic().contains("Quota exceeded"), f.diagnostic());
        assertEquals("<m-9@example.org>", r.original().get("message-id"));
    }

    @Test
    void aReadReceiptIsNotAFailure() {
        Report r = read("""
                From: eve@example.net
                Subject: Read: lunch
                Content-Type: multipart/report; report-type=disposition-notification; boundary="M"

                --M
                Content-Type: text/plain

                Your message was displayed.
                --M
                Content-Type: message/disposition-notification

                Final-Recipient: rfc822; eve@example.net
                Disposition: manual-action/MDN-sent-manually; displayed

                --M--
                """);
        assertEquals(Report.Kind.DELIVERED, r.kind());
    }

    @Test
    void aBounceThatNamesNobodyFallsBackToTheReturnedMessagesTo() {
        Report r = read("""
                From: MDaemon@mx.example.com
                Subject: Permanent Delivery Failure

                The attached message had PERMANENT fatal delivery errors!
                YOUR MESSAGE WAS NOT DELIVERED!

                --- Original message follows.

                From: alice@example.org
                To: gus@example.com
                Subject: hi
                Message-ID: <x-1@example.org>
                """);
        assertEquals("generic", r.format());
        assertEquals("gus@example.com", r.failures().get(0).address());
    }
}

package dev.bouncedoc.message.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Limits;
import dev.bouncedoc.message.MailMessage;
import dev.bouncedoc.message.Report;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AmazonSesTest {
    static Report read(String text) {
        return Recognizers.read(MailMessage.parse(text.getBytes(StandardCharsets.UTF_8), Limits.DEFAULT));
    }

    static final String SNS_HEAD = """
            From: SES-Topic <no-reply@sns.amazonaws.com>
            To: ops@shop.example
            Subject: AWS Notification Message
            MIME-Version: 1.0
            Content-Type: text/plain; charset=UTF-8
            x-amz-sns-message-id: 11111111-2222-3333-4444-555555555555

            """;

    @Test
    void bounceNotificationWithACutLine() {
        Report r = read(SNS_HEAD + """
                {"notificationType":"Bounce","bounce":{"bounceType":"Permanent","bouncedRecipients":[{"emailAddress":"ann@mail.example","action":"failed","status":"5.1.1","diagnosticCode":"smtp; 550 5.1.1 <ann@mail.example>: Recipient address rejected: User unknown"},{"emailAddress":"bob@mail.example","action":"failed","status":"5.2.2","diagnosticCode":"smtp; 552 5.2.2 Mailbox full"}],"timestamp":"2024-05-01T10:00:00.000Z","reportingMTA":"dsn; b1-2.smtp-out.example"},"mail":{"headers":[{"name":"Subject","value":"Your or!
                 der"},{"name":"Message-ID","value":"<order-1@shop.example>"}]}}

                --
                If you wish to stop receiving notifications from this topic, visit https://sns.example/unsubscribe?Endpoint=ops@shop.example
                """);
        assertEquals(Report.Kind.FAILURE, r.kind());
        assertEquals("amazonses", r.format());
        assertEquals("b1-2.smtp-out.example", r.reportingMta());
        assertEquals(2, r.failures().size());
        Failure a = r.failures().get(0);
        assertEquals("ann@mail.example", a.address());
        assertEquals("5.1.1", a.status());
        assertEquals("550", a.replyCode());
        assertEquals("550 5.1.1 <ann@mail.example>: Recipient address rejected: User unknown", a.diagnostic());
        assertEquals("bob@mail.example", r.failures().get(1).address());
        assertEquals("Your order", r.original().get("subject"));
        assertEquals("<order-1@shop.example>", r.original().get("message-id"));
    }

    @Test
    void snsEnvelopeCarriesTheNotificationAsAString() {
        Report r = read(SNS_HEAD + """
                {
                  "Type" : "Notification",
                  "Message" : "{\\"notificationType\\":\\"Bounce\\",\\"bounce\\":{\\"bouncedRecipients\\":[{\\"emailAddress\\":\\"carol@mail.example\\",\\"status\\":\\"5.7.1\\",\\"diagnosticCode\\":\\"smtp; 554 5.7.1 Service unavailable; client blocked\\"}]}}",
                  "Timestamp" : "2024-05-01T10:00:01.000Z"
                }
                """);
        assertEquals(1, r.failures().size());
        Failure f = r.failures().get(0);
        assertEquals("carol@mail.example", f.address());
        assertEquals("5.7.1", f.status());
        assertEquals("554", f.replyCode());
        assertEquals("failed", f.action());
    }

    @Test
    void complaintIsAFeedbackReport() {
        Report r = read(SNS_HEAD + """
                {"notificationType":"Complaint","complaint":{"complainedRecipients":[{"emailAddress":"dave@mail.example"}],"complaintFeedbackType":"abuse","userAgent":"Some ISP"},"mail":{"commonHeaders":{"subject":"Deals"}}}
                """);
        assertEquals(Report.Kind.FEEDBACK, r.kind());
        assertEquals("abuse", r.feedbackType());
        assertEquals("dave@mail.example", r.failures().get(0).address());
        assertEquals("feedback", r.failures().get(0).reason());
        assertEquals("Deals", r.original().get("subject"));
    }

    @Test
    void deliveryIsDelivered() {
        Report r = read(SNS_HEAD + """
                {"notificationType":"Delivery","delivery":{"recipients":["erin@mail.example"],"smtpResponse":"250 2.6.0 Message received","reportingMTA":"b1-3.smtp-out.example"}}
                """);
        assertEquals(Report.Kind.DELIVERED, r.kind());
        Failure f = r.failures().get(0);
        assertEquals("erin@mail.example", f.address());
        assertEquals("2.6.0", f.status());
        assertEquals("250", f.replyCode());
        assertEquals("delivered", f.reason());
    }

    @Test
    void notJsonIsNotRead() {
        assertNull(new AmazonSes().recognize(MailMessage.parse((SNS_HEAD + "Hello, no JSON here {\n").getBytes(
                StandardCharsets.UTF_8), Limits.DEFAULT)));
    }

    @Test
    void olderDsnQuotesTheRemoteReply() {
        Report r = read("""
                From: MAILER-DAEMON@email-bounces.amazonses.com
                To: shop@shop.example
                Subject: Delivery Status Notification (Failure)
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=delivery-status; boundary="b1"

                --b1
                Content-Type: text/plain

                The following message to <frank@mail.example> was undeliverable.
                The reason for the problem:
                5.1.0 - Unknown address error 550-'5.2.2 <frank@mail.example>... Mailbox Full'

                --b1
                Content-Type: message/delivery-status

                Reporting-MTA: dns; a1-2.smtp-out.amazonses.com

                Final-Recipient: rfc822;frank@mail.example
                Action: failed
                Status: 5.0.0 (permanent failure)
                Remote-MTA: dns; [192.0.2.9]
                Diagnostic-Code: smtp; 5.1.0 - Unknown address error 550-'5.2.2 <frank@mail.example>... Mailbox Full' (delivery attempts: 0)

                --b1--
                """);
        Failure f = r.failures().get(0);
        assertEquals("amazonses", r.format());
        assertEquals("frank@mail.example", f.address());
        assertEquals("5.2.2", f.status());
        assertEquals("550", f.replyCode());
        assertEquals("550 5.2.2 <frank@mail.example>... Mailbox Full", f.diagnostic());
    }
}

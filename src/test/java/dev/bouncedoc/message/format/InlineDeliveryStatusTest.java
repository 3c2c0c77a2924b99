package dev.bouncedoc.message.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Limits;
import dev.bouncedoc.message.MailMessage;
import dev.bouncedoc.message.Report;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class InlineDeliveryStatusTest {
    @Test
    void fieldsInTheTextWhenTheBoundariesAreLost() {
        Report r = new InlineDeliveryStatus().recognize(MailMessage.parse("""
                From: Mail Delivery Subsystem <MAILER-DAEMON@mx.remote.example>
                To: uma@home.example
                Subject: Returned mail: Service unavailable
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=delivery-status; boundary="lost"

                The original message was received at Mon, 1 Jan 2024 10:00:00 +0000

                   ----- The following addresses had permanent fatal errors -----
                <vic@remote.example>

                   ----- Transcript of session follows -----
                mail.local: unknown user: vic
                554 <vic@remote.example>... Service unavailable

                Reporting-MTA: dns; mx.remote.example

                Final-Recipient: RFC822; <vic@remote.example>
                Action: failed
                Status: 5.5.0

                Return-Path: <uma@home.example>
                From: uma@home.example
                To: vic@remote.example
                Subject: Notes
                Message-Id: <notes-1@home.example>

                Hi
                """.getBytes(StandardCharsets.UTF_8), Limits.DEFAULT));
        assertEquals("rfc3464", r.format());
        assertEquals("mx.remote.example", r.reportingMta());
        assertEquals(1, r.failures().size());
        Failure f = r.failures().get(0);
        assertEquals("vic@remote.example", f.address());
        assertEquals("5.5.0", f.status());
        assertEquals("554", f.replyCode());
        assertEquals("mail.local: unknown user: vic 554 <vic@remote.example>... Service unavailable", f.diagnostic());
    }
}

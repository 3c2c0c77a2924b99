package dev.bouncedoc.message.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.bouncedoc.message.Report;
import org.junit.jupiter.api.Test;

class PowerMtaTest {
    @Test
    void readsTheDsnAndTheExpiredCategory() {
        Report r = Samples.read("""
                From: postmaster@bulk.example.net
                To: bounces@bulk.example.net
                Subject: Delivery report
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=delivery-status; boundary="r1"

                --r1

                Hello, this is the mail server on bulk.example.net.

                  <bob@example.org>  delivery failed; will not continue trying
                  <carol@example.com>  delivery failed; will not continue trying

                --r1
                Content-Type: message/delivery-status

                Reporting-MTA: dns;bulk.example.net
                X-PowerMTA-VirtualMTA: bulk.example.net

                Final-Recipient: rfc822;bob@example.org
                Action: failed
                Status: 5.1.1 (bad destination mailbox address)
                Remote-MTA: dns;mx.example.org (192.0.2.10)
                Diagnostic-Code: smtp;550 5.1.1 <bob@example.org>... User unknown
                X-PowerMTA-BounceCategory: bad-mailbox

                Final-Recipient: rfc822;carol@example.com
                Action: failed
                Status: 4.4.7 (delivery time expired)
                Diagnostic-Code: smtp;451 4.4.0 connection timed out
                X-PowerMTA-BounceCategory: message-expired

                --r1--
                """);
        assertEquals("powermta", r.format());
        assertEquals("bulk.example.net", r.reportingMta());
        assertEquals("550 5.1.1 <bob@example.org>... User unknown", r.failures().get(0).diagnostic());
        assertNull(r.failures().get(0).reason());
        assertEquals("carol@example.com", r.failures().get(1).address());
        assertEquals("expired", r.failures().get(1).reason());
    }
}

package dev.bouncedoc.message.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Report;
import org.junit.jupiter.api.Test;

class DominoTest {
    @Test
    void plainTextReportWithTwoAddresses() {
        Report r = Exchange2007Test.read("""
                From: Postmaster@corp.example
                To: sender@example.com
                Subject: DELIVERY FAILURE: User Jane Roe (jane@corp.example) not listed in Domino Directory
                Content-Type: text/plain

                Your message

                  Subject: Offsite

                was not delivered to:

                  jane@corp.example
                  john@corp.example

                because:

                  User Jane Roe (jane@corp.example) not listed in Domino Directory
                """);
        assertEquals("domino", r.format());
        assertEquals(2, r.failures().size());
        Failure f = r.failures().get(0);
        assertEquals("jane@corp.example", f.address());
        assertEquals("User Jane Roe (jane@corp.example) not listed in Domino Directory", f.diagnostic());
        assertEquals("john@corp.example", r.failures().get(1).address());
    }

    @Test
    void deliveryStatusPartGivesStatusAndRemoteMta() {
        Report r = Exchange2007Test.read("""
                From: Postmaster@corp.example
                To: sender@example.com
                Subject: DELIVERY FAILURE: Error transferring to relay.example.net; Maximum hop count exceeded
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=delivery-status; boundary="d1"

                --d1
                Content-Type: text/plain

                Your message

                  Subject: Offsite

                was not delivered to:

                  mia@example.net

                because:

                  Error transferring to relay.example.net; Maximum hop count exceeded.  Message probably in a routing loop.

                --d1
                Content-Type: message/delivery-status

                Reporting-MTA: dns;hub.corp.example

                Final-Recipient: rfc822;mia@example.net
                Action: failed
                Status: 5.0.0
                Remote-MTA: smtp;relay.example.net
                Diagnostic-Code: X-Notes; Error transferring to relay.example.net; Ma
                 ximum hop count exceeded.  Message probably in a routing loop.

                --d1--
                """);
        assertEquals("domino", r.format());
        assertEquals("hub.corp.example", r.reportingMta());
        Failure f = r.failures().get(0);
        assertEquals("mia@example.net", f.address());
        assertEquals("5.0.0", f.status());
        assertEquals("relay.example.net", f.remoteMta());
        assertEquals("Error transferring to relay.example.net; Maximum hop count exceeded. Message probably in a routing loop.",
                f.diagnostic());
    }
}

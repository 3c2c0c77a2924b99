package dev.bouncedoc.message.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Report;
import org.junit.jupiter.api.Test;

class CourierTest {
    @Test
    void theTextGivesThePreciseCodeAndTheCommand() {
        Report r = SendmailTest.read("""
                From: postmaster@courier.example.net
                Subject: NOTICE: mail delivery status.
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=delivery-status; boundary="=_courier_0"

                --=_courier_0
                Content-Type: text/plain; charset=us-ascii

                This is a delivery status notification from courier.example.net,
                running the Courier mail server, version 1.1.

                ---------------------------------------------------------------------------

                                           UNDELIVERABLE MAIL

                Your message to the following recipients cannot be delivered:

                <bob@example.com>:
                    mx.example.com [192.0.2.1]:
                >>> RCPT TO:<bob@example.com>
                <<< 550 5.1.1 <bob@example.com>... No such user

                ---------------------------------------------------------------------------

                --=_courier_0
                Content-Type: message/delivery-status

                Reporting-MTA: dns; courier.example.net

                Final-Recipient: rfc822; bob@example.com
                Action: failed
                Status: 5.0.0
                Remote-MTA: dns; mx.example.com [192.0.2.1]
                Diagnostic-Code: smtp; 550 5.1.1 <bob@example.com>... No such user

                --=_courier_0--
                """);
        assertEquals("courier", r.format());
        Failure f = r.failures().get(0);
        assertEquals("5.1.1", f.status());
        assertEquals("RCPT", f.command());
        assertEquals("550 5.1.1 <bob@example.com>... No such user", f.diagnostic());
    }
}

package dev.bouncedoc.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DeliveryStatusTest {
    @Test
    void readsPerMessageAndPerRecipientGroupsWithContinuationLines() {
        DeliveryStatus ds = DeliveryStatus.parse("""
                Reporting-MTA: dns; mx.example.jp
                Arrival-Date: Sat, 21 Jun 2014 18:34:34 +0000

                Final-Recipient: rfc822; bob@example.org
                Original-Recipient: rfc822;bob@example.org
                Action: failed
                Status: 5.1.1
                Diagnostic-Code: smtp; 550 5.1.1 <bob@example.org>...
                    User Unknown

                Final-Recipient: rfc822; carol@example.org
                Action: delayed
                Status: 4.4.1
                """);
        assertEquals("dns; mx.example.jp", ds.message().get("Reporting-MTA"));
        assertEquals(2, ds.recipients().size());
        assertEquals("smtp; 550 5.1.1 <bob@example.org>... User Unknown", ds.recipients().get(0).get("diagnostic-code"));
        assertEquals("4.4.1", ds.recipients().get(1).get("status"));
    }

    @Test
    void aSecondFinalRecipientWithoutABlankLineStartsANewRecipient() {
        DeliveryStatus ds = DeliveryStatus.parse("""
                Reporting-MTA: dns; mx.example.jp
                Final-Recipient: rfc822; a@example.org
                Action: failed
                Status: 5.1.1
                Final-Recipient: rfc822; b@example.org
                Action: failed
                Status: 5.2.2
                """);
        assertEquals(2, ds.recipients().size());
        assertEquals("5.2.2", ds.recipients().get(1).get("status"));
    }

    @Test
    void typedValuesLoseTheirTypeAndUtf8EscapesAreDecoded() {
        assertEquals("bob@example.org", DeliveryStatus.untyped("rfc822; bob@example.org"));
        assertEquals("あ@example.jp", DeliveryStatus.untyped("utf-8; \\x{3042}@example.jp"));
        assertNull(DeliveryStatus.untyped("rfc822;  "));
    }
}

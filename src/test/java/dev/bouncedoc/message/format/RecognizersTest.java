package dev.bouncedoc.message.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.bouncedoc.Fixtures;
import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Report;
import org.junit.jupiter.api.Test;

/**
 * What one recognizer says about a sample, which the public API cannot show because another recognizer
 * answers first or none does: the samples and their public values are in formats/expected.tsv.
 */
class RecognizersTest {
    @Test
    void sendmailLeavesAPersonsMessageAlone() {
        assertNull(new Sendmail().recognize(Fixtures.message("formats/generic/02.eml")));
    }

    @Test
    void exchange2007LeavesAPostfixReportAndGarbageAlone() {
        assertNull(new Exchange2007().recognize(Fixtures.message("formats/postfix/01.eml")));
        assertNull(new Exchange2007().recognize(Fixtures.message("formats/none/03.eml")));
    }

    @Test
    void exchange2003WantsMicrosoftsSignature() {
        assertNull(new Exchange2003().recognize(Fixtures.message("formats/none/02.eml")));
    }

    @Test
    void amazonSesWantsJson() {
        assertNull(new AmazonSes().recognize(Fixtures.message("formats/none/01.eml")));
    }

    /** A sendmail report whose MIME boundaries were lost: the delivery-status fields still stand in its text. */
    @Test
    void inlineDeliveryStatusReadsTheFieldsInTheText() {
        Report r = new InlineDeliveryStatus().recognize(Fixtures.message("formats/sendmail/01.eml"));
        assertNotNull(r);
        assertEquals("rfc3464", r.format());
        assertEquals("mx.remote.example", r.reportingMta());
        assertEquals(1, r.failures().size());
        Failure f = r.failures().get(0);
        assertEquals("vic@remote.example", f.address());
        assertEquals("5.5.0", f.status());
        assertEquals("554", f.replyCode());
        assertEquals("mail.local: unknown user: vic 554 <vic@remote.example>... Service unavailable", f.diagnostic());
    }

    /** A reader that claims a message but finds no recipient does not hide its delivery-status part. */
    @Test
    void aReaderThatFindsNobodyLeavesTheDeliveryStatusToTheStandardReader() {
        FormatReader claimsAll = new FormatReader() {
            @Override
            public String name() {
                return "claims-all";
            }

            @Override
            Report read(ReportView message) {
                return ReportView.report(name(), null, java.util.List.of(), message.original());
            }
        };
        Report r = Recognizers.read(Fixtures.message("formats/postfix/02.eml"), java.util.List.of(claimsAll, new Rfc3464()));
        assertEquals("rfc3464", r.format());
        assertNotNull(r.failures().get(0).address());
    }

    /** A reader whose recipients have no address found nobody either: the delivery-status part is read. */
    @Test
    void aReaderThatFindsOnlyAnAddresslessFailureLeavesTheDeliveryStatusToTheStandardReader() {
        FormatReader addressless = new FormatReader() {
            @Override
            public String name() {
                return "addressless";
            }

            @Override
            Report read(ReportView message) {
                return ReportView.report(name(), null, java.util.List.of(
                        dev.bouncedoc.message.Failure.builder().action("failed").diagnostic("Delivery failed").build()),
                        message.original());
            }
        };
        Report r = Recognizers.read(Fixtures.message("formats/rfc3464/01.eml"), java.util.List.of(addressless, new Rfc3464()));
        assertEquals("rfc3464", r.format());
        assertEquals("bob@corp.example", r.failures().get(0).address());
    }

    /** A format reader's recipient takes what its delivery-status group states and the text lacks. */
    @Test
    void aFormatReadersRecipientIsCompletedFromItsDeliveryStatusGroup() {
        Report r = Recognizers.read(Fixtures.message("formats/qmail/04.eml"));
        assertEquals("qmail", r.format());
        assertEquals("mx.example.net", r.reportingMta());
        assertEquals("5.1.1", r.failures().get(0).status());
        assertEquals("mail.example.com", r.failures().get(0).remoteMta());
        assertEquals("550 No such user here", r.failures().get(0).diagnostic());
    }
}

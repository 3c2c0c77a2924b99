package dev.bouncedoc.message.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.bouncedoc.Fixtures;
import dev.bouncedoc.message.Headers;
import dev.bouncedoc.message.MailMessage;
import dev.bouncedoc.message.Report;
import dev.bouncedoc.vocabulary.BounceKind;
import dev.bouncedoc.vocabulary.Limits;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Complaint reports in vendors' own layouts ({@link VendorComplaint}) and list services' own notices
 * ({@link AutoReply}): input in, expected reading out. The format samples' public values are in
 * formats/expected.tsv.
 */
class ComplaintsAndListNoticesTest {
    private static Report read(String eml) {
        return Recognizers.read(MailMessage.parse(eml.getBytes(StandardCharsets.UTF_8), Limits.DEFAULT));
    }

    @Test
    void jsonFieldsAreReadAtAnyDepthWithoutTheNestedObjectsKeys() {
        Headers h = VendorComplaint.jsonFields("{\"Version\": \"1\", \"Report\": {\"ReportType\": \"Spam\","
                + " \"SourcePort\": 25, \"Tags\": [\"a\", \"b\"], \"Ok\": true, \"Source\": \"say \\\"hi\\\"\"}}");
        assertEquals("1", h.get("version"));
        assertEquals("Spam", h.get("reporttype"));
        assertEquals("25", h.get("sourceport"));
        assertEquals("say \"hi\"", h.get("source"));
        assertNull(h.get("report"));
        assertNull(h.get("tags"));
        assertNull(h.get("ok"));
    }

    @Test
    void anUnclosedJsonStringEndsTheScan() {
        Headers h = VendorComplaint.jsonFields("{\"ReportType\": \"spam");
        assertNull(h.get("reporttype"));
    }

    @Test
    void ownerAndRequestAddressesNameTheirList() {
        assertEquals("birders", AutoReply.ownerOrRequest("owner-birders"));
        assertEquals("hikers", AutoReply.ownerOrRequest("hikers+owner"));
        assertEquals("quilters", AutoReply.ownerOrRequest("quilters-owner"));
        assertEquals("chem-l", AutoReply.ownerOrRequest("chem-l-request"));
        assertNull(AutoReply.ownerOrRequest("owner-"));
        assertNull(AutoReply.ownerOrRequest("pat"));
    }

    @Test
    void anXarfHeaderWithoutAReportPartIsStillAComplaint() {
        Report r = read("From: noc@net.example\nTo: abuse@isp.example\nSubject: abuse\nX-ARF: YES\n\nSee attached.\n");
        assertEquals(BounceKind.FEEDBACK, r.kind());
        assertEquals("x-arf", r.format());
        assertEquals("abuse", r.feedbackType());
        assertNull(r.failures().get(0).address());
    }

    @Test
    void arfFromTheSameDeskStaysArf() {
        Report r = read("From: scomp@aol.net\nTo: fbl@sender.example\nSubject: Email Feedback Report for IP 192.0.2.1\n"
                + "MIME-Version: 1.0\nContent-Type: multipart/report; report-type=feedback-report; boundary=\"b\"\n\n"
                + "--b\nContent-Type: text/plain\n\nA complaint.\n--b\nContent-Type: message/feedback-report\n\n"
                + "Feedback-Type: abuse\nUser-Agent: AOL SComp\nVersion: 1\n--b\nContent-Type: message/rfc822\n\n"
                + "From: a@sender.example\nTo: b@aol.example\nSubject: hi\n\nhi\n--b--\n");
        assertEquals("arf", r.format());
        assertEquals("b@aol.example", r.failures().get(0).address());
    }

    @Test
    void aSpamCopLikeSubjectFromAPersonIsNoReport() {
        Report r = read("From: pat@home.example\nTo: team@work.example\nSubject: [SpamCop reports] what to do\n\n"
                + "Shall we sign up?\n");
        assertEquals(BounceKind.NOT_BOUNCE, r.kind());
    }

    @Test
    void aListPostWhoseSubjectSaysRejectedIsNoNotice() {
        Report r = read(Fixtures.text("formats/none/04.eml"));
        assertEquals(BounceKind.NOT_BOUNCE, r.kind());
    }

    @Test
    void aReplyThroughAListServiceIsNoNotice() {
        Report r = read("From: owner-birders@lists.nature.example\nTo: kim@field.example\n"
                + "Subject: Re: Post to birders rejected\n\nSorry about that, I have added you now.\n");
        assertEquals(BounceKind.NOT_BOUNCE, r.kind());
    }

    @Test
    void aPostRewrittenForDmarcByAGroupServiceIsNoNotice() {
        Report r = read("From: \"Sam via groups.io\" <sam=trail.example@groups.io>\nTo: hikers@groups.io\n"
                + "Subject: Route awaiting approval by the park\n\nThe park has not answered yet.\n");
        assertEquals(BounceKind.NOT_BOUNCE, r.kind());
    }

    @Test
    void aDeadAddressReplyWithoutFromNamesTheEnclosedOriginalsRecipient() {
        Report r = read(Fixtures.text("formats/rfc3834/04.eml"));
        assertEquals("jane@corp.example", r.failures().get(0).address());
    }
}

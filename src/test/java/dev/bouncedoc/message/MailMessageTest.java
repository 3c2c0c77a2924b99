package dev.bouncedoc.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bouncedoc.vocabulary.Limits;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MailMessageTest {
    static final String JAPANESE = "宛先が見つかりません ①㈱～";

    static MailMessage parse(byte[] bytes) {
        return MailMessage.parse(bytes, Limits.DEFAULT);
    }

    static byte[] message(String headers, byte[] body) {
        byte[] h = (headers + "\n\n").getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[h.length + body.length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(body, 0, all, h.length, body.length);
        return all;
    }

    @Test
    void japaneseBodiesAreDecodedWithOrWithoutALabelKeepingWindowsCharacters() {
        for (String charset : new String[] {"x-windows-iso2022jp", "windows-31j", "EUC-JP", "UTF-8"}) {
            byte[] body = (JAPANESE + "\n").getBytes(Charset.forName(charset));
            String label = charset.equals("x-windows-iso2022jp") ? "ISO-2022-JP" : charset.equals("windows-31j")
                    ? "Shift_JIS" : charset;
            MailMessage labelled = parse(message("Subject: t\nContent-Type: text/plain; charset=" + label, body));
            assertTrue(labelled.bodyText().contains("宛先が見つかりません"), charset + ": " + labelled.bodyText());
            MailMessage unlabelled = parse(message("Subject: t", body));
            assertTrue(unlabelled.bodyText().contains("宛先が見つかりません"), charset + " unlabelled: " + unlabelled.bodyText());
            if (!charset.equals("EUC-JP")) {
                assertTrue(labelled.bodyText().contains("①㈱～"), charset + ": " + labelled.bodyText());
            }
        }
    }

    @Test
    void aWrongLabelIsNotTrusted() {
        byte[] body = (JAPANESE + "\n").getBytes(Charset.forName("windows-31j"));
        MailMessage m = parse(message("Content-Type: text/plain; charset=us-ascii", body));
        assertTrue(m.bodyText().contains("宛先が見つかりません"), m.bodyText());
    }

    @Test
    void encodedWordsInHeadersAreDecoded() {
        MailMessage m = parse("Subject: =?ISO-2022-JP?B?GyRCJUYlOSVIGyhC?=\n\nbody\n".getBytes(StandardCharsets.US_ASCII));
        assertEquals("テスト", m.subject());
    }

    @Test
    void crOnlyLineEndsAreRead() {
        String lf = "From: MAILER-DAEMON@example.jp\nSubject: Returned mail\nContent-Type: text/plain\n\nline one\nline two\n";
        MailMessage cr = parse(lf.replace('\n', '\r').getBytes(StandardCharsets.US_ASCII));
        MailMessage crlf = parse(lf.replace("\n", "\r\n").getBytes(StandardCharsets.US_ASCII));
        assertEquals("Returned mail", cr.subject());
        assertEquals("Returned mail", crlf.subject());
        assertTrue(cr.bodyText().contains("line two"));
    }

    @Test
    void aBase64DeliveryStatusPartIsDecoded() {
        String ds = java.util.Base64.getMimeEncoder().encodeToString(
                "Reporting-MTA: dns; mx.example.jp\n\nFinal-Recipient: rfc822; bob@example.org\nAction: failed\nStatus: 5.1.1\n"
                        .getBytes(StandardCharsets.US_ASCII));
        String msg = "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\n\n--b\n"
                + "Content-Type: text/plain\n\nfailed\n--b\nContent-Type: message/delivery-status\n"
                + "Content-Transfer-Encoding: base64\n\n" + ds + "\n--b--\n";
        MailMessage m = parse(msg.getBytes(StandardCharsets.US_ASCII));
        Section s = m.sections().stream().filter(Section::isDeliveryStatus).findFirst().orElseThrow();
        assertTrue(s.text().contains("Final-Recipient: rfc822; bob@example.org"), s.text());
    }

    @Test
    void partsBeyondTheLimitsAreCutAndSaid() {
        StringBuilder msg = new StringBuilder("Content-Type: multipart/mixed; boundary=\"b\"\n\n");
        for (int i = 0; i < 20; i++) {
            msg.append("--b\nContent-Type: text/plain\n\npart ").append(i).append('\n');
        }
        msg.append("--b--\n");
        MailMessage m = MailMessage.parse(msg.toString().getBytes(StandardCharsets.US_ASCII), new Limits(1 << 20, 8, 5, 10, 65_536));
        assertTrue(m.cut());
        assertFalse(m.problems().isEmpty());
        assertTrue(m.sections().size() <= 5);
    }

    @Test
    void htmlTagNamesAreReadInAnyCase() {
        // tag names compared in place, ASCII letters in either case (no lower-cased copy of the HTML)
        assertEquals("\nOne\ntwo\nthree", MailMessage.htmlToText("<P>One<BR>two</P><Script>x<y</SCRIPT>three"));
        assertEquals("\na  b\nc d", MailMessage.htmlToText("<PRE>a  b</Pre> c  d"));
        assertEquals("\n\n x  y\n", MailMessage.htmlToText("<TABLE><TR><TD>x</TD><TD>y</TD></TR></TABLE>"));
        assertEquals("\none\ntwo", MailMessage.htmlToText("<Li>one<LI>two"));
        assertEquals("a\nb", MailMessage.htmlToText("a<sTyLe>p { x: 1 }</StYlE><bR>b"));
        // no tag that breaks lines: the raw line ends stay
        assertEquals("line one\nline  twobold", MailMessage.htmlToText("line one\nline  two<B>bold</B>"));
        // a non-ASCII letter is not an ASCII one: "İ" (which lower-cases to two characters) leaves what follows in place
        assertEquals("İ x\ny", MailMessage.htmlToText("İ x<lİ>\n<p>y"));
    }

    @Test
    void garbageNeverThrows() {
        byte[] junk = new byte[5000];
        new java.util.Random(7).nextBytes(junk);
        MailMessage m = parse(junk);
        assertTrue(m.sections().size() >= 0);
    }
}

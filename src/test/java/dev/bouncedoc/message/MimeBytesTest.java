package dev.bouncedoc.message;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bouncedoc.vocabulary.Limits;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.SharedByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link MimeBytes} reads message bytes in place by Jakarta Mail's rules: for the same bytes,
 * {@link MailMessage#parse} (in place) and {@link MailMessage#of} over Jakarta Mail's own {@link MimeMessage}
 * give the same sections, header fields and problems. Over tricky multiparts written by hand, generated
 * ones, and every message of the corpus and the format samples.
 */
class MimeBytesTest {
    private static final Session SESSION = Session.getInstance(new Properties());

    /** The message read both ways, described field by field. */
    private static void assertSameReading(String label, byte[] bytes) throws Exception {
        MailMessage inPlace = MailMessage.parse(bytes, Limits.DEFAULT);
        MailMessage jakarta = MailMessage.of(new MimeMessage(SESSION, new SharedByteArrayInputStream(bytes)),
                Limits.DEFAULT);
        assertEquals(describe(jakarta), describe(inPlace), label);
    }

    private static String describe(MailMessage m) {
        StringBuilder sb = new StringBuilder();
        sb.append("headers ").append(fields(m.headers())).append('\n');
        for (Section s : m.sections()) {
            sb.append("section ").append(s.type()).append(s.enclosed() ? " enclosed " : " ").append(fields(s.headers()))
                    .append('\n').append(s.text()).append("\n--\n");
        }
        sb.append("problems ").append(m.problems()).append(" cut ").append(m.cut());
        return sb.toString();
    }

    private static String fields(Headers h) {
        StringBuilder sb = new StringBuilder("{");
        for (String n : h.names()) {
            sb.append(n).append('=').append(h.all(n)).append(';');
        }
        return sb.append('}').toString();
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void trickyMultipartsReadAsJakartaMailReadsThem() throws Exception {
        String head = "From: a@example.org\nSubject: t\nContent-Type: multipart/mixed; boundary=\"b\"\n\n";
        String[] bodies = {
            "--b\nContent-Type: text/plain\n\none\n--b\n\ntwo\n--b--\n", // plain
            "preamble\n--b\n\none\n--b \t\n\ntwo\n--b--  epilogue\n", // blanks after the boundary, epilogue
            "--b\n\none\n--bx\nstill one\n--b-\nstill\n--b\n\ntwo", // look-alikes, missing end boundary
            "--b\r\n\r\none\r\n--b\r\nContent-Type: text/html\r\n\r\n<p>two</p>\r\n--b--\r\n", // CRLF
            "--b\n\none--b\nx\n--b\n\n--b\n\nthree\n--b--", // a boundary not at a line start, empty parts
            "--b\n\n--b--", // the end right after the first part's header block
            "--b\nContent-Type: text/plain\n", // the bytes end within a header block
            "no boundary at all\n", // Missing start boundary
            "--b--\n--b\n\nafter the end\n", // the end boundary first
            "--b\n continued: first line indented\nContent-Type: text/plain; charset=utf-8\n\nx\n--b--\n",
            "--b\nContent-Transfer-Encoding: base64\n\nb25lCnR3bwo=\n--b\nContent-Transfer-Encoding: quoted-printable\n\n"
                + "caf=C3=A9 =\nsoft   \n--b\nContent-Transfer-Encoding: x-token (comment)\n\nodd\n--b--\n",
            "--b\nContent-Type: message/rfc822\n\nFrom: c@example.org\nSubject: inner\n\ninner text\n--b--\n",
            "--b\nContent-Type: multipart/alternative; boundary=c\n\n--c\n\nplain\n--c\nContent-Type: text/html\n\n"
                + "<b>html</b>\n--c--\n--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; x\n\n"
                + "Final-Recipient: rfc822; u@example.org\nAction: failed\nStatus: 5.1.1\n--b--\n",
        };
        for (String body : bodies) {
            assertSameReading(body, ascii(head + body));
        }
        // no boundary parameter: the first "--" line that is not all dashes is the boundary
        assertSameReading("no parameter", ascii("Subject: t\nContent-Type: multipart/mixed\n\n-----\n--zz\n\none\n--zz--\n"));
        // a base64 multipart, split from its decoded bytes
        String inner = "--q\n\ninside\n--q--\n";
        assertSameReading("base64 multipart", ascii("Subject: t\nContent-Type: multipart/mixed; boundary=q\n"
                + "Content-Transfer-Encoding: base64\n\n"
                + java.util.Base64.getMimeEncoder().encodeToString(ascii(inner)) + "\n"));
    }

    @Test
    void generatedMultipartsReadAsJakartaMailReadsThem() throws Exception {
        Random random = new Random(14);
        String[] pieces = {"--b", "--b--", "--b ", "--b-", "--bb", "\n", "\r\n", "\r", "text", " ", "\t", "-", "--",
            "Content-Type: text/plain", "Content-Type: text/html", "Content-Type: message/rfc822", "X: y",
            "Content-Transfer-Encoding: quoted-printable", "=41=\n", "é"};
        for (int n = 0; n < 3_000; n++) {
            StringBuilder body = new StringBuilder();
            int count = random.nextInt(30);
            for (int i = 0; i < count; i++) {
                body.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = "Subject: t\nContent-Type: multipart/mixed; boundary=b\n\n" + body;
            // lone CRs become LFs before the in-place reading (MailMessage.parse): compare on bytes without them
            byte[] bytes = MailMessage.withLineFeeds(ascii(text));
            assertSameReading(text, bytes);
        }
    }

    @Test
    void theLineEndScanFindsEachLineEndAtEveryPlace() {
        // afterLineEnd reads eight bytes at a time: every place of a CR or LF within and across the words,
        // bytes next to them that differ from CR and LF by one bit (0x0B, 0x0C, 0x8A, 0x8D), ranges that start
        // and stop anywhere
        Random random = new Random(55);
        byte[] alphabet = {'a', '-', ' ', 0x0B, 0x0C, 0x09, 0x0E, (byte) 0x8A, (byte) 0x8D, (byte) 0xFF, 0, '\n', '\r'};
        for (int n = 0; n < 20_000; n++) {
            byte[] bytes = new byte[random.nextInt(40)];
            int density = 1 + random.nextInt(alphabet.length);
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = random.nextInt(density) == 0 ? alphabet[alphabet.length - 1 - random.nextInt(2)]
                        : alphabet[random.nextInt(alphabet.length - 2)];
            }
            int from = bytes.length == 0 ? 0 : random.nextInt(bytes.length + 1);
            int to = from + random.nextInt(bytes.length - from + 1);
            int expected = to;
            for (int i = from; i < to; i++) {
                if (bytes[i] == '\n' || bytes[i] == '\r') {
                    expected = i + 1;
                    break;
                }
            }
            assertEquals(expected, MimeBytes.afterLineEnd(bytes, from, to), () -> java.util.Arrays.toString(bytes));
            int cr = to;
            for (int i = from; i < to; i++) {
                if (bytes[i] == '\r') {
                    cr = i;
                    break;
                }
            }
            assertEquals(cr, MimeBytes.indexOfCr(bytes, from, to), () -> "CR in " + java.util.Arrays.toString(bytes));
        }
    }

    @Test
    void longLinesAndBoundariesAtEveryAlignmentReadAsJakartaMailReadsThem() throws Exception {
        Random random = new Random(5514);
        String[] ends = {"\n", "\r\n"};
        for (int n = 0; n < 400; n++) {
            StringBuilder body = new StringBuilder();
            String end = ends[random.nextInt(2)];
            for (int part = 0; part < 3; part++) {
                body.append("--boundary-").append(n % 7).append(random.nextBoolean() ? "" : " ").append(end).append(end);
                int lines = random.nextInt(4);
                for (int l = 0; l < lines; l++) {
                    int length = random.nextInt(40);
                    for (int i = 0; i < length; i++) {
                        body.append("ab-- x-".charAt(random.nextInt(7)));
                    }
                    if (random.nextInt(4) == 0) {
                        body.append("--boundary-").append(n % 7); // a look-alike within or at the end of a line
                    }
                    body.append(end);
                }
            }
            if (random.nextBoolean()) {
                body.append("--boundary-").append(n % 7).append("--").append(end);
            }
            String text = "Subject: t\nContent-Type: multipart/mixed; boundary=boundary-" + (n % 7) + "\n\n" + body;
            assertSameReading(text, ascii(text));
        }
    }

    @Test
    void corpusMessagesReadAsJakartaMailReadsThem() throws Exception {
        List<Path> files = new ArrayList<>();
        for (Path root : new Path[] {Path.of("src/test/resources/formats"), Path.of("../shared/corpus")}) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> s = Files.walk(root)) {
                    s.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".md")).forEach(files::add);
                }
            }
        }
        for (Path f : files) {
            byte[] bytes = MailMessage.withLineFeeds(Files.readAllBytes(f));
            if (bytes.length > 5 && new String(bytes, 0, 5, StandardCharsets.ISO_8859_1).equals("From ")) {
                continue; // an mbox separator line: parse skips it, Jakarta Mail would read it as a field
            }
            assertSameReading(f.toString(), bytes);
        }
    }
}

package dev.bouncedoc.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.mail.Header;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetHeaders;
import java.util.ArrayList;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link MimeType} and {@link MimeBytes.Fields} read header values by hand as Jakarta Mail reads them: for
 * every value the hand-written reader accepts, the same base type and parameters as Jakarta Mail's
 * {@link ContentType}; for every sequence of lines, the same names and values as {@link InternetHeaders}.
 */
class MimeTypeTest {
    /** Jakarta Mail's reading, or null when it throws. */
    private static String jakarta(String s) {
        try {
            ContentType ct = new ContentType(s);
            String boundary = new ContentType(ct.toString()).getParameter("boundary");
            return ct.getBaseType() + " charset=" + ct.getParameter("charset") + " boundary=" + boundary
                    + " format=" + ct.getParameter("format") + " name=" + ct.getParameter("NAME");
        } catch (Exception e) {
            return null;
        }
    }

    private static String ours(MimeType t) throws Exception {
        return t.baseType() + " charset=" + t.parameter("charset") + " boundary=" + t.boundary()
                + " format=" + t.parameter("format") + " name=" + t.parameter("NAME");
    }

    private static void assertSame(String s) throws Exception {
        MimeType plain = MimeType.plain(s);
        String expected = jakarta(s);
        if (plain != null) {
            assertNotNull(expected, "read by hand but not by Jakarta Mail: " + s);
            assertEquals(expected, ours(plain), s);
        }
        if (expected != null) {
            assertEquals(expected, ours(MimeType.of(s)), s);
        }
    }

    @Test
    void plainValuesReadAsJakartaMailReadsThem() throws Exception {
        String[] plain = {
            "text/plain", "text/plain; charset=us-ascii", " Text/HTML ;charset=\"ISO-2022-JP\"",
            "multipart/report; report-type=delivery-status;\r\n\tboundary=\"=_abc 123/x\"",
            "multipart/mixed; boundary=b;", "text/plain; format=flowed; charset=UTF-8; delsp=yes",
            "message/rfc822", "text / plain ; charset = utf-8", "text/plain; name=\"\"",
        };
        for (String s : plain) {
            assertNotNull(MimeType.plain(s), s);
            assertSame(s);
        }
        assertEquals("text/plain", MimeType.plain("text/plain; charset=utf-8").baseType());
        assertEquals("utf-8", MimeType.plain("text/plain; CHARSET=utf-8").parameter("Charset"));
        assertEquals("=_abc 123/x", MimeType.plain("multipart/mixed; boundary=\"=_abc 123/x\"").boundary());
    }

    @Test
    void otherValuesAreLeftToJakartaMail() throws Exception {
        String[] other = {
            "", "text", "text/", "/plain", "text/plain garbage", "text/plain;;charset=x", "text/plain; charset",
            "text/plain; charset=", "text/plain (comment)", "text/plain; charset=\"a\\\"b\"",
            "text/plain; name*=utf-8''%E3%81%82", "text/plain; name*0=a; name*1=b", "text/plain; charset=\"unclosed",
            "text/plain; a=1; A=2", "text/plain; charset=caf\u00e9", "text/plain; charset=x\"y\"",
        };
        for (String s : other) {
            assertNull(MimeType.plain(s), s);
            assertSame(s);
        }
    }

    @Test
    void generatedValuesReadAsJakartaMailReadsThem() throws Exception {
        String[] pieces = {"text", "plain", "multipart", "/", ";", "=", "\"", " ", "\t", "\r\n ", "charset",
            "boundary", "utf-8", "b=_1", "(", ")", "\\", "*", "*0", "'", "%41", ",", "@", "é", "name", "x", "=?", "?="};
        Random random = new Random(46);
        for (int n = 0; n < 30_000; n++) {
            StringBuilder sb = new StringBuilder(n % 3 == 0 ? "" : "text/plain");
            int k = random.nextInt(12);
            for (int i = 0; i < k; i++) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            assertSame(sb.toString());
        }
    }

    /** Every Content-Type value of the format samples and the corpus (with its folded lines). */
    @Test
    void corpusValuesReadAsJakartaMailReadsThem() throws Exception {
        for (Path root : new Path[] {Path.of("src/test/resources/formats"), Path.of("../shared/corpus")}) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            List<Path> files;
            try (Stream<Path> s = Files.walk(root)) {
                files = s.filter(Files::isRegularFile).collect(java.util.stream.Collectors.toList());
            }
            for (Path f : files) {
                String[] lines = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    if (!lines[i].regionMatches(true, 0, "content-type:", 0, 13)) {
                        continue;
                    }
                    StringBuilder value = new StringBuilder(lines[i].substring(13));
                    while (i + 1 < lines.length && (lines[i + 1].startsWith(" ") || lines[i + 1].startsWith("\t"))) {
                        value.append("\r\n").append(lines[++i]);
                    }
                    String v = value.toString().replace("\r\r\n", "\r\n");
                    assertSame(v.strip());
                }
            }
        }
    }

    @Test
    void fieldLinesCutAsInternetHeadersCutsThem() {
        String[] pieces = {"Subject", "content-type", ":", " ", "\t", "x", "a: b", "Content-Type:text/plain", "\r\n"};
        Random random = new Random(14);
        for (int n = 0; n < 20_000; n++) {
            InternetHeaders ih = new InternetHeaders();
            MimeBytes.Fields f = new MimeBytes.Fields();
            List<String> lines = new ArrayList<>();
            int count = random.nextInt(6);
            for (int i = 0; i < count; i++) {
                StringBuilder line = new StringBuilder();
                int k = random.nextInt(5);
                for (int j = 0; j < k; j++) {
                    line.append(pieces[random.nextInt(pieces.length)]);
                }
                lines.add(line.toString());
                ih.addHeaderLine(line.toString());
                f.addLine(line.toString());
            }
            Headers h = f.headers();
            // the names in order and the raw values, through the same look-ups the walk makes
            List<String> names = new ArrayList<>();
            @SuppressWarnings("unchecked")
            Enumeration<Header> again = ih.getAllHeaders();
            while (again.hasMoreElements()) {
                names.add(again.nextElement().getName());
            }
            for (String name : names) {
                assertEquals(ih.getHeader(name, null), f.first(name), lines.toString());
            }
            assertEquals(Headers.of(fresh(lines)).names(), h.names(), lines.toString());
            for (String name : h.names()) {
                assertEquals(Headers.of(fresh(lines)).all(name), h.all(name), lines.toString());
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Enumeration<Header> fresh(List<String> lines) {
        InternetHeaders ih = new InternetHeaders();
        for (String l : lines) {
            ih.addHeaderLine(l);
        }
        return ih.getAllHeaders();
    }
}

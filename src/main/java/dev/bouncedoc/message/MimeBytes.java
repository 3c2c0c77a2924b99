package dev.bouncedoc.message;

import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.HeaderTokenizer;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.ParseException;
import jakarta.mail.util.SharedByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;

/**
 * The MIME structure of message bytes read in place: header blocks, multipart bodies split at their
 * boundaries, and each part's content as a range of the same array, without Jakarta Mail's part objects.
 * Jakarta Mail looks its StreamProvider up with a ServiceLoader in the constructor of every body part and
 * multipart, and for every header block and transfer decoding (jakarta.mail-api 2.1.3): a quarter of the
 * cost of reading a bounce, unless a JVM-wide system property names the provider, which this project never
 * sets. The rules here are Jakarta Mail's own, so that a message reads exactly as it did through
 * {@code MimeMessage} and {@code MimeMultipart} (with this project's bounded reading of a message's header
 * block): lines end at LF, CRLF or a lone CR; a boundary line is the boundary at the start of the content
 * or after a line end, followed by "--" or by blanks and a line end; a missing end boundary ends the last
 * part at the end of the bytes; a multipart without its start boundary is a {@link ParseException}. Header
 * fields are kept in Jakarta Mail's {@link InternetHeaders}, so names and values read as they did.
 * Transfer decodings are Angus Mail's decoder streams, made directly. Linear in the bytes read: every
 * boundary test compares at most 72 bytes (longer boundaries are refused before, {@link MailMessage}).
 */
final class MimeBytes {
    private MimeBytes() {
    }

    /** One part: its header fields, and its content as {@code bytes[start, end)}. */
    static final class Part {
        final byte[] bytes;
        final InternetHeaders headers;
        final int start;
        final int end;
        final boolean headersCut;

        Part(byte[] bytes, InternetHeaders headers, int start, int end, boolean headersCut) {
            this.bytes = bytes;
            this.headers = headers;
            this.start = start;
            this.end = end;
            this.headersCut = headersCut;
        }

        /** The Content-Type field as Jakarta Mail's {@code getContentType} gives it: the first one, else text/plain. */
        String contentType() {
            String s = headers.getHeader("Content-Type", null);
            return s == null ? "text/plain" : s;
        }

        /** The transfer encoding as Jakarta Mail's {@code MimeBodyPart.getEncoding} reads it; null when none. */
        String encoding() throws MessagingException {
            String s = headers.getHeader("Content-Transfer-Encoding", null);
            if (s == null) {
                return null;
            }
            s = s.trim();
            if (s.isEmpty()) {
                return null;
            }
            if (s.equalsIgnoreCase("7bit") || s.equalsIgnoreCase("8bit") || s.equalsIgnoreCase("quoted-printable")
                    || s.equalsIgnoreCase("binary") || s.equalsIgnoreCase("base64")) {
                return s;
            }
            HeaderTokenizer h = new HeaderTokenizer(s, HeaderTokenizer.MIME);
            while (true) {
                HeaderTokenizer.Token tk = h.next();
                if (tk.getType() == HeaderTokenizer.Token.EOF) {
                    return s;
                }
                if (tk.getType() == HeaderTokenizer.Token.ATOM) {
                    return tk.getValue();
                }
            }
        }

        /** The content, undecoded, as a view of the bytes. */
        InputStream raw() {
            return new SharedByteArrayInputStream(bytes, start, end - start);
        }

        @SuppressWarnings("unchecked")
        Enumeration<Header> allHeaders() {
            return headers.getAllHeaders();
        }
    }

    /**
     * A message (the top level, or an enclosed message/rfc822) in {@code bytes[from, to)}: its header block
     * read with bounds (each line up to {@link Headers#MAX_VALUE_CHARS} characters, at most
     * {@link MailMessage#MAX_FIELDS} fields, lines ended by LF, a CR before it dropped), then its content.
     */
    static Part message(byte[] bytes, int from, int to) {
        InternetHeaders ih = new InternetHeaders();
        StringBuilder field = null;
        int fields = 0;
        boolean cut = false;
        int pos = from;
        while (true) {
            // one line: up to its LF (a CR before it dropped), read as Latin-1 in one piece, at most
            // Headers.MAX_VALUE_CHARS characters of it kept
            int start = pos;
            while (pos < to && bytes[pos] != '\n') {
                pos++;
            }
            boolean more = pos < to;
            int end = pos;
            if (more) {
                pos++; // past the LF
            }
            int length = end - start;
            if (length > Headers.MAX_VALUE_CHARS) {
                length = Headers.MAX_VALUE_CHARS;
                cut = true;
            }
            if (more && length > 0 && bytes[start + length - 1] == '\r') {
                length--;
            }
            if (length == 0) {
                break; // the blank line before the body, or the end
            }
            String line = new String(bytes, start, length, StandardCharsets.ISO_8859_1);
            char first = line.charAt(0);
            if ((first == ' ' || first == '\t') && field != null) {
                if (field.length() + line.length() + 2 <= Headers.MAX_VALUE_CHARS) {
                    field.append("\r\n").append(line);
                } else {
                    cut = true;
                }
            } else if (first != ' ' && first != '\t') {
                if (field != null) {
                    ih.addHeaderLine(field.toString());
                }
                field = null;
                if (++fields > MailMessage.MAX_FIELDS) {
                    cut = true;
                } else {
                    field = new StringBuilder(line);
                }
            }
            if (!more) {
                break;
            }
        }
        if (field != null) {
            ih.addHeaderLine(field.toString());
        }
        return new Part(bytes, ih, pos, to, cut);
    }

    /**
     * A body part in {@code bytes[from, to)}: its header block read as Jakarta Mail's
     * {@code InternetHeaders.load} reads it (a first line that is indented counts as a field when it holds
     * more than blanks), then its content.
     */
    static Part bodyPart(byte[] bytes, int from, int to) {
        InternetHeaders ih = new InternetHeaders();
        Lines lines = new Lines(bytes, from, to);
        String prevline = null;
        StringBuilder buffer = new StringBuilder();
        boolean first = true;
        String line;
        do {
            line = lines.next();
            if (line != null && (line.startsWith(" ") || line.startsWith("\t"))) {
                if (prevline != null) {
                    buffer.append(prevline);
                    prevline = null;
                }
                if (first) {
                    String lt = line.trim();
                    if (!lt.isEmpty()) {
                        buffer.append(lt);
                    }
                } else {
                    if (buffer.length() > 0) {
                        buffer.append("\r\n");
                    }
                    buffer.append(line);
                }
            } else {
                if (prevline != null) {
                    ih.addHeaderLine(prevline);
                } else if (buffer.length() > 0) {
                    ih.addHeaderLine(buffer.toString());
                    buffer.setLength(0);
                }
                prevline = line;
            }
            first = false;
        } while (line != null && !line.isEmpty());
        return new Part(bytes, ih, lines.pos, to, false);
    }

    /**
     * The body parts of a multipart whose content is {@code bytes[from, to)}, split as Jakarta Mail's
     * {@code MimeMultipart} splits them: the boundary of the content type, or when it names none, the first
     * line that starts with "--" and is not all dashes.
     *
     * @throws ParseException when no start boundary is found (Jakarta Mail's "Missing start boundary")
     */
    static List<Part> split(byte[] bytes, int from, int to, String contentType) throws MessagingException {
        ContentType ct = new ContentType(contentType);
        String boundary = null;
        String bp = ct.getParameter("boundary");
        if (bp != null) {
            boundary = "--" + bp;
        }
        Lines lines = new Lines(bytes, from, to);
        String line;
        while ((line = lines.next()) != null) {
            int i = line.length() - 1;
            while (i >= 0 && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
                i--;
            }
            line = line.substring(0, i + 1);
            if (boundary != null) {
                if (line.equals(boundary)) {
                    break;
                }
                if (line.length() == boundary.length() + 2 && line.startsWith(boundary) && line.endsWith("--")) {
                    line = null; // the end boundary before any start one
                    break;
                }
            } else if (line.length() > 2 && line.startsWith("--") && !(line.length() > 4 && allDashes(line))) {
                boundary = line;
                break;
            }
        }
        if (line == null) {
            throw new ParseException("Missing start boundary");
        }
        byte[] b = boundary.getBytes(StandardCharsets.ISO_8859_1);
        int bl = b.length;
        List<Part> parts = new ArrayList<>();
        boolean done = false;
        while (!done) {
            int start = lines.pos;
            int length;
            while ((length = lines.skip()) > 0) {
                // the part's header block: its own reading follows in bodyPart
            }
            if (length < 0) {
                break; // the bytes end within a part's header block: a missing end boundary, no part
            }
            int content = lines.pos;
            int end;
            int p = content;
            while (true) {
                if (to - p < bl) {
                    end = to; // no end boundary: the last part runs to the end
                    done = true;
                    break;
                }
                // a boundary stands at the content's start or after a line end: only there is it compared
                if ((p == content || bytes[p - 1] == '\r' || bytes[p - 1] == '\n') && at(bytes, p, b)) {
                    int eol = 0;
                    if (p > content) {
                        byte x = bytes[p - 1];
                        if (x == '\r' || x == '\n') {
                            eol = x == '\n' && p - 2 >= content && bytes[p - 2] == '\r' ? 2 : 1;
                        }
                    }
                    if (p == content || eol > 0) {
                        int q = p + bl;
                        int c = q < to ? bytes[q++] : -1;
                        if (c == '-' && q < to && bytes[q] == '-') {
                            end = p - eol; // the end boundary: what follows is the epilogue
                            done = true;
                            break;
                        }
                        while (c == ' ' || c == '\t') {
                            c = q < to ? bytes[q++] : -1;
                        }
                        if (c == '\n' || c == '\r') {
                            if (c == '\r' && q < to && bytes[q] == '\n') {
                                q++;
                            }
                            end = p - eol;
                            lines.pos = q;
                            break;
                        }
                    }
                }
                p++;
            }
            parts.add(bodyPart(bytes, start, end));
        }
        return parts;
    }

    private static boolean at(byte[] bytes, int p, byte[] b) {
        for (int i = 0; i < b.length; i++) {
            if (bytes[p + i] != b[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean allDashes(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) != '-') {
                return false;
            }
        }
        return true;
    }

    /**
     * Lines of {@code bytes[from, to)} as Angus Mail's {@code LineInputStream} reads them: ended by LF, CRLF,
     * CRCRLF or a lone CR, each byte a Latin-1 character; null at the end.
     */
    static final class Lines {
        private final byte[] bytes;
        private final int to;
        int pos;

        Lines(byte[] bytes, int from, int to) {
            this.bytes = bytes;
            this.pos = from;
            this.to = to;
        }

        /** Reads past one line as {@link #next} does: its length, or -1 where {@code next} gives null. */
        int skip() {
            int start = pos;
            while (pos < to) {
                byte c = bytes[pos++];
                if (c == '\n') {
                    return pos - 1 - start;
                }
                if (c == '\r') {
                    int stop = pos - 1;
                    int mark = pos;
                    int c2 = pos < to ? bytes[pos++] : -1;
                    if (c2 == '\r') {
                        c2 = pos < to ? bytes[pos++] : -1;
                    }
                    if (c2 != '\n') {
                        pos = mark;
                    }
                    return stop - start;
                }
            }
            return pos == start ? -1 : pos - start;
        }

        String next() {
            int start = pos;
            int length = skip();
            return length < 0 ? null : new String(bytes, start, length, StandardCharsets.ISO_8859_1);
        }
    }
}

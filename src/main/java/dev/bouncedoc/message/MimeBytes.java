package dev.bouncedoc.message;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.HeaderTokenizer;
import jakarta.mail.internet.ParseException;
import jakarta.mail.util.SharedByteArrayInputStream;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
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
 * fields are cut into names and values as Jakarta Mail's {@code InternetHeaders} cuts them ({@link Fields}),
 * so names and values read as they did.
 * Transfer decodings are Angus Mail's decoder streams, made directly. Linear in the bytes read: every
 * boundary test compares at most 72 bytes (longer boundaries are refused before, {@link MailMessage}).
 */
final class MimeBytes {
    private MimeBytes() {
    }

    /** One part: its header fields, and its content as {@code bytes[start, end)}. */
    static final class Part {
        final byte[] bytes;
        final Fields fields;
        final int start;
        final int end;
        final boolean headersCut;

        Part(byte[] bytes, Fields fields, int start, int end, boolean headersCut) {
            this.bytes = bytes;
            this.fields = fields;
            this.start = start;
            this.end = end;
            this.headersCut = headersCut;
        }

        /** The Content-Type field as Jakarta Mail's {@code getContentType} gives it: the first one, else text/plain. */
        String contentType() {
            String s = fields.first("Content-Type");
            return s == null ? "text/plain" : s;
        }

        /** The transfer encoding as Jakarta Mail's {@code MimeBodyPart.getEncoding} reads it; null when none. */
        String encoding() throws MessagingException {
            String s = fields.first("Content-Transfer-Encoding");
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
            return new Range(bytes, start, end - start);
        }

        /** The header fields, decoded as each is read. */
        Headers headers() {
            return fields.headers();
        }
    }

    /** A part's content as a view of the message's bytes, whose range a decoder may read directly. */
    static final class Range extends SharedByteArrayInputStream {
        Range(byte[] bytes, int offset, int length) {
            super(bytes, offset, length);
        }

        /** The content not yet read, quoted-printable decoded ({@link QuotedPrintable}). */
        InputStream quotedPrintable() {
            return new QuotedPrintable(buf, pos, count);
        }
    }

    /**
     * Header fields in order, as Jakarta Mail's {@code InternetHeaders} holds them when each is added with
     * {@code addHeaderLine}: a name (the text before the first ':', trimmed; the whole line trimmed when it
     * has none) and a value (the text after the ':' and the blanks and line breaks that follow it; the
     * whole line when it has no ':'). Names and values are cut from the bytes once, without the header
     * objects, their 30 placeholder fields and their look-ups by name.
     */
    static final class Fields {
        private String[] names = new String[16];
        private String[] values = new String[16];
        private String last; // the last field's whole line, while a continuation may still be added to it
        private int size;

        /**
         * A field line, exactly as {@code InternetHeaders.addHeaderLine} takes it: a line that begins with a
         * blank continues the last field (whose name stays the one its first line gave), or before any
         * field, Jakarta Mail's last placeholder ("Status").
         */
        void addLine(String line) {
            if (line.isEmpty()) {
                return; // Jakarta Mail ignores an empty line
            }
            char c = line.charAt(0);
            if (c == ' ' || c == '\t') {
                if (size == 0) {
                    // Jakarta Mail adds it to its last placeholder field, "Status", whose line was null
                    last = "null\r\n" + line;
                    add("Status", value(last, last.indexOf(':')));
                } else {
                    last = last + "\r\n" + line;
                    values[size - 1] = value(last, last.indexOf(':'));
                }
                return;
            }
            last = line;
            int colon = line.indexOf(':');
            add(colon < 0 ? line.trim() : line.substring(0, colon).trim(), value(line, colon));
        }

        /**
         * A field of one line, {@code bytes[from, from + length)} read as Latin-1, not starting with a blank:
         * the same as {@code addLine} of that line, without the line's own string.
         */
        void addLine(byte[] bytes, int from, int length) {
            int colon = -1;
            for (int k = from; k < from + length; k++) {
                if (bytes[k] == ':') {
                    colon = k;
                    break;
                }
            }
            if (colon < 0) {
                addLine(new String(bytes, from, length, StandardCharsets.ISO_8859_1));
                return;
            }
            int v = colon + 1;
            int to = from + length;
            while (v < to && (bytes[v] == ' ' || bytes[v] == '\t' || bytes[v] == '\r' || bytes[v] == '\n')) {
                v++;
            }
            last = null; // message() joins continuations before: none is added to a field read so
            add(new String(bytes, from, colon - from, StandardCharsets.ISO_8859_1).trim(),
                    new String(bytes, v, to - v, StandardCharsets.ISO_8859_1));
        }

        private void add(String name, String value) {
            if (size == names.length) {
                names = java.util.Arrays.copyOf(names, size * 2);
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            names[size] = name;
            values[size++] = value;
        }

        /** What Jakarta Mail's {@code InternetHeader.getValue} gives for a line whose first ':' is at {@code colon}. */
        private static String value(String line, int colon) {
            if (colon < 0) {
                return line;
            }
            int j = colon + 1;
            while (j < line.length()) {
                char c = line.charAt(j);
                if (!(c == ' ' || c == '\t' || c == '\r' || c == '\n')) {
                    break;
                }
                j++;
            }
            return line.substring(j);
        }

        /** The first value of a field whose name equals {@code name} without regard to case, or null. */
        String first(String name) {
            for (int i = 0; i < size; i++) {
                if (name.equalsIgnoreCase(names[i])) {
                    return values[i];
                }
            }
            return null;
        }

        Headers headers() {
            return Headers.ofRaw(names, values, size);
        }
    }

    /**
     * A message (the top level, or an enclosed message/rfc822) in {@code bytes[from, to)}: its header block
     * read with bounds (each line up to {@link Headers#MAX_VALUE_CHARS} characters, at most
     * {@link MailMessage#MAX_FIELDS} fields, lines ended by LF, a CR before it dropped), then its content.
     */
    static Part message(byte[] bytes, int from, int to) {
        Fields out = new Fields();
        int fieldStart = -1; // the field being read: its first line, bytes[fieldStart, +fieldLength)
        int fieldLength = 0;
        int fieldChars = 0; // its characters with the continuations joined so far
        StringBuilder joined = null; // the field with its continuations, once it has one
        int fields = 0;
        boolean cut = false;
        int pos = from;
        while (true) {
            // one line: up to its LF (a CR before it dropped), at most Headers.MAX_VALUE_CHARS bytes of it kept
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
            byte first = bytes[start];
            if ((first == ' ' || first == '\t') && fieldStart >= 0) {
                if (fieldChars + length + 2 <= Headers.MAX_VALUE_CHARS) {
                    if (joined == null) {
                        joined = new StringBuilder(fieldLength + length + 16)
                                .append(new String(bytes, fieldStart, fieldLength, StandardCharsets.ISO_8859_1));
                    }
                    joined.append("\r\n").append(new String(bytes, start, length, StandardCharsets.ISO_8859_1));
                    fieldChars += length + 2;
                } else {
                    cut = true;
                }
            } else if (first != ' ' && first != '\t') {
                if (fieldStart >= 0) {
                    add(out, bytes, fieldStart, fieldLength, joined);
                }
                fieldStart = -1;
                joined = null;
                if (++fields > MailMessage.MAX_FIELDS) {
                    cut = true;
                } else {
                    fieldStart = start;
                    fieldLength = length;
                    fieldChars = length;
                }
            }
            if (!more) {
                break;
            }
        }
        if (fieldStart >= 0) {
            add(out, bytes, fieldStart, fieldLength, joined);
        }
        return new Part(bytes, out, pos, to, cut);
    }

    /** A field of the message's header block: its one line from the bytes, or its lines joined. */
    private static void add(Fields out, byte[] bytes, int from, int length, StringBuilder joined) {
        if (joined == null) {
            out.addLine(bytes, from, length);
        } else {
            out.addLine(joined.toString());
        }
    }

    /**
     * A body part in {@code bytes[from, to)}: its header block read as Jakarta Mail's
     * {@code InternetHeaders.load} reads it (a first line that is indented counts as a field when it holds
     * more than blanks), then its content.
     */
    static Part bodyPart(byte[] bytes, int from, int to) {
        Fields ih = new Fields();
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
                    ih.addLine(prevline);
                } else if (buffer.length() > 0) {
                    ih.addLine(buffer.toString());
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
     * {@code MimeMultipart} splits them: the boundary of the content type ({@link MimeType#boundary}), or when it names none, the first
     * line that starts with "--" and is not all dashes.
     *
     * @throws ParseException when no start boundary is found (Jakarta Mail's "Missing start boundary")
     */
    static List<Part> split(byte[] bytes, int from, int to, MimeType type) throws MessagingException {
        byte[] b = null;
        String bp = type.boundary();
        if (bp != null) {
            b = new byte[bp.length() + 2];
            b[0] = '-';
            b[1] = '-';
            for (int i = 0; i < bp.length(); i++) {
                char c = bp.charAt(i);
                if (c > 0xFF) {
                    // no line of Latin-1 bytes equals it (nor its end form): Jakarta Mail finds no start
                    throw new ParseException("Missing start boundary");
                }
                b[i + 2] = (byte) c;
            }
        }
        // the start boundary: each line compared in place, blanks at its end ignored
        Lines lines = new Lines(bytes, from, to);
        while (true) {
            int start = lines.pos;
            int length = lines.skip();
            if (length < 0) {
                throw new ParseException("Missing start boundary");
            }
            int e = start + length;
            while (e > start && (bytes[e - 1] == ' ' || bytes[e - 1] == '\t')) {
                e--;
            }
            int n = e - start;
            if (b != null) {
                if (n == b.length && at(bytes, start, b)) {
                    break;
                }
                if (n == b.length + 2 && at(bytes, start, b) && bytes[e - 2] == '-' && bytes[e - 1] == '-') {
                    throw new ParseException("Missing start boundary"); // the end boundary before any start one
                }
            } else if (n > 2 && bytes[start] == '-' && bytes[start + 1] == '-' && !(n > 4 && allDashes(bytes, start, e))) {
                b = Arrays.copyOfRange(bytes, start, e);
                break;
            }
        }
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
                // p is the content's start or just after a line end: only there can a boundary stand
                if (bytes[p] == '-' && at(bytes, p, b)) {
                    int eol = 0;
                    if (p > content) {
                        byte x = bytes[p - 1];
                        eol = x == '\n' && p - 2 >= content && bytes[p - 2] == '\r' ? 2 : 1;
                    }
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
                p = afterLineEnd(bytes, p, to);
            }
            parts.add(bodyPart(bytes, start, end));
        }
        return parts;
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long LFS = ONES * '\n';
    private static final long CRS = ONES * '\r';

    /**
     * Just after the first CR or LF in {@code bytes[p, to)}, or {@code to} when there is none. Eight bytes
     * at a time: a byte of {@code x} is zero where the word holds a LF (CR), and {@code (x - ONES) & ~x &
     * HIGHS} marks the lowest zero byte exactly (bytes above it may be marked wrongly, which the lowest
     * set bit ignores).
     */
    static int afterLineEnd(byte[] bytes, int p, int to) {
        while (to - p >= 8) {
            long w = (long) LONGS.get(bytes, p);
            long lf = w ^ LFS;
            long cr = w ^ CRS;
            long found = ((lf - ONES) & ~lf | (cr - ONES) & ~cr) & HIGHS;
            if (found != 0) {
                return p + (Long.numberOfTrailingZeros(found) >>> 3) + 1;
            }
            p += 8;
        }
        while (p < to) {
            byte c = bytes[p++];
            if (c == '\n' || c == '\r') {
                return p;
            }
        }
        return to;
    }

    /** The first CR in {@code bytes[p, to)}, or {@code to} when there is none; eight bytes at a time as {@link #afterLineEnd}. */
    static int indexOfCr(byte[] bytes, int p, int to) {
        while (to - p >= 8) {
            long cr = (long) LONGS.get(bytes, p) ^ CRS;
            long found = (cr - ONES) & ~cr & HIGHS;
            if (found != 0) {
                return p + (Long.numberOfTrailingZeros(found) >>> 3);
            }
            p += 8;
        }
        while (p < to && bytes[p] != '\r') {
            p++;
        }
        return p;
    }

    private static boolean at(byte[] bytes, int p, byte[] b) {
        for (int i = 0; i < b.length; i++) {
            if (bytes[p + i] != b[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean allDashes(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != '-') {
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

package dev.bouncedoc.message;

import dev.bouncedoc.vocabulary.Limits;
import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.SharedInputStream;
import jakarta.mail.util.SharedByteArrayInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.apache.commons.text.StringEscapeUtils;

/**
 * A mail message read into its header fields and a flat list of {@link Section}s, with notes on what
 * could not be read. Message bytes are read in place by Jakarta Mail's rules ({@link MimeBytes}); a Jakarta
 * Mail {@link Part} an application holds is walked through Angus Mail with a private {@link Session}. Nothing
 * JVM-wide is set.
 * Never throws for any bytes: what cannot be parsed as MIME is kept as plain text. Immutable.
 */
public final class MailMessage {
    /**
     * Bytes of one part's content decoded into text (1 MiB); the rest of a longer part is not read, and the
     * message's problems say so. Every reader then sees at most this much text per part, and the report's
     * own text ({@link #bodyText()}) and an enclosed message's text are held to the same bound, so that the
     * memory and time a message costs follow this bound, not the message's size.
     */
    public static final int MAX_PART_TEXT_BYTES = 1 << 20;
    /** RFC 2046 section 5.1.1: a boundary is 1 to 70 characters. */
    static final int MAX_BOUNDARY = 70;

    private static final Session SESSION = session();

    private final Headers headers;
    private final List<Section> sections;
    private final List<String> problems;
    private final boolean cut;
    private final java.util.Map<Section, DeliveryStatus> parsedStatus = new java.util.IdentityHashMap<>();

    private MailMessage(Headers headers, List<Section> sections, List<String> problems, boolean cut) {
        this.headers = headers;
        this.sections = List.copyOf(sections);
        this.problems = bounded(problems);
        this.cut = cut;
    }

    /** Problems repeated on every recipient's record: each said once, at most 300 characters, at most 50. */
    private static List<String> bounded(List<String> problems) {
        java.util.Set<String> distinct = new java.util.LinkedHashSet<>();
        for (String p : problems) {
            distinct.add(Text.cut(p, 300));
        }
        List<String> out = new ArrayList<>(distinct);
        if (out.size() > 50) {
            int more = out.size() - 49;
            out = new ArrayList<>(out.subList(0, 49));
            out.add(more + " more problems with the message's parts");
        }
        return List.copyOf(out);
    }

    private static Session session() {
        Properties p = new Properties();
        p.setProperty("mail.mime.address.strict", "false");
        p.setProperty("mail.mime.multipart.ignoremissingendboundary", "true");
        p.setProperty("mail.mime.multipart.ignoremissingboundaryparameter", "true");
        p.setProperty("mail.mime.multipart.allowempty", "true");
        p.setProperty("mail.mime.parameters.strict", "false");
        p.setProperty("mail.mime.ignoreunknownencoding", "true");
        return Session.getInstance(p); // a private session: never the JVM-wide default instance
    }

    /** Parses raw message bytes under the given limits. */
    public static MailMessage parse(byte[] raw, Limits limits) {
        List<String> problems = new ArrayList<>();
        boolean cut = false;
        int length = raw.length;
        if (length > limits.maxMessageBytes()) {
            length = limits.maxMessageBytes();
            problems.add("message longer than " + limits.maxMessageBytes() + " bytes: the rest was cut");
            cut = true;
        }
        int from = afterMboxFrom(raw, length);
        byte[] bytes = withLineFeeds(raw, from, length); // a copy only when lone CRs must become LFs
        if (bytes != raw) {
            length = bytes.length;
            from = 0;
        }
        try {
            // read in place: every part is a range of these bytes (MimeBytes), not a Jakarta Mail object
            MimeBytes.Part message = MimeBytes.message(bytes, from, length);
            if (message.headersCut) {
                problems.add(HEADERS_CUT);
            }
            return of(new ByteNode(message), limits, problems, cut);
        } catch (RuntimeException e) {
            problems.add("not readable as MIME (" + e.getClass().getSimpleName() + "); read as plain text");
            int end = Math.min(length, from + MAX_PART_TEXT_BYTES);
            if (end < length) {
                end = lineEnd(bytes, from, end);
                problems.add(textCut("text/plain"));
            }
            String text = Charsets.decode(java.util.Arrays.copyOfRange(bytes, from, end), null);
            int body = text.indexOf("\n\n");
            Headers headers = body < 0 ? Headers.EMPTY : Headers.parse(text.substring(0, body));
            List<Section> sections = List.of(new Section("text/plain", body < 0 ? text : text.substring(body + 2),
                    Headers.EMPTY, false));
            return new MailMessage(headers, sections, problems, cut);
        }
    }

    private static String textCut(String type) {
        return "a part of type " + type + " longer than " + MAX_PART_TEXT_BYTES + " bytes: the rest of it was not read";
    }

    /**
     * The end of the last whole line in {@code bytes[from, end)} (just after its line feed), so that a cut
     * never splits a character of any charset mail uses; {@code end} itself when there is no line break.
     */
    static int lineEnd(byte[] bytes, int from, int end) {
        for (int i = end - 1; i > from; i--) {
            if (bytes[i] == '\n') {
                return i + 1;
            }
        }
        return end;
    }

    /** Reads a message that an application already holds. */
    public static MailMessage of(Part part, Limits limits) {
        return of(new PartNode(part), limits, new ArrayList<>(), false);
    }

    private static MailMessage of(Node part, Limits limits, List<String> problems, boolean cut) {
        Headers headers;
        try {
            headers = part.headers();
        } catch (MessagingException | RuntimeException e) {
            headers = Headers.EMPTY;
            problems.add("header fields not readable: " + e.getMessage());
        }
        Walker walker = new Walker(limits, problems);
        walker.walk(part, 0, false, true);
        if (walker.truncatedParts || walker.cutText) {
            cut = true;
        }
        List<Section> sections = walker.sections;
        boolean anyPlain = sections.stream().anyMatch(s -> s.type().equals("text/plain") && !s.enclosed());
        if (anyPlain) {
            List<Section> kept = new ArrayList<>();
            for (Section s : sections) {
                if (!(s.type().equals("text/html") && !s.enclosed() && walker.htmlWithPlainTwin.contains(s))) {
                    kept.add(s);
                }
            }
            sections = kept;
        }
        if (headers.cut()) {
            problems.add("a header field longer than " + Headers.MAX_VALUE_CHARS + " characters: the rest of it was not read");
        }
        long ownChars = -1;
        for (Section s : own(sections)) {
            ownChars += s.text().length() + 1; // bodyText() joins them with line feeds
        }
        if (ownChars > MAX_PART_TEXT_BYTES) {
            problems.add("the report's own text longer than " + MAX_PART_TEXT_BYTES + " characters: the rest was not read");
            cut = true;
        }
        return new MailMessage(headers, sections, problems, cut);
    }

    @SuppressWarnings("unchecked")
    private static Enumeration<Header> headers(Part part) throws MessagingException {
        Enumeration<Header> e = part.getAllHeaders();
        return e == null ? Collections.emptyEnumeration() : e;
    }

    /**
     * One MIME part as the walk reads it: a Jakarta Mail {@link Part} an application holds
     * ({@link PartNode}), or a range of message bytes read in place ({@link ByteNode}, for
     * {@link #parse}), so that both are read by the same rules.
     */
    private interface Node {
        /** The Content-Type field, or text/plain when there is none. */
        String contentType() throws MessagingException;

        /** Whether the part has a MIME transfer encoding and raw content ({@link #encoding}, {@link #raw}). */
        boolean mime();

        /** The Content-Transfer-Encoding, or null. */
        String encoding() throws MessagingException;

        /** The content as it is in the message (transfer encoding not undone). */
        InputStream raw() throws MessagingException, IOException;

        /** The content decoded, for a part that is not {@link #mime()}. */
        InputStream decoded() throws MessagingException, IOException;

        /** The header fields. */
        Headers headers() throws MessagingException;

        /** The body parts of this multipart: of its own content when {@code body} is null, else of {@code body}. */
        List<Node> parts(MimeType type, byte[] body) throws MessagingException;

        /** The message this part encloses: its own content when {@code body} is null, else {@code body}. */
        Node enclosed(byte[] body) throws MessagingException;

        /** Whether a bound cut this part's header block. */
        boolean headersCut();
    }

    /** A part read in place from message bytes. */
    private static final class ByteNode implements Node {
        private final MimeBytes.Part part;

        ByteNode(MimeBytes.Part part) {
            this.part = part;
        }

        @Override
        public String contentType() {
            return part.contentType();
        }

        @Override
        public boolean mime() {
            return true;
        }

        @Override
        public String encoding() throws MessagingException {
            return part.encoding();
        }

        @Override
        public InputStream raw() {
            return part.raw();
        }

        @Override
        public InputStream decoded() {
            return part.raw();
        }

        @Override
        public Headers headers() {
            return part.headers();
        }

        @Override
        public List<Node> parts(MimeType type, byte[] body) throws MessagingException {
            List<MimeBytes.Part> parts = body == null ? MimeBytes.split(part.bytes, part.start, part.end, type)
                    : MimeBytes.split(body, 0, body.length, type);
            List<Node> out = new ArrayList<>(parts.size());
            for (MimeBytes.Part p : parts) {
                out.add(new ByteNode(p));
            }
            return out;
        }

        @Override
        public Node enclosed(byte[] body) {
            return new ByteNode(body == null ? MimeBytes.message(part.bytes, part.start, part.end)
                    : MimeBytes.message(body, 0, body.length));
        }

        @Override
        public boolean headersCut() {
            return part.headersCut;
        }
    }

    /** A Jakarta Mail part an application holds ({@link #of(Part, Limits)}). */
    private static final class PartNode implements Node {
        private final Part part;
        private final boolean headersCut;

        PartNode(Part part) {
            this(part, false);
        }

        PartNode(Part part, boolean headersCut) {
            this.part = part;
            this.headersCut = headersCut;
        }

        @Override
        public String contentType() throws MessagingException {
            return part.getContentType();
        }

        @Override
        public boolean mime() {
            return part instanceof jakarta.mail.internet.MimePart;
        }

        @Override
        public String encoding() throws MessagingException {
            return ((jakarta.mail.internet.MimePart) part).getEncoding();
        }

        @Override
        public InputStream raw() throws MessagingException {
            return part instanceof MimeMessage ? ((MimeMessage) part).getRawInputStream()
                    : ((jakarta.mail.internet.MimeBodyPart) part).getRawInputStream();
        }

        @Override
        public InputStream decoded() throws MessagingException, IOException {
            return part.getInputStream();
        }

        @Override
        public Headers headers() throws MessagingException {
            return Headers.of(MailMessage.headers(part));
        }

        @Override
        public List<Node> parts(MimeType type, byte[] body) throws MessagingException {
            String contentType = type.text();
            Multipart mp = new MimeMultipart(body == null ? new SharedSource(part, contentType)
                    : new SharedBytes(body, contentType));
            int count = mp.getCount();
            List<Node> out = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                out.add(new PartNode(mp.getBodyPart(i)));
            }
            return out;
        }

        @Override
        public Node enclosed(byte[] body) throws MessagingException {
            BoundedMessage inner;
            if (body == null) {
                inner = new BoundedMessage(raw());
            } else {
                inner = new BoundedMessage(new SharedByteArrayInputStream(body));
            }
            return new PartNode(inner, inner.headersCut);
        }

        @Override
        public boolean headersCut() {
            return headersCut;
        }
    }

    private static final class Walker {
        final Limits limits;
        final List<String> problems;
        final List<Section> sections = new ArrayList<>();
        final List<Section> htmlWithPlainTwin = new ArrayList<>();
        int parts;
        boolean truncatedParts;
        boolean cutText;

        Walker(Limits limits, List<String> problems) {
            this.limits = limits;
            this.problems = problems;
        }

        void walk(Node part, int depth, boolean enclosed, boolean top) {
            if (++parts > limits.maxParts()) {
                if (!truncatedParts) {
                    problems.add("more than " + limits.maxParts() + " MIME parts; the rest were not read");
                }
                truncatedParts = true;
                return;
            }
            String type = "text/plain";
            String charset = null;
            MimeType ct = null;
            try {
                String raw = part.contentType();
                if (raw != null) {
                    ct = MimeType.of(raw);
                    type = ct.baseType().toLowerCase(Locale.ROOT);
                    charset = ct.parameter("charset");
                }
            } catch (MessagingException | RuntimeException e) {
                problems.add("unreadable Content-Type; read as text/plain");
            }
            try {
                if (type.startsWith("multipart/")) {
                    if (depth >= limits.maxDepth()) {
                        problems.add("MIME nesting deeper than " + limits.maxDepth() + "; inner parts were not read");
                        truncatedParts = true;
                        return;
                    }
                    InputStream shared = shared(part);
                    byte[] body = shared == null ? bytes(part, limits.maxMessageBytes(), type) : null;
                    if (overlongBoundary(ct, shared != null ? shared(part) : new ByteArrayInputStream(body))) {
                        // a quadratic case of Jakarta Mail's parser, and no MTA writes one: read it as text
                        problems.add("a MIME boundary longer than " + MAX_BOUNDARY + " characters (RFC 2046); "
                                + "the multipart was read as text");
                        byte[] text = body != null ? capped(body, type) : bytes(part, MAX_PART_TEXT_BYTES, type);
                        sections.add(new Section("text/plain", Charsets.decode(text, charset), Headers.EMPTY, enclosed));
                        return;
                    }
                    if (shared != null) {
                        shared.close();
                    }
                    List<Node> children = part.parts(ct, body);
                    int count = children.size();
                    int plainAt = -1;
                    for (Node child : children) {
                        int before = sections.size();
                        walk(child, depth + 1, enclosed, false);
                        if (type.equals("multipart/alternative")) {
                            for (int s = before; s < sections.size(); s++) {
                                if (sections.get(s).type().equals("text/plain")) {
                                    plainAt = s;
                                }
                            }
                        }
                    }
                    if (type.equals("multipart/alternative") && plainAt >= 0) {
                        for (Section s : sections) {
                            if (s.type().equals("text/html")) {
                                htmlWithPlainTwin.add(s);
                            }
                        }
                    }
                    if (count == 0) {
                        byte[] text = body != null ? capped(body, type) : bytes(part, MAX_PART_TEXT_BYTES, type);
                        sections.add(new Section("text/plain", Charsets.decode(text, charset), Headers.EMPTY, enclosed));
                    }
                } else if (type.equals("message/rfc822") || type.equals("message/global")) {
                    if (depth >= limits.maxDepth()) {
                        problems.add("MIME nesting deeper than " + limits.maxDepth() + "; inner parts were not read");
                        truncatedParts = true;
                        byte[] body = withLineFeeds(bytes(part, MAX_PART_TEXT_BYTES, null));
                        sections.add(new Section(type, "", Headers.parse(Charsets.decode(body, null)), true));
                        return;
                    }
                    InputStream shared = shared(part);
                    if (shared != null) {
                        shared.close();
                    }
                    Node inner = part.enclosed(shared != null ? null
                            : withLineFeeds(bytes(part, limits.maxMessageBytes(), null)));
                    if (inner.headersCut()) {
                        note(HEADERS_CUT);
                    }
                    Headers h = inner.headers();
                    Walker sub = new Walker(limits, problems);
                    sub.parts = parts;
                    sub.walk(inner, depth + 1, true, false);
                    parts = sub.parts;
                    truncatedParts |= sub.truncatedParts;
                    cutText |= sub.cutText;
                    sections.add(new Section(type, joined(sub.sections, type), h, true));
                    for (Section s : sub.sections) {
                        if (s.isDeliveryStatus()) {
                            sections.add(s); // enclosed: read only when the report has no status part of its own
                        }
                    }
                } else if (type.equals("text/rfc822-headers") || type.equals("message/global-headers")) {
                    String text = Charsets.decode(bytes(part, MAX_PART_TEXT_BYTES, type),
                            type.startsWith("message/global") ? "utf-8" : charset);
                    sections.add(new Section(type, text, Headers.parse(text), true));
                } else {
                    // application/json: a complaint report's machine-readable part (X-ARF), read like text
                    boolean octets = type.equals("application/octet-stream") || type.equals("application/json");
                    if (!(type.startsWith("text/") || type.startsWith("message/") || top || octets)) {
                        return; // an attachment (a PDF, an image): nothing in it explains a delivery
                    }
                    byte[] body = bytes(part, MAX_PART_TEXT_BYTES, type);
                    boolean utf8 = type.startsWith("message/global");
                    String text = Charsets.decode(body, utf8 ? "utf-8" : charset);
                    if (type.equals("text/html")) {
                        text = htmlToText(text);
                    }
                    if (type.startsWith("text/") || type.startsWith("message/") || top
                            || octets && looksLikeText(body)) {
                        Headers h = top ? Headers.EMPTY : part.headers();
                        sections.add(new Section(type, text, h, enclosed));
                    }
                }
            } catch (MessagingException | IOException | RuntimeException e) {
                problems.add("a part of type " + type + " could not be read (" + e.getClass().getSimpleName() + ")");
                try {
                    sections.add(new Section("text/plain", Charsets.decode(raw(part), charset), Headers.EMPTY, enclosed));
                } catch (Exception ignored) {
                    // nothing more can be read from this part
                }
            }
        }

        /**
         * The part's content as a view into the message's bytes when its transfer encoding is an identity
         * (7bit, 8bit, binary or none) and it was read from a shared stream; null otherwise (then
         * {@link #bytes} decodes a copy).
         */
        private InputStream shared(Node part) {
            try {
                if (!part.mime()) {
                    return null;
                }
                String e = part.encoding();
                e = e == null ? "" : e.strip().toLowerCase(Locale.ROOT);
                if (!(e.isEmpty() || e.equals("7bit") || e.equals("8bit") || e.equals("binary"))) {
                    return null;
                }
                InputStream raw = part.raw();
                if (raw instanceof SharedInputStream) {
                    return raw;
                }
                raw.close();
                return null;
            } catch (MessagingException | IOException | RuntimeException e) {
                return null;
            }
        }

        /**
         * The part's content with its transfer encoding undone, at most {@code cap} bytes: a longer content
         * is cut after its last whole line, and the problems say so (for a part of {@code type}; null: a
         * part read only for its header fields, whose cut is no loss). Jakarta Mail leaves base64 or
         * quoted-printable message/* parts encoded (RFC 2046 forbids them, yet MTAs write them), so the
         * raw content is decoded here for every part.
         */
        private byte[] bytes(Node part, int cap, String type) throws MessagingException, IOException {
            byte[] read;
            if (part.mime()) {
                String encoding = null;
                try {
                    encoding = part.encoding();
                } catch (MessagingException | RuntimeException e) {
                    problems.add("unreadable Content-Transfer-Encoding; read as is");
                }
                InputStream raw = part.raw();
                String e = encoding == null ? "" : encoding.strip().toLowerCase(Locale.ROOT);
                try (InputStream in = decoding(raw, e)) {
                    read = readAtMost(in, cap == Integer.MAX_VALUE ? cap : cap + 1);
                }
            } else {
                try (InputStream in = part.decoded()) {
                    read = in.readNBytes(cap == Integer.MAX_VALUE ? cap : cap + 1);
                }
            }
            if (read.length <= cap) {
                return read;
            }
            if (type != null) {
                note(textCut(type));
            }
            return java.util.Arrays.copyOf(read, lineEnd(read, 0, cap));
        }

        /**
         * At most {@code n} bytes of {@code in}; from a byte array's stream, whose {@code available()} is what
         * is left, into an array of that size at once (InputStream's own reads chunks of 8 KB and copies them).
         */
        static byte[] readAtMost(InputStream in, int n) throws IOException {
            if (in instanceof ByteArrayInputStream) {
                byte[] b = new byte[Math.min(n, in.available())];
                int r = in.readNBytes(b, 0, b.length);
                return r == b.length ? b : java.util.Arrays.copyOf(b, r);
            }
            return in.readNBytes(n);
        }

        /** {@code body} held to {@link #MAX_PART_TEXT_BYTES}, cut after a whole line, the cut noted. */
        private byte[] capped(byte[] body, String type) {
            if (body.length <= MAX_PART_TEXT_BYTES) {
                return body;
            }
            note(textCut(type));
            return java.util.Arrays.copyOf(body, lineEnd(body, 0, MAX_PART_TEXT_BYTES));
        }

        /** Adds a problem about a cut once per message. */
        private void note(String problem) {
            cutText = true;
            if (!problems.contains(problem)) {
                problems.add(problem);
            }
        }

        /**
         * An enclosed message's text: its text parts, joined, up to {@link #MAX_PART_TEXT_BYTES} characters
         * (one part's text as it is, without a copy).
         */
        private String joined(List<Section> inner, String type) {
            Section only = null;
            int texts = 0;
            for (Section s : inner) {
                if (s.type().startsWith("text/")) {
                    only = s;
                    texts++;
                }
            }
            if (texts == 0) {
                return "";
            }
            if (texts == 1) {
                return only.text() + "\n";
            }
            StringBuilder text = new StringBuilder();
            for (Section s : inner) {
                if (s.type().startsWith("text/")) {
                    if (text.length() + s.text().length() + 1 > MAX_PART_TEXT_BYTES) {
                        note(textCut(type));
                        break;
                    }
                    text.append(s.text()).append('\n');
                }
            }
            return text.toString();
        }

        /**
         * {@code raw} with a transfer encoding ({@code e}, lower case) undone by Angus Mail's decoders, made
         * directly (Jakarta Mail's {@code MimeUtility.decode} makes the same after a ServiceLoader look-up);
         * {@code raw} itself for an identity encoding or one not known.
         */
        private static InputStream decoding(InputStream raw, String e) {
            switch (e) {
                case "base64":
                    return new org.eclipse.angus.mail.util.BASE64DecoderStream(raw);
                case "quoted-printable":
                    if (raw instanceof MimeBytes.Range) {
                        return ((MimeBytes.Range) raw).quotedPrintable(); // Angus Mail's decoding, over the array
                    }
                    // the decoder asks for one byte at a time: from a buffer, not from the synchronised stream
                    return new org.eclipse.angus.mail.util.QPDecoderStream(new Buffered(raw));
                case "uuencode": case "x-uuencode": case "x-uue":
                    return new org.eclipse.angus.mail.util.UUDecoderStream(raw);
                default:
                    return raw;
            }
        }

        private static byte[] raw(Node part) throws MessagingException, IOException {
            if (part.mime()) {
                InputStream in = part.raw();
                try (in) {
                    return in.readNBytes(1 << 20);
                }
            }
            return new byte[0];
        }
    }

    /**
     * A stream read through a buffer without locks: Angus Mail's quoted-printable decoder reads its source
     * one byte at a time, and each read of a {@code ByteArrayInputStream} takes its lock. The same bytes.
     */
    static final class Buffered extends InputStream {
        private final InputStream in;
        private final byte[] buf = new byte[4096];
        private int pos;
        private int limit;

        Buffered(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            if (pos == limit && !fill()) {
                return -1;
            }
            return buf[pos++] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            java.util.Objects.checkFromIndexSize(off, len, b.length);
            if (len == 0) {
                return 0;
            }
            if (pos == limit && !fill()) {
                return -1;
            }
            int n = Math.min(len, limit - pos);
            System.arraycopy(buf, pos, b, off, n);
            pos += n;
            return n;
        }

        @Override
        public int available() throws IOException {
            return limit - pos + in.available();
        }

        @Override
        public void close() throws IOException {
            in.close();
        }

        private boolean fill() throws IOException {
            int n = in.read(buf, 0, buf.length);
            pos = 0;
            limit = Math.max(n, 0);
            return n > 0;
        }
    }

    /** Header fields read of one message or enclosed message (RFC 5322 sets no limit; real ones have dozens). */
    static final int MAX_FIELDS = 2_000;
    private static final String HEADERS_CUT = "header fields beyond " + MAX_FIELDS + ", or longer than "
            + Headers.MAX_VALUE_CHARS + " characters, were not read";

    /**
     * A message whose header fields are read with bounds: each line up to {@link Headers#MAX_VALUE_CHARS}
     * bytes, at most {@link #MAX_FIELDS} fields, continuation lines joined once (Jakarta Mail reads a header
     * line of any length into a buffer that doubles, and joins each continuation added to InternetHeaders by
     * concatenating strings). The body stays a view into the shared bytes.
     */
    private static final class BoundedMessage extends MimeMessage {
        boolean headersCut; // set while the superclass constructor parses: no initialiser may reset it

        BoundedMessage(InputStream in) throws MessagingException {
            super(SESSION, in);
        }

        @Override
        protected InternetHeaders createInternetHeaders(InputStream is) throws MessagingException {
            InternetHeaders ih = new InternetHeaders();
            StringBuilder field = null;
            int fields = 0;
            StringBuilder line = new StringBuilder(256);
            try {
                while (true) {
                    line.setLength(0);
                    boolean more = readLine(is, line);
                    if (line.length() == 0) {
                        break; // the blank line before the body, or the end
                    }
                    char first = line.charAt(0);
                    if ((first == ' ' || first == '\t') && field != null) {
                        if (field.length() + line.length() + 2 <= Headers.MAX_VALUE_CHARS) {
                            field.append("\r\n").append(line);
                        } else {
                            headersCut = true;
                        }
                    } else if (first != ' ' && first != '\t') {
                        if (field != null) {
                            ih.addHeaderLine(field.toString());
                        }
                        field = null;
                        if (++fields > MAX_FIELDS) {
                            headersCut = true;
                        } else {
                            field = new StringBuilder(line);
                        }
                    }
                    if (!more) {
                        break;
                    }
                }
            } catch (IOException e) {
                throw new MessagingException("header fields not readable", e);
            }
            if (field != null) {
                ih.addHeaderLine(field.toString());
            }
            return ih;
        }

        /**
         * Reads one line (ended by LF, CRLF or the end) into {@code line} as Latin-1 characters, keeping at
         * most {@link Headers#MAX_VALUE_CHARS} of them; false at the end of the stream.
         */
        private boolean readLine(InputStream is, StringBuilder line) throws IOException {
            int c;
            while ((c = is.read()) >= 0) {
                if (c == '\n') {
                    int n = line.length();
                    if (n > 0 && line.charAt(n - 1) == '\r') {
                        line.setLength(n - 1);
                    }
                    return true;
                }
                if (line.length() < Headers.MAX_VALUE_CHARS) {
                    line.append((char) c);
                } else {
                    headersCut = true;
                }
            }
            return false;
        }
    }

    /** A data source that is only read: its content type is given, it has no name and cannot be written. */
    private abstract static class ReadOnlySource implements jakarta.activation.DataSource {
        private final String contentType;

        ReadOnlySource(String contentType) {
            this.contentType = contentType;
        }

        @Override
        public java.io.OutputStream getOutputStream() throws IOException {
            throw new IOException("read only");
        }

        @Override
        public String getContentType() {
            return contentType;
        }

        @Override
        public String getName() {
            return "";
        }
    }

    /** Decoded bytes as a data source whose parts are views into them, not copies. */
    private static final class SharedBytes extends ReadOnlySource {
        private final byte[] bytes;

        SharedBytes(byte[] bytes, String contentType) {
            super(contentType);
            this.bytes = bytes;
        }

        @Override
        public InputStream getInputStream() {
            return new SharedByteArrayInputStream(bytes);
        }

    }

    /**
     * Whether a multipart's boundary is longer than RFC 2046 allows: the boundary parameter, or when it is
     * missing, the first line of the body that begins with "--" (which Jakarta Mail would take as the
     * boundary). One pass over the body's bytes, up to that line's end.
     */
    static boolean overlongBoundary(MimeType ct, InputStream body) throws IOException {
        String boundary = ct == null ? null : ct.parameter("boundary");
        if (boundary != null && !boundary.isEmpty()) {
            if (body != null) {
                body.close();
            }
            return boundary.length() > MAX_BOUNDARY;
        }
        if (body == null) {
            return false;
        }
        try (InputStream in = body.markSupported() ? body : new java.io.BufferedInputStream(body)) {
            boolean lineStart = true;
            int dashes = -1; // length of the "--" line being read, -1 when not in one
            int c;
            while ((c = in.read()) >= 0) {
                if (c == '\n' || c == '\r') {
                    if (dashes >= 0) {
                        return false;
                    }
                    lineStart = true;
                    continue;
                }
                if (dashes >= 0) {
                    if (c != ' ' && c != '\t' && ++dashes > MAX_BOUNDARY + 2) {
                        return true;
                    }
                } else if (lineStart && c == '-') {
                    int next = in.read();
                    if (next == '-') {
                        dashes = 2;
                    } else if (next == '\n' || next == '\r') {
                        continue;
                    }
                }
                lineStart = false;
            }
            return false;
        }
    }

    /** A multipart's body as a data source that hands out views, not copies, of the message's bytes. */
    private static final class SharedSource extends ReadOnlySource {
        private final Part part;

        SharedSource(Part part, String contentType) {
            super(contentType);
            this.part = part;
        }

        @Override
        public InputStream getInputStream() throws IOException {
            try {
                return part instanceof MimeMessage ? ((MimeMessage) part).getRawInputStream()
                        : ((jakarta.mail.internet.MimeBodyPart) part).getRawInputStream();
            } catch (MessagingException e) {
                throw new IOException(e);
            }
        }

    }

    private static boolean looksLikeText(byte[] body) {
        int n = Math.min(body.length, 4096);
        for (int i = 0; i < n; i++) {
            if (body[i] == 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * A rough text view of HTML: markup dropped, entities decoded, lines where the markup breaks them
     * (br, p, div, tr, li, headings, tables). In HTML a raw line end is white space like any other: when the
     * markup breaks lines, runs of white space outside {@code <pre>} read as one space and lines start at
     * their first word, so a report whose lines end in {@code <br>} (qmail's, sent as text/html) keeps one
     * line per line. A text/html part without any such tag (plain text under the wrong type) keeps its raw
     * line ends.
     */
    static String htmlToText(String html) {
        StringBuilder out = new StringBuilder(html.length());
        int i = 0;
        boolean collapse = breaksLines(html);
        int pre = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (collapse && pre == 0 && (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f')) {
                int n = out.length();
                if (n > 0 && out.charAt(n - 1) != ' ' && out.charAt(n - 1) != '\n') {
                    out.append(' ');
                }
                i++;
                continue;
            }
            if (c == '<') {
                int end = html.indexOf('>', i);
                if (end < 0) {
                    break;
                }
                int t = i + 1; // the tag's name (after a '/' for an end tag) is compared in place, ASCII case ignored
                boolean slash = t < end && html.charAt(t) == '/';
                int n = slash ? t + 1 : t;
                if (!slash && (named(html, t, end, "script") || named(html, t, end, "style"))) {
                    int close = indexOfIgnoreCase(html, named(html, t, end, "script") ? "</script" : "</style", end);
                    end = close < 0 ? html.length() - 1 : Math.max(end, html.indexOf('>', close));
                    if (end < 0) {
                        break;
                    }
                } else if (named(html, n, end, "pre")) {
                    pre = slash ? Math.max(0, pre - 1) : pre + 1;
                    newLine(out, collapse);
                } else if (named(html, n, end, "br") && !slash || named(html, n, end, "p") || named(html, n, end, "div")
                        || named(html, n, end, "tr") || named(html, n, end, "li") && !slash || named(html, n, end, "h")
                        || named(html, n, end, "table") && !slash) {
                    newLine(out, collapse);
                } else if (named(html, n, end, "td")) {
                    out.append(' ');
                }
                i = end + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return unescape(out).replace('\u00A0', ' ');
    }

    /** A line end; when white space collapses, the space before it goes (a line ends at its last word). */
    private static void newLine(StringBuilder out, boolean collapse) {
        if (collapse && out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
        out.append('\n');
    }

    /** Whether the markup breaks lines itself (a tag br, p, div, tr, li or pre, in any case): one pass. */
    private static boolean breaksLines(String html) {
        int n = html.length();
        int i = html.indexOf('<');
        while (i >= 0 && i + 2 < n) {
            int j = i + 1;
            if (html.charAt(j) == '/') {
                j++;
            }
            if (named(html, j, n, "br") || named(html, j, n, "div") || named(html, j, n, "tr")
                    || named(html, j, n, "li") || named(html, j, n, "pre")
                    || named(html, j, n, "p") && j + 1 < n && (html.charAt(j + 1) == '>' || html.charAt(j + 1) == ' ')) {
                return true;
            }
            i = html.indexOf('<', i + 1);
        }
        return false;
    }

    /**
     * Whether {@code s[at, limit)} starts with {@code name} (lower-case ASCII), ASCII letters compared in
     * either case: what {@code s.toLowerCase(Locale.ROOT).startsWith(name, at)} gives without a lower-cased
     * copy of the text.
     */
    static boolean named(String s, int at, int limit, String name) {
        int k = name.length();
        if (limit - at < k) {
            return false;
        }
        for (int m = 0; m < k; m++) {
            char c = s.charAt(at + m);
            if (c != name.charAt(m) && (c < 'A' || c > 'Z' || (c | 0x20) != name.charAt(m))) {
                return false;
            }
        }
        return true;
    }

    /** The first {@code s[i, ...)} at or after {@code from} that {@link #named} {@code name} ("</..."), or -1. */
    private static int indexOfIgnoreCase(String s, String name, int from) {
        int i = s.indexOf('<', from);
        while (i >= 0) {
            if (named(s, i, s.length(), name)) {
                return i;
            }
            i = s.indexOf('<', i + 1);
        }
        return -1;
    }

    /**
     * {@code StringEscapeUtils.unescapeHtml4} applied only where a reference can be: from each '&amp;' to the
     * next ';' (commons-text's HTML 4 unescaper wants the ';'). The same result as unescaping the whole
     * text; the whole text at once cost a fifth of reading a message (benchmarks/MessageBenchmark).
     */
    private static String unescape(StringBuilder text) {
        int n = text.length();
        int i = text.indexOf("&");
        if (i < 0) {
            return text.toString(); // no entity
        }
        StringBuilder out = new StringBuilder(n);
        out.append(text, 0, i);
        while (i < n) {
            if (text.charAt(i) != '&') {
                int amp = text.indexOf("&", i);
                int to = amp < 0 ? n : amp;
                out.append(text, i, to); // the text up to the next entity, at once
                i = to;
                continue;
            }
            int j = i + 1;
            while (j < n && text.charAt(j) != ';' && text.charAt(j) != '&') {
                j++;
            }
            if (j < n && text.charAt(j) == ';') {
                out.append(StringEscapeUtils.unescapeHtml4(text.subSequence(i, j + 1).toString()));
                i = j + 1;
            } else {
                out.append(text, i, j);
                i = j;
            }
        }
        return out.toString();
    }

    /** An mbox "From " separator line at the start is not a header field: where the message after it begins. */
    private static int afterMboxFrom(byte[] b, int length) {
        if (length > 5 && b[0] == 'F' && b[1] == 'r' && b[2] == 'o' && b[3] == 'm' && b[4] == ' ') {
            for (int i = 5; i < length; i++) {
                if (b[i] == '\n' || b[i] == '\r') {
                    return b[i] == '\r' && i + 1 < length && b[i + 1] == '\n' ? i + 2 : i + 1;
                }
            }
        }
        return 0;
    }

    /** Messages with CR-only line ends (old Mac) are read as if they had LF; CRLF and LF are left alone. */
    static byte[] withLineFeeds(byte[] b) {
        return withLineFeeds(b, 0, b.length);
    }

    /**
     * {@code b} itself when {@code b[from, to)} has no lone CR; else a copy of that range with each lone CR
     * made a LF.
     */
    private static byte[] withLineFeeds(byte[] b, int from, int to) {
        boolean loneCr = false;
        for (int i = MimeBytes.indexOfCr(b, from, to); i < to; i = MimeBytes.indexOfCr(b, i + 1, to)) {
            if (i + 1 == to || b[i + 1] != '\n') {
                loneCr = true;
                break;
            }
        }
        if (!loneCr) {
            return b;
        }
        byte[] out = java.util.Arrays.copyOfRange(b, from, to);
        for (int i = 0; i < out.length; i++) {
            if (out[i] == '\r' && (i + 1 == out.length || out[i + 1] != '\n')) {
                out[i] = '\n';
            }
        }
        return out;
    }

    public Headers headers() {
        return headers;
    }

    /**
     * The fields of a delivery-status section of this message, parsed once however many recognisers ask
     * (a memo of a pure function: the message stays a value).
     */
    public synchronized DeliveryStatus deliveryStatus(Section section) {
        return parsedStatus.computeIfAbsent(section, s -> DeliveryStatus.parse(s.text()));
    }

    public List<Section> sections() {
        return sections;
    }

    /** What could not be read, in plain words; empty when all was read. */
    public List<String> problems() {
        return problems;
    }

    /** Whether a limit cut the message. */
    public boolean cut() {
        return cut;
    }

    /**
     * The text of the report's own text parts (not of an enclosed original), in order, up to
     * {@link #MAX_PART_TEXT_BYTES} characters (one part's text as it is, without a copy).
     */
    public String bodyText() {
        List<Section> own = own(sections);
        if (own.size() == 1) {
            String t = own.get(0).text();
            return t.isEmpty() || t.charAt(t.length() - 1) == '\n' ? t : t + "\n";
        }
        StringBuilder sb = new StringBuilder();
        for (Section s : own) {
            if (sb.length() + s.text().length() > MAX_PART_TEXT_BYTES) {
                break; // the parts' own cuts bound each; the whole is bounded too
            }
            sb.append(s.text());
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') {
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    /** The report's own text sections, whose text {@link #bodyText()} joins. */
    private static List<Section> own(List<Section> sections) {
        List<Section> own = new ArrayList<>();
        for (Section s : sections) {
            if (!s.enclosed() && (s.type().startsWith("text/") || s.type().equals("application/octet-stream")
                    || s.type().startsWith("message/") && !s.isDeliveryStatus() && !s.isOriginal()
                    && !s.type().equals("message/feedback-report"))) {
                own.add(s);
            }
        }
        return own;
    }

    /** The first section of a type, or null. */
    public Section first(String type) {
        for (Section s : sections) {
            if (s.is(type)) {
                return s;
            }
        }
        return null;
    }

    /** The top-level Subject, or "". */
    public String subject() {
        String s = headers.get("subject");
        return s == null ? "" : s;
    }

    /** The top-level From, or "". */
    public String from() {
        String s = headers.get("from");
        return s == null ? "" : s;
    }
}

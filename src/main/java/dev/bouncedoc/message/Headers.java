package dev.bouncedoc.message;

import jakarta.mail.Header;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;

/**
 * The header fields of a message or a part, unfolded and decoded (RFC 2047 encoded words; raw 8-bit
 * Japanese bytes by {@link Charsets}). Names are matched without regard to case. Immutable: each value is
 * decoded when it is first read (most fields of a bounce are never read), by a pure function, and the
 * decoded string kept; threads that read the same field at once compute equal strings.
 */
public final class Headers {
    /** Characters of one field's value read (256 Ki); the rest of a longer value is not read. */
    public static final int MAX_VALUE_CHARS = 1 << 18;

    public static final Headers EMPTY = new Headers(new String[0], new String[0], 0, false, false);

    // Fields in order: lower-case name and value as read; a value is decoded when it is first asked for
    // (RFC 2047 words, 8-bit bytes, invisible characters), and the decoded value kept in place of the read one.
    private final String[] names;
    private final String[] values;
    private final String[] decoded; // null until read: a String is safely published, so no lock is needed
    private final int size;
    private final boolean cut;
    private final boolean raw; // values as the bytes gave them (decodeValue), else already unfolded text (decodeWords)

    private Headers(String[] names, String[] values, int size, boolean cut, boolean raw) {
        this.names = names;
        this.values = values;
        this.decoded = new String[size];
        this.size = size;
        this.cut = cut;
        this.raw = raw;
    }

    /** From Jakarta Mail's raw headers, whose 8-bit bytes arrive as Latin-1 characters. */
    public static Headers of(Enumeration<Header> headers) {
        Builder b = new Builder();
        while (headers.hasMoreElements()) {
            Header h = headers.nextElement();
            if (h.getName() == null) {
                continue;
            }
            b.add(h.getName().trim().toLowerCase(Locale.ROOT), h.getValue());
        }
        return b.build(true);
    }

    /**
     * From fields read from message bytes ({@link MimeBytes}): each a name as written (trimmed) and its value
     * as Jakarta Mail's {@code Header.getValue} gives it, 8-bit bytes as Latin-1 characters.
     */
    static Headers ofRaw(String[] names, String[] values, int size) {
        Builder b = new Builder();
        for (int i = 0; i < size; i++) {
            b.add(names[i].toLowerCase(Locale.ROOT), values[i]);
        }
        return b.build(true);
    }

    /** Fields gathered in order, each value held to {@link #MAX_VALUE_CHARS}. */
    private static final class Builder {
        String[] names = new String[16];
        String[] values = new String[16];
        int size;
        boolean cut;

        void add(String name, String value) {
            if (value != null && value.length() > MAX_VALUE_CHARS) {
                value = value.substring(0, MAX_VALUE_CHARS);
                cut = true;
            }
            if (size == names.length) {
                names = java.util.Arrays.copyOf(names, size * 2);
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            names[size] = name;
            values[size++] = value;
        }

        Headers build(boolean raw) {
            return new Headers(names, values, size, cut, raw);
        }
    }

    /**
     * Reads header lines (name: value, continuation lines indented and joined with a space) from text that
     * is already decoded, up to the first blank line after a field. One pass; each value is read up to
     * {@link #MAX_VALUE_CHARS} characters.
     */
    public static Headers parse(String text) {
        Builder map = new Builder();
        String name = null;
        StringBuilder value = new StringBuilder();
        boolean cut = false;
        int n = text.length();
        int i = 0;
        while (i < n) {
            int end = i;
            while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            int next = end < n && text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n' ? end + 2 : end + 1;
            int from = i;
            i = next;
            if (isBlank(text, from, end)) {
                if (name != null) {
                    break;
                }
                continue;
            }
            char first = text.charAt(from);
            if ((first == ' ' || first == '\t') && name != null) {
                if (value.length() < MAX_VALUE_CHARS) {
                    value.append(' ');
                    appendStripped(value, text, from, end);
                }
                continue;
            }
            int colon = -1;
            for (int k = from; k < end; k++) {
                if (text.charAt(k) == ':') {
                    colon = k;
                    break;
                }
            }
            if (colon <= from || text.substring(from, colon).strip().contains(" ")) {
                continue; // not a field
            }
            if (name != null) {
                cut |= value.length() > MAX_VALUE_CHARS;
                add(map, name, value);
            }
            name = text.substring(from, colon).strip().toLowerCase(Locale.ROOT);
            value.setLength(0);
            value.append(text, colon + 1, Math.min(end, colon + 1 + MAX_VALUE_CHARS));
            cut |= end - colon - 1 > MAX_VALUE_CHARS;
        }
        if (name != null) {
            cut |= value.length() > MAX_VALUE_CHARS;
            add(map, name, value);
        }
        map.cut |= cut;
        return map.build(false);
    }

    private static void add(Builder map, String name, StringBuilder value) {
        if (value.length() > MAX_VALUE_CHARS) {
            value.setLength(MAX_VALUE_CHARS);
        }
        map.add(name, value.toString().strip()); // decoded (decodeWords) when read
    }

    private static boolean isBlank(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!Character.isWhitespace(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static void appendStripped(StringBuilder sb, String s, int from, int to) {
        while (from < to && Character.isWhitespace(s.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(s.charAt(to - 1))) {
            to--;
        }
        sb.append(s, from, Math.min(to, from + MAX_VALUE_CHARS));
    }

    static String decodeValue(String raw) {
        if (raw == null) {
            return "";
        }
        String unfolded = unfold(raw);
        boolean eightBit = false;
        for (int i = 0; i < unfolded.length() && !eightBit; i++) {
            eightBit = unfolded.charAt(i) > 0x7F || unfolded.charAt(i) == 0x1B;
        }
        if (eightBit) {
            boolean latin1 = true;
            for (int i = 0; i < unfolded.length() && latin1; i++) {
                latin1 = unfolded.charAt(i) <= 0xFF;
            }
            if (latin1) {
                unfolded = Charsets.decode(unfolded.getBytes(StandardCharsets.ISO_8859_1), null);
            }
        }
        return decodeWords(unfolded).strip();
    }

    /** The value without line breaks, tabs made spaces; the value itself when it has neither. */
    private static String unfold(String raw) {
        int n = raw.length();
        int i = 0;
        while (i < n && raw.charAt(i) != '\r' && raw.charAt(i) != '\n' && raw.charAt(i) != '\t') {
            i++;
        }
        if (i == n) {
            return raw;
        }
        char[] out = new char[n];
        raw.getChars(0, i, out, 0);
        int k = i;
        for (; i < n; i++) {
            char c = raw.charAt(i);
            if (c != '\r' && c != '\n') {
                out[k++] = c == '\t' ? ' ' : c;
            }
        }
        return new String(out, 0, k);
    }

    private static String decodeWords(String value) {
        String v = value;
        if (v.contains("=?")) {
            try {
                v = EncodedWords.decode(v);
            } catch (RuntimeException e) {
                // left as written
            }
        }
        return Text.visible(v);
    }

    /** The value of field {@code i}, decoded the first time it is read. */
    private String value(int i) {
        String v = decoded[i];
        if (v == null) {
            v = raw ? decodeValue(values[i]) : decodeWords(values[i]);
            decoded[i] = v; // an equal string whichever thread decodes it first
        }
        return v;
    }

    private int indexOf(String lowerName, int from) {
        for (int i = from; i < size; i++) {
            if (names[i].equals(lowerName)) {
                return i;
            }
        }
        return -1;
    }

    /** The first value of a field, or null. */
    public String get(String name) {
        int i = indexOf(name.toLowerCase(Locale.ROOT), 0);
        return i < 0 ? null : value(i);
    }

    /** Every value of a field, in order. */
    public List<String> all(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        int i = indexOf(lower, 0);
        if (i < 0) {
            return List.of();
        }
        int j = indexOf(lower, i + 1);
        if (j < 0) {
            return List.of(value(i));
        }
        List<String> out = new ArrayList<>();
        out.add(value(i));
        for (; j >= 0; j = indexOf(lower, j + 1)) {
            out.add(value(j));
        }
        return Collections.unmodifiableList(out);
    }

    public boolean has(String name) {
        return indexOf(name.toLowerCase(Locale.ROOT), 0) >= 0;
    }

    /** Whether a field's value was longer than {@link #MAX_VALUE_CHARS} and was cut. */
    public boolean cut() {
        return cut;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** Field names in lower case, in the order first seen. */
    public List<String> names() {
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        for (int i = 0; i < size; i++) {
            out.add(names[i]);
        }
        return List.copyOf(out);
    }
}

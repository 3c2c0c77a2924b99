package dev.bouncedoc.message;

import jakarta.mail.Header;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The header fields of a message or a part, unfolded and decoded (RFC 2047 encoded words; raw 8-bit
 * Japanese bytes by {@link Charsets}). Names are matched without regard to case. Immutable.
 */
public final class Headers {
    /** Characters of one field's value read (256 Ki); the rest of a longer value is not read. */
    public static final int MAX_VALUE_CHARS = 1 << 18;

    public static final Headers EMPTY = new Headers(Map.of(), false);

    private final Map<String, List<String>> fields; // lower-case name -> values in order
    private final boolean cut;

    private Headers(Map<String, List<String>> fields, boolean cut) {
        this.fields = fields;
        this.cut = cut;
    }

    /** From Jakarta Mail's raw headers, whose 8-bit bytes arrive as Latin-1 characters. */
    public static Headers of(Enumeration<Header> headers) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        boolean cut = false;
        while (headers.hasMoreElements()) {
            Header h = headers.nextElement();
            if (h.getName() == null) {
                continue;
            }
            String value = h.getValue();
            if (value != null && value.length() > MAX_VALUE_CHARS) {
                value = value.substring(0, MAX_VALUE_CHARS);
                cut = true;
            }
            map.computeIfAbsent(h.getName().trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(decodeValue(value));
        }
        map.replaceAll((k, v) -> List.copyOf(v));
        return new Headers(Collections.unmodifiableMap(map), cut);
    }

    /**
     * Reads header lines (name: value, continuation lines indented and joined with a space) from text that
     * is already decoded, up to the first blank line after a field. One pass; each value is read up to
     * {@link #MAX_VALUE_CHARS} characters.
     */
    public static Headers parse(String text) {
        Map<String, List<String>> map = new LinkedHashMap<>();
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
        map.replaceAll((k, v) -> List.copyOf(v));
        return new Headers(Collections.unmodifiableMap(map), cut);
    }

    private static void add(Map<String, List<String>> map, String name, StringBuilder value) {
        if (value.length() > MAX_VALUE_CHARS) {
            value.setLength(MAX_VALUE_CHARS);
        }
        map.computeIfAbsent(name, k -> new ArrayList<>()).add(decodeWords(value.toString().strip()));
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

    /** The first value of a field, or null. */
    public String get(String name) {
        List<String> values = fields.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** Every value of a field, in order. */
    public List<String> all(String name) {
        return fields.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }

    public boolean has(String name) {
        return fields.containsKey(name.toLowerCase(Locale.ROOT));
    }

    /** Whether a field's value was longer than {@link #MAX_VALUE_CHARS} and was cut. */
    public boolean cut() {
        return cut;
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    /** Field names in lower case, in the order first seen. */
    public List<String> names() {
        return List.copyOf(fields.keySet());
    }
}

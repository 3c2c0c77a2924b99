package dev.bouncedoc.message;

import jakarta.mail.Header;
import jakarta.mail.internet.MimeUtility;
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
    public static final Headers EMPTY = new Headers(Map.of());

    private final Map<String, List<String>> fields; // lower-case name -> values in order

    private Headers(Map<String, List<String>> fields) {
        this.fields = fields;
    }

    /** From Jakarta Mail's raw headers, whose 8-bit bytes arrive as Latin-1 characters. */
    public static Headers of(Enumeration<Header> headers) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        while (headers.hasMoreElements()) {
            Header h = headers.nextElement();
            if (h.getName() == null) {
                continue;
            }
            map.computeIfAbsent(h.getName().trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(decodeValue(h.getValue()));
        }
        map.replaceAll((k, v) -> List.copyOf(v));
        return new Headers(Collections.unmodifiableMap(map));
    }

    /** Reads header lines (name: value, continuation lines indented) from text that is already decoded. */
    public static Headers parse(String text) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        String name = null;
        StringBuilder value = new StringBuilder();
        for (String line : Lines.of(text)) {
            if (line.isBlank()) {
                if (name != null) {
                    break;
                }
                continue;
            }
            if ((line.charAt(0) == ' ' || line.charAt(0) == '\t') && name != null) {
                value.append(' ').append(line.strip());
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || line.substring(0, colon).strip().contains(" ")) {
                continue; // not a field
            }
            if (name != null) {
                map.computeIfAbsent(name, k -> new ArrayList<>()).add(decodeWords(value.toString().strip()));
            }
            name = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            value.setLength(0);
            value.append(line.substring(colon + 1));
        }
        if (name != null) {
            map.computeIfAbsent(name, k -> new ArrayList<>()).add(decodeWords(value.toString().strip()));
        }
        map.replaceAll((k, v) -> List.copyOf(v));
        return new Headers(Collections.unmodifiableMap(map));
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

    private static String unfold(String raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\r' || c == '\n') {
                continue;
            }
            sb.append(c == '\t' ? ' ' : c);
        }
        return sb.toString();
    }

    private static String decodeWords(String value) {
        if (!value.contains("=?")) {
            return value;
        }
        try {
            return EncodedWords.decode(value);
        } catch (RuntimeException e) {
            try {
                return MimeUtility.decodeText(value);
            } catch (Exception e2) {
                return value;
            }
        }
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

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    /** Field names in lower case, in the order first seen. */
    public List<String> names() {
        return List.copyOf(fields.keySet());
    }
}

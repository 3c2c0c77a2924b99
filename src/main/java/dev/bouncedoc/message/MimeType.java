package dev.bouncedoc.message;

import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.ParseException;
import java.util.Locale;

/**
 * A Content-Type field's value as the walk over a message needs it: the base type, and the parameters
 * (charset, boundary). The plain form that nearly every message writes ({@code type/subtype} then
 * {@code ; name=token} or {@code ; name="quoted"}, printable ASCII, blanks and folded line breaks between the
 * tokens) is read here by hand, in one pass; every other value (comments, escapes in quoted strings, RFC 2231
 * names with '*', 8-bit bytes, a parameter named twice, anything malformed) is read by Jakarta Mail's
 * {@link ContentType}, so that each value reads exactly as it did when Jakarta Mail read them all.
 */
final class MimeType {
    private static final String SPECIALS = "()<>@,;:\\\"\t []/?=";

    private final String base;
    private final String[] names; // lower case
    private final String[] values;
    private final int size;
    private final ContentType jakarta; // the fallback's reading, or null
    private final String text;

    private MimeType(String base, String[] names, String[] values, int size, ContentType jakarta, String text) {
        this.base = base;
        this.names = names;
        this.values = values;
        this.size = size;
        this.jakarta = jakarta;
        this.text = text;
    }

    /**
     * The value read by hand when it has the plain form, else by Jakarta Mail.
     *
     * @throws ParseException where Jakarta Mail's {@code new ContentType(value)} throws it
     */
    static MimeType of(String value) throws ParseException {
        MimeType plain = plain(value);
        if (plain != null) {
            return plain;
        }
        ContentType ct = new ContentType(value);
        return new MimeType(ct.getBaseType(), null, null, 0, ct, null);
    }

    /** {@code type/subtype} as written (Jakarta Mail's {@code getBaseType}). */
    String baseType() {
        return base;
    }

    /** A parameter's value (the name in any case), or null. */
    String parameter(String name) {
        if (jakarta != null) {
            return jakarta.getParameter(name);
        }
        String lower = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < size; i++) {
            if (names[i].equals(lower)) {
                return values[i];
            }
        }
        return null;
    }

    /**
     * The boundary a multipart of this type is split at, as Jakarta Mail's {@code MimeMultipart} finds it
     * (from the type written out again and read back, for a value read by Jakarta Mail); null when none.
     *
     * @throws ParseException when the value written out does not read back
     */
    String boundary() throws ParseException {
        return jakarta == null ? parameter("boundary") : new ContentType(jakarta.toString()).getParameter("boundary");
    }

    /** The value to hand to Jakarta Mail's own multipart: the field itself, or Jakarta Mail's writing of it. */
    String text() {
        return jakarta == null ? text : jakarta.toString();
    }

    /** The plain form read by hand, or null when the value is not in it. */
    static MimeType plain(String s) {
        int n = s.length();
        int i = blanks(s, 0);
        int a = i;
        i = atom(s, i);
        if (i == a) {
            return null;
        }
        String primary = s.substring(a, i);
        i = blanks(s, i);
        if (i >= n || s.charAt(i) != '/') {
            return null;
        }
        i = blanks(s, i + 1);
        a = i;
        i = atom(s, i);
        if (i == a) {
            return null;
        }
        String base = primary + "/" + s.substring(a, i);
        String[] names = null;
        String[] values = null;
        int size = 0;
        i = blanks(s, i);
        while (i < n) {
            if (s.charAt(i) != ';') {
                return null;
            }
            i = blanks(s, i + 1);
            if (i == n) {
                break; // a trailing ';', which Jakarta Mail tolerates
            }
            a = i;
            i = atom(s, i);
            if (i == a) {
                return null;
            }
            String name = s.substring(a, i).toLowerCase(Locale.ROOT);
            if (name.indexOf('*') >= 0) {
                return null; // RFC 2231: Jakarta Mail's
            }
            i = blanks(s, i);
            if (i >= n || s.charAt(i) != '=') {
                return null;
            }
            i = blanks(s, i + 1);
            String value;
            if (i < n && s.charAt(i) == '"') {
                int q = i + 1;
                while (q < n && s.charAt(q) != '"') {
                    char c = s.charAt(q);
                    if (c == '\\' || c >= 0x7F || c < 0x20) {
                        return null;
                    }
                    q++;
                }
                if (q == n) {
                    return null;
                }
                value = s.substring(i + 1, q);
                i = q + 1;
            } else {
                a = i;
                i = atom(s, i);
                if (i == a) {
                    return null;
                }
                value = s.substring(a, i);
            }
            if (names == null) {
                names = new String[4];
                values = new String[4];
            }
            for (int k = 0; k < size; k++) {
                if (names[k].equals(name)) {
                    return null; // named twice: Jakarta Mail's
                }
            }
            if (size == names.length) {
                names = java.util.Arrays.copyOf(names, size * 2);
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            names[size] = name;
            values[size++] = value;
            i = blanks(s, i);
        }
        return new MimeType(base, names, values, size, null, s);
    }

    /** Past blanks and line breaks (what Jakarta Mail's tokenizer passes over between tokens). */
    private static int blanks(String s, int i) {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
                break;
            }
            i++;
        }
        return i;
    }

    /** Past a MIME token (printable ASCII but the specials). */
    private static int atom(String s, int i) {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c <= 0x20 || c >= 0x7F || SPECIALS.indexOf(c) >= 0) {
                break;
            }
            i++;
        }
        return i;
    }
}

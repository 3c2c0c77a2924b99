package dev.bouncedoc.message;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Small linear scanners over report text used by the recognisers: addresses, reply codes, enhanced status
 * codes. No regular expressions: input comes from strangers.
 */
public final class Text {
    private Text() {
    }

    /** Every e-mail address in {@code s}, in order, without angle brackets or mailto:. */
    public static List<String> addresses(String s) {
        return addresses(s, null);
    }

    /**
     * Every e-mail address in {@code s}, in order, as {@link #addresses(String)}; when {@code ats} is not
     * null, the offset of each one's '@' in {@code s} is added to it, in the same order.
     */
    public static List<String> addresses(String s, List<Integer> ats) {
        List<String> out = new ArrayList<>();
        if (s == null) {
            return out;
        }
        int from = 0;
        while (true) {
            int at = s.indexOf('@', from);
            if (at < 0) {
                break;
            }
            int start = at;
            while (start > 0 && isLocalChar(s.charAt(start - 1))) {
                start--;
            }
            int end = at + 1;
            if (end < s.length() && s.charAt(end) == '[') {
                int close = s.indexOf(']', end);
                end = close < 0 || close - end > 60 ? end : close + 1; // an address literal
            } else {
                while (end < s.length() && isDomainChar(s.charAt(end))) {
                    end++;
                }
            }
            while (end > at + 1 && (s.charAt(end - 1) == '.' || s.charAt(end - 1) == '-')) {
                end--;
            }
            while (start < at && (s.charAt(start) == '.')) {
                start++;
            }
            while (start < at && (s.charAt(start) == '\'' || s.charAt(start) == '`')) {
                start++; // a quote before the address is punctuation, not part of it
            }
            String local = s.substring(start, at);
            int eq = local.indexOf('=');
            if (eq > 0 && (local.substring(0, eq).equalsIgnoreCase("smtp") || local.substring(0, eq).equalsIgnoreCase("rfc822"))) {
                local = local.substring(eq + 1); // Exchange's "SMTP=bob@example.org"
            }
            String domain = s.substring(at + 1, end);
            if (local.toLowerCase(Locale.ROOT).startsWith("mailto:")) {
                local = local.substring(7);
            }
            if (!local.isEmpty() && domain.indexOf('.') > 0 || !local.isEmpty() && domain.startsWith("[")) {
                out.add(local + "@" + domain);
                if (ats != null) {
                    ats.add(at);
                }
            }
            from = Math.max(end, at + 1);
        }
        return out;
    }

    private static boolean isLocalChar(char c) {
        return c < 0x80 && (Character.isLetterOrDigit(c) || "!#$%'*+-=^_`{|}~.".indexOf(c) >= 0) || c >= 0x80
                && Character.isLetterOrDigit(c);
    }

    private static boolean isDomainChar(char c) {
        return c < 0x80 && (Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_')
                || c >= 0x80 && Character.isLetterOrDigit(c);
    }

    /** The first enhanced status code (2.x.x, 4.x.x, 5.x.x) standing as a word, or null. */
    public static String status(String s) {
        if (s == null) {
            return null;
        }
        for (int i = 0; i + 4 < s.length(); i++) {
            char c = s.charAt(i);
            if ((c == '2' || c == '4' || c == '5') && s.charAt(i + 1) == '.' && (i == 0 || !wordChar(s.charAt(i - 1))
                    && s.charAt(i - 1) != '.')) {
                int j = i + 2;
                int d1 = digits(s, j, 3);
                if (d1 == 0 || j + d1 >= s.length() || s.charAt(j + d1) != '.') {
                    continue;
                }
                int k = j + d1 + 1;
                int d2 = digits(s, k, 3);
                if (d2 == 0) {
                    continue;
                }
                int end = k + d2;
                if (end < s.length() && (Character.isDigit(s.charAt(end)) || s.charAt(end) == '.'
                        && end + 1 < s.length() && Character.isDigit(s.charAt(end + 1)))) {
                    continue;
                }
                return s.substring(i, end);
            }
        }
        return null;
    }

    /** The first SMTP reply code (2xx, 4xx, 5xx) at the start of a word and followed by space, '-' or end. */
    public static String replyCode(String s) {
        if (s == null) {
            return null;
        }
        for (int i = 0; i + 2 < s.length(); i++) {
            char c = s.charAt(i);
            if ((c == '4' || c == '5' || c == '2') && (i == 0 || !wordChar(s.charAt(i - 1)) && s.charAt(i - 1) != '.'
                    && s.charAt(i - 1) != ':' && s.charAt(i - 1) != '/' && s.charAt(i - 1) != '-' && s.charAt(i - 1) != '#')
                    && Character.isDigit(s.charAt(i + 1)) && Character.isDigit(s.charAt(i + 2))) {
                int end = i + 3;
                if (end == s.length() || s.charAt(end) == ' ' || s.charAt(end) == '-' || s.charAt(end) == '\t'
                        || s.charAt(end) == ',' || s.charAt(end) == ')' || s.charAt(end) == ']' || s.charAt(end) == '\n') {
                    if (end < s.length() && s.charAt(end) == '-' && end + 1 < s.length() && Character.isDigit(s.charAt(end + 1))
                            && !(end + 2 < s.length() && s.charAt(end + 2) == '.')) {
                        continue; // 550-12 is a range or a date, not a reply
                    }
                    int code = Integer.parseInt(s.substring(i, end));
                    if (code % 100 < 80 && code / 10 % 10 <= 7) { // 57x is not in RFC 5321, yet servers send 571
                        return s.substring(i, end);
                    }
                }
            }
        }
        return null;
    }

    private static int digits(String s, int from, int max) {
        int n = 0;
        while (from + n < s.length() && n < max + 1 && Character.isDigit(s.charAt(from + n))) {
            n++;
        }
        return n > max ? 0 : n;
    }

    private static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /**
     * {@code s} without the characters that change how text is shown but are not part of it: the
     * bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), the direction marks
     * (U+200E, U+200F, U+061C), and the zero-width characters (U+200B–U+200D, U+2060, U+FEFF). An address,
     * host or snippet taken from a message never carries one: with them, a name could read as another
     * name, or two names that differ could look alike. {@code s} itself when there are none; null stays null.
     */
    public static String visible(String s) {
        if (s == null) {
            return null;
        }
        int n = s.length();
        int i = 0;
        while (i < n && !invisible(s.charAt(i))) {
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder out = new StringBuilder(n - 1);
        out.append(s, 0, i);
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (!invisible(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A bidirectional control or a zero-width character (see {@link #visible}). */
    public static boolean invisible(char c) {
        return c >= '\u200B' && c <= '\u200F'     // ZWSP, ZWNJ, ZWJ, LRM, RLM
                || c >= '\u202A' && c <= '\u202E'  // LRE, RLE, PDF, LRO, RLO
                || c >= '\u2060' && c <= '\u2069' && (c == '\u2060' || c >= '\u2066') // WJ; LRI, RLI, FSI, PDI
                || c == '\u061C' || c == '\uFEFF';  // ALM, BOM / ZWNBSP
    }

    /**
     * At most {@code max} characters of {@code text} around the place {@code [at, atEnd)} where it names
     * what it is about (a recipient's address), preferring to begin after and end at a line or sentence
     * boundary, and never splitting a surrogate pair; {@code text} itself when it is short enough. The work
     * is bounded by {@code max}, not by the text's length. {@code at} outside the text means its start.
     */
    public static String window(String text, int at, int atEnd, int max) {
        int n = text.length();
        if (n <= max) {
            return text;
        }
        if (at < 0 || at >= n) {
            at = 0;
            atEnd = 0;
        }
        atEnd = Math.max(at, Math.min(atEnd, n));
        int from = Math.max(0, at - max / 4);
        int to = Math.min(n, from + max);
        from = Math.max(0, to - max);
        // begin after the last boundary before the address, end after the last one after it
        for (int i = Math.min(at, to) - 1; i > from; i--) {
            if (boundaryAt(text, i)) {
                from = i + 1;
                break;
            }
        }
        for (int i = to - 1; i >= Math.max(atEnd, from + max / 2); i--) {
            if (boundaryAt(text, i)) {
                to = i + 1;
                break;
            }
        }
        if (from > 0 && from < n && Character.isLowSurrogate(text.charAt(from))) {
            from++;
        }
        if (to < n && to > from && Character.isHighSurrogate(text.charAt(to - 1))) {
            to--;
        }
        return text.substring(from, to).strip();
    }

    /**
     * {@link #window(String, int, int, int)} around the first place {@code text} names {@code address} as
     * written (its start when it does not name it).
     */
    public static String window(String text, String address, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int at = address == null || address.isEmpty() ? -1 : text.indexOf(address);
        return window(text, at, at < 0 ? -1 : at + address.length(), max);
    }

    /**
     * {@code s} cut to at most {@code max} characters (never between the two halves of a surrogate pair);
     * {@code s} itself when it is short enough; null stays null.
     */
    public static String cut(String s, int max) {
        if (s == null || s.length() <= max) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
        return s.substring(0, end);
    }

    /** A line break, or the end of a sentence: '.', '!', '?', ';' before white space, '。' or '！'. */
    private static boolean boundaryAt(String s, int i) {
        char c = s.charAt(i);
        if (c == '\n' || c == '\r' || c == '\u3002' || c == '\uFF01') {
            return true;
        }
        return (c == '.' || c == '!' || c == '?' || c == ';') && i + 1 < s.length()
                && Character.isWhitespace(s.charAt(i + 1));
    }

    /** Lower-case, for case-insensitive searches. */
    public static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }

    /**
     * Whether {@code lower(s)} contains any of the lower-case needles: the same answer as
     * {@code containsAny(lower(s), needles)}, without building the lower-cased copy. Every character of the
     * text is compared by its own lower case, which is what {@link String#toLowerCase} gives for a text
     * without surrogates, without U+0130 (which lower-cases to two characters) and without U+03A3 (whose lower
     * case depends on its neighbours); such a text is lower-cased whole instead.
     */
    public static boolean containsAnyLower(String s, String... needles) {
        if (s == null) {
            return containsAny("", needles);
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u0130' && (c == '\u0130' || c == '\u03A3' || Character.isSurrogate(c))) {
                return containsAny(lower(s), needles);
            }
        }
        for (String n : needles) {
            if (n.isEmpty()) {
                return true;
            }
        }
        // one pass: each character lower-cased once, compared with every needle's first character
        for (int i = 0, length = s.length(); i < length; i++) {
            char c = Character.toLowerCase(s.charAt(i));
            for (String n : needles) {
                if (n.charAt(0) == c && n.length() <= length - i && restAt(s, i, n)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the needle's characters after its first stand at {@code s[i + 1...]}, compared by lower case. */
    private static boolean restAt(String s, int i, String needle) {
        for (int k = 1; k < needle.length(); k++) {
            if (Character.toLowerCase(s.charAt(i + k)) != needle.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code haystack} (lower case) contains any of the lower-case needles. */
    public static boolean containsAny(String haystack, String... needles) {
        for (String n : needles) {
            if (haystack.contains(n)) {
                return true;
            }
        }
        return false;
    }

    /** Joins lines with single spaces, collapsing runs of white space. */
    public static String oneLine(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The address without angle brackets, quotes or a trailing dot; null if blank. */
    public static String cleanAddress(String a) {
        if (a == null) {
            return null;
        }
        List<String> found = addresses(a);
        if (!found.isEmpty()) {
            return found.get(0);
        }
        String s = a.strip();
        return s.isEmpty() ? null : s;
    }
}

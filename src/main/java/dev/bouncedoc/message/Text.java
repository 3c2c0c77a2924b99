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

    /** Lower-case, for case-insensitive searches. */
    public static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
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

package dev.bouncedoc.cli;

import com.ibm.icu.text.MessageFormat;
import dev.bouncedoc.render.TextRenderer;
import dev.bouncedoc.words.UiWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The closing summary of {@code scan} in text form: totals and tables of counts, in the reader's language. */
final class ScanSummary {
    private ScanSummary() {
    }

    static String word(Locale l, String key) {
        // the summary's own words; "error" is the renderers' scan.error, the same words
        return key.equals("error") ? UiWords.get(l.getLanguage(), "scan.error") : UiWords.get(l.getLanguage(), "summary." + key);
    }

    private static String count(Locale l, String key, int n) {
        return format(word(l, key), l, new Object[] {n});
    }

    /** {@code pattern} formatted as ICU's MessageFormat does, by {@link #plain} when it can. */
    private static String format(String pattern, Locale l, Object[] args) {
        String s = plain(pattern, l, args);
        return s != null ? s : new MessageFormat(pattern, l).format(args);
    }

    /**
     * {@code pattern} formatted as ICU's MessageFormat formats it, for the few forms the summary's words use,
     * without ICU: its first MessageFormat with a plural loads and parses the plural rules and number
     * formats of the language, about 45 ms of CPU at every start of a {@code scan} in text
     * (benchmarks/README.md, h43). The forms: text without apostrophes (ICU's quoting), {@code {N}} with
     * a string or a non-negative integer (digits grouped by three with commas, as ICU's number format has it
     * in English and Japanese), and {@code {N, plural, one{...} other{...}}} with {@code #} for the number
     * (one: exactly 1 in English; Japanese has only other). Anything else gives null, and ICU formats it.
     * Linear in the pattern.
     */
    static String plain(String pattern, Locale l, Object[] args) {
        String language = l.getLanguage();
        if (!language.equals("en") && !language.equals("ja") || pattern.indexOf('\'') >= 0) {
            return null;
        }
        StringBuilder out = new StringBuilder(pattern.length() + 16);
        int i = 0;
        int n = pattern.length();
        while (i < n) {
            char c = pattern.charAt(i);
            if (c == '}') {
                return null;
            }
            if (c != '{') {
                out.append(c);
                i++;
                continue;
            }
            // {N} or {N, plural, ...}
            i = skipSpaces(pattern, i + 1);
            int index = 0;
            int digits = 0;
            while (i < n && pattern.charAt(i) >= '0' && pattern.charAt(i) <= '9' && digits < 3) {
                index = index * 10 + (pattern.charAt(i) - '0');
                i++;
                digits++;
            }
            i = skipSpaces(pattern, i);
            if (digits == 0 || i >= n || index >= args.length) {
                return null;
            }
            Object arg = args[index];
            if (pattern.charAt(i) == '}') {
                if (arg instanceof String) {
                    out.append((String) arg);
                } else if (arg instanceof Integer && (Integer) arg >= 0) {
                    grouped(out, (Integer) arg);
                } else {
                    return null;
                }
                i++;
                continue;
            }
            if (pattern.charAt(i) != ',' || !(arg instanceof Integer) || (Integer) arg < 0) {
                return null;
            }
            i = skipSpaces(pattern, i + 1);
            if (!pattern.startsWith("plural", i)) {
                return null;
            }
            i = skipSpaces(pattern, i + "plural".length());
            if (i >= n || pattern.charAt(i) != ',') {
                return null;
            }
            int number = (Integer) arg;
            String wanted = language.equals("en") && number == 1 ? "one" : "other";
            String chosen = null;
            String other = null;
            i = skipSpaces(pattern, i + 1);
            while (i < n && pattern.charAt(i) != '}') {
                int k = i;
                while (k < n && pattern.charAt(k) >= 'a' && pattern.charAt(k) <= 'z') {
                    k++;
                }
                String keyword = pattern.substring(i, k);
                if (!keyword.equals("one") && !keyword.equals("other")) {
                    return null; // =0, zero, few, offset: ... are ICU's
                }
                k = skipSpaces(pattern, k);
                if (k >= n || pattern.charAt(k) != '{') {
                    return null;
                }
                int end = k + 1;
                while (end < n && pattern.charAt(end) != '}') {
                    if (pattern.charAt(end) == '{') {
                        return null; // a nested argument
                    }
                    end++;
                }
                if (end >= n) {
                    return null;
                }
                String message = pattern.substring(k + 1, end);
                if (keyword.equals(wanted)) {
                    chosen = message;
                }
                if (keyword.equals("other")) {
                    other = message;
                }
                i = skipSpaces(pattern, end + 1);
            }
            if (i >= n || other == null) {
                return null; // unterminated, or no other (which ICU requires)
            }
            String message = chosen != null ? chosen : other;
            for (int m = 0; m < message.length(); m++) {
                if (message.charAt(m) == '#') {
                    grouped(out, number);
                } else {
                    out.append(message.charAt(m));
                }
            }
            i++;
        }
        return out.toString();
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** A non-negative integer with its digits grouped by three: 2,490. */
    private static void grouped(StringBuilder out, int n) {
        String digits = Integer.toString(n);
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append(',');
            }
            out.append(digits.charAt(i));
        }
    }

    /** What a scan counted: messages by what they were, and the recipients of failures. */
    static final class Totals {
        int messages;
        int failed;
        int delayed;
        int delivered;
        int complaints;
        int autoReplies;
        int notBounces;
        int errors;
    }

    /**
     * The closing line of a scan: how many messages, how many failed recipients, and, when there were any,
     * delayed and delivered recipients, complaints, automatic replies, messages that were not bounces and
     * messages that could not be read. Complaints and automatic replies are not failed recipients.
     */
    static String totals(Locale l, Totals t) {
        List<String> parts = new ArrayList<>();
        parts.add(count(l, "failed", t.failed));
        // the other counts, in this order, only when there were any
        String[] keys = {"delayed", "delivered", "complaints", "autoReplies", "notBounces", "errors"};
        int[] values = {t.delayed, t.delivered, t.complaints, t.autoReplies, t.notBounces, t.errors};
        for (int i = 0; i < keys.length; i++) {
            if (values[i] > 0) {
                parts.add(count(l, keys[i], values[i]));
            }
        }
        return format(word(l, "totals"), l,
                new Object[] {count(l, "messages", t.messages), String.join(word(l, "separator"), parts)});
    }

    /** A table of counts, largest first: reason or domain, then count; empty when there is nothing to count. */
    static String counts(String heading, Map<String, Integer> counts) {
        return counts(heading, counts, null, 0);
    }

    /**
     * As {@link #counts(String, Map)}; with a locale, each key is a Sisimai reason, and its name in that
     * language follows the count. Rows are wrapped to {@code columns} (0: not wrapped), a reason's name
     * going on under itself when the row is too wide.
     */
    static String counts(String heading, Map<String, Integer> counts, Locale reasons, int columns) {
        if (counts.isEmpty()) {
            return "";
        }
        Locale l = reasons == null ? Locale.ROOT : reasons;
        StringBuilder out = new StringBuilder(TextRenderer.wrap(heading, columns, "", "  ", l));
        int width = 8;
        for (String k : counts.keySet()) {
            width = Math.max(width, Math.min(k.length(), 50));
        }
        String format = "  %-" + width + "s %6d";
        // later lines of a row start under the reason's name, unless that leaves it less than 20 columns
        int nameColumn = 2 + width + 1 + 6 + 2;
        String indent = columns > 0 && columns - nameColumn < 20 ? "    " : " ".repeat(nameColumn);
        counts.entrySet().stream()
                .sorted((a, b) -> b.getValue().equals(a.getValue()) ? a.getKey().compareTo(b.getKey()) : b.getValue() - a.getValue())
                .forEach(e -> {
                    StringBuilder row = new StringBuilder(String.format(Locale.ROOT, format, e.getKey(), e.getValue()));
                    String name = reasons == null ? null : TextRenderer.reasonName(e.getKey(), reasons);
                    if (name != null) {
                        row.append("  ").append(name);
                    }
                    out.append(TextRenderer.wrap(row.toString(), columns, "", indent, l));
                });
        return out.toString();
    }
}

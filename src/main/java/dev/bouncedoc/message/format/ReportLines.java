package dev.bouncedoc.message.format;

import dev.bouncedoc.message.Lines;
import dev.bouncedoc.message.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Linear scans over the lines of a report's text, as the format readers need them; no regular expressions. */
final class ReportLines {
    private ReportLines() {
    }

    /** Index of the first line at or after {@code from} whose lower case contains one of the markers, or -1. */
    static int find(List<String> lines, int from, String... markers) {
        if (lines instanceof LinesView view) {
            for (int i = Math.max(0, from); i < view.size(); i++) {
                if (Text.containsAny(view.lower(i), markers)) {
                    return i;
                }
            }
            return -1;
        }
        for (int i = Math.max(0, from); i < lines.size(); i++) {
            if (Text.containsAnyLower(lines.get(i), markers)) {
                return i;
            }
        }
        return -1;
    }

    /** Line {@code i} in lower case ({@link Text#lower}): the view's, lower-cased once per message, when it is one. */
    static String lower(List<String> lines, int i) {
        return lines instanceof LinesView view ? view.lower(i) : Text.lower(lines.get(i));
    }

    /** Whether the lower-cased text contains any of the markers. */
    static boolean has(String text, String... markers) {
        return Text.containsAnyLower(text, markers);
    }

    /** The value after {@code prefix} (matched case-insensitively at the line's start, after blanks), or null. */
    static String after(String line, String prefix) {
        String s = line.strip();
        if (s.length() >= prefix.length() && s.regionMatches(true, 0, prefix, 0, prefix.length())) {
            return s.substring(prefix.length()).strip();
        }
        return null;
    }

    /** The number of leading spaces and tabs (a tab counts as one). */
    static int indent(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /** The first address in the text, or null. */
    static String firstAddress(String s) {
        List<String> a = Text.addresses(s);
        return a.isEmpty() ? null : a.get(0);
    }

    /** The text between the first and the last single quote, or null when there are not two. */
    static String quoted(String s) {
        int a = s.indexOf('\'');
        int b = s.lastIndexOf('\'');
        return a >= 0 && b > a ? s.substring(a + 1, b) : null;
    }

    /**
     * The address when the line holds nothing but one address (optionally in angle brackets, quotes, or
     * followed by its own {@code <mailto:...>} twin), else null.
     */
    static String onlyAddress(String line) {
        if (line == null) {
            return null;
        }
        String s = line.strip();
        List<String> found = Text.addresses(s);
        if (found.isEmpty()) {
            return null;
        }
        String a = found.get(0);
        for (String other : found) {
            if (!other.equalsIgnoreCase(a)) {
                return null;
            }
        }
        // what remains once the address and its decorations are removed must be empty
        String lowerA = a.toLowerCase(Locale.ROOT);
        String lower = s.toLowerCase(Locale.ROOT);
        StringBuilder left = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            if (lower.startsWith(lowerA, i)) {
                i += lowerA.length();
            } else if (lower.startsWith("mailto:", i)) {
                i += 7;
            } else {
                char c = s.charAt(i);
                if ("<>\"'()[] \t".indexOf(c) < 0) {
                    left.append(c);
                }
                i++;
            }
        }
        return left.length() == 0 ? a : null;
    }

    /**
     * A forwarded bounce quoted with "&gt; ": the lines without the quotes, when one of the given markers
     * (lower case) stands on a quoted line; else the lines as they are.
     */
    static List<String> unquoted(List<String> lines, String... markers) {
        boolean quoted = false;
        for (int i = 0; i < lines.size(); i++) {
            // a line whose lower case starts with '>' is one that starts with it: only then lower-cased
            String l = lines.get(i).startsWith(">") ? lower(lines, i) : "";
            if (l.startsWith(">") && Text.containsAny(l, markers)) {
                quoted = true;
                break;
            }
        }
        if (!quoted) {
            return lines;
        }
        List<String> out = new ArrayList<>(lines.size());
        for (String line : lines) {
            if (line.startsWith("> ")) {
                out.add(line.substring(2));
            } else if (line.startsWith(">")) {
                out.add(line.substring(1));
            } else {
                out.add(line);
            }
        }
        return out;
    }

    /**
     * The host of a sendmail transcript's "... while talking to mx.example.jp.:" line (stripped), without
     * the trailing colon or dot; null for any other line.
     */
    static String talkingTo(String line) {
        String l = Text.lower(line);
        if (!l.startsWith("while talking to ") && !l.startsWith("... while talking to ")) {
            return null;
        }
        String h = line.substring(l.indexOf("talking to ") + 11).strip();
        while (h.endsWith(":") || h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        return h;
    }

    /** Lines that carry an SMTP reply or an error phrase, joined; null if none. */
    static String errorLines(String text) {
        StringBuilder sb = new StringBuilder();
        for (String line : Lines.of(text)) {
            String l = line.strip();
            String lower = l.toLowerCase(Locale.ROOT);
            if (lower.startsWith("<<<") || lower.startsWith("remote host said") || Text.replyCode(l) != null
                    && l.indexOf(Text.replyCode(l)) < 12) {
                sb.append(l).append(' ');
                if (sb.length() > 600) {
                    break;
                }
            }
        }
        String s = sb.toString().strip();
        return s.isEmpty() ? null : s;
    }
}

package dev.bouncedoc.message.format;

import dev.bouncedoc.message.Headers;
import dev.bouncedoc.message.Section;
import java.util.List;
import java.util.Locale;

/**
 * Finds the header fields of the returned message: an enclosed message/rfc822 or text/rfc822-headers
 * part, else a block of header lines quoted in the report's text (as qmail, Exim and many others do).
 */
final class Originals {
    private static final List<String> KEY_FIELDS = List.of("message-id:", "subject:", "from:", "to:", "date:");

    private Originals() {
    }

    static Headers find(ReportView message) {
        for (Section s : message.sections()) {
            if (s.isOriginal() && !s.headers().isEmpty()) {
                return s.headers();
            }
        }
        return quoted(message.lines());
    }

    /** The largest block of quoted header lines that has one of the key fields. */
    static Headers quoted(List<String> lines) {
        Headers best = Headers.EMPTY;
        int bestScore = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (!isFieldLine(lines.get(i))) {
                continue;
            }
            int j = i;
            int score = 0;
            StringBuilder block = new StringBuilder();
            while (j < lines.size() && (isFieldLine(lines.get(j)) || j > i && isContinuation(lines.get(j)))) {
                String l = stripQuote(lines.get(j));
                String lower = l.toLowerCase(Locale.ROOT);
                for (String k : KEY_FIELDS) {
                    if (lower.startsWith(k)) {
                        score++;
                    }
                }
                block.append(l).append('\n');
                j++;
            }
            if (score > bestScore && j - i >= 2) {
                best = Headers.parse(block.toString());
                bestScore = score;
            }
            i = j;
        }
        return best;
    }

    private static String stripQuote(String l) {
        String s = l.startsWith(">") ? l.substring(1) : l;
        return s.startsWith(" ") && !s.isBlank() && Character.isLetter(s.strip().charAt(0)) && s.strip().indexOf(':') > 0
                ? s.strip() : s;
    }

    private static boolean isContinuation(String l) {
        return !l.isBlank() && (l.charAt(0) == ' ' || l.charAt(0) == '\t');
    }

    private static boolean isFieldLine(String raw) {
        if (raw.indexOf(':') < 0) {
            return false; // most lines of a text: no copy of them stripped to find no colon
        }
        String l = stripQuote(raw);
        int colon = l.indexOf(':');
        if (colon <= 0 || colon > 40) {
            return false;
        }
        for (int i = 0; i < colon; i++) {
            char c = l.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                return false;
            }
        }
        return true;
    }
}

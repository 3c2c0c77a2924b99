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
        return new MessageFormat(word(l, key), l).format(new Object[] {n});
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
        return new MessageFormat(word(l, "totals"), l)
                .format(new Object[] {count(l, "messages", t.messages), String.join(word(l, "separator"), parts)});
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

package dev.bouncedoc.cli;

import com.ibm.icu.text.MessageFormat;
import java.util.Locale;
import java.util.Map;

/** The closing summary of {@code scan} in text form: totals and tables of counts, in the reader's language. */
final class ScanSummary {
    private static final Map<String, Map<String, String>> WORDS = Map.of(
            "en", Map.of(
                    "totals", "{0} messages, {1} recipients, {2} unreadable",
                    "byReason", "Recipients by reason",
                    "byDomain", "Recipients by domain",
                    "error", "could not be read"),
            "ja", Map.of(
                    "totals", "メッセージ {0} 通、宛先 {1} 件、読み取れなかったもの {2} 件",
                    "byReason", "理由別の宛先数",
                    "byDomain", "ドメイン別の宛先数",
                    "error", "読み取れませんでした"));

    private ScanSummary() {
    }

    static String word(Locale l, String key) {
        return WORDS.getOrDefault(l.getLanguage(), WORDS.get("en")).get(key);
    }

    /** The closing line of a scan: how many messages, recipients and unreadable messages. */
    static String totals(Locale l, int messages, int recipients, int errors) {
        return new MessageFormat(word(l, "totals"), l).format(new Object[] {messages, recipients, errors});
    }

    /** A table of counts, largest first: reason or domain, then count. */
    static String counts(String heading, Map<String, Integer> counts) {
        StringBuilder out = new StringBuilder(heading).append('\n');
        int width = 8;
        for (String k : counts.keySet()) {
            width = Math.max(width, Math.min(k.length(), 50));
        }
        String format = "  %-" + width + "s %6d%n";
        counts.entrySet().stream()
                .sorted((a, b) -> b.getValue().equals(a.getValue()) ? a.getKey().compareTo(b.getKey()) : b.getValue() - a.getValue())
                .forEach(e -> out.append(String.format(Locale.ROOT, format, e.getKey(), e.getValue())));
        return out.toString();
    }
}

package dev.bouncedoc.message.format;

import dev.bouncedoc.message.DeliveryStatus;
import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Headers;
import dev.bouncedoc.message.MailMessage;
import dev.bouncedoc.message.Report;
import dev.bouncedoc.message.Section;
import dev.bouncedoc.message.Text;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Small line helpers shared by the vendor recognisers of this package (Microsoft, Lotus, IMail and the
 * mail security gateways): linear scans over the report's text, no regular expressions.
 */
final class NdrText {
    private NdrText() {
    }

    /** Index of the first line at or after {@code from} whose lower case contains one of the markers, or -1. */
    static int find(List<String> lines, int from, String... markers) {
        for (int i = Math.max(0, from); i < lines.size(); i++) {
            if (Text.containsAny(Text.lower(lines.get(i)), markers)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the lower-cased text contains any of the markers. */
    static boolean has(String text, String... markers) {
        return Text.containsAny(Text.lower(text), markers);
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
        String rest = s;
        String lowerA = a.toLowerCase(Locale.ROOT);
        String lower = rest.toLowerCase(Locale.ROOT);
        StringBuilder left = new StringBuilder();
        int i = 0;
        while (i < rest.length()) {
            if (lower.startsWith(lowerA, i)) {
                i += lowerA.length();
            } else if (lower.startsWith("mailto:", i)) {
                i += 7;
            } else {
                char c = rest.charAt(i);
                if ("<>\"'()[] \t".indexOf(c) < 0) {
                    left.append(c);
                }
                i++;
            }
        }
        return left.length() == 0 ? a : null;
    }

    /**
     * Joins a multi-line SMTP reply into one line: {@code 550-first} / {@code 550 last} become
     * {@code 550 first last}; other lines are joined with spaces.
     */
    static String joinReply(List<String> lines) {
        StringBuilder sb = new StringBuilder();
        String code = null;
        for (String raw : lines) {
            String l = raw.strip();
            if (l.isEmpty()) {
                continue;
            }
            if (l.length() > 4 && Character.isDigit(l.charAt(0)) && Character.isDigit(l.charAt(1))
                    && Character.isDigit(l.charAt(2)) && (l.charAt(3) == '-' || l.charAt(3) == ' ')) {
                String c = l.substring(0, 3);
                if (code == null) {
                    code = c;
                    sb.append(c).append(' ').append(l.substring(4).strip());
                } else if (c.equals(code)) {
                    String rest = l.substring(4).strip();
                    String st = Text.status(rest);
                    if (st != null && rest.startsWith(st + " ") && sb.indexOf(" " + st + " ") == 3) {
                        rest = rest.substring(st.length()).strip(); // 550-5.7.1 a / 550 5.7.1 b: one status
                    }
                    sb.append(' ').append(rest);
                } else {
                    sb.append(' ').append(l);
                }
                continue;
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(l);
        }
        return Text.oneLine(sb.toString());
    }

    /**
     * A report whose kind follows the recipients' actions, as {@link Rfc3464#report} decides it (failed and
     * delayed recipients in their order when any failed; else the delayed; else all as delivered), in
     * linear time.
     */
    static Report report(String format, String reportingMta, List<Failure> all, Headers original) {
        List<Failure> failedOrDelayed = new ArrayList<>();
        List<Failure> delayed = new ArrayList<>();
        boolean anyFailed = false;
        for (Failure f : all) {
            String a = Text.lower(f.action());
            if (a.startsWith("delayed")) {
                delayed.add(f);
                failedOrDelayed.add(f);
            } else if (!(a.startsWith("delivered") || a.startsWith("relayed") || a.startsWith("expanded"))) {
                anyFailed = true;
                failedOrDelayed.add(f);
            }
        }
        if (anyFailed) {
            return new Report(Report.Kind.FAILURE, format, reportingMta, failedOrDelayed, original, null);
        }
        if (!delayed.isEmpty()) {
            return new Report(Report.Kind.DELAY, format, reportingMta, delayed, original, null);
        }
        return new Report(Report.Kind.DELIVERED, format, reportingMta, all, original, null);
    }

    /**
     * The failures with reason userunknown stated where the diagnostic is one of the MTA's own fixed texts
     * for a failed directory lookup: the MTA looked the recipient up itself, so no SMTP command or filter
     * is involved and the address does not exist.
     */
    static List<Failure> directoryLookups(List<Failure> failures, String... fixedTexts) {
        List<Failure> out = new ArrayList<>(failures.size());
        for (Failure f : failures) {
            boolean lookup = f.reason() == null && f.diagnostic() != null
                    && Text.containsAny(Text.lower(f.diagnostic()), fixedTexts);
            out.add(lookup ? f.toBuilder().reason("userunknown").build() : f);
        }
        return out;
    }

    /** The recipients of the report's own delivery-status parts (not of an enclosed message). */
    static List<Headers> dsnRecipients(MailMessage message) {
        List<Headers> out = new ArrayList<>();
        for (Section s : message.sections()) {
            if (s.isDeliveryStatus() && !s.enclosed()) {
                out.addAll(message.deliveryStatus(s).recipients());
            }
        }
        return out;
    }

    /** The Reporting-MTA of the first delivery-status part without a comment ("host (tcp-daemon)"), or null. */
    static String dsnReportingMta(MailMessage message) {
        for (Section s : message.sections()) {
            if (s.isDeliveryStatus() && !s.enclosed()) {
                return Rfc3464.host(DeliveryStatus.untyped(message.deliveryStatus(s).message().get("reporting-mta")));
            }
        }
        return null;
    }

    /** The address of a DSN recipient group: Final-Recipient, else Original-Recipient. */
    static String dsnAddress(Headers r) {
        String a = Text.cleanAddress(DeliveryStatus.untyped(r.get("final-recipient")));
        if (a == null || a.indexOf('@') < 0) {
            String o = Text.cleanAddress(DeliveryStatus.untyped(r.get("original-recipient")));
            if (o != null) {
                a = o;
            }
        }
        return a;
    }

    /** The value after {@code prefix} (matched case-insensitively at the line's start, after blanks), or null. */
    static String after(String line, String prefix) {
        String s = line.strip();
        if (s.length() >= prefix.length() && s.regionMatches(true, 0, prefix, 0, prefix.length())) {
            return s.substring(prefix.length()).strip();
        }
        return null;
    }

    /** The text between the first and the last single quote, or null when there are not two. */
    static String quoted(String s) {
        int a = s.indexOf('\'');
        int b = s.lastIndexOf('\'');
        return a >= 0 && b > a ? s.substring(a + 1, b) : null;
    }

    /** Whether the lower-cased text says the message expired in the queue (the MTA gave up retrying). */
    static boolean saysExpired(String diagnostic) {
        String l = Text.lower(diagnostic);
        return l.contains("queue.expired") || l.contains("message expired") || l.contains("delivery time expired")
                || l.contains("retry timeout exceeded") || l.contains("queue lifetime");
    }

    /**
     * Items read from the text, taken by address (case-insensitively) as the DSN's recipients come, in
     * linear time; what no recipient took stays in order for {@link #next()} and {@link #rest()}.
     */
    static final class ByAddress<T> {
        private final List<T> items;
        private final boolean[] used;
        private final Map<String, ArrayDeque<Integer>> index = new HashMap<>();
        private int cursor;

        ByAddress(List<T> items, Function<T, String> address) {
            this.items = items;
            this.used = new boolean[items.size()];
            for (int i = 0; i < items.size(); i++) {
                String a = address.apply(items.get(i));
                if (a != null) {
                    index.computeIfAbsent(a.toLowerCase(Locale.ROOT), k -> new ArrayDeque<>()).add(i);
                }
            }
        }

        /** The first unused item with this address, or null. */
        T take(String address) {
            if (address == null) {
                return null;
            }
            ArrayDeque<Integer> q = index.get(address.toLowerCase(Locale.ROOT));
            while (q != null && !q.isEmpty()) {
                int i = q.poll();
                if (!used[i]) {
                    used[i] = true;
                    return items.get(i);
                }
            }
            return null;
        }

        /** The first unused item in order, or null. */
        T next() {
            while (cursor < items.size() && used[cursor]) {
                cursor++;
            }
            if (cursor == items.size()) {
                return null;
            }
            used[cursor] = true;
            return items.get(cursor);
        }

        /** The unused items, in order. */
        List<T> rest() {
            List<T> out = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                if (!used[i]) {
                    out.add(items.get(i));
                }
            }
            return out;
        }
    }
}

package dev.bouncedoc.message.format;

import dev.bouncedoc.message.DeliveryStatus;
import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Headers;
import dev.bouncedoc.message.MailMessage;
import dev.bouncedoc.message.Text;
import java.util.List;

/**
 * Small line helpers shared by the recognisers of plain-text bounce formats (Exim, GMX, Messaging
 * Server, the Japanese carriers, the unnamed X formats). Linear scans only, no regular expressions.
 */
final class NdrLines {
    private NdrLines() {
    }

    /** The number of leading spaces and tabs (a tab counts as one). */
    static int indent(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /** Index of the first line at or after {@code from} whose lower-case text contains a needle, else -1. */
    static int find(List<String> lines, int from, String... needles) {
        return NdrText.find(lines, from, needles);
    }

    /** The value after {@code prefix} when the stripped line starts with it (case-insensitive), else null. */
    static String after(String line, String prefix) {
        return NdrText.after(line, prefix);
    }

    /** The first address in the text, or null. */
    static String firstAddress(String s) {
        List<String> a = Text.addresses(s);
        return a.isEmpty() ? null : a.get(0);
    }

    /** The per-recipient groups of the report's own message/delivery-status parts, in order. */
    static List<Headers> dsnRecipients(MailMessage m) {
        return NdrText.dsnRecipients(m);
    }

    /** The Reporting-MTA of the first message/delivery-status part, or null. */
    static String reportingMta(MailMessage m) {
        return NdrText.dsnReportingMta(m);
    }

    /**
     * Fills what the text did not give from the DSN group of the same recipient: the status (the text's own
     * code wins, as MTAs such as Exim write a placeholder 5.0.0 in the DSN), remote MTA, date, diagnostic.
     */
    static Failure enrich(Failure f, Headers dsn) {
        if (dsn == null) {
            return f;
        }
        Failure.Builder b = f.toBuilder();
        if (f.status() == null) {
            b.status(Text.status(dsn.get("status")));
        }
        if (f.remoteMta() == null) {
            b.remoteMta(DeliveryStatus.untyped(dsn.get("remote-mta")));
        }
        if (f.lastAttempt() == null) {
            b.lastAttempt(dsn.get("last-attempt-date"));
        }
        if (f.diagnostic() == null) {
            String d = Text.oneLine(DeliveryStatus.untyped(dsn.get("diagnostic-code")));
            b.diagnostic(d);
            if (f.replyCode() == null) {
                b.replyCode(Text.replyCode(d));
            }
            if (f.status() == null && Text.status(d) != null) {
                b.status(Text.status(d));
            }
        }
        if (f.address() == null) {
            b.address(Text.cleanAddress(DeliveryStatus.untyped(dsn.get("final-recipient"))));
        }
        return b.build();
    }

    /** The DSN group for the i-th of n recipients read from the text: by address, else by position. */
    static Headers dsnFor(List<Headers> dsn, String address, int i, int n) {
        if (address != null && dsn.size() == n && i < n && mentions(dsn.get(i), address)) {
            return dsn.get(i);
        }
        if (address != null) {
            for (Headers h : dsn) {
                String fr = Text.lower(h.get("final-recipient")) + " " + Text.lower(h.get("original-recipient"));
                if (fr.contains(Text.lower(address))) {
                    return h;
                }
            }
        }
        return dsn.size() == n && i < n ? dsn.get(i) : null;
    }

    private static boolean mentions(Headers h, String address) {
        return (Text.lower(h.get("final-recipient")) + " " + Text.lower(h.get("original-recipient")))
                .contains(Text.lower(address));
    }

    /** A failure from the remote server's text: status and reply code are read from it. */
    static Failure.Builder fromText(String address, String diagnostic) {
        String d = Text.oneLine(diagnostic);
        return Failure.builder().address(address).action("failed").diagnostic(d).status(Text.status(d))
                .replyCode(Text.replyCode(d));
    }
}

package dev.bouncedoc.message.format;

import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Headers;
import dev.bouncedoc.message.Lines;
import dev.bouncedoc.message.MailMessage;
import dev.bouncedoc.message.Recognizer;
import dev.bouncedoc.message.Report;
import dev.bouncedoc.message.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The last resort for a message that looks like a bounce but whose format no recogniser knows: every
 * address mentioned in the report's text (before the quoted original) that is not the report's own
 * sender or addressee is taken as failed, with the lines that follow it as its diagnostic text.
 */
public final class Generic implements Recognizer {
    @Override
    public String name() {
        return "generic";
    }

    @Override
    public Report recognize(MailMessage message) {
        if (!Signals.looksLikeBounce(message)) {
            return null;
        }
        String text = Signals.beforeOriginal(message.bodyText());
        Set<String> excluded = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        excluded.addAll(Text.addresses(message.from()));
        excluded.addAll(Text.addresses(message.headers().get("to")));
        excluded.addAll(Text.addresses(message.headers().get("return-path")));
        List<String> rcpts = new ArrayList<>();
        for (String v : message.headers().all("x-failed-recipients")) {
            rcpts.addAll(Text.addresses(v));
        }
        if (rcpts.isEmpty()) {
            rcpts = candidates(text, excluded);
        }
        Headers original = Originals.find(message);
        if (rcpts.isEmpty() && original.get("to") != null) {
            // the report names nobody: the returned message's own To is the best guess there is
            for (String a : Text.addresses(original.get("to"))) {
                if (!excluded.contains(a)) {
                    rcpts.add(a);
                }
            }
        }
        List<Failure> failures = new ArrayList<>();
        for (String r : rcpts) {
            String about = paragraph(text, r, rcpts);
            failures.add(Failure.builder().address(r).action("failed").diagnostic(about)
                    .status(Text.status(about)).replyCode(Text.replyCode(about)).build());
        }
        if (failures.isEmpty()) {
            String error = errorLines(text);
            failures.add(Failure.builder().action("failed").diagnostic(error).status(Text.status(error))
                    .replyCode(Text.replyCode(error)).build());
        }
        return Rfc3464.report(name(), null, failures, original);
    }

    /** Addresses in the text, in order, that are not the report's own, nor administrative mailboxes. */
    public static List<String> candidates(String text, Set<String> excluded) {
        Map<String, String> found = new LinkedHashMap<>();
        for (String line : Lines.of(text)) {
            String l = Text.lower(line).strip();
            if (l.startsWith("from:") || l.startsWith("reply-to:") || l.startsWith("return-path:")
                    || l.startsWith("sender:") || l.startsWith("message-id:") || l.startsWith("received:")
                    || l.startsWith("by ") || l.startsWith("(envelope-from") || l.startsWith("references:")
                    || l.startsWith("in-reply-to:")) {
                continue;
            }
            for (String a : Text.addresses(line)) {
                String lower = a.toLowerCase(Locale.ROOT);
                String local = lower.substring(0, lower.indexOf('@'));
                if (excluded.contains(a) || local.equals("postmaster") || local.equals("mailer-daemon")
                        || local.equals("abuse") || lower.startsWith("mailer-daemon")) {
                    continue;
                }
                found.putIfAbsent(lower, a);
            }
        }
        return new ArrayList<>(found.values());
    }

    /** The line that names the address and the lines after it, up to a blank line or another recipient. */
    public static String paragraph(String text, String address, List<String> all) {
        List<String> lines = Lines.of(text);
        String a = address.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).toLowerCase(Locale.ROOT).contains(a)) {
                continue;
            }
            StringBuilder sb = new StringBuilder(lines.get(i).strip());
            int blanks = 0;
            for (int j = i + 1; j < lines.size() && j <= i + 8; j++) {
                String next = lines.get(j);
                String nl = next.toLowerCase(Locale.ROOT);
                boolean other = false;
                for (String o : all) {
                    if (!o.equalsIgnoreCase(address) && nl.contains(o.toLowerCase(Locale.ROOT))) {
                        other = true;
                    }
                }
                if (other) {
                    break;
                }
                if (next.isBlank()) {
                    if (++blanks > 1 || Text.replyCode(sb.toString()) != null) {
                        break;
                    }
                    continue;
                }
                sb.append(' ').append(next.strip());
            }
            String p = Text.oneLine(sb.toString());
            if (Text.replyCode(p) == null && Text.status(p) == null) {
                String error = errorLines(text);
                if (error != null && all.size() == 1) {
                    p = p + " " + error;
                }
            }
            return p;
        }
        return null;
    }

    /** Lines that carry an SMTP reply or an error phrase, joined; null if none. */
    public static String errorLines(String text) {
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

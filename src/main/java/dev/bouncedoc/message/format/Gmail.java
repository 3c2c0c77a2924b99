package dev.bouncedoc.message.format;

import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Report;
import dev.bouncedoc.message.Section;
import dev.bouncedoc.message.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Gmail's plain-text bounce (before Gmail sent RFC 3464 reports), from {@code mailer-daemon@googlemail.com}:
 * <pre>
 * Delivery to the following recipient failed permanently:      (or: ... has been delayed:)
 *      user@example.jp
 * [Message will be retried for 2 more day(s)]
 * Technical details of permanent failure:                     (or: ... temporary failure:)
 * Google tried to deliver your message, but it was rejected by the server for the recipient domain
 * example.jp by mx.example.jp. [192.0.2.153].
 * The error that the other server returned was:
 * 550 5.1.1 &lt;user@example.jp&gt;... User Unknown (state 14).
 * ----- Original message -----
 * </pre>
 * The remote server's reply follows "The error that the other server returned was:" (older reports
 * repeat the reply code, "550 550 5.1.1 ...", and end with Gmail's SMTP client state in parentheses:
 * state 14 is RCPT, 15, 17 and 18 are DATA); without it, the technical details are Gmail's own text
 * ("The recipient server did not accept our requests to connect.", "DNS Error: ...").
 */
final class Gmail extends FormatReader {
    private static final String START = "delivery to the following recipient";
    private static final String DETAILS = "technical details of ";
    private static final String RETURNED = "the error that the other server returned was:";

    @Override
    public String name() {
        return "gmail";
    }

    @Override
    Report read(ReportView message) {
        String from = Text.lower(message.from());
        if (!(from.contains("@googlemail.com") || from.contains("@google.com") || from.contains("@gmail.com"))) {
            return null;
        }
        for (Section s : message.sections()) {
            if (s.isDeliveryStatus()) {
                return null; // Gmail's RFC 3464 reports are read as such
            }
        }
        List<String> lines = message.lines();
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (Text.lower(lines.get(i)).strip().startsWith(START)) {
                start = i;
                break;
            }
        }
        if (start < 0) {
            return null;
        }
        boolean delayed = Text.lower(lines.get(start)).contains("delayed");
        List<String> rcpts = new ArrayList<>();
        int i = start + 1;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        while (i < lines.size() && !lines.get(i).isBlank()) {
            rcpts.addAll(Text.addresses(lines.get(i)));
            i++;
        }
        if (rcpts.isEmpty()) {
            return null;
        }
        StringBuilder notes = new StringBuilder();
        StringBuilder details = null;
        for (; i < lines.size(); i++) {
            String l = lines.get(i);
            String lower = Text.lower(l).strip();
            if (lower.startsWith("----- original message") || lower.startsWith("----- message header")
                    || lower.startsWith("----- original message header")) {
                break;
            }
            if (lower.startsWith(DETAILS)) {
                details = new StringBuilder();
                int colon = l.indexOf(':');
                if (colon >= 0 && colon + 1 < l.length()) {
                    details.append(l.substring(colon + 1)).append('\n');
                }
                continue;
            }
            (details != null ? details : notes).append(l).append('\n');
        }
        String diagnostic;
        String command = null;
        String remote = null;
        if (details != null && !details.toString().isBlank()) {
            String d = Text.oneLine(details.toString());
            remote = remoteHost(d);
            int r = Text.lower(d).indexOf(RETURNED);
            if (r >= 0) {
                d = d.substring(r + RETURNED.length()).strip();
                Reply reply = reply(d);
                d = reply.text();
                command = reply.command();
            }
            diagnostic = d;
        } else {
            diagnostic = Text.oneLine(notes.toString());
        }
        List<Failure> failures = new ArrayList<>();
        for (String r : rcpts) {
            failures.add(Failure.builder()
                    .address(r)
                    .action(delayed ? "delayed" : "failed")
                    .status(Text.status(diagnostic))
                    .replyCode(Text.replyCode(diagnostic))
                    .diagnostic(diagnostic)
                    .remoteMta(remote)
                    .command(command)
                    .build());
        }
        return message.report(name(), null, failures);
    }

    /** A server's reply as Gmail quotes it, and the SMTP command it answered (null when not stated). */
    private record Reply(String text, String command) {
    }

    /** The reply without a repeated leading reply code and without the trailing "(state N)."; and the command. */
    private static Reply reply(String d) {
        String s = d.strip();
        String code = Text.replyCode(s);
        if (code != null && s.startsWith(code + " " + code)) {
            s = s.substring(code.length() + 1);
        }
        String command = null;
        String lower = s.toLowerCase(Locale.ROOT);
        int state = lower.lastIndexOf("(state ");
        if (state >= 0) {
            int close = s.indexOf(')', state);
            if (close > 0) {
                String n = s.substring(state + 7, close).strip();
                command = switch (n) {
                    case "14" -> "RCPT";
                    case "15", "17", "18" -> "DATA";
                    default -> null;
                };
                s = s.substring(0, state).strip();
            }
        }
        return new Reply(s, command);
    }

    /** The host in "... for the recipient domain example.jp by mx.example.jp. [192.0.2.153]." */
    private static String remoteHost(String d) {
        String lower = d.toLowerCase(Locale.ROOT);
        int dom = lower.indexOf("recipient domain ");
        if (dom < 0) {
            return null;
        }
        int by = lower.indexOf(" by ", dom);
        int stop = lower.indexOf(RETURNED);
        if (by < 0 || stop >= 0 && by > stop) {
            return null;
        }
        int end = by + 4;
        while (end < d.length() && d.charAt(end) != ' ') {
            end++;
        }
        String host = d.substring(by + 4, end);
        while (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        return host.isEmpty() ? null : host;
    }
}

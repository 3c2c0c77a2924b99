package dev.bouncedoc.message.format;

import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Report;
import dev.bouncedoc.message.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Yahoo! Mail's "Failure Notice" (also AOL's, which Yahoo runs), from {@code MAILER-DAEMON@yahoo.*}:
 * <pre>
 * Sorry, we were unable to deliver your message to the following address.
 *
 * &lt;user@example.org&gt;:
 * Remote host said: 550 5.1.1 &lt;user@example.org&gt;... User Unknown [RCPT_TO]
 *
 * --- Below this line is a copy of the message.
 * </pre>
 * The remote reply may run over several lines, may lack "Remote host said:" and may write its code as
 * {@code 550:}; the SMTP command it answered ends it in brackets ([RCPT_TO], [MAIL_FROM], [DATA]).
 * Other texts are Yahoo's own ("Unable to deliver message after multiple retries, giving up.").
 */
final class Yahoo extends FormatReader {
    private static final String START = "sorry, we were unable to deliver your message to the following address";
    private static final String END = "--- below this line is a copy of the message";

    @Override
    public String name() {
        return "yahoo";
    }

    @Override
    boolean mayApply(ReportView message) {
        return message.bodyHas(START);
    }

    @Override
    Report read(ReportView message) {
        List<String> lines = message.lines();
        int i = 0;
        while (i < lines.size() && !ReportLines.lower(lines, i).strip().startsWith(START)) {
            i++;
        }
        if (i == lines.size()) {
            return null;
        }
        List<Failure> failures = new ArrayList<>();
        String address = null;
        StringBuilder text = new StringBuilder();
        for (i++; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            String lower = l.toLowerCase(Locale.ROOT);
            if (lower.startsWith(END)) {
                break;
            }
            if (l.startsWith("<") && l.endsWith(">:") && l.indexOf('@') > 0) {
                if (address != null) {
                    failures.add(failure(address, text.toString()));
                }
                address = Text.cleanAddress(l.substring(0, l.length() - 1));
                text.setLength(0);
                continue;
            }
            if (address != null && !l.isEmpty()) {
                text.append(l).append(' ');
            }
        }
        if (address != null) {
            failures.add(failure(address, text.toString()));
        }
        if (failures.isEmpty()) {
            return null;
        }
        return message.report(name(), null, failures);
    }

    static Failure failure(String address, String raw) {
        String s = Text.oneLine(raw);
        if (s.toLowerCase(Locale.ROOT).startsWith("remote host said:")) {
            s = s.substring("remote host said:".length()).strip();
        }
        String command = null;
        if (s.endsWith("]")) {
            int open = s.lastIndexOf('[');
            String tag = open < 0 ? "" : s.substring(open + 1, s.length() - 1).toUpperCase(Locale.ROOT);
            command = switch (tag) {
                case "RCPT_TO" -> "RCPT";
                case "MAIL_FROM" -> "MAIL";
                case "DATA" -> "DATA";
                case "CONNECT" -> "CONN";
                case "HELO", "EHLO" -> "HELO";
                default -> null;
            };
            if (command != null) {
                s = s.substring(0, open).strip();
            }
        }
        // "550: text" writes the reply code with a colon
        if (s.length() > 4 && s.charAt(3) == ':' && Character.isDigit(s.charAt(0)) && Character.isDigit(s.charAt(1))
                && Character.isDigit(s.charAt(2))) {
            s = s.substring(0, 3) + " " + s.substring(4).strip();
        }
        return Failure.builder()
                .address(address)
                .action("failed")
                .status(Text.status(s))
                .replyCode(Text.replyCode(s))
                .diagnostic(s)
                .command(command)
                .build();
    }
}

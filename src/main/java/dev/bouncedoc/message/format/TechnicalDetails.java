package dev.bouncedoc.message.format;

import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Headers;
import dev.bouncedoc.message.Report;
import dev.bouncedoc.message.Stated;
import dev.bouncedoc.message.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * An unnamed MTA (Sisimai's "X3"), sender "Mail Delivery System", subject "Delivery status notification":
 *
 * <pre>
 *       This is an automatically generated Delivery Status Notification.
 *
 * Delivery to the following recipients failed permanently:
 *
 *    * bob@example.co.jp
 *
 *                              Technical details:
 *
 * SMTP:RCPT host 192.0.2.1: 553 5.3.0 &lt;bob@example.co.jp&gt;... No such user here
 * </pre>
 *
 * (some versions misspell "Delevery"). "SMTP:CMD host H:" names the command and the remote host; other
 * details ("Routing: Could not find a gateway for ...") stand alone. "was aborted after N hour(s)" means the
 * MTA gave up after its retry period (stated GAVE_UP, or GAVE_UP_AFTER_REPLY with a server's reply code: the
 * reason policy decides whether that reply names a better cause). A message/delivery-status
 * part may follow; the remote server's code in its reply wins over the DSN's Status.
 *
 * <p>Named by its report's "Technical details" block; this was Sisimai's lhost X3 (the format name in
 * reports stays "x3").
 */
final class TechnicalDetails extends FormatReader {
    @Override
    public String name() {
        return "x3";
    }

    @Override
    Report read(ReportView message) {
        String lower = message.lowerBody();
        if (!lower.contains("this is an automatically generated delivery status notification")
                || lower.contains("technical details of") || !(lower.contains("to the following recipients failed")
                || lower.contains("to the following recipients was aborted"))) {
            return null;
        }
        List<String> lines = message.lines();
        List<String> rcpts = new ArrayList<>();
        StringBuilder details = new StringBuilder();
        String command = null;
        String remote = null;
        boolean inDetails = false;
        boolean aborted = lower.contains("was aborted after");
        for (String line : lines) {
            String s = line.strip();
            if (s.startsWith("* ") && !inDetails && ReportLines.firstAddress(s) != null) {
                rcpts.add(ReportLines.firstAddress(s));
            } else if (Text.lower(s).equals("technical details:")) {
                inDetails = true;
            } else if (inDetails && !s.isEmpty() && !rule(s)) {
                if (s.regionMatches(true, 0, "SMTP:", 0, 5)) {
                    int sp = s.indexOf(' ');
                    command = SmtpCommand.after(Text.lower(s.substring(5, sp < 0 ? s.length() : sp)));
                    int host = Text.lower(s).indexOf(" host ");
                    int colon = host < 0 ? -1 : s.indexOf(": ", host);
                    if (colon > 0) {
                        remote = s.substring(host + 6, colon).strip();
                        s = s.substring(colon + 2);
                    }
                }
                details.append(s).append(' ');
            }
        }
        if (rcpts.isEmpty()) {
            return null;
        }
        List<Headers> dsn = message.dsnGroups();
        List<Failure> failures = new ArrayList<>();
        for (int i = 0; i < rcpts.size(); i++) {
            String d = details.toString();
            Headers group = DsnGroups.forRecipient(dsn, rcpts.get(i), i, rcpts.size());
            Failure f = SmtpReply.failure(rcpts.get(i), d).command(command).remoteMta(remote).build();
            if (f.diagnostic() == null && group != null && group.get("diagnostic-code") != null) {
                f = SmtpReply.failure(rcpts.get(i), dev.bouncedoc.message.DeliveryStatus.untyped(
                        group.get("diagnostic-code"))).build();
            }
            f = DsnGroups.enrich(f, group);
            if (aborted) {
                f = f.toBuilder().stated(f.replyCode() == null ? Stated.GAVE_UP : Stated.GAVE_UP_AFTER_REPLY).build();
            }
            failures.add(f);
        }
        return message.report(name(), message.dsnReportingMta(), failures);
    }

    /** A line drawn of '=' or '-' only. */
    private static boolean rule(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) != '=' && s.charAt(i) != '-') {
                return false;
            }
        }
        return true;
    }
}

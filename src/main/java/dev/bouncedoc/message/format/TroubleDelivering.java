package dev.bouncedoc.message.format;

import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Report;
import dev.bouncedoc.message.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * An unnamed MTA (Sisimai's "X6"), subject "There was an error sending your mail":
 *
 * <pre>
 * We had trouble delivering your message. Full details follow:
 * ...
 * 1 error(s):
 *
 * SMTP Server &lt;mx.example.org&gt; rejected recipient &lt;bob@example.org&gt; (Error following RCPT command).
 *   It responded as follows: [550 5.1.1 User unknown]
 * The following recipients returned permanent errors: bob@example.org. Reason: SMTP Server &lt;192.0.2.1&gt;
 *   refused to accept your message (DATA), with the following error message: [554 5.4.6 Hop count exceeded]
 * </pre>
 *
 * Each error names the server in angle brackets, the command in parentheses and the reply in square
 * brackets.
 *
 * <p>Named by its report's "We had trouble delivering your message" wording; this was Sisimai's lhost X6
 * (the format name in reports stays "x6").
 */
final class TroubleDelivering extends FormatReader {
    @Override
    public String name() {
        return "x6";
    }

    @Override
    Report read(ReportView message) {
        if (!message.lowerBody().contains("we had trouble delivering your message. full details follow:")) {
            return null;
        }
        List<Failure> failures = new ArrayList<>();
        for (String line : message.lines()) {
            String s = line.strip();
            String l = Text.lower(s);
            int server = l.indexOf("smtp server <");
            if (server < 0) {
                continue;
            }
            int close = s.indexOf('>', server);
            String remote = close < 0 ? null : s.substring(server + 13, close);
            String command = null;
            if (l.contains("(error following rcpt")) {
                command = "RCPT";
            } else if (l.contains("(data)") || l.contains("following data")) {
                command = "DATA";
            } else if (l.contains("(mail from)") || l.contains("following mail")) {
                command = "MAIL";
            }
            int open = s.lastIndexOf('[');
            int end = s.lastIndexOf(']');
            String reply = open >= 0 ? s.substring(open + 1, end > open ? end : s.length()) : null;
            List<String> addresses = new ArrayList<>();
            int rr = l.indexOf("rejected recipient ");
            int pe = l.indexOf("returned permanent errors:");
            if (rr >= 0) {
                addresses.add(ReportLines.firstAddress(s.substring(rr)));
            } else if (pe >= 0) {
                int reason = l.indexOf(". reason:", pe);
                addresses.addAll(Text.addresses(s.substring(pe, reason > pe ? reason : server)));
            }
            for (String a : addresses) {
                failures.add(SmtpReply.failure(a, reply).command(command).remoteMta(remote).build());
            }
        }
        if (failures.isEmpty()) {
            return null;
        }
        return message.report(name(), null, failures);
    }
}

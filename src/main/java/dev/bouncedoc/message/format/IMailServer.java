package dev.bouncedoc.message.format;

import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Report;
import dev.bouncedoc.message.Stated;
import dev.bouncedoc.message.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports of Ipswitch IMail Server (X-Mailer {@code <SMTP32 vN>}, Subject "Undeliverable Mail"). Before
 * "Original message follows." each failed recipient has a line {@code reason: address} ("Unknown user:",
 * "User mailbox exceeds allowed size:", "Invalid final delivery userid:", "Delivery failed 20 attempts:"),
 * or a line "undeliverable to address" followed by "Body of message generated response:" and the remote
 * server's reply to the message body.
 */
final class IMailServer extends FormatReader {
    @Override
    public String name() {
        return "imailserver";
    }

    @Override
    Report read(ReportView message) {
        String mailer = Text.lower(message.headers().get("x-mailer")).strip();
        if (!mailer.startsWith("<smtp32 v")) {
            return null;
        }
        List<String> lines = message.lines();
        int end = ReportLines.find(lines, 0, "original message follows");
        if (end < 0) {
            end = lines.size();
        }
        List<Failure> failures = new ArrayList<>();
        for (int i = 0; i < end; i++) {
            String s = lines.get(i).strip();
            String lower = Text.lower(s);
            if (lower.startsWith("undeliverable to ")) {
                List<String> found = Text.addresses(s);
                if (found.isEmpty()) {
                    continue;
                }
                List<String> reply = new ArrayList<>();
                int j = i + 1;
                boolean body = false;
                for (; j < end; j++) {
                    String t = lines.get(j).strip();
                    String tl = Text.lower(t);
                    if (tl.startsWith("undeliverable to ")) {
                        break;
                    }
                    if (tl.startsWith("body of message generated response")) {
                        body = true;
                        continue;
                    }
                    if (t.isEmpty()) {
                        if (!reply.isEmpty()) {
                            break;
                        }
                        continue;
                    }
                    reply.add(t);
                }
                i = j - 1;
                String d = SmtpReply.join(reply);
                failures.add(Failure.builder().address(found.get(0)).action("failed").diagnostic(d)
                        .status(Text.status(d)).replyCode(Text.replyCode(d)).command(body ? "DATA" : null).build());
                continue;
            }
            int colon = s.lastIndexOf(": ");
            if (colon <= 0) {
                continue;
            }
            String a = ReportLines.onlyAddress(s.substring(colon + 2));
            if (a == null) {
                continue;
            }
            String why = s.substring(0, colon).strip();
            if (why.indexOf(' ') < 0 || isField(why)) {
                continue; // "To: addr", "Reply-To: addr": a quoted header, not an error
            }
            Failure.Builder b = Failure.builder().address(a).action("failed").diagnostic(why)
                    .status(Text.status(why)).replyCode(Text.replyCode(why));
            String wl = Text.lower(why);
            if (wl.startsWith("delivery failed") && wl.contains("attempts")) {
                b.stated(Stated.GAVE_UP); // IMail gave up after its retries
            }
            failures.add(b.build());
        }
        if (failures.isEmpty()) {
            return null;
        }
        failures = GiveUp.directoryLookups(failures, "unknown user", "invalid final delivery userid");
        return message.report(name(), null, failures);
    }

    private static boolean isField(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '-')) {
                return false;
            }
        }
        return true;
    }
}

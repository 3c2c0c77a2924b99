package dev.bouncedoc.message.format;

import dev.bouncedoc.message.DeliveryStatus;
import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Headers;
import dev.bouncedoc.message.Report;
import dev.bouncedoc.message.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * Oracle Communications Messaging Server (formerly Sun Java System / iPlanet Messaging Server, and PMDF
 * before it), which iCloud and many universities run. The text part reads "This report relates to a
 * message you sent with the following header fields:", quotes the original's Message-id, Date, From, To
 * and Subject, then "Your message cannot be delivered to the following recipients:" (a delay: "Your message
 * has been enqueued and undeliverable for N day(s) to the following recipients:") and one indented block of
 * fields per recipient:
 *
 * <pre>
 *   Recipient address: bob@example.com
 *   Original address: bob@example.com
 *   Reason: Remote SMTP server has rejected address
 *   Diagnostic code: smtp;550 5.1.1 &lt;bob@example.com&gt;... User unknown
 *   Remote system: dns;mx.example.com (TCP|192.0.2.1|47323|192.0.2.2|25) (mx.example.com ESMTP)
 * </pre>
 *
 * "Reason" is the server's own summary ("Remote SMTP server has rejected address" names RCPT, "Server
 * rejected MAIL FROM address" MAIL, "Illegal host/domain name found", "Over quota" stand alone), the
 * diagnostic code is the remote server's reply. A message/delivery-status part usually follows, whose
 * Status is often the placeholder 5.0.0: the code in the remote reply wins.
 */
final class MessagingServer extends FormatReader {
    private static final String START = "this report relates to a message you sent with the following header fields";

    @Override
    public String name() {
        return "messaging-server";
    }

    @Override
    Report read(ReportView message) {
        if (!message.lowerBody().contains(START)) {
            return null;
        }
        List<String> lines = message.lines();
        int list = ReportLines.find(lines, 0, "to the following recipients:", "to the following recipient:");
        if (list < 0) {
            return null;
        }
        boolean delay = Text.containsAny(Text.lower(lines.get(list) + " " + lines.get(Math.max(0, list - 1))),
                "enqueued", "delayed", "not yet been delivered", "still awaiting");
        List<String[]> blocks = new ArrayList<>(); // recipient, original, reason, diagnostic, remote
        String[] cur = null;
        int field = -1;
        for (int i = list + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            String s = line.strip();
            if (s.isEmpty()) {
                field = -1;
                continue;
            }
            String v;
            if ((v = ReportLines.after(s, "Recipient address:")) != null) {
                cur = new String[5];
                cur[0] = v;
                blocks.add(cur);
                field = 0;
            } else if (cur == null) {
                if (ReportLines.indent(line) == 0) {
                    break;
                }
            } else if ((v = ReportLines.after(s, "Original address:")) != null) {
                cur[1] = v;
                field = 1;
            } else if ((v = ReportLines.after(s, "Reason:")) != null) {
                cur[2] = v;
                field = 2;
            } else if ((v = ReportLines.after(s, "Diagnostic code:")) != null) {
                cur[3] = v;
                field = 3;
            } else if ((v = ReportLines.after(s, "Remote system:")) != null) {
                cur[4] = v;
                field = 4;
            } else if (vmsMessage(s)) {
                // PMDF on OpenVMS writes the system's error messages under the address, unindented:
                // "%MAIL-E-OPENOUT, error opening !AS as output", "-SYSTEM-F-EXDISKQUOTA, disk quota exceeded"
                cur[3] = cur[3] == null ? s : cur[3] + " " + s;
                field = 3;
            } else if (ReportLines.indent(line) == 0) {
                break; // the delivery history or the closing prose
            } else if (field >= 1) {
                cur[field] = cur[field] + " " + s;
            }
        }
        if (blocks.isEmpty()) {
            return null;
        }
        List<Headers> dsn = message.dsnGroups();
        List<Failure> failures = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            String[] b = blocks.get(i);
            String address = Text.cleanAddress(b[0]);
            String original = b[1] == null || Text.addresses(b[1]).isEmpty() ? null : Text.cleanAddress(b[1]);
            if (original != null && (DsnGroups.mailbox(original) || address == null
                    || address.indexOf('.', Math.max(0, address.indexOf('@'))) < 0)) {
                // the address as the sender wrote it, which the sender can act on (as Original-Recipient in
                // the delivery-status part); "Recipient address:" may be the server's local form ("bob@ims-ms-daemon")
                address = original;
            }
            String diagnostic = b[3] != null ? DeliveryStatus.untyped(b[3]) : b[2];
            String summary = Text.lower(b[2]);
            String command = summary.contains("rejected mail from") ? "MAIL"
                    : summary.contains("rejected address") || summary.contains("rejected recipient") ? "RCPT" : null;
            String remote = DeliveryStatus.untyped(b[4]);
            if (remote != null && remote.indexOf(' ') > 0) {
                remote = remote.substring(0, remote.indexOf(' '));
            }
            Failure f = SmtpReply.failure(address, diagnostic).command(command).remoteMta(remote)
                    .action(delay ? "delayed" : "failed").build();
            Headers group = DsnGroups.forRecipient(dsn, address, i, blocks.size());
            f = DsnGroups.enrich(f, group);
            if (group != null && group.get("action") != null) {
                String action = Text.lower(group.get("action")).strip();
                f = f.toBuilder().action(action.startsWith("delayed") ? "delayed" : action.startsWith("failed")
                        ? "failed" : f.action()).build();
            }
            failures.add(f);
        }
        return message.report(name(), message.dsnReportingMta(), failures);
    }

    /**
     * An OpenVMS message line: "%FACILITY-S-IDENT, text" (a continuation starts with "-"), the facility and
     * ident in capitals, digits, "_" or "$", the severity one of S I W E F.
     */
    static boolean vmsMessage(String s) {
        if (s.length() < 8 || s.charAt(0) != '%' && s.charAt(0) != '-') {
            return false;
        }
        int dash = s.indexOf('-', 1);
        int comma = s.indexOf(',');
        if (dash < 2 || comma < dash + 4 || s.charAt(dash + 2) != '-' || "SIWEF".indexOf(s.charAt(dash + 1)) < 0) {
            return false;
        }
        for (int i = 1; i < comma; i++) {
            char c = s.charAt(i);
            if (i != dash && i != dash + 2 && !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '$')) {
                return false;
            }
        }
        return true;
    }
}

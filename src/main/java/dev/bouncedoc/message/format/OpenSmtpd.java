package dev.bouncedoc.message.format;

import dev.bouncedoc.message.DeliveryStatus;
import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Headers;
import dev.bouncedoc.message.Report;
import dev.bouncedoc.message.Stated;
import dev.bouncedoc.message.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * OpenSMTPD's "Delivery status notification: error / warning / failed / delayed" reports. The text says
 * {@code This is the MAILER-DAEMON, please DO NOT REPLY to this e-mail.} and then either
 * {@code An error has occurred while attempting to deliver a message for the following list of recipients:}
 * or {@code A message is delayed for more than 4 hours for the following list of recipients:}, followed by
 * one line per recipient, {@code address: error text} (the remote server's reply, or OpenSMTPD's own words
 * such as {@code Envelope expired}, {@code Domain does not exist}), then {@code Below is a copy of the
 * original message:}. Newer versions add a message/delivery-status part whose status is only a class
 * (5.0.0) and which carries no Diagnostic-Code, so the text is the source.
 */
final class OpenSmtpd extends FormatReader {
    @Override
    public String name() {
        return "opensmtpd";
    }

    @Override
    Report read(ReportView message) {
        String lower = message.lowerBody();
        if (!lower.contains("this is the mailer-daemon, please do not reply to this")
                || !(lower.contains("list of recipients") || lower.contains("following recipients"))) {
            return null;
        }
        boolean delayed = lower.contains("is delayed for more than") || lower.contains("only a temporary failure report");
        List<DsnGroups.Listed> listed = new ArrayList<>();
        boolean in = false;
        for (String line : message.lines()) {
            String l = Text.lower(line).strip();
            if (!in) {
                in = l.endsWith("list of recipients:") || l.endsWith("following recipients:");
                continue;
            }
            if (l.startsWith("below is a copy") || l.startsWith("please note that this is only")) {
                break;
            }
            if (line.isBlank() || line.startsWith(" ") || line.startsWith("\t")) {
                continue;
            }
            int colon = line.indexOf(": ");
            String a = colon > 0 ? Text.cleanAddress(line.substring(0, colon)) : null;
            if (a != null && a.indexOf('@') > 0) {
                listed.add(new DsnGroups.Listed(a, line.substring(colon + 2).strip()));
            }
        }
        List<Headers> dsn = new ArrayList<>();
        String reportingMta = null;
        for (DeliveryStatus ds : message.ownDsnParts()) {
            reportingMta = DsnGroups.reportingMta(ds);
            dsn.addAll(ds.recipients());
        }
        List<Failure> failures = new ArrayList<>();
        for (DsnGroups.Listed e : listed) {
            Headers r = null;
            for (Headers h : dsn) {
                if (e.address().equalsIgnoreCase(Text.cleanAddress(DeliveryStatus.untyped(h.get("final-recipient"))))) {
                    r = h;
                }
            }
            String text = e.diagnostic();
            String stated = r == null ? null : Text.status(r.get("status"));
            String status = Text.status(text);
            if (status == null && stated != null && !stated.endsWith(".0.0")) {
                status = stated; // a class alone (5.0.0) adds nothing to the text
            }
            Failure.Builder b = Failure.builder().address(e.address()).diagnostic(text).status(status)
                    .replyCode(Text.replyCode(text))
                    .action(r != null && r.get("action") != null ? Text.lower(r.get("action")).strip()
                            : delayed ? "delayed" : "failed");
            if (r != null) {
                b.remoteMta(DeliveryStatus.untyped(r.get("remote-mta"))).lastAttempt(r.get("last-attempt-date"));
            }
            if (Text.lower(text).startsWith("envelope expired")) {
                b.stated(Stated.GAVE_UP);
            }
            failures.add(b.build());
        }
        if (failures.isEmpty()) {
            return null;
        }
        return message.report(name(), reportingMta, failures);
    }
}

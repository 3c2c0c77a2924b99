package dev.bouncedoc.message.format;

import dev.bouncedoc.message.DeliveryStatus;
import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Headers;
import dev.bouncedoc.message.Lines;
import dev.bouncedoc.message.Report;
import dev.bouncedoc.message.Stated;
import dev.bouncedoc.message.Section;
import dev.bouncedoc.message.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * SendGrid's bounce: a multipart/report whose text part begins "This is an automatically generated message
 * from SendGrid." and lists each recipient on one line,
 * {@code local:queue-id:<address> : client-ip : mx-host:[mx-ip] : <remote reply>  in RCPT TO} (or
 * {@code <address> : Connection timed out in connect}); the message/delivery-status part has
 * X-SendGrid-QueueID, Arrival-Date, Final-Recipient, Action (failed, or expired when SendGrid gave up),
 * Status and Diagnostic-Code.
 */
final class SendGrid extends FormatReader {
    @Override
    public String name() {
        return "sendgrid";
    }

    @Override
    Report read(ReportView message) {
        String body = message.bodyText();
        Section dsn = message.ownDsnSection();
        if (dsn == null || !(body.contains("message from SendGrid") || Text.lower(dsn.text()).contains("x-sendgrid-"))) {
            return null;
        }
        DeliveryStatus ds = message.deliveryStatus(dsn);
        String arrival = ds.message().get("arrival-date");
        List<Failure> failures = new ArrayList<>();
        for (Headers r : ds.recipients()) {
            Failure f = DsnGroups.failure(r, message.addressIndex());
            Failure.Builder b = f.toBuilder();
            if ("expired".equals(f.action())) {
                b.action("failed").stated(Stated.GAVE_UP);
            }
            String line = lineAbout(body, f.address());
            if (line != null) {
                String lower = line.toLowerCase(Locale.ROOT);
                b.command(command(lower));
                String host = remoteHost(line);
                if (host != null && f.remoteMta() == null) {
                    b.remoteMta(host);
                }
            }
            if (f.lastAttempt() == null && arrival != null) {
                b.lastAttempt(arrival);
            }
            failures.add(b.build());
        }
        if (failures.isEmpty()) {
            return null;
        }
        return ReportView.report(name(), DsnGroups.reportingMta(ds), failures,
                message.original());
    }

    private static String lineAbout(String body, String address) {
        if (address == null) {
            return null;
        }
        String needle = "<" + address.toLowerCase(Locale.ROOT) + ">";
        for (String l : Lines.of(body)) {
            if (l.toLowerCase(Locale.ROOT).contains(needle) && l.contains(" : ")) {
                return l;
            }
        }
        return null;
    }

    /** The SMTP command named at the end of the line: "in RCPT TO", "in MAIL FROM", "in DATA", "in connect". */
    private static String command(String lower) {
        String s = lower.strip();
        int in = s.lastIndexOf(" in ");
        if (in < 0) {
            return null;
        }
        return SmtpCommand.after(s.substring(in + 4).strip());
    }

    /** The mx host of "... : mx.example.jp:[192.0.2.153] : ...". */
    private static String remoteHost(String line) {
        int from = 0;
        while (from <= line.length()) {
            int sep = line.indexOf(" : ", from);
            String t = (sep < 0 ? line.substring(from) : line.substring(from, sep)).strip();
            from = sep < 0 ? line.length() + 1 : sep + 3;
            int colon = t.indexOf(":[");
            if (colon > 0 && t.endsWith("]") && t.indexOf(' ') < 0) {
                return t.substring(0, colon);
            }
        }
        return null;
    }
}

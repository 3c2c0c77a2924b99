package dev.bouncedoc.message.format;

import dev.bouncedoc.message.DeliveryStatus;
import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Report;
import dev.bouncedoc.message.Stated;
import dev.bouncedoc.message.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * Amazon WorkMail (header {@code X-Mailer: Amazon WorkMail}, sent through Amazon SES). The text part says
 * "An error occurred while trying to deliver the mail to the following recipients:", lists them, and after
 * "Technical report:" carries the DSN fields as plain text (Reporting-MTA, Action, Final-Recipient,
 * Diagnostic-Code, Status); a message/delivery-status part is read when there is one. When WorkMail gives
 * up, its Diagnostic-Code is its own expiry text with the remote server's last reply in angle brackets:
 * {@code 554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.2 Connection timed out>}.
 */
final class AmazonWorkMail extends FormatReader {
    private static final String REPORT = "Technical report:";

    @Override
    public String name() {
        return "amazonworkmail";
    }

    @Override
    Report read(ReportView message) {
        if (!Text.lower(message.headers().get("x-mailer")).contains("amazon workmail")) {
            return null;
        }
        String body = message.bodyText();
        List<DeliveryStatus> parts = new ArrayList<>(message.ownDsnParts());
        int at = body.indexOf(REPORT);
        if (parts.isEmpty() && at >= 0) {
            parts.add(DeliveryStatus.parse(body.substring(at + REPORT.length())));
        }
        String before = at >= 0 ? body.substring(0, at) : body;
        List<Failure> failures = DsnGroups.failures(parts, new AddressIndex(before)).stream()
                .map(AmazonWorkMail::refine).toList();
        if (failures.isEmpty()) {
            return null;
        }
        return message.report(name(), DsnGroups.reportingMta(parts), failures);
    }

    /** The remote reply in angle brackets at the end gives the reply code and status; 4.4.7 means expired. */
    static Failure refine(Failure f) {
        String d = f.diagnostic();
        Failure.Builder b = f.toBuilder();
        String lower = Text.lower(d);
        if ("4.4.7".equals(f.status()) || "5.4.7".equals(f.status()) || lower.contains("message expired")) {
            b.stated(Stated.GAVE_UP);
        }
        if (d != null && d.endsWith(">")) {
            int open = d.lastIndexOf('<');
            String inner = open < 0 ? "" : d.substring(open + 1, d.length() - 1).strip();
            String code = Text.replyCode(inner);
            if (code != null && inner.startsWith(code)) {
                b.replyCode(code);
                String status = Text.status(inner);
                if (status != null) {
                    b.status(status);
                }
            }
        }
        return b.build();
    }
}

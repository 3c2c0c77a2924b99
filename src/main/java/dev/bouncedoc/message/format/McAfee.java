package dev.bouncedoc.message.format;

import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Report;
import dev.bouncedoc.message.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * Bounces of the McAfee Email and Web Security Appliance (X-NAI-Header "Modified by McAfee ...",
 * Subject "Delivery Status"). A text part "deliveryproblems.txt" reads "--- The following addresses had
 * delivery problems ---" and one line per recipient, {@code <addr>   (reply)}; a delivery-status part
 * "deliverystatus.txt" gives Original-Recipient, Action, Diagnostic-Code and Remote-MTA (no Status).
 */
final class McAfee extends FormatReader {
    @Override
    public String name() {
        return "mcafee";
    }

    @Override
    Report read(ReportView message) {
        if (!Text.lower(message.headers().get("x-nai-header")).contains("mcafee")) {
            return null;
        }
        List<String> lines = message.lines();
        int start = ReportLines.find(lines, 0, "following addresses had delivery problems");
        List<DsnGroups.Listed> found = new ArrayList<>();
        for (int i = start + 1; start >= 0 && i < lines.size(); i++) {
            String s = lines.get(i).strip();
            if (s.isEmpty()) {
                continue;
            }
            if (!s.startsWith("<") || s.indexOf('>') < 0) {
                break;
            }
            String a = ReportLines.onlyAddress(s.substring(0, s.indexOf('>') + 1));
            String rest = s.substring(s.indexOf('>') + 1).strip();
            if (rest.startsWith("(") && rest.endsWith(")")) {
                rest = rest.substring(1, rest.length() - 1).strip();
            }
            if (a != null) {
                found.add(new DsnGroups.Listed(a, rest));
            }
        }
        List<Failure> failures = DsnGroups.merge(message.dsnGroups(), found, false);
        if (failures.isEmpty()) {
            return null;
        }
        return message.report(name(), message.dsnReportingMta(), failures);
    }
}

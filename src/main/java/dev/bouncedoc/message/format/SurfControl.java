package dev.bouncedoc.message.format;

import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Report;
import dev.bouncedoc.message.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * Bounces of the SurfControl E-mail Filter (X-Mailer "SurfControl E-mail Filter", X-SEF-* fields). The
 * text reads "Your message could not be sent. A transcript of the attempts to send the message
 * follows.", then per recipient "Addressed To: addr", the date of the attempt, "Failed to send to
 * identified host," and {@code addr: [ip], 550 reply}; "--- Message non-deliverable." ends it. A
 * message/delivery-status part usually repeats the reply with Status 5.0.0.
 */
final class SurfControl extends FormatReader {
    @Override
    public String name() {
        return "surfcontrol";
    }

    @Override
    Report read(ReportView message) {
        if (!Text.lower(message.headers().get("x-mailer")).contains("surfcontrol")) {
            return null;
        }
        List<String> lines = message.lines();
        List<DsnGroups.Listed> found = new ArrayList<>();
        String address = null;
        String date = null;
        for (String raw : lines) {
            String s = raw.strip();
            String lower = Text.lower(s);
            if (lower.startsWith("--- message non-deliverable")) {
                break;
            }
            if (lower.startsWith("addressed to:")) {
                List<String> a = Text.addresses(s);
                address = a.isEmpty() ? null : a.get(0);
                date = null;
                continue;
            }
            if (address == null || s.isEmpty()) {
                continue;
            }
            String lowerAddress = Text.lower(address);
            if (lower.startsWith(lowerAddress + ":")) {
                String rest = s.substring(address.length() + 1).strip();
                String ip = null;
                if (rest.startsWith("[") && rest.indexOf(']') > 0) {
                    ip = rest.substring(1, rest.indexOf(']'));
                    rest = rest.substring(rest.indexOf(']') + 1).strip();
                    if (rest.startsWith(",")) {
                        rest = rest.substring(1).strip();
                    }
                }
                found.add(new DsnGroups.Listed(address, rest, date, ip));
                continue;
            }
            if (date == null && !lower.startsWith("failed to send") && Character.isLetter(s.charAt(0))
                    && s.indexOf(':') > 0 && Text.addresses(s).isEmpty()) {
                date = s;
            }
        }
        List<Failure> failures = DsnGroups.merge(message.dsnGroups(), found, false);
        if (failures.isEmpty()) {
            return null;
        }
        return message.report(name(), message.dsnReportingMta(), failures);
    }
}

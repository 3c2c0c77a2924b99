package dev.bouncedoc.message.format;

import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Report;
import dev.bouncedoc.message.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports of the Lotus Notes SMTP MTA (Lotus SMTP MTA 4.x, before Domino). Subject "Undeliverable
 * message"; the text is a block "------- Failure Reasons --------" holding, for each recipient, the
 * reason ("User not listed in public Name &amp; Address Book") followed by the address, and ends at
 * "------- Returned Message --------", after which the original message is quoted.
 */
final class Notes extends FormatReader {
    @Override
    public String name() {
        return "notes";
    }

    @Override
    boolean mayApply(ReportView message) {
        return message.bodyHas("------- failure reasons");
    }

    @Override
    Report read(ReportView message) {
        List<String> lines = message.lines();
        int start = ReportLines.find(lines, 0, "------- failure reasons");
        if (start < 0) {
            return null;
        }
        List<Failure> failures = new ArrayList<>();
        List<String> reason = new ArrayList<>();
        String last = null;
        for (int i = start + 1; i < lines.size(); i++) {
            String s = lines.get(i).strip();
            if (Text.lower(s).startsWith("------- returned message")) {
                break;
            }
            if (s.isEmpty()) {
                continue;
            }
            String a = ReportLines.onlyAddress(s);
            if (a == null) {
                reason.add(s);
                continue;
            }
            String why = reason.isEmpty() ? last : Text.oneLine(String.join(" ", reason));
            reason.clear();
            last = why;
            failures.add(Failure.builder().address(a).action("failed").diagnostic(why).status(Text.status(why))
                    .replyCode(Text.replyCode(why)).build());
        }
        if (failures.isEmpty()) {
            return null;
        }
        failures = GiveUp.directoryLookups(failures, "not listed in public name & address book");
        return message.report(name(), null, failures);
    }
}

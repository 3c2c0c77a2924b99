package dev.bouncedoc.message.format;

import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Headers;
import dev.bouncedoc.message.Report;
import dev.bouncedoc.message.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * Delivery failure reports of IBM (Lotus) Domino. Subject "DELIVERY FAILURE: reason" (or
 * "DELIVERY_FAILURE:"); the text reads "Your message / Subject: ... / was not delivered to: / address(es)
 * / because: / reason", where the reason is Domino's own text ("User x (addr) not listed in Domino
 * Directory", "Error transferring to host; Maximum hop count exceeded"). Newer releases add a
 * message/delivery-status part whose Diagnostic-Code is {@code X-Notes; reason}; its recipients and
 * fields are used when present.
 */
final class Domino extends FormatReader {
    @Override
    public String name() {
        return "domino";
    }

    @Override
    boolean mayApply(ReportView message) {
        return message.plainHas("was not delivered to:");
    }

    @Override
    Report read(ReportView message) {
        String subject = Text.lower(message.subject()).strip();
        List<String> lines = message.plainLines();
        int to = ReportLines.find(lines, 0, "was not delivered to:");
        boolean bySubject = subject.startsWith("delivery failure:") || subject.startsWith("delivery_failure:");
        if (to < 0 || !bySubject && ReportLines.find(lines, to, "because:") < 0) {
            return null;
        }
        List<String> addresses = new ArrayList<>();
        List<String> because = new ArrayList<>();
        boolean inBecause = false;
        for (int i = to + 1; i < lines.size(); i++) {
            String s = lines.get(i).strip();
            if (!inBecause) {
                if (Text.lower(s).startsWith("because:")) {
                    inBecause = true;
                    String rest = s.substring(8).strip();
                    if (!rest.isEmpty()) {
                        because.add(rest);
                    }
                    continue;
                }
                String a = ReportLines.onlyAddress(s);
                if (a != null) {
                    addresses.add(a);
                } else if (!s.isEmpty()) {
                    addresses.addAll(Text.addresses(s));
                }
            } else {
                if (s.isEmpty()) {
                    if (!because.isEmpty()) {
                        break;
                    }
                    continue;
                }
                because.add(s);
            }
        }
        String reason = Text.oneLine(String.join(" ", because));
        List<Failure> failures = new ArrayList<>();
        List<Headers> dsn = message.dsnGroups();
        for (Headers r : dsn) {
            Failure f = DsnGroups.failure(r);
            Failure.Builder b = f.toBuilder();
            if (!reason.isEmpty()) {
                b.diagnostic(reason); // the same words, without the DSN's line folding
            }
            failures.add(b.build());
        }
        if (failures.isEmpty()) {
            for (String a : addresses) {
                failures.add(Failure.builder().address(a).action("failed").diagnostic(reason)
                        .status(Text.status(reason)).replyCode(Text.replyCode(reason)).build());
            }
        }
        if (failures.isEmpty()) {
            return null;
        }
        failures = GiveUp.directoryLookups(failures, "not listed in domino directory", "domino ディレクトリには見つかりません");
        return message.report(name(), message.dsnReportingMta(), failures);
    }
}

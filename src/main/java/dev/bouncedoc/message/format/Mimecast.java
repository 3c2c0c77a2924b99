package dev.bouncedoc.message.format;

import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Headers;
import dev.bouncedoc.message.Report;
import dev.bouncedoc.message.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * Delivery failure notices of Mimecast (Subject "[Postmaster] Email Delivery Failure", X-Mimecast-* or
 * X-MC-System fields). One notice per recipient: the address follows "--" after "could not be
 * delivered" (or "an email you addressed to email address :"), Mimecast's own summary follows "The
 * problem appears to be :", and the remote server's reply follows "Additional information follows :",
 * each on lines that begin with "--". A message/delivery-status part, when present, gives the
 * recipient and dates; its Status is often a bare 5.0.0, so the reply's own code is preferred.
 */
final class Mimecast extends FormatReader {
    @Override
    public String name() {
        return "mimecast";
    }

    @Override
    Report read(ReportView message) {
        Headers h = message.headers();
        boolean mine = h.has("x-mimecast-originator") || h.has("x-mc-system") || h.has("x-mimecast-spam-info")
                || Text.lower(message.subject()).contains("[postmaster] email delivery failure");
        if (!mine) {
            return null;
        }
        List<String> lines = message.plainLines();
        String address = null;
        String problem = null;
        String info = null;
        String section = "";
        for (int i = 0; i < lines.size(); i++) {
            String s = lines.get(i).strip();
            String lower = Text.lower(s);
            if (lower.contains("could not be delivered") || lower.contains("addressed to email address")
                    || lower.contains("following address")) {
                section = "address";
            } else if (lower.startsWith("the problem appears to be") || lower.contains(" the problem appears to be")) {
                section = "problem";
            } else if (lower.startsWith("additional information follows")) {
                section = "info";
            }
            if (!s.startsWith("--") || s.startsWith("---")) {
                continue;
            }
            String v = s.substring(2).strip();
            List<String> more = new ArrayList<>();
            more.add(v);
            int j = i + 1;
            while (j < lines.size() && !lines.get(j).isBlank() && !lines.get(j).strip().startsWith("--")) {
                more.add(lines.get(j).strip());
                j++;
            }
            String joined = Text.oneLine(String.join(" ", more));
            switch (section) {
                case "address" -> {
                    if (address == null && !Text.addresses(v).isEmpty()) {
                        address = Text.addresses(v).get(0);
                    }
                }
                case "problem" -> problem = problem == null ? joined : problem;
                case "info" -> info = info == null ? joined : info;
                default -> { }
            }
            i = j - 1;
        }
        String diagnostic = info != null ? info : problem;
        List<Failure> failures = new ArrayList<>();
        for (Headers r : message.dsnGroups()) {
            Failure f = DsnGroups.failure(r);
            Failure.Builder b = f.toBuilder();
            String d = f.diagnostic() != null ? f.diagnostic() : diagnostic;
            b.diagnostic(d);
            if ((f.status() == null || f.status().endsWith(".0.0")) && Text.status(d) != null) {
                b.status(Text.status(d));
            }
            failures.add(b.build());
        }
        if (failures.isEmpty() && address != null) {
            failures.add(Failure.builder().address(address).action("failed").diagnostic(diagnostic)
                    .status(Text.status(info)).replyCode(Text.replyCode(info)).build());
        }
        if (failures.isEmpty()) {
            return null;
        }
        return message.report(name(), message.dsnReportingMta(), failures);
    }
}

package dev.bouncedoc.message.format;

import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Report;
import dev.bouncedoc.message.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * Bounces of Trustwave (Marshal) MailMarshal SMTP (Subject "Undeliverable Mail: "). The text reads
 * "Your message: From: ... Subject: ...", "Could not be delivered because of", the remote server's
 * reply, "The following recipients were affected:" and the addresses, then an "Additional Information"
 * block with {@code Remote-MTA: <ip>}, {@code Reporting-MTA: <host>} and {@code Last-Attempt-Date: <...>}.
 */
final class MailMarshal extends FormatReader {
    @Override
    public String name() {
        return "mailmarshal";
    }

    @Override
    boolean mayApply(ReportView message) {
        return message.bodyHas("could not be delivered because of") && message.bodyHas("following recipients were affected");
    }

    @Override
    Report read(ReportView message) {
        List<String> lines = message.lines();
        int because = ReportLines.find(lines, 0, "could not be delivered because of");
        int affected = ReportLines.find(lines, Math.max(0, because), "following recipients were affected");
        if (because < 0 || affected < 0) {
            return null;
        }
        List<String> why = new ArrayList<>();
        for (int i = because + 1; i < affected; i++) {
            if (!lines.get(i).isBlank()) {
                why.add(lines.get(i).strip());
            }
        }
        String d = SmtpReply.join(why);
        List<String> addresses = new ArrayList<>();
        String remote = null;
        String reporting = null;
        String date = null;
        boolean list = true;
        for (int i = affected + 1; i < lines.size(); i++) {
            String s = lines.get(i).strip();
            String lower = Text.lower(s);
            if (list) {
                String a = ReportLines.onlyAddress(s);
                if (a != null) {
                    addresses.add(a);
                } else if (!s.isEmpty()) {
                    list = false;
                }
            }
            if (lower.startsWith("remote-mta:")) {
                remote = unbracket(s.substring(11));
            } else if (lower.startsWith("reporting-mta:")) {
                reporting = unbracket(s.substring(14));
            } else if (lower.startsWith("last-attempt-date:")) {
                date = unbracket(s.substring(18));
            }
        }
        List<Failure> failures = new ArrayList<>();
        for (String a : addresses) {
            failures.add(Failure.builder().address(a).action("failed").diagnostic(d).status(Text.status(d))
                    .replyCode(Text.replyCode(d)).remoteMta(remote).lastAttempt(date).build());
        }
        if (failures.isEmpty()) {
            return null;
        }
        return message.report(name(), reporting, failures);
    }

    private static String unbracket(String v) {
        String s = v.strip();
        if (s.startsWith("<") && s.endsWith(">")) {
            s = s.substring(1, s.length() - 1);
        }
        return s;
    }
}

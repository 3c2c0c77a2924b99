package dev.bouncedoc.message.format;

import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Lines;
import dev.bouncedoc.message.Report;
import dev.bouncedoc.message.Section;
import dev.bouncedoc.message.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * A bounce re-sent by a mail gateway (Sisimai's "X5"; Trend Micro InterScan's notification, X-TM-AS-*
 * fields): the outer text is a Sendmail-like head, "----- The following addresses had permanent delivery
 * errors -----", with the list left empty, and the real bounce travels as an enclosed message/rfc822 part
 * that repeats the head with the addresses. The addresses are read from the enclosed bounce, the error from
 * its Subject ("Returned mail: User unknown") and any reply line in its text.
 *
 * <p>Named by its shape, a bounce enclosed in a gateway's notice; this was Sisimai's lhost X5 (the format
 * name in reports stays "x5").
 */
final class EnclosedBounce extends FormatReader {
    private static final String LIST = "----- the following addresses had permanent delivery errors -----";

    @Override
    public String name() {
        return "x5";
    }

    @Override
    Report read(ReportView message) {
        String body = message.bodyText();
        if (!message.lowerBody().contains(LIST) || !listedNothing(body)) {
            return null;
        }
        for (Section s : message.sections()) {
            if (!s.is("message/rfc822") || !Text.lower(s.text()).contains(LIST)) {
                continue;
            }
            String subject = s.headers().get("subject");
            String error = subject == null ? null : subject.strip();
            if (error != null && Text.lower(error).startsWith("returned mail:")) {
                error = error.substring("returned mail:".length()).strip();
            }
            List<Failure> failures = new ArrayList<>();
            boolean in = false;
            for (String line : Lines.of(s.text())) {
                String l = Text.lower(line).strip();
                if (l.equals(LIST)) {
                    in = true;
                } else if (in && (l.isEmpty() || l.startsWith("-----"))) {
                    break;
                } else if (in && ReportLines.firstAddress(line) != null) {
                    failures.add(SmtpReply.failure(ReportLines.firstAddress(line), error).build());
                }
            }
            if (!failures.isEmpty()) {
                return message.report(name(), null, failures);
            }
        }
        return null;
    }

    private static boolean listedNothing(String body) {
        List<String> lines = Lines.of(body);
        int at = ReportLines.find(lines, 0, LIST);
        for (int i = at + 1; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return ReportLines.firstAddress(lines.get(i)) == null;
            }
        }
        return true;
    }
}

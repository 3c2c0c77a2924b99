package dev.bouncedoc.message.format;

import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Lines;
import dev.bouncedoc.message.MailMessage;
import dev.bouncedoc.message.Recognizer;
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
 */
public final class X5 implements Recognizer {
    private static final String LIST = "----- the following addresses had permanent delivery errors -----";

    @Override
    public String name() {
        return "x5";
    }

    @Override
    public Report recognize(MailMessage message) {
        String body = message.bodyText();
        if (!Text.lower(body).contains(LIST) || !listedNothing(body)) {
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
                } else if (in && NdrLines.firstAddress(line) != null) {
                    failures.add(NdrLines.fromText(NdrLines.firstAddress(line), error).build());
                }
            }
            if (!failures.isEmpty()) {
                return Rfc3464.report(name(), null, failures, Originals.find(message));
            }
        }
        return null;
    }

    private static boolean listedNothing(String body) {
        List<String> lines = Lines.of(body);
        int at = NdrLines.find(lines, 0, LIST);
        for (int i = at + 1; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return NdrLines.firstAddress(lines.get(i)) == null;
            }
        }
        return true;
    }
}

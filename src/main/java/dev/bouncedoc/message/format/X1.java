package dev.bouncedoc.message.format;

import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Lines;
import dev.bouncedoc.message.MailMessage;
import dev.bouncedoc.message.Recognizer;
import dev.bouncedoc.message.Report;
import dev.bouncedoc.message.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * An unnamed MTA (Sisimai's "X1", seen at Japanese companies; "Mail Deliver System" as the sender name):
 *
 * <pre>
 * The original message was received at Thu, 29 Apr 2010 23:34:45 +0900 (JST)
 * from alice@example.jp
 *
 * ---The following addresses had delivery errors---
 *
 * bob@example.co.jp [User unknown]
 * </pre>
 *
 * Each address is followed by the error in square brackets. A subject beginning "Warning--Could not send
 * mail for past N hours" is a delay warning, not a final failure.
 */
public final class X1 implements Recognizer {
    private static final String LIST = "---the following addresses had delivery errors---";

    @Override
    public String name() {
        return "x1";
    }

    @Override
    public Report recognize(MailMessage message) {
        String body = message.bodyText();
        if (!Text.lower(body).contains(LIST)) {
            return null;
        }
        boolean warning = Text.lower(message.subject()).startsWith("warning");
        List<Failure> failures = new ArrayList<>();
        boolean in = false;
        for (String line : Lines.of(body)) {
            String s = line.strip();
            if (Text.lower(s).equals(LIST)) {
                in = true;
                continue;
            }
            if (!in || s.isEmpty()) {
                continue;
            }
            String a = NdrLines.firstAddress(s);
            int open = s.indexOf('[');
            if (a == null || s.startsWith("-")) {
                break;
            }
            int close = s.lastIndexOf(']');
            String d = open > 0 && close > open ? s.substring(open + 1, close) : null;
            failures.add(NdrLines.fromText(a, d).action(warning ? "delayed" : "failed").build());
        }
        if (failures.isEmpty()) {
            return null;
        }
        return Rfc3464.report(name(), null, failures, Originals.find(message));
    }
}

package dev.bouncedoc.message.format;

import dev.bouncedoc.message.Failure;
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
 *
 * <p>Named by its report's "---The following addresses had delivery errors---" list; this was Sisimai's
 * lhost X1 (the format name in reports stays "x1").
 */
final class DeliveryErrorsList extends FormatReader {
    private static final String LIST = "---the following addresses had delivery errors---";

    @Override
    public String name() {
        return "x1";
    }

    @Override
    Report read(ReportView message) {
        if (!message.lowerBody().contains(LIST)) {
            return null;
        }
        boolean warning = Text.lower(message.subject()).startsWith("warning");
        List<Failure> failures = new ArrayList<>();
        boolean in = false;
        for (String line : message.lines()) {
            String s = line.strip();
            if (Text.lower(s).equals(LIST)) {
                in = true;
                continue;
            }
            if (!in || s.isEmpty()) {
                continue;
            }
            String a = ReportLines.firstAddress(s);
            int open = s.indexOf('[');
            if (a == null || s.startsWith("-")) {
                break;
            }
            int close = s.lastIndexOf(']');
            String d = open > 0 && close > open ? s.substring(open + 1, close) : null;
            failures.add(SmtpReply.failure(a, d).action(warning ? "delayed" : "failed").build());
        }
        if (failures.isEmpty()) {
            return null;
        }
        return message.report(name(), null, failures);
    }
}

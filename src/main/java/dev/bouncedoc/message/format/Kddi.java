package dev.bouncedoc.message.format;

import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Report;
import java.util.ArrayList;
import java.util.List;

/**
 * KDDI's au one net / DION mail servers (from no-reply@...dion.ne.jp, Reply-To no-reply@app.auone-net.jp):
 *
 * <pre>
 * Your mail sent on: Thu, 29 Apr 2013 00:00:00 +0900
 *      Could not be delivered to: &lt;bob@example.dion.ne.jp&gt;
 *      As their mailbox is full.
 * </pre>
 *
 * The lines after "Could not be delivered to:" up to a blank line state the cause.
 */
final class Kddi extends FormatReader {
    @Override
    public String name() {
        return "kddi";
    }

    @Override
    Report read(ReportView message) {
        String lower = message.lowerBody();
        if (!lower.contains("your mail sent on:") || !lower.contains("could not be delivered to:")) {
            return null;
        }
        List<String> lines = message.lines();
        List<Failure> failures = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String v = ReportLines.after(lines.get(i), "Could not be delivered to:");
            if (v == null || ReportLines.firstAddress(v) == null) {
                continue;
            }
            StringBuilder d = new StringBuilder();
            for (int j = i + 1; j < lines.size() && !lines.get(j).isBlank(); j++) {
                if (ReportLines.after(lines.get(j), "Could not be delivered to:") != null) {
                    break;
                }
                d.append(lines.get(j).strip()).append(' ');
            }
            failures.add(SmtpReply.failure(ReportLines.firstAddress(v), d.toString()).build());
        }
        if (failures.isEmpty()) {
            return null;
        }
        return message.report(name(), null, failures);
    }
}

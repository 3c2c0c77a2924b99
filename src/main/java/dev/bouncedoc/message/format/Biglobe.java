package dev.bouncedoc.message.format;

import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Report;
import dev.bouncedoc.message.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * BIGLOBE (biglobe.ne.jp), a Japanese ISP:
 *
 * <pre>
 *    ----- The following addresses had delivery problems -----
 * bob@example.biglobe.ne.jp
 *
 *    ----- Non-delivered information -----
 * The number of messages in recipient's mailbox exceeded the local limit.
 * </pre>
 *
 * The addresses are listed one per line; the text under "Non-delivered information" is the cause for all.
 */
final class Biglobe extends FormatReader {
    private static final String LIST = "----- the following addresses had delivery problems -----";
    private static final String INFO = "----- non-delivered information -----";

    @Override
    public String name() {
        return "biglobe";
    }

    @Override
    Report read(ReportView message) {
        String lower = message.lowerBody();
        if (!lower.contains(LIST) || !lower.contains(INFO)) {
            return null;
        }
        List<String> lines = message.lines();
        List<String> rcpts = new ArrayList<>();
        StringBuilder info = new StringBuilder();
        int part = 0;
        for (String line : lines) {
            String l = Text.lower(line).strip();
            if (l.equals(LIST)) {
                part = 1;
            } else if (l.equals(INFO)) {
                part = 2;
            } else if (l.startsWith("-----") || part == 2 && line.isBlank() && info.length() > 0) {
                part = 0;
            } else if (part == 1 && ReportLines.firstAddress(line) != null) {
                rcpts.add(ReportLines.firstAddress(line));
            } else if (part == 2 && !line.isBlank()) {
                info.append(line.strip()).append(' ');
            }
        }
        List<Failure> failures = new ArrayList<>();
        for (String r : rcpts) {
            failures.add(SmtpReply.failure(r, info.toString()).build());
        }
        if (failures.isEmpty()) {
            return null;
        }
        return message.report(name(), null, failures);
    }
}

package dev.bouncedoc.message.format;

import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Report;
import dev.bouncedoc.message.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * Digital Arts' m-FILTER mail gateway (X-Mailer: m-FILTER), subject "failure notice", in Japanese:
 *
 * <pre>
 * 以下のメールアドレスへの送信に失敗しました。
 * bob@example.com
 *
 * -------server message
 * 550 unknown user &lt;bob@example.com&gt;
 *
 * -------SMTP command
 * DATA
 *
 * -------original message   (or "-------original mail info")
 * </pre>
 *
 * The addresses stand alone between the Japanese notice and "-------server message"; the server's reply
 * and the command follow under their headings.
 */
final class MFilter extends FormatReader {
    private static final String SERVER = "-------server message";
    private static final String COMMAND = "-------smtp command";

    @Override
    public String name() {
        return "mfilter";
    }

    @Override
    Report read(ReportView message) {
        String lower = message.lowerBody();
        if (!lower.contains(SERVER) || !lower.contains(COMMAND)) {
            return null;
        }
        List<String> rcpts = new ArrayList<>();
        StringBuilder reply = new StringBuilder();
        String command = null;
        int part = 0;
        for (String line : message.lines()) {
            String s = line.strip();
            String l = Text.lower(s);
            if (l.startsWith("-------")) {
                part = l.equals(SERVER) ? 1 : l.equals(COMMAND) ? 2 : 3;
                if (part == 3) {
                    break;
                }
                continue;
            }
            if (s.isEmpty()) {
                continue;
            }
            if (part == 0 && ReportLines.firstAddress(s) != null && s.indexOf(' ') < 0) {
                rcpts.add(ReportLines.firstAddress(s));
            } else if (part == 1) {
                reply.append(s).append(' ');
            } else if (part == 2 && command == null) {
                command = SmtpCommand.after(l);
            }
        }
        List<Failure> failures = new ArrayList<>();
        for (String r : rcpts) {
            failures.add(SmtpReply.failure(r, reply.toString()).command(command).build());
        }
        if (failures.isEmpty()) {
            return null;
        }
        return message.report(name(), null, failures);
    }
}

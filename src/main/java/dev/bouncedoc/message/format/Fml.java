package dev.bouncedoc.message.format;

import dev.bouncedoc.message.Report;
import dev.bouncedoc.message.Text;
import java.util.List;

/**
 * The fml mailing list manager (X-MLServer: fml ...) refusing a post: "You are not a member of this mailing
 * list &lt;list@example.org&gt;.", "Duplicated Message-ID in &lt;list@example.org&gt;." (its loop alert), and
 * the like. The first paragraph of the text is the error; the address it names is the list that refused.
 */
final class Fml extends FormatReader {
    @Override
    public String name() {
        return "fml";
    }

    @Override
    Report read(ReportView message) {
        String server = Text.lower(message.headers().get("x-mlserver"));
        if (!server.startsWith("fml")) {
            return null;
        }
        StringBuilder first = new StringBuilder();
        for (String line : message.lines()) {
            if (line.isBlank()) {
                if (first.length() > 0) {
                    break;
                }
                continue;
            }
            first.append(line.strip()).append(' ');
        }
        String d = first.toString().strip();
        if (d.isEmpty()) {
            return null;
        }
        String address = ReportLines.firstAddress(d);
        if (address == null) {
            address = ReportLines.firstAddress(message.headers().get("to"));
        }
        return message.report(name(), null, List.of(SmtpReply.failure(address, d).build()));
    }
}

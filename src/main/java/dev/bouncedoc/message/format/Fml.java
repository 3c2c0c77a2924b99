package dev.bouncedoc.message.format;

import dev.bouncedoc.message.Lines;
import dev.bouncedoc.message.MailMessage;
import dev.bouncedoc.message.Recognizer;
import dev.bouncedoc.message.Report;
import dev.bouncedoc.message.Text;
import java.util.List;

/**
 * The fml mailing list manager (X-MLServer: fml ...) refusing a post: "You are not a member of this mailing
 * list &lt;list@example.org&gt;.", "Duplicated Message-ID in &lt;list@example.org&gt;." (its loop alert), and
 * the like. The first paragraph of the text is the error; the address it names is the list that refused.
 */
public final class Fml implements Recognizer {
    @Override
    public String name() {
        return "fml";
    }

    @Override
    public Report recognize(MailMessage message) {
        String server = Text.lower(message.headers().get("x-mlserver"));
        if (!server.startsWith("fml")) {
            return null;
        }
        StringBuilder first = new StringBuilder();
        for (String line : Lines.of(message.bodyText())) {
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
        String address = NdrLines.firstAddress(d);
        if (address == null) {
            address = NdrLines.firstAddress(message.headers().get("to"));
        }
        return Rfc3464.report(name(), null, List.of(NdrLines.fromText(address, d).build()), Originals.find(message));
    }
}

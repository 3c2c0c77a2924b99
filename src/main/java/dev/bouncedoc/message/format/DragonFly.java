package dev.bouncedoc.message.format;

import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Report;
import dev.bouncedoc.message.Stated;
import dev.bouncedoc.message.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * The DragonFly Mail Agent (dma), which DragonFly BSD and others ship. A plain-text message, subject
 * "Mail delivery failed", beginning {@code This is the DragonFly Mail Agent v0.13 at host.}, then
 * {@code There was an error delivering your mail to <address>.}, a blank line, and the error: either
 * {@code mx.example.org [192.0.2.1] did not like our RCPT TO:} (or {@code final DATA}, {@code MAIL FROM},
 * {@code EHLO}) followed by the server's reply lines, or dma's own words ({@code DNS lookup failure: ...},
 * {@code Could not deliver for the last 432000 seconds. Giving up.}). The returned message follows
 * {@code Message headers follow.} or {@code Original message follows.}. One report per recipient.
 */
final class DragonFly extends FormatReader {
    private static final String START = "there was an error delivering your mail to ";

    @Override
    public String name() {
        return "dragonfly";
    }

    @Override
    Report read(ReportView message) {
        String lower = message.lowerBody();
        if (!lower.contains(START) || !(lower.contains("this is the dragonfly mail agent")
                || Text.lower(message.headers().get("received")).contains("dragonfly mail agent"))) {
            return null;
        }
        List<Failure> failures = new ArrayList<>();
        List<String> lines = message.lines();
        for (int i = 0; i < lines.size(); i++) {
            String l = Text.lower(lines.get(i)).strip();
            if (!l.startsWith(START)) {
                continue;
            }
            String address = Text.cleanAddress(lines.get(i).strip().substring(START.length()));
            List<String> error = new ArrayList<>();
            int j = i + 1;
            while (j < lines.size() && lines.get(j).isBlank()) {
                j++;
            }
            for (; j < lines.size(); j++) {
                String e = Text.lower(lines.get(j)).strip();
                if (lines.get(j).isBlank() && !error.isEmpty() || e.startsWith("message headers follow")
                        || e.startsWith("original message follows") || e.startsWith(START)) {
                    break;
                }
                if (!lines.get(j).isBlank()) {
                    error.add(lines.get(j).strip());
                }
            }
            i = j - 1;
            Failure.Builder b = Failure.builder().address(address).action("failed");
            String first = error.isEmpty() ? "" : error.get(0);
            int like = Text.lower(first).indexOf(" did not like our ");
            String diagnostic;
            if (like > 0) {
                String host = first.substring(0, like).strip();
                int sp = host.indexOf(' ');
                b.remoteMta(sp > 0 ? host.substring(0, sp) : host);
                String what = first.substring(like + 18).strip();
                if (what.endsWith(":")) {
                    what = what.substring(0, what.length() - 1);
                }
                b.command(SmtpCommand.named(what));
                diagnostic = SmtpReply.join(error.subList(1, error.size()));
            } else {
                diagnostic = Text.oneLine(String.join(" ", error));
            }
            b.diagnostic(diagnostic).status(Text.status(diagnostic)).replyCode(Text.replyCode(diagnostic));
            String d = Text.lower(diagnostic);
            if (d.startsWith("could not deliver for the last ") && d.contains("giving up")) {
                b.stated(Stated.GAVE_UP);
            }
            failures.add(b.build());
        }
        if (failures.isEmpty()) {
            return null;
        }
        return message.report(name(), null, failures);
    }
}

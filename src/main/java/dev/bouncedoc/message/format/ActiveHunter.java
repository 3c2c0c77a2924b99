package dev.bouncedoc.message.format;

import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Report;
import dev.bouncedoc.message.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * Bounces of the Active!hunter gateway (X-AHMAILID field, "Active!Hunter" in the MIME boundary,
 * Subject "FAILURE NOTICE :"). The text follows sendmail: "----- The following addresses had permanent
 * fatal errors -----", lines {@code >>> addr <addr>}, then "----- Transcript of session follows -----"
 * and the remote server's reply.
 */
final class ActiveHunter extends FormatReader {
    @Override
    public String name() {
        return "activehunter";
    }

    @Override
    Report read(ReportView message) {
        boolean mine = message.headers().has("x-ahmailid")
                || Text.lower(message.headers().get("content-type")).contains("active!hunter");
        if (!mine) {
            return null;
        }
        List<String> lines = message.lines();
        List<String> addresses = new ArrayList<>();
        List<String> transcript = new ArrayList<>();
        boolean inTranscript = false;
        for (String raw : lines) {
            String s = raw.strip();
            String lower = Text.lower(s);
            if (lower.startsWith("-----") && lower.contains("transcript of session")) {
                inTranscript = true;
                continue;
            }
            if (lower.startsWith("-----") && inTranscript) {
                break;
            }
            if (s.startsWith(">>>") && !inTranscript) {
                List<String> a = Text.addresses(s);
                if (!a.isEmpty()) {
                    addresses.add(a.get(a.size() - 1));
                }
                continue;
            }
            if (inTranscript) {
                if (s.isEmpty() && !transcript.isEmpty()) {
                    break;
                }
                if (!s.isEmpty()) {
                    transcript.add(s);
                }
            }
        }
        String d = SmtpReply.join(transcript);
        List<Failure> failures = new ArrayList<>();
        for (String a : addresses) {
            failures.add(Failure.builder().address(a).action("failed").diagnostic(d).status(Text.status(d))
                    .replyCode(Text.replyCode(d)).build());
        }
        if (failures.isEmpty()) {
            return null;
        }
        return message.report(name(), null, failures);
    }
}

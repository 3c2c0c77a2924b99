package dev.bouncedoc.message.format;

import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Report;
import dev.bouncedoc.message.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * Bounces of the MailFoundry gateway (Subject "Message delivery has failed"; "(MAILFOUNDRY)" in the
 * returned message's Received field). The text reads "Unable to deliver message to: &lt;addr&gt;",
 * "Delivery failed for the following reason:", then {@code Server host[ip] failed with: 550 ...} or
 * {@code host[ip] responded with failure: 552 ...}, and "This has been a permanent failure."
 */
final class MailFoundry extends FormatReader {
    @Override
    public String name() {
        return "mailfoundry";
    }

    @Override
    boolean mayApply(ReportView message) {
        return message.bodyHas("delivery failed for the following reason:");
    }

    @Override
    Report read(ReportView message) {
        String subject = Text.lower(message.subject());
        List<String> lines = message.lines();
        int reasonAt = ReportLines.find(lines, 0, "delivery failed for the following reason:");
        if (reasonAt < 0 || !(subject.contains("message delivery has failed") || ReportLines.has(message.bodyText(), "(mailfoundry)"))) {
            return null;
        }
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < reasonAt; i++) {
            String s = lines.get(i).strip();
            if (Text.lower(s).startsWith("unable to deliver message to")) {
                addresses.addAll(Text.addresses(s));
            }
        }
        List<String> why = new ArrayList<>();
        for (int i = reasonAt + 1; i < lines.size(); i++) {
            String s = lines.get(i).strip();
            if (s.isEmpty()) {
                if (!why.isEmpty()) {
                    break;
                }
                continue;
            }
            if (Text.lower(s).startsWith("this has been a ")) {
                break;
            }
            why.add(s);
        }
        String all = Text.oneLine(String.join(" ", why));
        String remote = null;
        String diagnostic = all;
        String lower = Text.lower(all);
        for (String marker : new String[] {"failed with:", "responded with failure:"}) {
            int at = lower.indexOf(marker);
            if (at >= 0) {
                String host = all.substring(0, at).strip();
                if (Text.lower(host).startsWith("server ")) {
                    host = host.substring(7).strip();
                }
                int bracket = host.indexOf('[');
                remote = bracket > 0 ? host.substring(0, bracket) : host;
                diagnostic = all.substring(at + marker.length()).strip();
                break;
            }
        }
        List<Failure> failures = new ArrayList<>();
        for (String a : addresses) {
            failures.add(Failure.builder().address(a).action("failed").diagnostic(diagnostic).remoteMta(remote)
                    .status(Text.status(diagnostic)).replyCode(Text.replyCode(diagnostic)).build());
        }
        if (failures.isEmpty()) {
            return null;
        }
        return message.report(name(), null, failures);
    }
}

package dev.bouncedoc.message.format;

import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Headers;
import dev.bouncedoc.message.Report;
import dev.bouncedoc.message.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * Bounces of McAfee SaaS Email Protection, formerly MX Logic (X-MX-Bounce and X-MXL-NoteHash fields,
 * "mxl_mta" in Received). Its MTA writes Exim's wording: "This message was created automatically by mail
 * delivery software. ... The following address(es) failed:", then for each recipient {@code <addr>:
 * reply} or the address alone followed by indented lines ("SMTP error from remote mail server after RCPT
 * TO:&lt;addr&gt;: host h [ip]: 550 ..."), until "Included is a copy of the message header:".
 */
final class MxLogic extends FormatReader {
    @Override
    public String name() {
        return "mxlogic";
    }

    @Override
    boolean mayApply(ReportView message) {
        return message.bodyHas("following address failed", "following addresses failed");
    }

    @Override
    Report read(ReportView message) {
        Headers h = message.headers();
        boolean mine = h.has("x-mx-bounce") || h.has("x-mxl-notehash") || Text.lower(message.from()).contains("mxlogic");
        if (!mine) {
            for (String r : h.all("received")) {
                if (Text.lower(r).contains("mxl_mta")) {
                    mine = true;
                }
            }
        }
        List<String> lines = message.lines();
        int start = ReportLines.find(lines, 0, "following address failed", "following addresses failed");
        if (!mine || start < 0) {
            return null;
        }
        List<Failure> failures = new ArrayList<>();
        String address = null;
        List<String> about = new ArrayList<>();
        for (int i = start + 1; i < lines.size(); i++) {
            String raw = lines.get(i);
            String s = raw.strip();
            String lower = Text.lower(s);
            if (lower.startsWith("included is a copy") || lower.startsWith("------ this is a copy")
                    || lower.startsWith("-----------")) {
                break;
            }
            if (s.isEmpty()) {
                if (address != null && !about.isEmpty()) {
                    failures.add(failure(address, about));
                    address = null;
                    about = new ArrayList<>();
                }
                continue;
            }
            boolean indented = Character.isWhitespace(raw.charAt(0));
            String a = null;
            String rest = null;
            int colon = s.indexOf(">:");
            if (indented && s.startsWith("<") && colon > 0) {
                a = ReportLines.onlyAddress(s.substring(0, colon + 1));
                rest = s.substring(colon + 2).strip();
            } else if (indented) {
                a = ReportLines.onlyAddress(s);
            }
            if (a != null) {
                if (address != null) {
                    failures.add(failure(address, about));
                }
                address = a;
                about = new ArrayList<>();
                if (rest != null && !rest.isEmpty()) {
                    about.add(rest);
                }
                continue;
            }
            if (address != null) {
                about.add(s);
            }
        }
        if (address != null) {
            failures.add(failure(address, about));
        }
        if (failures.isEmpty()) {
            return null;
        }
        return message.report(name(), null, failures);
    }

    /** Exim's "SMTP error from remote mail server after RCPT TO:...: host h [ip]: reply" or a bare reply. */
    static Failure failure(String address, List<String> about) {
        String all = Text.oneLine(String.join(" ", about));
        String lower = Text.lower(all);
        String command = null;
        String remote = null;
        String diagnostic = all;
        int after = lower.indexOf("after ");
        if (lower.contains("smtp error from remote") && after >= 0) {
            command = SmtpCommand.after(lower.substring(after + 6));
        }
        int host = lower.indexOf("host ");
        if (host >= 0 && lower.contains("smtp error from remote")) {
            int sp = all.indexOf(' ', host + 5);
            remote = sp < 0 ? null : all.substring(host + 5, sp);
            int close = all.indexOf("]:", host);
            if (close > 0) {
                diagnostic = all.substring(close + 2).strip();
            }
        }
        return Failure.builder().address(address).action("failed").diagnostic(diagnostic).status(Text.status(diagnostic))
                .replyCode(Text.replyCode(diagnostic)).command(command).remoteMta(remote).build();
    }
}

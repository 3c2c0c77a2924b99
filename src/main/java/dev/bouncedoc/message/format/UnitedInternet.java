package dev.bouncedoc.message.format;

import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Report;
import dev.bouncedoc.message.Stated;
import dev.bouncedoc.message.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * The bounce of United Internet's mail platform, sent for GMX (gmx.net, gmx.com, mail.com) and 1&amp;1 (IONOS,
 * kundenserver.de). It opens with Exim's wording ("This message was created automatically by mail delivery
 * software", "The following address(es) failed:") but lays the recipients out flush left, each address on
 * its own line (bare, in angle brackets or in quotes, maybe ending in ':'), followed by the error:
 *
 * <pre>
 * "bob@example.com":
 * SMTP error from remote server after RCPT command:
 * host: mx.example.com
 * 5.1.1 &lt;bob@example.com&gt;... User Unknown
 * </pre>
 *
 * or "SMTP error from remote server for TEXT command, host: NAME (IP) reason: 550 ...", or a label "Reason:" /
 * "For the following reason:" and the text. "for TEXT command" is the message content, i.e. DATA. The
 * headers of the returned message follow "--- The header of the original message is following. ---".
 * "delivery retry timeout exceeded" means the platform gave up after retrying (stated GAVE_UP, or
 * GAVE_UP_AFTER_REPLY when a reply code is quoted).
 */
final class UnitedInternet extends FormatReader {

    @Override
    public String name() {
        return "united-internet";
    }

    @Override
    Report read(ReportView message) {
        String lower = message.lowerBody();
        if (!lower.contains(MtaWordings.UNITED_INTERNET_ORIGINAL) || !lower.contains(MtaWordings.EXIM_START)) {
            return null;
        }
        List<String> lines = message.lines();
        int start = ReportLines.find(lines, 0, "failed:", "following address failed", "following addresses failed");
        if (start < 0) {
            return null;
        }
        List<Failure> failures = new ArrayList<>();
        String address = null;
        List<String> error = new ArrayList<>();
        for (int i = start + 1; i < lines.size(); i++) {
            String s = lines.get(i).strip();
            if (Text.lower(s).contains(MtaWordings.UNITED_INTERNET_ORIGINAL)) {
                break;
            }
            String a = addressLine(s);
            if (a != null) {
                if (address != null) {
                    failures.add(failure(address, error));
                }
                address = a;
                error = new ArrayList<>();
            } else if (address != null && !s.isEmpty()) {
                error.add(s);
            }
        }
        if (address != null) {
            failures.add(failure(address, error));
        }
        if (failures.isEmpty()) {
            return null;
        }
        return message.report(name(), null, failures);
    }

    /** The address when the line holds nothing else (quotes, angle brackets and a final colon aside). */
    private static String addressLine(String s) {
        String t = s;
        if (t.endsWith(":")) {
            t = t.substring(0, t.length() - 1);
        }
        if (t.length() > 1 && (t.startsWith("\"") && t.endsWith("\"") || t.startsWith("<") && t.endsWith(">"))) {
            t = t.substring(1, t.length() - 1);
        }
        if (t.isEmpty() || t.indexOf(' ') >= 0 || t.indexOf('@') <= 0) {
            return null;
        }
        List<String> a = Text.addresses(t);
        return a.size() == 1 && a.get(0).length() == t.length() ? a.get(0) : null;
    }

    private static Failure failure(String address, List<String> error) {
        String command = null;
        String remote = null;
        StringBuilder diag = new StringBuilder();
        for (String raw : error) {
            String line = raw;
            String l = Text.lower(line);
            if (l.equals("reason:") || l.equals("for the following reason:")) {
                continue;
            }
            if (l.startsWith("smtp error from remote server")) {
                int after = l.indexOf(" after ");
                int forAt = l.indexOf(" for ");
                int at = after > 0 ? after + 7 : forAt > 0 ? forAt + 5 : -1;
                if (at > 0) {
                    String c = l.substring(at);
                    command = c.startsWith("text") ? "DATA" : SmtpCommand.after(c);
                }
                int host = l.indexOf("host:");
                int reason = l.indexOf(" reason:");
                if (host > 0) {
                    String h = line.substring(host + 5, reason > host ? reason : line.length()).strip();
                    int sp = h.indexOf(' ');
                    remote = sp < 0 ? h : h.substring(0, sp);
                }
                if (reason < 0) {
                    continue;
                }
                line = line.substring(reason + 8).strip();
            } else if (l.startsWith("host:")) {
                String h = line.substring(5).strip();
                int sp = h.indexOf(' ');
                remote = sp < 0 ? h : h.substring(0, sp);
                continue;
            }
            diag.append(line).append(' ');
        }
        String d = Text.oneLine(diag.toString());
        Failure.Builder b = SmtpReply.failure(address, d).command(command).remoteMta(remote);
        if (Text.containsAny(Text.lower(d), GiveUp.EXIM_RETRY_VERDICTS)) {
            b.stated(Text.replyCode(d) == null ? Stated.GAVE_UP : Stated.GAVE_UP_AFTER_REPLY);
        }
        return b.build();
    }
}

package dev.bouncedoc.message.format;

import dev.bouncedoc.message.DeliveryStatus;
import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Headers;
import dev.bouncedoc.message.Report;
import dev.bouncedoc.message.Section;
import dev.bouncedoc.message.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Postfix bounce(8) reports. The notification part begins {@code This is the mail system at host X.}
 * (older versions: {@code This is the Postfix program at host X.}; sites may reword the boilerplate), and
 * gives one paragraph per recipient: {@code <address>: host mx.example.org[192.0.2.1] said: 550 5.1.1 ...
 * (in reply to RCPT TO command)}, continuation lines indented; other forms are {@code connect to host[ip]:25:
 * Connection timed out}, {@code host X[ip] refused to talk to me: ...}, {@code lost connection with X[ip]
 * while sending MAIL FROM}, {@code delivery temporarily suspended: ...} and local errors, and an address
 * may carry {@code (expanded from <alias>)}. A message/delivery-status part (with X-Postfix-Queue-ID) holds
 * the status codes; the returned message is message/rfc822 or text/rfc822-headers.
 *
 * <p>Postfix also mails the postmaster a "Postfix SMTP server: errors from host" notice with a
 * {@code Transcript of session follows.} of {@code In:} and {@code Out:} lines; the failed recipients are
 * those of its RCPT TO commands and the error is the last 4xx or 5xx reply.
 */
final class Postfix extends FormatReader {
    @Override
    public String name() {
        return "postfix";
    }

    @Override
    Report read(ReportView message) {
        String lower = message.lowerBody();
        Section dsn = message.ownDsnSection();
        String dsnText = dsn != null ? null : DsnGroups.embedded(message.lines());
        DeliveryStatus ds = dsn != null ? message.deliveryStatus(dsn) : dsnText == null ? null : DeliveryStatus.parse(dsnText);
        boolean signed = lower.contains("this is the mail system at host ") || lower.contains("this is the postfix program at host ")
                || ds != null && (ds.message().has("x-postfix-queue-id") || ds.message().has("x-postfix-sender"));
        if (!signed && ds != null) {
            for (Headers r : ds.recipients()) {
                signed |= Text.lower(r.get("diagnostic-code")).startsWith("x-postfix");
            }
        }
        if (!signed) {
            if (Text.lower(message.subject()).startsWith("postfix smtp server: errors from")
                    || lower.contains("transcript of session follows.") && lower.contains(" in:  ") && lower.contains(" out: ")) {
                return transcript(message);
            }
            return null;
        }
        List<Paragraph> paragraphs = paragraphs(message.lines());
        List<Failure> failures = new ArrayList<>();
        String reportingMta = null;
        if (ds != null) {
            reportingMta = DsnGroups.reportingMta(ds);
            List<Headers> recipients = ds.recipients();
            for (int i = 0; i < recipients.size(); i++) {
                Headers r = recipients.get(i);
                Failure base = DsnGroups.failure(r);
                Paragraph p = find(paragraphs, base.address(), DeliveryStatus.untyped(r.get("original-recipient")));
                if (p == null && recipients.size() == 1 && paragraphs.size() == 1) {
                    p = paragraphs.get(0);
                }
                failures.add(merge(base, p));
            }
        }
        if (failures.isEmpty()) {
            for (Paragraph p : paragraphs) {
                // "(expanded from <alias>)" is the address the sender wrote (as Original-Recipient), when a mailbox
                String address = DsnGroups.mailbox(p.expandedFrom) ? p.expandedFrom : p.address;
                failures.add(merge(Failure.builder().address(address).action("failed").build(), p));
            }
        }
        if (failures.isEmpty()) {
            return null;
        }
        return message.report(name(), reportingMta, GiveUp.localDeliveryAgent(failures));
    }

    private static Failure merge(Failure base, Paragraph p) {
        if (p == null) {
            return base.toBuilder().command(commandIn(base.diagnostic())).build();
        }
        String diagnostic = p.diagnostic != null ? p.diagnostic : base.diagnostic();
        String stated = base.diagnostic();
        if (p.diagnostic != null && stated != null && stated.length() > p.diagnostic.length()
                && !Text.lower(stated).contains("(in reply to ") && !Text.lower(p.diagnostic).contains(Text.lower(stated))) {
            diagnostic = stated; // the report's paragraph may shorten a delivery program's output
        }
        String status = SmtpReply.preferStatus(base.status(), Text.status(diagnostic));
        return base.toBuilder()
                .address(base.address() == null ? p.address : base.address())
                .diagnostic(diagnostic)
                .status(status)
                .replyCode(Text.replyCode(diagnostic) != null ? Text.replyCode(diagnostic) : base.replyCode())
                .remoteMta(base.remoteMta() == null ? p.remote : base.remoteMta())
                .command(p.command != null ? p.command : commandIn(base.diagnostic()))
                .build();
    }

    private static String commandIn(String diagnostic) {
        String d = Text.lower(diagnostic);
        int at = d.indexOf("(in reply to ");
        if (at < 0) {
            return null;
        }
        return SmtpCommand.named(d.substring(at + 13));
    }

    private static Paragraph find(List<Paragraph> paragraphs, String address, String original) {
        for (Paragraph p : paragraphs) {
            if (address != null && p.address.equalsIgnoreCase(address)) {
                return p;
            }
        }
        String o = Text.cleanAddress(original);
        for (Paragraph p : paragraphs) {
            if (o != null && (p.address.equalsIgnoreCase(o) || o.equalsIgnoreCase(p.expandedFrom))) {
                return p;
            }
        }
        return null;
    }

    /** One recipient's paragraph of the notification. */
    static final class Paragraph {
        String address;
        String expandedFrom;
        String diagnostic;
        String remote;
        String command;
    }

    /**
     * The "<address>: text" paragraphs, each ended by a blank line or the next recipient. Continuation
     * lines are indented, but a wrapped line that begins with "<" is not, so any line that does not start
     * a new paragraph continues the current one.
     */
    static List<Paragraph> paragraphs(List<String> lines) {
        List<Paragraph> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!startsParagraph(lines, i)) {
                continue;
            }
            StringBuilder joined = new StringBuilder(lines.get(i).strip());
            int j = i + 1;
            while (j < lines.size() && !lines.get(j).isBlank() && !startsParagraph(lines, j)) {
                joined.append(' ').append(lines.get(j).strip());
                j++;
            }
            i = j - 1;
            String line = Text.oneLine(joined.toString());
            int close = line.indexOf('>');
            String address = line.substring(1, close).strip();
            String rest = line.substring(close + 1).strip();
            String expanded = null;
            if (Text.lower(rest).startsWith("(expanded from ")) {
                int end = rest.indexOf(')');
                if (end < 15) {
                    continue; // the alias was cut off by a blank line
                }
                expanded = Text.cleanAddress(rest.substring(15, end));
                rest = rest.substring(end + 1).strip();
            }
            if (!rest.startsWith(":")) {
                continue;
            }
            Paragraph p = new Paragraph();
            p.address = address;
            p.expandedFrom = expanded;
            read(p, rest.substring(1).strip());
            out.add(p);
        }
        return out;
    }

    /** "<address>: ..." or "<address> (expanded from" (the alias may be wrapped to the next line). */
    private static boolean startsParagraph(List<String> lines, int i) {
        String line = lines.get(i);
        if (!line.startsWith("<")) {
            return false;
        }
        int close = line.indexOf('>');
        if (close < 2 || line.substring(1, close).indexOf('@') < 0 && line.substring(1, close).indexOf(' ') >= 0) {
            return false;
        }
        if (line.substring(1, close).indexOf(' ') >= 0) {
            return false;
        }
        String rest = Text.lower(line.substring(close + 1)).strip();
        if (rest.startsWith(":")) {
            return true;
        }
        if (!rest.startsWith("(expanded from")) {
            return false;
        }
        String whole = rest;
        for (int k = i + 1; k < lines.size() && k <= i + 2 && whole.indexOf(')') < 0; k++) {
            whole = whole + " " + Text.lower(lines.get(k)).strip();
        }
        int end = whole.indexOf(')');
        return end > 0 && whole.substring(end + 1).strip().startsWith(":");
    }

    /** Splits Postfix's text about one recipient into the remote host, the server's words and the command. */
    static void read(Paragraph p, String text) {
        String t = text;
        String l = Text.lower(t);
        if (l.startsWith("delivery temporarily suspended: ")) {
            t = t.substring(32).strip();
            l = Text.lower(t);
        }
        int reply = l.lastIndexOf("(in reply to ");
        if (reply >= 0 && l.endsWith("command)")) {
            p.command = SmtpCommand.named(l.substring(reply + 13, l.length() - 9).replace("end of ", ""));
            if (l.substring(reply).contains("end of data")) {
                p.command = "DATA";
            }
            t = t.substring(0, reply).strip();
            l = Text.lower(t);
        }
        if (l.startsWith("host ")) {
            int said = l.indexOf(" said: ");
            int refused = l.indexOf(" refused to talk to me: ");
            p.remote = hostOf(t.substring(5));
            if (said > 0) {
                t = t.substring(said + 7).strip();
            } else if (refused > 0) {
                t = t.substring(refused + 24).strip();
                p.command = "CONN";
            }
        } else if (l.startsWith("connect to ")) {
            p.remote = hostOf(t.substring(11));
            p.command = "CONN";
            int refused = l.indexOf("refused to talk to me: ");
            if (refused > 0) {
                t = t.substring(refused + 23).strip();
            }
        } else if (l.startsWith("lost connection with ") || l.startsWith("conversation with ")) {
            p.remote = hostOf(t.substring(l.indexOf("with ") + 5));
            int w = l.indexOf(" while ");
            if (w > 0) {
                String what = l.substring(w + 7);
                if (what.contains("greeting")) {
                    p.command = "CONN";
                } else if (what.contains("helo")) {
                    p.command = "HELO";
                } else if (what.contains("sending ")) {
                    p.command = SmtpCommand.named(what.substring(what.indexOf("sending ") + 8));
                } else if (what.contains("data")) {
                    p.command = "DATA";
                }
            }
        }
        p.diagnostic = t.isEmpty() ? null : t;
    }

    /** "mx.example.org[192.0.2.1]:25 ..." gives "mx.example.org". */
    private static String hostOf(String s) {
        int end = 0;
        while (end < s.length() && s.charAt(end) != '[' && s.charAt(end) != ' ' && s.charAt(end) != ':') {
            end++;
        }
        return end == 0 ? null : s.substring(0, end);
    }

    /** The postmaster notice with an In/Out transcript of the SMTP server's session. */
    private Report transcript(ReportView message) {
        List<String> rcpts = new ArrayList<>();
        String lastIn = null;
        String errorIn = null;
        String error = null;
        StringBuilder pendingIn = null;
        for (String raw : message.lines()) {
            String line = raw.strip();
            String l = line.toLowerCase(Locale.ROOT);
            if (l.startsWith("in:")) {
                pendingIn = new StringBuilder(line.substring(3).strip());
                lastIn = pendingIn.toString();
                String cmd = Text.lower(lastIn);
                if (cmd.startsWith("rcpt to:")) {
                    int lt = lastIn.indexOf('<');
                    int gt = lastIn.indexOf('>', Math.max(lt, 0));
                    String a = Text.cleanAddress(lt >= 0 && gt > lt ? lastIn.substring(lt + 1, gt) : lastIn.substring(8));
                    if (a != null && !rcpts.contains(a)) {
                        rcpts.add(a);
                    }
                }
            } else if (l.startsWith("out:")) {
                pendingIn = null;
                String out = line.substring(4).strip();
                if ((out.startsWith("4") || out.startsWith("5")) && Text.replyCode(out) != null
                        && out.indexOf(Text.replyCode(out)) == 0 && !Text.lower(lastIn).startsWith("quit")) {
                    error = out;
                    errorIn = lastIn;
                }
            } else if (pendingIn != null && !line.isEmpty() && raw.startsWith(" ")) {
                pendingIn.append(' ').append(line);
            }
        }
        if (error == null) {
            return null;
        }
        List<Failure> failures = new ArrayList<>();
        String command = SmtpCommand.named(errorIn);
        for (String a : rcpts.isEmpty() ? java.util.Collections.<String>singletonList(null) : rcpts) {
            failures.add(Failure.builder().address(a).action("failed").diagnostic(error).status(Text.status(error))
                    .replyCode(Text.replyCode(error)).command(command).build());
        }
        return message.report(name(), null, failures);
    }
}

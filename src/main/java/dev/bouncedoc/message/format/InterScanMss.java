package dev.bouncedoc.message.format;

import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Lines;
import dev.bouncedoc.message.Report;
import dev.bouncedoc.message.Stated;
import dev.bouncedoc.message.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reports of Trend Micro InterScan Messaging Security Suite (InterScan MSS; From "InterScan MSS",
 * boundary InterScan_NT_MIME_Boundary, "****** Message from InterScan Messaging Security Suite ******").
 * Either an SMTP transcript, {@code Sent <<< RCPT TO:<addr>} followed by {@code Received >>> 550 5.1.1
 * ...} (the command that drew the error is stated), or "Reason: Unable to deliver message to &lt;addr&gt;
 * (and other recipients in the same domain)." without the remote server's words. The text ends at a
 * row of asterisks around "End of message".
 */
final class InterScanMss extends FormatReader {
    @Override
    public String name() {
        return "interscanmss";
    }

    @Override
    Report read(ReportView message) {
        String from = Text.lower(message.from());
        String type = Text.lower(message.headers().get("content-type"));
        String text = message.bodyText();
        boolean mine = from.contains("interscan") || type.contains("interscan_nt_mime_boundary")
                || message.lowerBody().contains("message from interscan messaging security suite");
        if (!mine) {
            return null;
        }
        List<Failure> failures = new ArrayList<>();
        List<String> accepted = new ArrayList<>();
        String command = null;
        String rcpt = null;
        for (String raw : Lines.of(text)) {
            String s = raw.strip();
            String lower = Text.lower(s);
            if (lower.contains("end of message") && s.startsWith("*")) {
                break;
            }
            if (lower.startsWith("sent <<<")) {
                String cmd = s.substring(8).strip();
                String c = cmd.toUpperCase(Locale.ROOT);
                command = c.startsWith("RCPT") ? "RCPT" : c.startsWith("MAIL") ? "MAIL" : c.startsWith("DATA") ? "DATA"
                        : c.startsWith("EHLO") || c.startsWith("HELO") ? "HELO" : c.startsWith("QUIT") ? null : c;
                if ("RCPT".equals(command)) {
                    List<String> a = Text.addresses(cmd);
                    rcpt = a.isEmpty() ? null : a.get(0);
                }
                continue;
            }
            if (lower.startsWith("received >>>")) {
                String reply = s.substring(12).strip();
                String code = Text.replyCode(reply);
                if (code == null || code.charAt(0) == '2' || code.charAt(0) == '3') {
                    if ("RCPT".equals(command) && rcpt != null) {
                        accepted.add(rcpt);
                    }
                    continue;
                }
                List<String> who = new ArrayList<>();
                if ("RCPT".equals(command) && rcpt != null) {
                    who.add(rcpt);
                } else {
                    who.addAll(accepted);
                }
                if (who.isEmpty()) {
                    who.add(null);
                }
                for (String a : who) {
                    failures.add(Failure.builder().address(a).action("failed").diagnostic(reply).status(Text.status(reply))
                            .replyCode(code).command(command).build());
                }
                continue;
            }
            if (lower.startsWith("reason:")) {
                String why = s.substring(7).strip();
                List<String> a = Text.addresses(why);
                if (!a.isEmpty()) {
                    // the gateway's own sentence with no server reply: the recipient was not taken (see Stated)
                    boolean notTaken = Text.lower(why).startsWith("unable to deliver message to")
                            && Text.status(why) == null && Text.replyCode(why) == null;
                    failures.add(Failure.builder().address(a.get(0)).action("failed").diagnostic(why)
                            .status(Text.status(why)).replyCode(Text.replyCode(why))
                            .stated(notTaken ? Stated.RECIPIENT_NOT_TAKEN : null).build());
                }
            }
        }
        if (failures.isEmpty()) {
            return null;
        }
        return message.report(name(), null, failures);
    }
}

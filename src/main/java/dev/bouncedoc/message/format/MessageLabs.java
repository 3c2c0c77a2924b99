package dev.bouncedoc.message.format;

import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Report;
import dev.bouncedoc.message.Stated;
import dev.bouncedoc.message.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports of Symantec Email Security.cloud (MessageLabs), From MAILER-DAEMON@messagelabs.com with an
 * X-Msg-Ref field. The text reads "I was unable to deliver your message to the following addresses:",
 * then each address on a line of its own and "Reason: " with the remote server's reply, which may run
 * over several lines ({@code 550-...} / {@code 550 ...}); "The message subject was:" ends the list. The
 * message/delivery-status part gives the status and dates but folds a multi-line reply badly, so the
 * text's reply is used.
 */
final class MessageLabs extends FormatReader {
    @Override
    public String name() {
        return "messagelabs";
    }

    @Override
    boolean mayApply(ReportView message) {
        return message.plainHas("unable to deliver your message to the following addresses");
    }

    @Override
    Report read(ReportView message) {
        String from = Text.lower(message.from());
        String ref = Text.lower(message.headers().get("x-msg-ref"));
        List<String> lines = message.plainLines();
        int start = ReportLines.find(lines, 0, "unable to deliver your message to the following addresses");
        if (start < 0 || !(from.contains("messagelabs") || ref.contains("messagelabs")
                || ReportLines.find(lines, 0, "symantec email security", "messagelabs") >= 0)) {
            return null;
        }
        List<DsnGroups.Listed> found = new ArrayList<>();
        String address = null;
        List<String> reason = null;
        for (int i = start + 1; i < lines.size(); i++) {
            String s = lines.get(i).strip();
            String lower = Text.lower(s);
            if (lower.startsWith("the message subject was") || lower.startsWith("the message date was")) {
                break;
            }
            String a = ReportLines.onlyAddress(s);
            if (a != null && (reason == null || !reason.isEmpty())) {
                if (address != null) {
                    found.add(new DsnGroups.Listed(address, reason == null ? null : SmtpReply.join(reason)));
                }
                address = a;
                reason = null;
                continue;
            }
            if (address == null) {
                continue;
            }
            if (lower.startsWith("reason:")) {
                reason = new ArrayList<>();
                reason.add(s.substring(7));
            } else if (reason != null && !s.isEmpty()) {
                reason.add(s);
            } else if (s.isEmpty() && reason != null && !reason.isEmpty()) {
                found.add(new DsnGroups.Listed(address, SmtpReply.join(reason)));
                address = null;
                reason = null;
            }
        }
        if (address != null) {
            found.add(new DsnGroups.Listed(address, reason == null ? null : SmtpReply.join(reason)));
        }
        // the text quotes the server's reply, the delivery-status part only a summary of it
        List<Failure> failures = DsnGroups.merge(message.dsnGroups(), found, true);
        if (failures.isEmpty()) {
            return null;
        }
        List<Failure> out = new ArrayList<>(failures.size());
        for (Failure f : failures) {
            out.add(f.stated() == null && recipientRejected(f.diagnostic(), f.address())
                    ? f.toBuilder().stated(Stated.RECIPIENT_NOT_TAKEN).build() : f);
        }
        return message.report(name(), message.dsnReportingMta(), out);
    }

    /**
     * Whether the reply is the service's own terse refusal of the recipient, "542 &lt;address&gt; Rejected" and
     * nothing else (the address as listed, in angle brackets or not): the service did not take the
     * recipient, which Sisimai's MessageLabs module reads as an unknown user (catalog/README.md, "Module
     * conventions"). A reply with other words or another code keeps its words.
     */
    static boolean recipientRejected(String diagnostic, String address) {
        if (diagnostic == null || address == null) {
            return false;
        }
        String d = Text.lower(diagnostic).strip();
        if (!d.startsWith("542 ")) {
            return false;
        }
        d = d.substring(4).strip();
        String a = Text.lower(address);
        if (d.startsWith("<" + a + ">")) {
            d = d.substring(a.length() + 2);
        } else if (d.startsWith(a)) {
            d = d.substring(a.length());
        } else {
            return false;
        }
        return d.strip().equals("rejected");
    }
}

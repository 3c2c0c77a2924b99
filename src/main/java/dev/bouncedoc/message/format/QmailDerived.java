package dev.bouncedoc.message.format;

import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Report;
import dev.bouncedoc.message.Stated;
import dev.bouncedoc.message.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * An unnamed qmail-derived MTA (Sisimai's "X2"; Yahoo! JAPAN and other large hosts sent it):
 *
 * <pre>
 * Message from example.co.jp.
 * Unable to deliver message to the following address(es).
 *
 * &lt;bob@example.co.jp&gt;:
 * This user doesn't have a example.co.jp account (bob@example.co.jp) [-9]
 *
 * --- Original message follows.
 * </pre>
 *
 * The paragraph after each "&lt;address&gt;:" is the error. As in qmail, "I'm not going to try again; this
 * message has been in the queue too long." means the MTA gave up after its queue lifetime: expired.
 *
 * <p>Named by its qmail-like report; this was Sisimai's lhost X2 (the format name in reports stays "x2").
 */
final class QmailDerived extends FormatReader {
    private static final String START = "unable to deliver message to the following address(es).";

    @Override
    public String name() {
        return "x2";
    }

    @Override
    Report read(ReportView message) {
        String lower = message.lowerBody();
        if (!lower.contains(START) || !lower.contains("--- original message follows")) {
            return null;
        }
        List<Failure> failures = new ArrayList<>();
        String address = null;
        StringBuilder d = new StringBuilder();
        boolean in = false;
        for (String line : message.lines()) {
            String s = line.strip();
            String l = Text.lower(s);
            if (l.equals(START)) {
                in = true;
                continue;
            }
            if (!in) {
                continue;
            }
            if (l.startsWith("--- original message follows")) {
                break;
            }
            if (s.startsWith("<") && s.endsWith(">:") && ReportLines.firstAddress(s) != null) {
                add(failures, address, d);
                address = ReportLines.firstAddress(s);
                d.setLength(0);
            } else if (address != null && !s.isEmpty()) {
                d.append(s).append(' ');
            }
        }
        add(failures, address, d);
        if (failures.isEmpty()) {
            return null;
        }
        return message.report(name(), null, failures);
    }

    private static void add(List<Failure> failures, String address, StringBuilder d) {
        if (address == null) {
            return;
        }
        Failure.Builder b = SmtpReply.failure(address, d.toString());
        if (Text.lower(d.toString()).contains(GiveUp.QMAIL_QUEUE_TOO_LONG)) {
            b.stated(Stated.GAVE_UP);
        }
        failures.add(b.build());
    }
}

package dev.bouncedoc.message.format;

import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Report;
import dev.bouncedoc.message.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * Verizon Wireless's mail-to-phone gateways. The SMS gateway (vtext.com, post_master@vtext.com):
 *
 * <pre>
 * Error: Invalid user address
 *
 * Error message below:
 * 550 - Requested action not taken: no such user here
 *
 * Message details:
 *   Subject: ...
 *   MAIL FROM: alice@example.org
 *   RCPT TO: 5555550100@vtext.com
 * </pre>
 *
 * and the MMS centre ("MMSC NDR Administrator" at vzwpix.com): "Message could not be delivered to mobile.",
 * "Error: No valid recipients for this MM", then "Original Message:" with the original's From, To, Subject
 * and Date, whose To is the recipient.
 */
final class Verizon extends FormatReader {
    @Override
    public String name() {
        return "verizon";
    }

    @Override
    Report read(ReportView message) {
        String lower = message.lowerBody();
        List<String> lines = message.lines();
        if (lower.contains("error message below:") && lower.contains("message details:")) {
            return sms(message, lines);
        }
        if (lower.contains("message could not be delivered to mobile") && lower.contains("original message:")) {
            return mms(message, lines);
        }
        return null;
    }

    private Report sms(ReportView message, List<String> lines) {
        String error = null;
        StringBuilder reply = new StringBuilder();
        List<String> rcpts = new ArrayList<>();
        int part = 0;
        for (String line : lines) {
            String s = line.strip();
            String l = Text.lower(s);
            if (l.equals("error message below:")) {
                part = 1;
            } else if (l.equals("message details:")) {
                part = 2;
            } else if (part == 0 && l.startsWith("error:")) {
                error = s.substring(6).strip();
            } else if (part == 1 && !s.isEmpty()) {
                reply.append(s).append(' ');
            } else if (part == 2 && l.startsWith("rcpt to:")) {
                rcpts.addAll(Text.addresses(s));
            }
        }
        String d = reply.length() > 0 ? reply.toString() : error;
        List<Failure> failures = new ArrayList<>();
        for (String r : rcpts) {
            failures.add(SmtpReply.failure(r, d).build());
        }
        failures = GiveUp.directoryLookups(failures, "no valid recipients for this mm", "no such user here");
        return failures.isEmpty() ? null : message.report(name(), null, failures);
    }

    private Report mms(ReportView message, List<String> lines) {
        String error = null;
        String to = null;
        boolean original = false;
        for (String line : lines) {
            String s = line.strip();
            String l = Text.lower(s);
            if (l.equals("original message:")) {
                original = true;
            } else if (!original && l.startsWith("error:")) {
                error = s.substring(6).strip();
            } else if (original && l.startsWith("to:") && to == null) {
                to = ReportLines.firstAddress(s);
            }
        }
        if (to == null) {
            return null;
        }
        return ReportView.report(name(), null, GiveUp.directoryLookups(List.of(SmtpReply.failure(to, error).build()),
                "no valid recipients for this mm", "no such user here"), message.original());
    }
}

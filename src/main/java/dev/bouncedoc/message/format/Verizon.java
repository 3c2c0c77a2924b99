package dev.bouncedoc.message.format;

import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Lines;
import dev.bouncedoc.message.MailMessage;
import dev.bouncedoc.message.Recognizer;
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
public final class Verizon implements Recognizer {
    @Override
    public String name() {
        return "verizon";
    }

    @Override
    public Report recognize(MailMessage message) {
        String body = message.bodyText();
        String lower = Text.lower(body);
        List<String> lines = Lines.of(body);
        if (lower.contains("error message below:") && lower.contains("message details:")) {
            return sms(message, lines);
        }
        if (lower.contains("message could not be delivered to mobile") && lower.contains("original message:")) {
            return mms(message, lines);
        }
        return null;
    }

    private Report sms(MailMessage message, List<String> lines) {
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
            failures.add(NdrLines.fromText(r, d).build());
        }
        failures = NdrText.directoryLookups(failures, "no valid recipients for this mm", "no such user here");
        return failures.isEmpty() ? null : Rfc3464.report(name(), null, failures, Originals.find(message));
    }

    private Report mms(MailMessage message, List<String> lines) {
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
                to = NdrLines.firstAddress(s);
            }
        }
        if (to == null) {
            return null;
        }
        return Rfc3464.report(name(), null, NdrText.directoryLookups(List.of(NdrLines.fromText(to, error).build()),
                "no valid recipients for this mm", "no such user here"), Originals.find(message));
    }
}

package dev.bouncedoc.message.format;

import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Report;
import dev.bouncedoc.message.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * AOL's own mail system (AIRmail, "Mail Delivery Subsystem" at aol.com), before AOL's mail moved to Yahoo's:
 *
 * <pre>
 * Sorry alice@example.org. Your mail to the following recipients could not be delivered because they are
 * not accepting mail with attachments or embedded images:
 * 	bobsmith
 * </pre>
 *
 * The sentence is the cause for every recipient; the recipients follow it, one per indented line, as AOL
 * screen names (the local part alone, whose domain is the reporting daemon's: aol.com) or as addresses.
 */
final class Aol extends FormatReader {
    private static final String LEAD = "your mail to the following recipients could not be delivered";

    @Override
    public String name() {
        return "aol";
    }

    @Override
    Report read(ReportView message) {
        if (!message.lowerBody().contains(LEAD)) {
            return null;
        }
        String daemon = ReportLines.firstAddress(message.from());
        String domain = daemon == null ? null : Text.lower(daemon.substring(daemon.lastIndexOf('@') + 1));
        String cause = null;
        List<String> rcpts = new ArrayList<>();
        for (String line : message.lines()) {
            if (cause == null) {
                int at = Text.lower(line).indexOf(LEAD);
                if (at >= 0 && at < line.length()) {
                    cause = line.substring(at).strip(); // "Your mail to ... because they are not accepting ...:"
                    if (cause.endsWith(":")) {
                        cause = cause.substring(0, cause.length() - 1);
                    }
                }
            } else if (line.isBlank() || !Character.isWhitespace(line.charAt(0))) {
                if (!rcpts.isEmpty() || !line.isBlank()) {
                    break; // the list ends at the first blank or unindented line after it
                }
            } else {
                String name = line.strip();
                String address = ReportLines.firstAddress(name);
                if (address != null) {
                    rcpts.add(address);
                } else if (domain != null && screenName(name)) {
                    rcpts.add(name + "@" + domain);
                }
            }
        }
        List<Failure> failures = new ArrayList<>();
        for (String r : rcpts) {
            failures.add(SmtpReply.failure(r, cause).build());
        }
        return failures.isEmpty() ? null : message.report(name(), null, failures);
    }

    /** An AOL screen name: letters, digits, dots, hyphens and underscores, 3 to 64 of them. */
    private static boolean screenName(String s) {
        if (s.length() < 3 || s.length() > 64) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c < 128 && Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_')) {
                return false;
            }
        }
        return true;
    }
}

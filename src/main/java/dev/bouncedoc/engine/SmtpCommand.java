package dev.bouncedoc.engine;

import dev.bouncedoc.message.Text;

/** Finds which SMTP command a diagnostic text answered, from the wording MTAs use to say it. */
final class SmtpCommand {
    private SmtpCommand() {
    }

    /** RCPT, DATA, MAIL, HELO, CONN or null. */
    static String of(String diagnostic) {
        if (diagnostic == null) {
            return null;
        }
        String t = Text.lower(diagnostic);
        // Postfix: "(in reply to RCPT TO command)"; Exim: "after RCPT TO:<...>", "after end of data"
        if (Text.containsAny(t, "in reply to end of data", "in reply to data", "after end of data", "after data",
                "after the data command", ">>> data", "after end of data:")) {
            return "DATA";
        }
        if (Text.containsAny(t, "in reply to rcpt to", "after rcpt to", ">>> rcpt to", "in reply to rcpt")) {
            return "RCPT";
        }
        if (Text.containsAny(t, "in reply to mail from", "after mail from", ">>> mail from", "in reply to mail")) {
            return "MAIL";
        }
        if (Text.containsAny(t, "in reply to helo", "in reply to ehlo", "after helo", "after ehlo", ">>> ehlo", ">>> helo")) {
            return "HELO";
        }
        if (Text.containsAny(t, "after initial connection", "while connected", "in reply to the greeting",
                "after connection", "smtp greeting", "during initial connection")) {
            return "CONN";
        }
        return null;
    }
}

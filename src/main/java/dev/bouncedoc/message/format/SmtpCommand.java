package dev.bouncedoc.message.format;

import dev.bouncedoc.message.Text;

/**
 * The SMTP command a reply answered (RFC 5321 section 4.1), in short form: RCPT, MAIL, DATA, HELO,
 * STARTTLS, AUTH, QUIT, RSET, or CONN for the greeting.
 */
final class SmtpCommand {
    private SmtpCommand() {
    }

    /**
     * The command named by a transcript's {@code >>>} line or a report's wording ("in reply to RCPT TO
     * command", "after I sent the message", "helo handshake"), or null.
     */
    static String named(String text) {
        if (text == null) {
            return null;
        }
        String t = Text.lower(text).strip();
        if (t.startsWith("rcpt") || t.contains("rcpt to") || t.equals("recipient")) {
            return "RCPT";
        }
        if (t.startsWith("mail") || t.contains("mail from") || t.equals("sender")) {
            return "MAIL";
        }
        if (t.startsWith("data") || t.startsWith("final data") || t.contains("end of data") || t.contains("message body")
                || t.startsWith("bdat") || t.contains("after i sent the message")) {
            return "DATA";
        }
        if (t.startsWith("ehlo") || t.startsWith("helo") || t.startsWith("lhlo") || t.contains("helo handshake")) {
            return "HELO";
        }
        if (t.startsWith("starttls")) {
            return "STARTTLS";
        }
        if (t.startsWith("auth")) {
            return "AUTH";
        }
        if (t.startsWith("quit")) {
            return "QUIT";
        }
        if (t.startsWith("rset")) {
            return "RSET";
        }
        if (t.contains("greeting") || t.startsWith("connect")) {
            return "CONN";
        }
        return null;
    }

    /**
     * The command at the start of lower-case text that follows Exim's "after" (and the like): "rcpt to:&lt;a&gt;",
     * "mail from:", "end of data", "initial connection", "pipelined rcpt to:", ...; or null.
     */
    static String after(String lower) {
        String r = lower.startsWith("pipelined ") ? lower.substring(10) : lower;
        if (r.startsWith("rcpt")) {
            return "RCPT";
        }
        if (r.startsWith("mail")) {
            return "MAIL";
        }
        if (r.startsWith("end of data") || r.startsWith("data") || r.startsWith("sending data") || r.startsWith("bdat")) {
            return "DATA";
        }
        if (r.startsWith("initial connection") || r.startsWith("connect")) {
            return "CONN";
        }
        if (r.startsWith("ehlo") || r.startsWith("helo") || r.startsWith("lhlo")) {
            return "HELO";
        }
        if (r.startsWith("starttls")) {
            return "STARTTLS";
        }
        if (r.startsWith("auth")) {
            return "AUTH";
        }
        return null;
    }
}

package dev.bouncedoc.message;

/**
 * One recipient as a format recogniser read it, before diagnosis. Any field may be null.
 *
 * @param address     the failed recipient's address
 * @param action      RFC 3464 action: failed, delayed, delivered, relayed, expanded
 * @param status      enhanced status code as written (5.1.1)
 * @param replyCode   SMTP reply code (550)
 * @param diagnostic  the remote server's or the MTA's text about this recipient
 * @param remoteMta   the host that answered
 * @param lastAttempt the date of the last attempt, as written
 * @param command     the SMTP command that was answered (RCPT, DATA, MAIL, CONN, ...), when known
 * @param stated      what the format itself states about the recipient (the MTA gave up, a complaint, ...), else null
 * @param diagnosticCut whether the text the reader gave was longer than {@link #MAX_DIAGNOSTIC_CHARS} and
 *                    {@code diagnostic} is the window of it around the address
 * @param notice      the notification's own human-readable words (the first text/plain part of a
 *                    multipart/report, or a reader's explanation paragraph), at most {@link #MAX_NOTICE_CHARS}
 *                    characters, shared by the report's recipients; null when there are none. Evidence only
 *                    when the diagnostic's own words name no cause (the reason policy decides)
 */
public record Failure(String address, String action, String status, String replyCode, String diagnostic,
                      String remoteMta, String lastAttempt, String command, Stated stated, boolean diagnosticCut,
                      String notice) {
    /**
     * Characters of text about one recipient: a longer text (a line naming a thousand recipients) is cut to
     * a window around where it names the address ({@link Text#window(String, String, int)}), so that what
     * is reported per recipient stays bounded however long the line.
     */
    public static final int MAX_DIAGNOSTIC_CHARS = 1_000;
    /**
     * Characters of every other field (an address, a host, a date): no real value comes near it, and a
     * value a report repeats for each recipient cannot multiply a long header into the output.
     */
    public static final int MAX_FIELD_CHARS = 1_000;
    /**
     * Characters of a notification's human-readable words kept as {@code notice}: its start, where a report
     * says what happened (the rest is a copy of the returned message or of the delivery-status fields).
     */
    public static final int MAX_NOTICE_CHARS = 2_000;

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.address = address;
        b.action = action;
        b.status = status;
        b.replyCode = replyCode;
        b.diagnostic = diagnostic;
        b.remoteMta = remoteMta;
        b.lastAttempt = lastAttempt;
        b.command = command;
        b.stated = stated;
        b.diagnosticCut = diagnosticCut;
        b.notice = notice;
        return b;
    }

    /** Builds a {@link Failure}; blank values become null. */
    public static final class Builder {
        private String address;
        private String action;
        private String status;
        private String replyCode;
        private String diagnostic;
        private String remoteMta;
        private String lastAttempt;
        private String command;
        private Stated stated;
        private boolean diagnosticCut;
        private String notice;

        public Builder address(String v) { address = field(v); return this; }
        public Builder action(String v) { action = field(v); return this; }
        public Builder status(String v) { status = field(v); return this; }
        public Builder replyCode(String v) { replyCode = field(v); return this; }
        public Builder diagnostic(String v) { diagnostic = clean(v); return this; }
        public Builder remoteMta(String v) { remoteMta = field(v); return this; }
        public Builder lastAttempt(String v) { lastAttempt = field(v); return this; }
        public Builder command(String v) { command = field(v); return this; }
        public Builder stated(Stated v) { stated = v; return this; }
        /** Says that the reader already cut the diagnostic to a window around the address. */
        public Builder diagnosticCut(boolean v) { diagnosticCut |= v; return this; }
        /** The notification's own human-readable words; cut to {@link #MAX_NOTICE_CHARS}. */
        public Builder notice(String v) { notice = clean(Text.cut(v, MAX_NOTICE_CHARS)); return this; }

        public String address() { return address; }
        public String diagnostic() { return diagnostic; }
        public String status() { return status; }
        public String replyCode() { return replyCode; }

        private static String field(String v) {
            return Text.cut(clean(v), MAX_FIELD_CHARS);
        }

        /** Stripped, without bidirectional or zero-width controls ({@link Text#visible}); blank is null. */
        private static String clean(String v) {
            if (v == null) {
                return null;
            }
            String s = Text.visible(v).strip();
            return s.isEmpty() ? null : s;
        }

        public Failure build() {
            String d = diagnostic;
            boolean cut = false;
            if (d != null && d.length() > MAX_DIAGNOSTIC_CHARS) {
                d = Text.window(d, address, MAX_DIAGNOSTIC_CHARS);
                cut = true;
            }
            return new Failure(address, action, status, replyCode, d, remoteMta, lastAttempt, command, stated, cut || diagnosticCut,
                    notice);
        }
    }
}

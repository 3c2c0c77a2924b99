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
 */
public record Failure(String address, String action, String status, String replyCode, String diagnostic,
                      String remoteMta, String lastAttempt, String command, Stated stated) {

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

        public Builder address(String v) { address = clean(v); return this; }
        public Builder action(String v) { action = clean(v); return this; }
        public Builder status(String v) { status = clean(v); return this; }
        public Builder replyCode(String v) { replyCode = clean(v); return this; }
        public Builder diagnostic(String v) { diagnostic = clean(v); return this; }
        public Builder remoteMta(String v) { remoteMta = clean(v); return this; }
        public Builder lastAttempt(String v) { lastAttempt = clean(v); return this; }
        public Builder command(String v) { command = clean(v); return this; }
        public Builder stated(Stated v) { stated = v; return this; }

        public String address() { return address; }
        public String diagnostic() { return diagnostic; }
        public String status() { return status; }
        public String replyCode() { return replyCode; }

        private static String clean(String v) {
            if (v == null) {
                return null;
            }
            String s = v.strip();
            return s.isEmpty() ? null : s;
        }

        public Failure build() {
            return new Failure(address, action, status, replyCode, diagnostic, remoteMta, lastAttempt, command, stated);
        }
    }
}

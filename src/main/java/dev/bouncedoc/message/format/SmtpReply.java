package dev.bouncedoc.message.format;

import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Text;
import java.util.List;

/** A server's SMTP reply as reports quote it (RFC 5321 section 4.2): multi-line replies, codes, and the failure it makes. */
final class SmtpReply {
    private SmtpReply() {
    }

    /**
     * A multi-line reply as one line (RFC 5321 section 4.2.1): {@code 550-5.7.1 first} / {@code 550 5.7.1 last}
     * become {@code 550 5.7.1 first last}, the code and a repeated status said once; a line with another
     * code, or without one, is kept as it is. Blank lines are dropped.
     */
    static String join(List<String> lines) {
        StringBuilder sb = new StringBuilder();
        String code = null;
        String status = null;
        for (String raw : lines) {
            String l = raw.strip();
            if (l.isEmpty()) {
                continue;
            }
            String c = codeOf(l);
            if (c != null && code == null) {
                code = c;
                String rest = l.substring(4).strip();
                String st = Text.status(rest);
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(c);
                if (st != null && rest.startsWith(st)) {
                    status = st;
                    sb.append(' ').append(st);
                    rest = rest.substring(st.length()).strip();
                }
                sb.append(' ').append(rest);
                continue;
            }
            if (c != null && c.equals(code)) {
                String rest = l.substring(4).strip();
                if (status != null && rest.startsWith(status + " ")) {
                    rest = rest.substring(status.length()).strip(); // 550-5.7.1 a / 550 5.7.1 b: one status
                }
                l = rest;
            }
            if (!l.isEmpty()) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(l);
            }
        }
        return Text.oneLine(sb.toString());
    }

    /** The reply code of a reply line: three digits and '-' or ' ' before more text; else null. */
    private static String codeOf(String l) {
        return l.length() > 4 && Character.isDigit(l.charAt(0)) && Character.isDigit(l.charAt(1))
                && Character.isDigit(l.charAt(2)) && (l.charAt(3) == '-' || l.charAt(3) == ' ') ? l.substring(0, 3) : null;
    }

    /** A failed recipient from the server's text: the status and reply code are read from it. */
    static Failure.Builder failure(String address, String diagnostic) {
        String d = Text.oneLine(diagnostic);
        return Failure.builder().address(address).action("failed").diagnostic(d).status(Text.status(d))
                .replyCode(Text.replyCode(d));
    }

    /**
     * The status to report: the one the report states, unless it is only a class (x.0.0) or sendmail's
     * "deferred too long" 4.4.7 and the server's reply has a precise code of the same class.
     */
    static String preferStatus(String stated, String inText) {
        if (inText == null) {
            return stated;
        }
        if (stated == null) {
            return inText;
        }
        if (stated.charAt(0) == inText.charAt(0) && (stated.endsWith(".0.0") || stated.equals("4.4.7"))) {
            return inText;
        }
        return stated;
    }

    /** Whether the text has a letter. */
    static boolean hasLetters(String s) {
        if (s == null) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}

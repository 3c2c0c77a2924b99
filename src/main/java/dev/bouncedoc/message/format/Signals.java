package dev.bouncedoc.message.format;

import dev.bouncedoc.message.Lines;
import dev.bouncedoc.message.Section;
import dev.bouncedoc.message.Text;
import java.util.List;

/** Shared evidence that a message is a bounce, and where its quoted original begins. */
final class Signals {
    private static final String[] SENDERS = {"mailer-daemon", "postmaster", "mail delivery", "mail administrator",
        "mail delivery subsystem", "mail delivery system", "mailerdaemon", "mail system", "mdaemon",
        "daemon@", "ndr@", "dsn@", "microsoftexchange"};
    private static final String[] SUBJECTS = {"undeliver", "undelivered", "returned mail", "delivery status notification",
        "failure notice", "mail delivery failed", "delivery failure", "delivery failed", "delivery has failed",
        "non remis", "non-remis", "nondeliverable", "non-deliverable", "not delivered", "could not be delivered",
        "delivery notification", "mail system error", "returned to sender", "delivery problem",
        "message not delivered", "warning: could not send", "unzustellbar", "nicht zustellbar", "no se puede entregar",
        "failed delivery", "mail could not be delivered", "delivery report", "delivery error",
        "permanent delivery failure", "error sending", "unable to deliver", "returned message", "mail failure",
        "配信不能", "配送不能", "配信エラー", "送信エラー", "未配信", "送信できませんでした", "不達", "戻りメール", "返送",
        "delivery status", "mail could not", "undelivered mail", "mail delivery problem",
        "message delayed", "delayed mail", "delivery delayed", "mail error", "failed mail",
        "sending failed", "not be delivered", "delivery failure notification", "bounced mail", "mail returned",
        "mail failed", "delivery warning", "non-delivery", "error during delivery", "nicht zugestellt",
        "mail delivery error", "processing error"};
    private static final String[] BODY = {"could not be delivered", "couldn't be delivered", "was not delivered",
        "undeliverable", "permanent error", "permanent fatal error", "delivery failed", "delivery has failed",
        "unable to deliver", "failed to deliver", "delivery to the following recipient", "the following address",
        "following recipient", "user unknown", "transcript of session", "returned to you", "i'm sorry to have to inform",
        "i'm afraid i wasn't able", "this is the mail system at", "this message was created automatically",
        "mail delivery system", "delivery status notification", "could not deliver", "did not reach",
        "wasn't delivered", "not be delivered", "message could not", "non-delivery", "delivery error",
        "宛先", "届きませんでした", "配信できません", "送信できません", "配送できません", "不明",
        "not yet been delivered", "could not be delivered to", "failed recipients", "failed addresses",
        "message not delivered", "has been returned", "returned because", "has been postponed",
        "no such user", "mailbox unavailable", "unknown user", "mailbox is full", "not delivered to",
        "delivery failure", "returned mail", "no valid recipients", "recipient address rejected"};

    /** Fixed wordings of mail systems' reports, which ordinary mail does not use. */
    private static final String[] MTA_TEXT = {"transcript of session follows", "this is the mail system at host",
        "permanent fatal error", "delivery to the following recipient", "i'm sorry to have to inform you",
        "i'm afraid i wasn't able to deliver", "created automatically by mail delivery software",
        "delivery has failed to these recipients", "the following addresses had permanent",
        "your message did not reach some or all", "this is an automatically generated delivery status notification",
        "hi. this is the qmail-send program", "unable to deliver your message to the following",
        "could not be delivered to one or more recipients", "your message could not be delivered to",
        "could not be delivered to the following recipients", "permanent fatal delivery errors",
        "--- non-delivery report ---"}; // the banner of Microsoft SMTPSVC/CDO reports ("Non-Delivery: subject")

    private Signals() {
    }

    /** Whether the sender or the subject speaks for a mail system (MAILER-DAEMON, "Undelivered Mail", ...). */
    static boolean fromMailSystem(ReportView m) {
        return Text.containsAny(Text.lower(m.from()), SENDERS) || Text.containsAny(Text.lower(m.subject()), SUBJECTS);
    }

    /** Whether the sender, subject or text say this message reports a delivery problem. */
    static boolean looksLikeBounce(ReportView m) {
        String from = Text.lower(m.from());
        String subject = Text.lower(m.subject());
        boolean bySubject = Text.containsAny(subject, SUBJECTS);
        int score = 0;
        String returnPath = Text.lower(m.headers().get("return-path")).strip();
        // the envelope speaks for a mail system in any language: a null reverse-path (RFC 5321 §4.5.5) or
        // a daemon's mailbox
        boolean bySender = Text.containsAny(from, SENDERS) || returnPath.equals("<>")
                || Text.containsAny(returnPath, "mailer-daemon", "postmaster");
        // RFC 6522/3464: a report declared as a delivery status notification, whatever its language
        String contentType = Text.lower(m.headers().get("content-type"));
        if (contentType.startsWith("multipart/report") && contentType.contains("delivery-status")) {
            score += 3;
        }
        if (bySender) {
            score += 2;
        }
        if (bySubject) {
            score += 2;
        }
        String head = m.lowerBody();
        if (head.length() > 8000) {
            head = head.substring(0, 8000);
        }
        boolean weakText = Text.containsAny(head, BODY);
        boolean strongText = Text.containsAny(head, MTA_TEXT);
        boolean smtpText = Text.replyCode(head) != null && Text.containsAny(head, "smtp", "remote", "host", "server", "said")
                || Text.status(head) != null;
        boolean failedHeader = m.headers().has("x-failed-recipients");
        // a mail system that returns a message (enclosed as message/rfc822 or its headers, the layout of
        // RFC 6522 even without its report type) reports on its delivery, in whatever language it writes
        boolean returned = bySender && returnsMessage(m);
        score += (weakText ? 1 : 0) + (smtpText ? 1 : 0) + (strongText ? 2 : 0) + (failedHeader ? 3 : 0) + (returned ? 1 : 0);
        // the text must say that something failed, and something must speak for a mail system rather than a
        // shop's "your parcel could not be delivered": its sender, an SMTP answer, an MTA's fixed wording
        boolean declared = contentType.startsWith("multipart/report") && contentType.contains("delivery-status");
        return score >= 3 && (weakText || smtpText || strongText || failedHeader || bySender && bySubject || declared || returned)
                && (bySender || smtpText || strongText || failedHeader || declared);
    }

    /**
     * Whether the message has what only a mail system's report has, whatever its words: a sender that is a
     * mail daemon, a delivery-status part or report type (RFC 3464/6522), X-Failed-Recipients, or an MTA's
     * fixed wording. An automatic reply (RFC 3834) has none of these.
     */
    static boolean reportStructure(ReportView m) {
        if (Text.containsAny(Text.lower(m.from()), SENDERS) || m.headers().has("x-failed-recipients")
                || m.ownDsnSection() != null) {
            return true;
        }
        String contentType = Text.lower(m.headers().get("content-type"));
        if (contentType.startsWith("multipart/report") && contentType.contains("delivery-status")) {
            return true;
        }
        String head = m.lowerBody();
        return Text.containsAny(head.length() > 8000 ? head.substring(0, 8000) : head, MTA_TEXT);
    }

    /** Wordings of delay warnings: the MTA has not delivered the message yet and keeps trying. */
    private static final String[] STILL_TRYING = {"will continue to attempt", "delivery attempts will continue",
        "will continue to try", "will keep trying", "still trying to deliver", "this is just a warning",
        "this is a warning message only", "you do not need to resend", "has not yet been delivered",
        "has been postponed", "will try again later", "will try to deliver it again"};
    /** Wordings of a final failure, which no warning has. */
    private static final String[] GAVE_UP = {"permanent error", "i've given up", "giving up", "will not be retried",
        "no further attempts", "not going to try again", "has been returned", "was returned"};

    /**
     * Whether a report's own text (before the returned message) is a delay warning: it says the MTA keeps
     * trying and nowhere that it failed for good.
     */
    static boolean stillTrying(String text) {
        String l = Text.lower(text);
        return Text.containsAny(l, STILL_TRYING) && !Text.containsAny(l, GAVE_UP);
    }

    /** Whether the message encloses a message or its header (message/rfc822, text/rfc822-headers, ...). */
    private static boolean returnsMessage(ReportView m) {
        for (Section s : m.sections()) {
            if (s.enclosed() || s.isOriginal()) {
                return true;
            }
        }
        return false;
    }

    private static final String[] ORIGINAL_MARKERS = {
        "original message", "original-message", "message follows", "copy of the message", "copy of your message",
        "headers of the original", "original message headers", "the original message was", "below is a copy",
        "below this line is a copy", "unsent message below", "message headers follow", "returned message",
        "content-type: message/rfc822", "--- the header of the original message", "original mail",
        "元のメッセージ", "元のメール", "以下、元の", "original text", "your message reads", "included below",
        "undelivered message", "headers are included", "first part of the original", "message body follows",
        "returned mail follows", "message text follows", "old message:", "-- returned mail --"};

    /** The text before the returned original's quoted copy begins. */
    static String beforeOriginal(String text) {
        List<String> lines = Lines.of(text);
        StringBuilder sb = new StringBuilder(text.length());
        boolean started = false;
        for (String line : lines) {
            String l = Text.lower(line);
            boolean marker = (l.startsWith("-") || l.startsWith("=") || l.startsWith("*") || l.startsWith("[")
                    || l.startsWith(" ") || l.length() < 90) && Text.containsAny(l, ORIGINAL_MARKERS)
                    && !l.contains("@") && !Text.containsAny(l, "was not delivered", "could not be delivered",
                    "receive a copy"); // MDaemon's "The following addresses did NOT receive a copy of your message:" lists recipients
            if (marker && started) {
                break;
            }
            if (!line.isBlank()) {
                started = true;
            }
            sb.append(line).append('\n');
        }
        return sb.toString();
    }
}

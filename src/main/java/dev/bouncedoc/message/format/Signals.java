package dev.bouncedoc.message.format;

import dev.bouncedoc.message.Lines;
import dev.bouncedoc.message.MailMessage;
import dev.bouncedoc.message.Text;
import java.util.List;

/** Shared evidence that a message is a bounce, and where its quoted original begins. */
public final class Signals {
    private static final String[] SENDERS = {"mailer-daemon", "postmaster", "mail delivery", "mail administrator",
        "mail delivery subsystem", "mail delivery system", "mailerdaemon", "mail system", "mdaemon",
        "nobody@", "bounce", "returned", "daemon@", "ndr@", "admin@", "dsn@"};
    private static final String[] SUBJECTS = {"undeliver", "undelivered", "returned mail", "delivery status notification",
        "failure notice", "mail delivery failed", "delivery failure", "delivery failed", "delivery has failed",
        "non remis", "non-remis", "nondeliverable", "non-deliverable", "not delivered", "could not be delivered",
        "delivery notification", "mail system error", "returned to sender", "delivery problem", "rejected",
        "message not delivered", "warning: could not send", "unzustellbar", "nicht zustellbar", "no se puede entregar",
        "failed delivery", "mail could not be delivered", "bounce", "delivery report", "delivery error",
        "permanent delivery failure", "error sending", "unable to deliver", "returned message", "mail failure",
        "配信不能", "配送不能", "エラー", "未配信", "送信できませんでした", "不達", "戻りメール", "返送",
        "delivery status", "mail could not", "undelivered mail", "mail delivery problem", "notification",
        "message delayed", "delayed mail", "delivery delayed", "mail error", "failed mail", "your message",
        "message you sent", "sending failed", "not be delivered", "delivery failure notification"};
    private static final String[] BODY = {"could not be delivered", "couldn't be delivered", "was not delivered",
        "undeliverable", "permanent error", "permanent fatal error", "delivery failed", "delivery has failed",
        "unable to deliver", "failed to deliver", "delivery to the following recipient", "the following address",
        "following recipient", "user unknown", "transcript of session", "returned to you", "i'm sorry to have to inform",
        "i'm afraid i wasn't able", "this is the mail system at", "this message was created automatically",
        "mail delivery system", "delivery status notification", "could not deliver", "did not reach",
        "wasn't delivered", "not be delivered", "message could not", "non-delivery", "delivery error",
        "宛先", "届きませんでした", "配信できません", "送信できません", "配送できません", "不明"};

    private Signals() {
    }

    /** Whether the sender, subject or text say this message reports a delivery problem. */
    public static boolean looksLikeBounce(MailMessage m) {
        String from = Text.lower(m.from());
        String subject = Text.lower(m.subject());
        int score = 0;
        if (Text.containsAny(from, SENDERS)) {
            score += 2;
        }
        if (Text.containsAny(subject, SUBJECTS)) {
            score += 2;
        }
        String head = Text.lower(m.bodyText());
        if (head.length() > 8000) {
            head = head.substring(0, 8000);
        }
        if (Text.containsAny(head, BODY)) {
            score += 1;
        }
        if (Text.replyCode(head) != null && Text.containsAny(head, "smtp", "remote", "host", "server", "said")) {
            score += 1;
        }
        if (m.headers().has("x-failed-recipients")) {
            score += 3;
        }
        return score >= 3;
    }

    private static final String[] ORIGINAL_MARKERS = {
        "original message", "original-message", "message follows", "copy of the message", "copy of your message",
        "headers of the original", "original message headers", "the original message was", "below is a copy",
        "below this line is a copy", "unsent message below", "message headers follow", "returned message",
        "content-type: message/rfc822", "--- the header of the original message", "original mail",
        "元のメッセージ", "元のメール", "以下、元の", "original text", "your message reads", "included below",
        "undelivered message", "headers are included", "first part of the original", "message body follows"};

    /** The text before the returned original's quoted copy begins. */
    public static String beforeOriginal(String text) {
        List<String> lines = Lines.of(text);
        StringBuilder sb = new StringBuilder(text.length());
        boolean started = false;
        for (String line : lines) {
            String l = Text.lower(line);
            boolean marker = (l.startsWith("-") || l.startsWith("=") || l.startsWith("*") || l.startsWith("[")
                    || l.startsWith(" ") || l.length() < 90) && Text.containsAny(l, ORIGINAL_MARKERS)
                    && !l.contains("@") && !Text.containsAny(l, "was not delivered", "could not be delivered");
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

package dev.bouncedoc.message.format;

import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Headers;
import dev.bouncedoc.message.Report;
import dev.bouncedoc.message.Stated;
import dev.bouncedoc.message.Text;
import dev.bouncedoc.vocabulary.BounceKind;
import java.util.List;

/**
 * Automatic replies, which answer a delivered message and are no bounce of its recipient: out-of-office and
 * vacation notices (RFC 3834), and a mailing list's notice that a post is held for its moderator.
 *
 * <p>Header fields decide first: Auto-Submitted: auto-replied, X-Autoreply, X-Autorespond,
 * Precedence: auto_reply (RFC 3834 and the fields Sisimai's RFC3834 module reads). Such a message is an
 * automatic reply unless it has what only a mail system's report has ({@link Signals#reportStructure}: many
 * MTAs mark their bounces auto-replied too), or, as Sisimai reads it, it comes from root, postmaster or
 * MAILER-DAEMON. Weaker marks (Auto-Submitted: auto-generated or auto-notified, Exchange's
 * X-Auto-Response-Suppress naming OOF or AutoReply) and subject prefixes in several languages (the
 * localised "Automatic reply:" of Outlook and others) need a message that does not look like a bounce, and
 * for a subject that only mentions such words, body wording that says the person is away.
 *
 * <p>The recipient is the person who is away: the From of the reply. A moderation notice is read by its
 * layout: Mailman's (2.1 and 3: subject "Your message to LIST awaits moderator approval", X-List-Administrivia
 * or List-Id, and the template's sentence "Is being held until the list moderator can review it for
 * approval", in any of Mailman 3's languages) and Sympa's ("Your message to the list 'LIST' has been forwarded
 * to the moderator(s)", subject "Message distribution"); its recipient is the list's address.
 */
final class AutoReply extends FormatReader {
    /** Subject prefixes of automatic replies: English, then Outlook's and other programs' localised ones. */
    private static final String[] PREFIXES = {"automatic reply:", "auto reply:", "autoreply:", "auto-reply:",
        "auto response:", "auto-response:", "autoresponse:", "auto:", "out of office:", "out of the office:",
        "out of office autoreply:", "automatische antwort:", "abwesenheitsnotiz", "réponse automatique",
        "respuesta automática:", "respuesta automatica:", "risposta automatica:", "resposta automática:",
        "automatisch antwoord:", "automatiskt svar:", "automatisk svar:", "autosvar:", "automaattinen vastaus:",
        "odpowiedź automatyczna:", "automatická odpověď:", "автоматический ответ:", "自動応答:", "自動返信:",
        "自动回复:", "自動回覆:", "자동 회신:", "不在通知"};
    /** Words that, anywhere in a subject, speak of an automatic reply. */
    private static final String[] SUBJECT_WORDS = {"automatic reply", "auto reply", "autoreply", "auto-reply",
        "out of office", "out of the office", "vacation", "away until", "abwesenheit", "réponse automatique",
        "respuesta automática", "自動応答", "自動返信", "自动回复", "不在"};
    /** Body wordings that say the person is away, in several languages. */
    private static final String[] AWAY = {"out of the office", "out of office", "vacation", "away until",
        "away from", "return on", "returning", "abwesend", "nicht im büro", "urlaub", "absent", "en congé",
        "hors du bureau", "fuera de la oficina", "vacaciones", "ausente", "fuori ufficio", "in ferie", "afwezig",
        "vakantie", "fora do escritório", "férias", "в отпуске", "отсутствую", "poza biurem", "urlop",
        "不在", "休暇", "休假", "不在办公室", "出差"};

    /** Mailman's hold notice: its subject, and the template's sentence in Mailman 3's languages. */
    private static final String MAILMAN_HOLD_SUBJECT = "awaits moderator approval";
    private static final String[] MAILMAN_HELD = {"is being held until the list moderator can review it",
        "wurde zurückgehalten, bis eine moderator", "ha sido retenido hasta que el moderador de la lista",
        "est en attente de validation par un modérateur", "viene trattenuto fino a quando il moderatore della lista",
        "até que o moderador da lista possa", "je prozatím přidržen ke kontrole moderátorem",
        "sa pozastavuje, kým ju schváli moderátor", "的邮件已被搁置，直到列表版主审阅通过"};
    /** Sympa's message_report "moderating_message" text. */
    private static final String SYMPA_MODERATING = "has been forwarded to the moderator";

    @Override
    public String name() {
        return "rfc3834";
    }

    @Override
    Report read(ReportView message) {
        Report held = moderation(message);
        if (held != null) {
            return held;
        }
        Headers h = message.headers();
        String from = Text.lower(message.from());
        String subject = Text.lower(message.subject()).strip();
        if (Text.containsAny(from, "root@", "postmaster@", "mailer-daemon@") || subject.contains("mail failure -")) {
            return null; // Sisimai's exclusions: a system account's mail, Exim's "Mail failure -"
        }
        String auto = Text.lower(h.get("auto-submitted")).strip();
        boolean strong = auto.startsWith("auto-replied") || h.has("x-autoreply") || h.has("x-autorespond")
                || Text.lower(h.get("precedence")).contains("auto_reply") || h.has("x-autoreply-from");
        boolean weak = auto.startsWith("auto-generated") || auto.startsWith("auto-notified")
                || Text.containsAny(Text.lower(h.get("x-auto-response-suppress")), "oof", "autoreply");
        boolean prefixed = startsWithAny(subject, PREFIXES);
        boolean mentioned = prefixed || Text.containsAny(subject, SUBJECT_WORDS);
        boolean reply;
        if (strong) {
            reply = !Signals.reportStructure(message); // a bounce marked auto-replied stays a bounce
        } else if (!(weak || mentioned) || message.looksLikeBounce()) {
            reply = false;
        } else {
            reply = prefixed || Text.containsAny(message.lowerBody(), AWAY);
        }
        if (!reply) {
            return null;
        }
        List<String> fromAddresses = Text.addresses(message.from());
        String who = fromAddresses.isEmpty() ? null : fromAddresses.get(0);
        return replyTo(message, who, Stated.AUTO_REPLY, name());
    }

    /** A list's notice that the post is held for its moderator (Mailman, Sympa), or null. */
    private static Report moderation(ReportView message) {
        Headers h = message.headers();
        String subject = Text.lower(message.subject());
        String body = message.lowerBody();
        String head = body.length() > 4000 ? body.substring(0, 4000) : body;
        boolean listMail = h.has("list-id") || h.has("x-list-administrivia") || h.has("x-mailman-version");
        String format = null;
        if (listMail && (subject.contains(MAILMAN_HOLD_SUBJECT) || Text.containsAny(head, MAILMAN_HELD))) {
            format = "mailman";
        } else if (head.contains(SYMPA_MODERATING) && head.contains("your message to the list")
                && (subject.strip().equals("message distribution") || listMail || h.has("x-loop"))) {
            format = "sympa";
        }
        if (format == null || Signals.reportStructure(message)) {
            return null;
        }
        List<String> list = Text.addresses(message.subject());
        if (list.isEmpty()) {
            list = Text.addresses(h.get("list-post"));
        }
        if (list.isEmpty()) {
            list = Text.addresses(h.get("x-beenthere")); // Mailman 2's posting address
        }
        if (list.isEmpty()) {
            list = Text.addresses(message.from());
        }
        return replyTo(message, list.isEmpty() ? null : list.get(0), Stated.HELD_FOR_MODERATION, format);
    }

    private static Report replyTo(ReportView message, String who, Stated stated, String format) {
        Headers h = message.headers();
        Failure f = Failure.builder().address(who).action("delivered").stated(stated)
                .diagnostic(Text.oneLine(firstLines(message.bodyText()))).build();
        Headers original = Headers.parse("Message-ID: " + (h.get("in-reply-to") == null ? "" : h.get("in-reply-to")) + "\n");
        return new Report(BounceKind.AUTO_REPLY, format, null, List.of(f), h.get("in-reply-to") == null ? Headers.EMPTY : original, null);
    }

    private static boolean startsWithAny(String s, String[] prefixes) {
        for (String p : prefixes) {
            if (s.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    private static String firstLines(String body) {
        String t = body.strip();
        return t.length() > 300 ? t.substring(0, 300) : t;
    }
}

package dev.bouncedoc.message.format;

import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Headers;
import dev.bouncedoc.message.Report;
import dev.bouncedoc.message.Section;
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
 * <p>The recipient is the person who is away (or whose address is no longer read): the From of the reply, or
 * when it has none, the one recipient of the enclosed or quoted original, else the address in a sentence of
 * its text that says whom the answered message was sent to ("You sent mail to ..."); no other address its
 * text names.
 * A moderation notice is read by its
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
        String who = fromAddresses.isEmpty() ? replied(message) : fromAddresses.get(0);
        return replyTo(message, who, Stated.AUTO_REPLY, name());
    }

    /**
     * For an automatic reply sent with no From address: the one recipient of the message it answers (the
     * enclosed or quoted original's To, when that names one address other than the reply's own recipient),
     * else, with no original at all, the address its text says the message was sent to ({@link #addressedIn}),
     * else null. No other address the reply's text mentions: that is often the one to write to instead.
     */
    private static String replied(ReportView message) {
        List<String> to = Text.addresses(message.original().get("to"));
        if (to.isEmpty()) {
            return addressedIn(message.bodyText()); // no original: the reply's own sentence that says whom it answers for
        }
        if (to.size() != 1) {
            return null;
        }
        for (String a : Text.addresses(message.headers().get("to"))) {
            if (a.equalsIgnoreCase(to.get(0))) {
                return null; // the quoted block is the reply's own header, not the original's
            }
        }
        return to.get(0);
    }

    /** How an automatic reply's text opens a sentence that names the address the answered message was sent to. */
    private static final String[] SENT_TO = {"you sent mail to ", "you sent a message to ", "you sent an email to ",
        "you sent e-mail to ", "you wrote to ", "your message to ", "your mail to ", "your e-mail to ", "your email to "};

    /**
     * The address that a sentence of the reply's text says the answered message was sent to ("You sent mail to
     * bob@example.org. That's not a valid user here."), the sentence opening the text or a line, or null. Only
     * this wording: an address elsewhere in a reply is often the one to write to instead.
     */
    static String addressedIn(String body) {
        if (body == null) {
            return null;
        }
        String head = body.length() > 2000 ? body.substring(0, 2000) : body;
        String lower = Text.lower(head);
        for (String lead : SENT_TO) {
            int at = lower.indexOf(lead);
            while (at >= 0) {
                int before = at - 1;
                while (before >= 0 && (lower.charAt(before) == ' ' || lower.charAt(before) == '\t')) {
                    before--;
                }
                if (before < 0 || lower.charAt(before) == '\n' || lower.charAt(before) == '.') {
                    int end = at + lead.length();
                    while (end < head.length() && !Character.isWhitespace(head.charAt(end))) {
                        end++;
                    }
                    List<String> a = Text.addresses(head.substring(at + lead.length(), end));
                    return a.size() == 1 ? a.get(0) : null;
                }
                at = lower.indexOf(lead, at + 1);
            }
        }
        return null;
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
        if (format == null) {
            return listService(message);
        }
        if (Signals.reportStructure(message)) {
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

    /** Subject words of a list service's notice that a post waits for a moderator. */
    private static final String[] HELD_SUBJECT = {"awaiting approval", "awaits approval", "awaiting moderat",
        "awaits moderat", "pending approval", "pending moderat", "held for moderat", "held for approval",
        "held for review", "needs approval", "requires approval", "approval required", "moderator approval",
        "submitted to the moderator", "sent to the moderator", "forwarded to the moderator", "waiting for approval"};
    /** Subject words of a list service's notice that a post was refused (by the service or by a moderator). */
    private static final String[] REFUSED_SUBJECT = {"rejected", "not accepted", "not authorized", "not authorised",
        "not allowed", "not permitted", "refused", "denied", "declined"};
    /** Subject prefixes of a person's reply or forward. */
    private static final String[] REPLY_PREFIXES = {"re:", "fw:", "fwd:", "aw:", "wg:", "tr:", "sv:", "vs:", "antw:"};
    /** Local parts of list managers' own addresses (L-Soft LISTSERV, Majordomo, Sympa, Mailman, ecartis, ezmlm's). */
    private static final List<String> LIST_MANAGERS = List.of("listserv", "majordomo", "sympa", "mailman", "ecartis",
            "listproc", "lyris");
    /** Domains of group services whose notices come from the group's own address (groups.io, Yahoo Groups). */
    private static final String[] GROUP_SERVICES = {"groups.io", "yahoogroups.com", "yahoogroups.co.uk"};

    /**
     * A list or group service's own notice about the sender's post (not a delivery failure): L-Soft LISTSERV,
     * groups.io, Yahoo Groups-style services, Majordomo and others. The service is told by structure: Mailman's
     * X-List-Administrivia: yes (list headers alone come with every post too), or a sender that is the list manager
     * ({@code LISTSERV@host}, {@code majordomo@...}), a list's owner or request address ({@code owner-LIST@},
     * {@code LIST-owner@}, {@code LIST+owner@}, {@code LIST-request@}) or a group service's domain (not a post it
     * passes on with the poster's address rewritten, "name=domain@" or "Name via ..."); the subject, which is
     * no reply or forward, then says what happened, held for a moderator (held: an automatic notice, no bounce) or
     * rejected (the post was refused: a failure of the list's address, like Google Groups' notice). A
     * delivery report (a daemon's sender, a delivery-status part) is never such a notice. The recipient
     * is the list's address: List-Post, X-BeenThere, an address in the subject other than the poster's,
     * the list's own address behind the sender's owner or request address, else the sender.
     */
    private static Report listService(ReportView message) {
        String subject = Text.lower(message.subject()).strip();
        if (startsWithAny(subject, REPLY_PREFIXES)) {
            return null; // a person's reply or forward, not the service's notice
        }
        boolean refused = Text.containsAny(subject, REFUSED_SUBJECT);
        boolean held = !refused && Text.containsAny(subject, HELD_SUBJECT);
        if (!refused && !held) {
            return null;
        }
        String service = service(message);
        if (service == null || Signals.reportStructure(message)) {
            return null;
        }
        String list = listAddress(message);
        if (held) {
            return replyTo(message, list, Stated.HELD_FOR_MODERATION, service);
        }
        Failure f = Failure.builder().address(list).action("failed").stated(Stated.POST_REFUSED)
                .diagnostic(Text.oneLine(firstLines(Signals.beforeOriginal(message.bodyText())))).build();
        return message.report(service, null, List.of(f));
    }

    /** The list service that sent the message ("listserv", "groupsio", "yahoogroups", "mailman", "list"), or null. */
    private static String service(ReportView message) {
        Headers h = message.headers();
        String sender = null;
        for (String v : new String[] {message.from(), h.get("sender")}) {
            for (String a : Text.addresses(v)) {
                String lower = Text.lower(a);
                String local = lower.substring(0, lower.lastIndexOf('@'));
                String domain = lower.substring(lower.lastIndexOf('@') + 1);
                if (local.equals("listserv")) {
                    return "listserv";
                }
                for (String d : GROUP_SERVICES) {
                    // a post the service passes on may carry its domain in From (rewritten for DMARC: "name=domain@")
                    if ((domain.equals(d) || domain.endsWith("." + d)) && local.indexOf('=') < 0
                            && !Text.lower(v).contains(" via ")) {
                        return d.startsWith("groups.io") ? "groupsio" : "yahoogroups";
                    }
                }
                if (sender == null && (LIST_MANAGERS.contains(local) || ownerOrRequest(local) != null)) {
                    sender = "list";
                }
            }
        }
        if (Text.lower(message.from()).contains("l-soft list server")) {
            return "listserv";
        }
        if (h.has("x-mailman-version") && (sender != null || h.has("x-list-administrivia"))) {
            return "mailman"; // Mailman's own notice (its moderator's refusal, for one)
        }
        // list headers alone come with every post the list passes on: Mailman's mark of its own notices does not
        return sender != null || Text.lower(h.get("x-list-administrivia")).strip().startsWith("yes") ? "list" : null;
    }

    /** The list's local part behind an owner or request address (owner-LIST, LIST-owner, LIST+owner, LIST-request), or null. */
    static String ownerOrRequest(String local) {
        if (local.startsWith("owner-") && local.length() > 6) {
            return local.substring(6);
        }
        for (String suffix : new String[] {"-owner", "+owner", "-request", "+request", "-admin"}) {
            if (local.endsWith(suffix) && local.length() > suffix.length()) {
                return local.substring(0, local.length() - suffix.length());
            }
        }
        return null;
    }

    /** The list's address for a list service's notice (see {@link #listService}), or null. */
    private static String listAddress(ReportView message) {
        Headers h = message.headers();
        for (String field : new String[] {"list-post", "x-beenthere"}) {
            List<String> a = Text.addresses(h.get(field));
            if (!a.isEmpty()) {
                return a.get(0);
            }
        }
        List<String> poster = Text.addresses(h.get("to"));
        for (String a : Text.addresses(message.subject())) {
            if (!containsIgnoreCase(poster, a)) {
                return a;
            }
        }
        List<String> from = Text.addresses(message.from());
        if (from.isEmpty()) {
            return null;
        }
        String a = from.get(0);
        int at = a.lastIndexOf('@');
        String local = a.substring(0, at);
        String list = ownerOrRequest(Text.lower(local));
        if (list == null) {
            return a;
        }
        int start = Text.lower(local).startsWith("owner-") ? 6 : 0;
        return local.substring(start, start + list.length()) + a.substring(at);
    }

    private static boolean containsIgnoreCase(List<String> all, String a) {
        for (String s : all) {
            if (s.equalsIgnoreCase(a)) {
                return true;
            }
        }
        return false;
    }

    private static Report replyTo(ReportView message, String who, Stated stated, String format) {
        Headers h = message.headers();
        Failure f = Failure.builder().address(who).action("delivered").stated(stated)
                .diagnostic(Text.oneLine(firstLines(message.bodyText()))).build();
        Headers original;
        if (h.get("in-reply-to") != null) {
            original = Headers.parse("Message-ID: " + h.get("in-reply-to") + "\n");
        } else {
            original = enclosesOriginal(message) ? message.original() : Headers.EMPTY; // the answered message, attached
        }
        return new Report(BounceKind.AUTO_REPLY, format, null, List.of(f), original, null);
    }

    private static boolean enclosesOriginal(ReportView message) {
        for (Section s : message.sections()) {
            if (s.isOriginal()) {
                return true;
            }
        }
        return false;
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

package dev.bouncedoc.engine;

import dev.bouncedoc.catalog.CatalogData;
import dev.bouncedoc.catalog.EntryData;
import dev.bouncedoc.match.MatchResult;
import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Headers;
import dev.bouncedoc.message.MailMessage;
import dev.bouncedoc.message.Report;
import dev.bouncedoc.message.Stated;
import dev.bouncedoc.message.Text;
import dev.bouncedoc.message.format.Recognizers;
import dev.bouncedoc.vocabulary.BounceKind;
import dev.bouncedoc.vocabulary.EntryKind;
import dev.bouncedoc.vocabulary.Limits;
import dev.bouncedoc.vocabulary.OriginalMessage;
import jakarta.mail.Part;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a message into a {@link Reading}: parse, recognise the format, diagnose each recipient's text, and
 * decide its reason. Immutable and thread-safe.
 */
public final class BounceReader {
    private final Diagnoser diagnoser;
    private final CatalogData catalog;
    private final Limits limits;
    /** Per reason, the entry {@link #entryFor} names when no special entry stands for it: found once, not per recipient. */
    private final Map<String, EntryData> general;

    public BounceReader(Diagnoser diagnoser, Limits limits) {
        this.diagnoser = diagnoser;
        this.catalog = diagnoser.catalog();
        this.limits = limits;
        this.general = generalEntries(catalog);
    }

    /**
     * Per reason: its first "delivery." entry, else its first entry of kind DELIVERY (the order of the catalog).
     * Only the entries chosen are made (a compiled catalog makes each entry when first asked for).
     */
    private static Map<String, EntryData> generalEntries(CatalogData catalog) {
        Map<String, EntryData> general = new HashMap<>();
        int count = catalog.entries().size();
        for (int i = 0; i < count; i++) { // the general entry of the reason first
            String reason = catalog.reason(i);
            if (reason != null && catalog.id(i).startsWith("delivery.") && !general.containsKey(reason)) {
                general.put(reason, catalog.entries().get(i));
            }
        }
        for (int i = 0; i < count; i++) {
            String reason = catalog.reason(i);
            if (reason != null && catalog.kind(i) == EntryKind.DELIVERY && !general.containsKey(reason)) {
                general.put(reason, catalog.entries().get(i));
            }
        }
        return Map.copyOf(general);
    }

    /** Reads message bytes; never throws. */
    public Reading read(byte[] bytes) {
        try {
            return build(MailMessage.parse(bytes, limits));
        } catch (RuntimeException | StackOverflowError e) {
            return Reading.unreadable("the message could not be read: " + e.getClass().getSimpleName());
        }
    }

    /** Reads a message the application holds as a Jakarta Mail part; never throws. */
    public Reading read(Part part) {
        try {
            return build(MailMessage.of(part, limits));
        } catch (RuntimeException | StackOverflowError e) {
            return Reading.unreadable("the message could not be read: " + e.getClass().getSimpleName());
        }
    }

    private Reading build(MailMessage message) {
        Report report = Recognizers.read(message);
        List<String> problems = new ArrayList<>(message.problems());
        problems.addAll(report.problems());
        List<Reading.Recipient> recipients = new ArrayList<>();
        boolean windowed = false;
        List<String> known = null; // full addresses named elsewhere, looked up only for a local-part-only recipient
        PerText texts = new PerText(); // recipients with the same words share one match and diagnosis
        for (Failure f : report.failures()) {
            if (recipients.size() >= limits.maxRecipients()) {
                problems.add("more than " + limits.maxRecipients() + " recipients; the rest were not reported");
                break;
            }
            if (f.address() != null && f.address().indexOf('@') < 0) {
                known = known != null ? known : knownAddresses(message, report);
                f = withDomain(f, known);
            }
            if (f.diagnosticCut() && !windowed) {
                problems.add("a recipient's diagnostic text longer than " + Failure.MAX_DIAGNOSTIC_CHARS
                        + " characters: the part around its address was read");
                windowed = true;
            }
            recipients.add(recipient(f, report, texts));
        }
        Headers o = report.original();
        for (String v : new String[] {report.reportingMta(), report.feedbackType(), o.get("message-id"), o.get("from"),
            o.get("to"), o.get("subject"), o.get("date")}) {
            if (v != null && v.length() > Failure.MAX_FIELD_CHARS) {
                problems.add("a header value longer than " + Failure.MAX_FIELD_CHARS + " characters: only its start is reported");
                break;
            }
        }
        // the fields every recipient's record repeats are held to a bounded length, so that a long header
        // cannot be multiplied by the number of recipients
        BounceKind kind = report.kind();
        if (kind == BounceKind.AUTO_REPLY && !recipients.isEmpty()
                && recipients.stream().allMatch(r -> "failed".equals(r.action()))) {
            kind = BounceKind.FAILURE; // every recipient's automatic reply says the address will not be read
        }
        return new Reading(kind, report.format(), Text.cut(report.reportingMta(), Failure.MAX_FIELD_CHARS),
                original(report.original(), message.headers()), recipients,
                Text.cut(report.feedbackType(), Failure.MAX_FIELD_CHARS), problems);
    }

    private Reading.Recipient recipient(Failure f, Report report, PerText texts) {
        String text = matchText(f);
        MatchResult match = texts.match(text); // matched once, for the probe and a forced entry alike
        Finding probe = texts.probe(text, match); // what the server's words say
        // the notification's own words, looked at only when the server's name no cause (the policy decides)
        Finding notice = ReasonPolicy.looksAtNotice(f, report, probe) ? texts.notice(ReasonPolicy.noticeFor(f, report)) : null;
        ReasonPolicy.Verdict verdict = ReasonPolicy.decide(f, report, probe, notice);
        String reason = verdict.reason();
        Finding d = probe;
        if (verdict.byNotice()) {
            // explained by the entry the notice's words matched, with the diagnostic's own codes
            return recipient(f, reason, verdict, texts.forced(text, notice.entry(), match));
        }
        // a moderation notice is explained by its own entry, whatever its words matched (its reason, vacation, is shared)
        boolean held = f.stated() == Stated.HELD_FOR_MODERATION && !"notice.held-for-moderation".equals(probe.entry().id());
        if (held || !reason.equals(probe.entry().reason()) && !verdict.wordsExplain()) {
            EntryData e = f.stated() == Stated.POST_REFUSED ? entry("delivery.sender-not-allowed")
                    : f.stated() == Stated.HELD_FOR_MODERATION ? entry("notice.held-for-moderation") : entryFor(reason);
            if (e == null && probe.entry().kind() == EntryKind.NOTICE) {
                e = entry(Diagnoser.UNKNOWN); // a notice (delivered, a complaint) never explains what the policy read otherwise
            }
            if (e != null) {
                d = texts.forced(text, e, match);
            }
        }
        return recipient(f, reason, verdict, d);
    }

    /**
     * One message's matches and diagnoses by text: a bounce to many recipients often gives each the same
     * words (a mailing list's members, one rejection for all), which are then matched once. The diagnoser
     * gives the same answer for the same text, entries left out and entry forced; every answer is an
     * immutable record, so recipients may share it. Lives for one reading: no state outlives it.
     */
    private final class PerText {
        private final boolean[] clients = catalog.clientEntries();
        private final Map<String, MatchResult> matches = new HashMap<>();
        private final Map<String, Finding> probes = new HashMap<>();
        private final Map<String, Finding> notices = new HashMap<>();
        private final Map<String, Finding> forced = new HashMap<>();

        MatchResult match(String text) {
            return matches.computeIfAbsent(text, t -> diagnoser.match(t, clients));
        }

        /** The diagnosis of a text from its {@link #match}. */
        Finding probe(String text, MatchResult match) {
            return probes.computeIfAbsent(text, t -> diagnoser.diagnose(t, clients, null, match));
        }

        Finding notice(String text) {
            return notices.computeIfAbsent(text, t -> diagnoser.diagnose(t, clients, null));
        }

        /** The diagnosis of a text explained by the entry {@code e}, from the text's {@link #match}. */
        Finding forced(String text, EntryData e, MatchResult match) {
            return forced.computeIfAbsent(e.id() + '\u0000' + text, k -> diagnoser.diagnose(text, clients, e, match));
        }
    }

    private static Reading.Recipient recipient(Failure f, String reason, ReasonPolicy.Verdict verdict, Finding d) {
        String diagnostic = f.diagnostic();
        String status = f.status() != null ? f.status() : d.codes().status() == null ? null : d.codes().status().toString();
        String reply = f.replyCode() != null ? f.replyCode() : d.codes().reply() == null ? null : d.codes().reply().toString();
        // an automatic reply that says the address is gone or no longer read is a failure for the sender
        String action = f.stated() == Stated.AUTO_REPLY && ReasonPolicy.addressDead(reason) ? "failed" : f.action();
        return new Reading.Recipient(f.address(), action, status, reply, diagnostic, f.remoteMta(), f.lastAttempt(),
                reason, verdict.hard(), d);
    }

    /** Full addresses the message names elsewhere: X-Failed-Recipients, then the returned message's To and Cc. */
    private static List<String> knownAddresses(MailMessage message, Report report) {
        List<String> known = new ArrayList<>();
        for (String v : message.headers().all("x-failed-recipients")) {
            known.addAll(Text.addresses(v));
        }
        known.addAll(Text.addresses(report.original().get("to")));
        known.addAll(Text.addresses(report.original().get("cc")));
        return known;
    }

    /**
     * A recipient reported by its local part alone (Exim lists a local delivery as "kijitora") gets the
     * domain of the one full address the message names with that local part; otherwise it stays as it is.
     */
    private static Failure withDomain(Failure f, List<String> known) {
        String a = f.address();
        if (a == null || a.indexOf('@') >= 0 || a.isBlank()) {
            return f;
        }
        String match = null;
        for (String k : known) {
            int at = k.lastIndexOf('@');
            if (at > 0 && k.substring(0, at).equalsIgnoreCase(a)) {
                if (match != null && !match.equalsIgnoreCase(k)) {
                    return f; // two candidates: do not guess
                }
                match = k;
            }
        }
        return match == null ? f : f.toBuilder().address(match).build();
    }

    /** The text matched against the catalog: the status and reply code when the diagnostic lacks them, then it. */
    static String matchText(Failure f) {
        String diagnostic = f.diagnostic();
        StringBuilder text = new StringBuilder();
        if (f.replyCode() != null && (diagnostic == null || !diagnostic.contains(f.replyCode()))) {
            text.append(f.replyCode()).append(' ');
        }
        if (f.status() != null && (diagnostic == null || !diagnostic.contains(f.status()))) {
            text.append(f.status()).append(' ');
        }
        if (diagnostic != null) {
            text.append(diagnostic);
        }
        return text.toString();
    }

    /** The catalog entry that stands for a reason the report itself states. */
    private EntryData entryFor(String reason) {
        switch (reason) {
            case "vacation": return entry("notice.auto-reply");
            case "delivered": return entry("notice.delivered");
            case "feedback": return entry("notice.feedback-report");
            case "expired": return entry("delivery.expired");
            default: return general.get(reason);
        }
    }

    private EntryData entry(String id) {
        return catalog.entry(id);
    }

    private static OriginalMessage original(Headers h, Headers report) {
        String id = h.get("message-id");
        if (id == null) {
            id = report.get("in-reply-to");
        }
        if (id == null && report.get("references") != null) {
            String refs = report.get("references").strip();
            int sp = refs.lastIndexOf(' ');
            id = sp < 0 ? refs : refs.substring(sp + 1);
        }
        if (id != null) {
            id = id.strip();
            if (id.isEmpty()) {
                id = null;
            }
        }
        int max = Failure.MAX_FIELD_CHARS;
        return new OriginalMessage(Text.cut(id, max), Text.cut(h.get("from"), max), Text.cut(h.get("to"), max),
                Text.cut(h.get("subject"), max), Text.cut(h.get("date"), max));
    }
}

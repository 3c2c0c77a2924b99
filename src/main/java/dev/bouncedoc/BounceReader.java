package dev.bouncedoc;

import dev.bouncedoc.catalog.EntryData;
import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Headers;
import dev.bouncedoc.message.MailMessage;
import dev.bouncedoc.message.Report;
import dev.bouncedoc.message.Text;
import dev.bouncedoc.message.format.Recognizers;
import jakarta.mail.Part;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Turns a message into a {@link BounceReport}: parse, recognise the format, diagnose each recipient. */
final class BounceReader {
    private final BounceDoc doc;
    private final Catalog catalog;
    private final Locale locale;
    private final Limits limits;

    BounceReader(BounceDoc doc, Catalog catalog, Locale locale, Limits limits) {
        this.doc = doc;
        this.catalog = catalog;
        this.locale = locale;
        this.limits = limits;
    }

    BounceReport read(byte[] bytes) {
        try {
            return build(MailMessage.parse(bytes, limits.internal()));
        } catch (RuntimeException | StackOverflowError e) {
            return BounceReport.unreadable("the message could not be read: " + e.getClass().getSimpleName());
        }
    }

    BounceReport read(Part part) {
        try {
            return build(MailMessage.of(part, limits.internal()));
        } catch (RuntimeException | StackOverflowError e) {
            return BounceReport.unreadable("the message could not be read: " + e.getClass().getSimpleName());
        }
    }

    private BounceReport build(MailMessage message) {
        Report report = Recognizers.read(message);
        List<String> problems = new ArrayList<>(message.problems());
        problems.addAll(report.problems());
        List<FailedRecipient> recipients = new ArrayList<>();
        for (Failure f : report.failures()) {
            if (recipients.size() >= limits.maxRecipients()) {
                problems.add("more than " + limits.maxRecipients() + " recipients; the rest were not reported");
                break;
            }
            recipients.add(recipient(f, report.kind()));
        }
        return new BounceReport(kind(report.kind()), report.format(), report.reportingMta(),
                original(report.original(), message.headers()), recipients, report.feedbackType(), problems);
    }

    private static BounceKind kind(Report.Kind kind) {
        return BounceKind.valueOf(kind.name());
    }

    private FailedRecipient recipient(Failure f, Report.Kind kind) {
        String diagnostic = f.diagnostic();
        String text = matchText(f);
        boolean[] clients = catalog.data().clientEntries();
        Diagnosis probe = doc.diagnose(text, locale, clients, null); // what the server's words say
        String reason = reason(f, kind, probe);
        Diagnosis d = probe;
        if (!reason.equals(probe.reason())) {
            EntryData e = entryFor(reason);
            if (e != null) {
                d = doc.diagnose(text, locale, clients, e);
            }
        }
        String status = f.status() != null ? f.status() : d.codes().status() == null ? null : d.codes().status().toString();
        String reply = f.replyCode() != null ? f.replyCode() : d.codes().reply() == null ? null : d.codes().reply().toString();
        boolean hard = kind != Report.Kind.DELAY && hard(reason, status, reply);
        return new FailedRecipient(f.address(), f.action(), status, reply, diagnostic, f.remoteMta(), f.lastAttempt(),
                reason, hard, d);
    }

    /** The text matched against the catalog: the status and reply code when the diagnostic lacks them, then it. */
    private static String matchText(Failure f) {
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

    /**
     * The recipient's reason, in this order: what the report's format states (a delivery report, an
     * auto-reply, a complaint, a give-up), unless for a give-up the server's words name a cause; else what
     * the words say, refined by what the report says beyond them: Action failed with a temporary status (the
     * MTA stopped retrying), a temporary host-unknown (a DNS problem), and the SMTP command answered.
     */
    private static String reason(Failure f, Report.Kind kind, Diagnosis probe) {
        boolean byPhrase = probe.evidence().stream().anyMatch(e -> e.kind().equals("phrase"));
        String stated = f.reason() != null ? f.reason() : kind == Report.Kind.DELIVERED ? "delivered" : null;
        if ("expired".equals(stated) && f.diagnostic() != null && byPhrase && probe.reason() != null
                && !probe.reason().equals("onhold")) {
            stated = null; // the MTA gave up, but the server's own words name the cause: the better answer
        } else if (stated != null) {
            return stated;
        }
        String reason = probe.reason() != null ? probe.reason() : probe.recognised() ? "onhold" : "undefined";
        String status = f.status() != null ? f.status() : probe.codes().status() == null ? null : probe.codes().status().toString();
        boolean gaveUp = f.reason() == null && "failed".equals(f.action()) && f.status() != null && f.status().startsWith("4.");
        if (gaveUp && !byPhrase && (!probe.recognised() || reason.equals("onhold") || reason.equals("undefined")
                || reason.equals("expired") || probe.kind() == EntryKind.STATUS && probe.codes().status() != null
                && probe.codes().status().subject() == 0)) {
            return "expired"; // Action: failed with a temporary status: the MTA stopped retrying (RFC 3464 2.3.3)
        }
        if (reason.equals("hostunknown") && status != null && status.startsWith("4.")) {
            reason = "networkerror"; // a temporary failure to find the domain is a DNS problem, not proof it does not exist
        }
        String command = f.command() != null ? f.command() : SmtpCommand.of(f.diagnostic());
        if ("DATA".equals(command) && SmtpCommand.of(f.diagnostic()) == null && f.address() != null && f.diagnostic() != null
                && Text.lower(f.diagnostic()).contains(Text.lower(f.address()) + ">...")) {
            command = "RCPT"; // sendmail's "<bob@example.org>... User unknown" answers RCPT even when a pipelining transcript lists it after DATA
        }
        String byCommand = byCommand(reason, command, probe);
        return byCommand != null ? byCommand : reason;
    }

    /**
     * What the SMTP command that was answered says about the reason, as Sisimai reads it: an unknown-user
     * answer to DATA comes from a content filter (the address was accepted at RCPT), and a generic refusal
     * of MAIL FROM is about the sender. Null when the command changes nothing.
     */
    private static String byCommand(String reason, String command, Diagnosis d) {
        boolean byPhrase = d.evidence().stream().anyMatch(e -> e.kind().equals("phrase"));
        EnhancedStatus st = d.codes().status();
        boolean statusSaysUnknown = st != null && st.subject() == 1 && st.detail() != 2 && st.detail() != 6
                && st.detail() != 7 && st.detail() != 8; // an address status about the recipient's mailbox
        if (command == null || command.equals("DATA")) {
            // as Sisimai reads it: an unknown-user answer that neither RCPT nor the status code vouches for
            // came from a filter after the address was accepted (Japanese carriers answer so)
            return reason.equals("userunknown") && !statusSaysUnknown ? "filtered" : null;
        }
        switch (command) {
            case "MAIL":
                return reason.equals("onhold") || reason.equals("undefined") || reason.equals("securityerror") && !byPhrase
                        || reason.equals("userunknown") && !byPhrase ? "rejected" : null;
            case "CONN": case "HELO": case "EHLO":
                return reason.equals("onhold") || reason.equals("undefined") || !byPhrase && !reason.equals("blocked")
                        || reason.equals("rejected") || reason.equals("securityerror") ? "blocked" : null;
            default:
                return null;
        }
    }

    /**
     * Whether sending again to the address can never succeed, decided by the reason as Sisimai decides it
     * (../shared/reference/sisimai-reasons.tsv, bounce_type): the address or its domain does not exist or
     * has moved, or the domain accepts no mail at all (notaccept, unless the code is temporary).
     */
    static boolean hard(String reason, String status, String reply) {
        switch (reason) {
            case "userunknown": case "hostunknown": case "hasmoved":
                return true;
            case "notaccept":
                return !(status != null && status.startsWith("4.") || status == null && reply != null && reply.startsWith("4"));
            default:
                return false;
        }
    }

    /** The catalog entry that stands for a reason the report itself states. */
    private EntryData entryFor(String reason) {
        switch (reason) {
            case "vacation": return entry("notice.auto-reply");
            case "delivered": return entry("notice.delivered");
            case "feedback": return entry("notice.feedback-report");
            case "expired": return entry("delivery.expired");
            default:
                for (EntryData e : catalog.data().entries()) { // the general entry of the reason first
                    if (reason.equals(e.reason()) && e.id().startsWith("delivery.")) {
                        return e;
                    }
                }
                for (EntryData e : catalog.data().entries()) {
                    if (reason.equals(e.reason()) && "delivery".equals(e.kind())) {
                        return e;
                    }
                }
                return null;
        }
    }

    private EntryData entry(String id) {
        return catalog.data().entry(id);
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
        return new OriginalMessage(id, h.get("from"), h.get("to"), h.get("subject"), h.get("date"));
    }
}

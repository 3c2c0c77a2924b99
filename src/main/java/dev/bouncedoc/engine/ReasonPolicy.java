package dev.bouncedoc.engine;

import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Report;
import dev.bouncedoc.message.Stated;
import dev.bouncedoc.message.Text;
import dev.bouncedoc.vocabulary.BounceKind;
import dev.bouncedoc.vocabulary.EnhancedStatus;
import dev.bouncedoc.vocabulary.EntryKind;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one place that decides a recipient's reason and whether its bounce is hard, from typed evidence: what
 * the report's format states, the report's kind, the recipient's action, status and reply code, the SMTP
 * command answered, and what the catalog found in the server's words. Tested from a table
 * (src/test/resources/dev/bouncedoc/engine/reasons.tsv). Readers state facts; they never decide here.
 *
 * <p>Reasons keep Sisimai's names and, where it differs from what users need, Sisimai's convention; hard and
 * soft follow users' need: a bounce is hard when the address or its domain will never accept mail (catalog
 * README, "Reasons and hard bounces").
 */
final class ReasonPolicy {
    /**
     * Japanese mobile carriers answer "550 Unknown user" also when their user's reception filter refuses the
     * sender, so from them a bare unknown user is a filter in disguise (Sisimai reads it so, and the
     * carriers' own help pages say so).
     */
    static final List<String> FILTERING_CARRIERS = List.of("docomo.ne.jp", "ezweb.ne.jp", "au.com", "softbank.ne.jp",
            "i.softbank.jp", "disney.ne.jp", "ymobile.ne.jp", "y-mobile.ne.jp", "emobile.ne.jp", "pdx.ne.jp",
            "willcom.com", "wcm.ne.jp", "vodafone.ne.jp", "uqmobile.jp", "rakumail.jp");

    /**
     * Formats of mail security gateways (content filters in front of a mail server): what they answer in
     * a recipient's name is their filter's verdict, so an unknown user from them is a filter in disguise.
     */
    static final List<String> FILTERING_GATEWAYS = List.of("activehunter", "mcafee", "mailfoundry", "surfcontrol",
            "mxlogic", "interscanmss", "messagelabs", "mimecast", "mailmarshal", "mfilter");

    /**
     * A decision: the reason, whether the bounce is hard, whether the server's words stay the explanation,
     * and whether the notification's own words ({@link Failure#notice()}) named the cause.
     */
    record Verdict(String reason, boolean hard, boolean wordsExplain, boolean byNotice) {
    }

    private ReasonPolicy() {
    }

    static Verdict decide(Failure f, Report report, Finding probe) {
        return decide(f, report, probe, null);
    }

    /**
     * The decision, with what the catalog found in the notification's own words ({@code notice}, null when
     * not looked at): they count only as {@link #noticeCounts} says.
     */
    static Verdict decide(Failure f, Report report, Finding probe, Finding notice) {
        BounceKind kind = report.kind();
        boolean byNotice = noticeCounts(f, probe, notice) && noticeSpeaksFor(f, report);
        Decided d = reason(f, kind, byNotice ? withEntry(probe, notice) : probe, report.reportingMta());
        String status = f.status() != null ? f.status() : probe.codes().status() == null ? null : probe.codes().status().toString();
        String reply = f.replyCode() != null ? f.replyCode() : probe.codes().reply() == null ? null : probe.codes().reply().toString();
        boolean hard = kind != BounceKind.DELAY && (d.disguisedUnknown ? !filterInDisguise(f, report.format(), status)
                : hard(d.reason, status, reply));
        // a disguised unknown user keeps the server's words (the address may not exist) as its explanation
        // so does a refused greeting whose words say only that the service is not available (see byCommand)
        return new Verdict(d.reason, hard, d.disguisedUnknown && hard || d.greetingRefused, byNotice && d.reason.equals(notice.entry().reason()));
    }

    /**
     * Whether the notification's own words are worth diagnosing for a recipient: the report gave some, the
     * format states nothing about the recipient, the diagnostic's own words matched no phrase, and the words
     * may speak for the recipient ({@link #noticeSpeaksFor}).
     */
    static boolean looksAtNotice(Failure f, Report report, Finding probe) {
        return f.notice() != null && f.stated() == null && !probe.byPhrase() && noticeSpeaksFor(f, report);
    }

    /**
     * Whether the notification's own words may add evidence for a recipient ({@link #noticeFor} finds some).
     */
    static boolean noticeSpeaksFor(Failure f, Report report) {
        return noticeFor(f, report) != null;
    }

    /**
     * The part of the notification's own words that may add evidence for a recipient, or null: all of them
     * when the report names one recipient, or the words name only this one of them, or none of them (then
     * they are about all). When they name another of the report's recipients, only the words before the
     * first line that names an address: a notice that states its cause first and lists the recipients after
     * it ("This Message was undeliverable due to the following reason: ... The following recipients did not
     * receive your message:") states it for all of them; what comes after the first address may be about
     * one recipient only.
     */
    static String noticeFor(Failure f, Report report) {
        if (f.notice() == null || f.address() == null) {
            return null;
        }
        String notice = f.notice();
        List<Failure> all = report.failures();
        if (all.size() == 1) {
            return notice;
        }
        // one look-up per recipient, not a comparison of every named address with every recipient: a report
        // may name a thousand recipients, and this runs for each of them
        List<Integer> ats = new java.util.ArrayList<>();
        List<String> addresses = Text.addresses(notice, ats);
        Set<String> named = new HashSet<>();
        for (String a : addresses) {
            named.add(Text.lower(a));
        }
        if (named.isEmpty()) {
            return notice;
        }
        String self = Text.lower(f.address());
        for (Failure other : all) {
            if (other != f && other.address() != null) {
                String o = Text.lower(other.address());
                if (!o.equals(self) && named.contains(o)) {
                    // the words are about another recipient too: only those before any address is named speak for all
                    int lineStart = notice.lastIndexOf('\n', ats.get(0)) + 1;
                    String lead = notice.substring(0, lineStart);
                    return lead.isBlank() ? null : lead;
                }
            }
        }
        return notice;
    }

    /**
     * Whether what the catalog found in the notification's words names the cause where the diagnostic does
     * not: the diagnostic's own text matched no phrase, and what its codes say is no more than a class (no
     * code, x.0.0, a status nobody registered, or a security or policy status x.7.x); the notice matched a
     * phrase of a delivery entry whose reason names a cause. Never outranks the diagnostic's own words.
     */
    static boolean noticeCounts(Failure f, Finding probe, Finding notice) {
        if (notice == null || f.stated() != null || probe.byPhrase() || !notice.byPhrase() || notice.entry().kind() != EntryKind.DELIVERY) {
            return false;
        }
        String r = notice.entry().reason();
        // expired only for a recipient the MTA gave up on (Action: failed): the notice then says why it gave
        // up ("not reachable within the allowed queue period"); for a delay it is no cause, only what may come
        if (r == null || r.equals("onhold") || r.equals("undefined") || r.equals("expired") && !"failed".equals(f.action())
                || r.equals("delivered")
                || r.equals("vacation") || r.equals("feedback")) {
            return false;
        }
        String pr = probe.entry().reason();
        // words of a failed or delayed recipient that the catalog finds only near a delivery or complaint notice
        // (by similarity) name no cause either: only a report's statement says so (see reason)
        if (!probe.recognised() || pr == null || pr.equals("onhold") || pr.equals("undefined") || pr.equals("delivered")
                || pr.equals("feedback")) {
            return true;
        }
        EnhancedStatus st = probe.codes().status();
        return st != null && (st.subject() == 0 || st.subject() == 7 || st.subject() > 7);
    }

    /**
     * The diagnostic's finding (its codes) with the entry the notice's words matched and their evidence, for
     * the policy only (the evidence's offsets are the notice's, so it is never reported).
     */
    private static Finding withEntry(Finding probe, Finding notice) {
        List<dev.bouncedoc.vocabulary.Evidence> evidence = new java.util.ArrayList<>(probe.evidence());
        evidence.addAll(notice.evidence());
        return new Finding(probe.input(), notice.entry(), probe.codes(), probe.confidence(), evidence,
                probe.charsRead(), probe.arguments(), probe.temporary());
    }

    /**
     * A reason, whether it is Sisimai's "filtered" for an unknown-user answer that nothing vouches for, and
     * whether it is "blocked" for a refused greeting whose words said only that the service is not available.
     */
    private record Decided(String reason, boolean disguisedUnknown, boolean greetingRefused) {
        Decided(String reason, boolean disguisedUnknown) {
            this(reason, disguisedUnknown, false);
        }
    }

    /**
     * The recipient's reason, in this order: what the report's format states (a delivery report, an
     * auto-reply, a complaint, a give-up), unless for a give-up the server's words name a cause; else what
     * the words say, refined by what the report says beyond them: Action failed with a temporary status (the
     * MTA stopped retrying), a temporary host-unknown (a DNS problem), and the SMTP command answered.
     */
    private static Decided reason(Failure f, BounceKind kind, Finding probe, String reportingMta) {
        boolean byPhrase = probe.byPhrase();
        String stated = f.stated() != null ? reasonOf(f.stated()) : kind == BounceKind.DELIVERED ? "delivered" : null;
        String probeReason = probe.entry().reason();
        if (f.stated() == null && kind != BounceKind.DELIVERED && kind != BounceKind.FEEDBACK
                && ("delivered".equals(probeReason) || "feedback".equals(probeReason))) {
            // only a report's statement says a message was delivered or complained about; a failed or delayed
            // recipient's words that the catalog finds near such a notice ("Sorry, unable to deliver your
            // message to ...", by similarity) name no cause
            probeReason = null;
        }
        boolean gaveUpStated = f.stated() == Stated.GAVE_UP || f.stated() == Stated.GAVE_UP_AFTER_REPLY;
        boolean replyDecides = f.stated() == Stated.GAVE_UP_AFTER_REPLY ? specificReply(f.diagnostic())
                : f.stated() == Stated.GAVE_UP && specificStatus(f.diagnostic());
        if (replyDecides) {
            // the MTA gave up after a server's specific answer, or its own words carry a specific status
            // (qmail's "Unable to contact LDAP server. (#4.4.3)"): that names the cause, as if nobody gave up
            stated = null;
        } else if (gaveUpStated && f.diagnostic() != null && byPhrase && probeReason != null
                && !probeReason.equals("onhold")) {
            stated = null; // the MTA gave up, but the words name the cause (a full mailbox, ...): the better answer
        } else if (f.stated() == Stated.AUTO_REPLY && byPhrase && addressDead(probeReason)) {
            // an automatic reply that says the address is gone or no longer read: the words decide (no server
            // answered a command, so an unknown user here is the mailbox's own system speaking, not a filter)
            return new Decided(probeReason, false);
        } else if (stated != null) {
            return new Decided(stated, false);
        }
        // words that name nothing the catalog knows are still an answer: onhold; undefined only with no words
        // and no code at all (Sisimai's convention)
        String reason = probeReason != null ? probeReason
                : probe.recognised() || f.diagnostic() != null && !f.diagnostic().isBlank() ? "onhold" : "undefined";
        String status = f.status() != null ? f.status() : probe.codes().status() == null ? null : probe.codes().status().toString();
        boolean gaveUp = (f.stated() == null || replyDecides) && "failed".equals(f.action()) && f.status() != null
                && f.status().startsWith("4.");
        if (gaveUp && !byPhrase && (!probe.recognised() || reason.equals("onhold") || reason.equals("undefined")
                || reason.equals("expired") || probe.entry().kind() == EntryKind.STATUS && probe.codes().status() != null
                && probe.codes().status().subject() == 0)) {
            return new Decided("expired", false); // Action: failed with a temporary status: the MTA stopped retrying (RFC 3464 2.3.3)
        }
        if ((reason.equals("onhold") || reason.equals("undefined")) && status != null && status.length() >= 5
                && status.charAt(1) == '.' && status.charAt(3) == '.' && (status.charAt(2) == '7' || status.charAt(2) == '6')) {
            // no entry of the catalog reads the status (an unregistered one, or one whose entries are a mail
            // program's), but its subject does: security or policy (x.7.x), media (x.6.x), as Sisimai falls back
            reason = status.charAt(2) == '7' ? "securityerror" : "contenterror";
        }
        if (kind == BounceKind.DELAY && !byPhrase && (!probe.recognised() || reason.equals("onhold") || reason.equals("undefined")
                || probe.entry().kind() == EntryKind.STATUS)) {
            // a delay whose words name no cause and whose codes say no more than a class of status: the message
            // waits out its retry time (Sisimai's reason for Action: delayed when nothing else decides)
            return new Decided("expired", false);
        }
        if (reason.equals("hostunknown") && status != null && status.startsWith("4.")) {
            reason = "networkerror"; // a temporary failure to find the domain is a DNS problem, not proof it does not exist
        }
        String command = f.command() != null ? f.command() : SmtpCommand.of(f.diagnostic());
        if ("DATA".equals(command) && SmtpCommand.of(f.diagnostic()) == null && f.address() != null && f.diagnostic() != null
                && Text.lower(f.diagnostic()).contains(Text.lower(f.address()) + ">...")) {
            command = "RCPT"; // sendmail's "<bob@example.org>... User unknown" answers RCPT even when a pipelining transcript lists it after DATA
        }
        if (("RCPT".equals(command) || command == null) && !byPhrase && (reason.equals("onhold") || reason.equals("undefined"))
                && mailboxUnavailable(f, reply(f, probe), status)) {
            if (command == null) {
                // the same with no command named: Sisimai's filtered (an unknown user nothing vouches for); soft,
                // as RFC 5321's text also stands for "no access" and policy refusals, so nothing says the address is gone
                return new Decided("filtered", false);
            }
            // RFC 5321's own text for reply 550, "Requested action not taken: mailbox unavailable", given to
            // RCPT TO and naming nothing else: the server says it has no such mailbox (Sisimai's UserUnknown)
            reason = "userunknown";
        }
        if (reason.equals("userunknown")) {
            if (mailboxMoved(status, reply(f, probe))) {
                // the words say "unknown", the codes say more precisely what became of the mailbox: it has
                // moved (x.1.6, RFC 3463 3.2, with 551 "user not local": "551 not our customer")
                return new Decided("hasmoved", false);
            }
        }
        if (reason.equals("userunknown") && providerSaysNoSuchMailbox(f, reportingMta) != null) {
            // a provider's own words for a mailbox it does not have, whatever the command they answered
            return new Decided("userunknown", false);
        }
        if (reason.equals("userunknown") && !statusVouchesForAddress(probe) && (command == null || command.equals("DATA"))) {
            // As Sisimai reads it: an unknown-user answer that neither RCPT nor the status code vouches for came
            // from a filter after the address was accepted. Answered after DATA it is one (soft); with no
            // command named it is only Sisimai's convention, and the address is most likely gone (hard).
            return new Decided("filtered", command == null);
        }
        String byCommand = byCommand(reason, command, probe);
        return new Decided(byCommand != null ? byCommand : reason, false, byCommand != null && reason.equals("systemerror"));
    }

    /**
     * Whether a reason says that mail to the address will not be read: the mailbox does not exist, is
     * switched off or no longer in use, or has moved. An automatic reply with such words is a failure for the
     * sender, whatever the format states.
     */
    static boolean addressDead(String reason) {
        return "userunknown".equals(reason) || "suspend".equals(reason) || "hasmoved".equals(reason);
    }

    /**
     * Whether a server's reply names something more specific than a failure of its class: an enhanced status
     * other than x.0.0 and x.4.7 (x.4.7 is itself "delivery time expired"), or a reply code followed by words.
     */
    static boolean specificReply(String diagnostic) {
        if (diagnostic == null) {
            return false;
        }
        if (specificStatus(diagnostic)) {
            return true;
        }
        String code = Text.replyCode(diagnostic);
        if (code == null) {
            return false;
        }
        String after = diagnostic.substring(diagnostic.indexOf(code) + 3);
        for (int i = 0; i < after.length(); i++) {
            if (Character.isLetter(after.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text carries an enhanced status other than x.0.0 and x.4.7 (delivery time expired). */
    static boolean specificStatus(String diagnostic) {
        String status = diagnostic == null ? null : Text.status(diagnostic);
        return status != null && !status.endsWith(".4.7") && !status.endsWith(".0.0");
    }

    /** The Sisimai reason for what a format states. */
    static String reasonOf(Stated stated) {
        return switch (stated) {
            case GAVE_UP, GAVE_UP_AFTER_REPLY -> "expired";
            case NO_SUCH_LOCAL_USER, RECIPIENT_NOT_TAKEN -> "userunknown";
            case REFUSED_BY_RECIPIENT_FILTER -> "filtered";
            case POST_REFUSED -> "rejected"; // Sisimai's reason for Google Groups' refusal
            case COMPLAINT -> "feedback";
            case AUTO_REPLY, HELD_FOR_MODERATION -> "vacation"; // Sisimai's reason for any automatic reply
            case DELIVERED -> "delivered";
        };
    }

    private static String reply(Failure f, Finding probe) {
        return f.replyCode() != null ? f.replyCode() : probe.codes().reply() == null ? null : probe.codes().reply().toString();
    }

    /**
     * Whether a recipient's answer is reply 550 with RFC 5321's text "mailbox unavailable" (§4.2.2) and no
     * status beyond its class (none, or 5.0.0, which an MTA writes when the server gave none), ending the
     * answer but for an annotation in square brackets: words after it ("mailbox unavailable (not enough free
     * space)") name another cause.
     */
    static boolean mailboxUnavailable(Failure f, String reply, String status) {
        if (!"550".equals(reply) || status != null && !status.equals("5.0.0") || f.diagnostic() == null) {
            return false;
        }
        String text = Text.lower(f.diagnostic());
        int at = text.lastIndexOf("mailbox unavailable");
        if (at < 0) {
            return false;
        }
        int depth = 0; // an MTA's annotation in square brackets ("[SMTP Error Code 550]", "[mx.example.org]") names no cause
        for (int i = at + "mailbox unavailable".length(); i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']' && depth > 0) {
                depth--;
            } else if (depth == 0 && Character.isLetterOrDigit(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * An address status about the recipient's mailbox (5.1.1, 5.1.3, 5.1.10, ...), or Exchange Online's x.4.1
     * for an address its directory does not have (Directory-Based Edge Blocking: "550 5.4.1 Recipient address
     * rejected: Access denied"; registered x.4.1 is "no answer from host", which words of an unknown user
     * never come with otherwise).
     */
    private static boolean statusVouchesForAddress(Finding d) {
        EnhancedStatus st = d.codes().status();
        return st != null && (st.subject() == 1 && st.detail() != 2 && st.detail() != 6 && st.detail() != 7 && st.detail() != 8
                || st.subject() == 4 && st.detail() == 1);
    }

    /**
     * Whether the codes say the destination mailbox has moved: status x.1.6 with reply 551 ("user not local",
     * RFC 5321 4.2.2). Exchange Online sends 5.1.6 alone for another cause (a recipient in a single-label
     * domain), and servers send x.2.1 (mailbox disabled) with "User unknown" for mailboxes that do not
     * exist, so neither decides alone.
     */
    static boolean mailboxMoved(String status, String reply) {
        return status != null && status.length() == 5 && status.charAt(1) == '.' && status.endsWith("1.6")
                && "551".equals(reply);
    }

    /**
     * A provider's own words for a mailbox it does not have: when the recipient's domain, the answering host
     * or the reporting MTA is the provider's, they say the address does not exist whatever command they
     * answered (Yahoo checks the mailbox after DATA) and whether or not a status comes with them. These are
     * the rows of shared/reference/server-phrases.tsv of reason userunknown that Sisimai scopes to one
     * provider's module (Rhost/Google, Lhost/GSuite, Rhost/YahooInc, Lhost/Outlook and Rhost/Microsoft,
     * Rhost/KDDI, Rhost/Apple, Rhost/GoDaddy, Rhost/Tencent), less the rows a status already vouches for.
     */
    record ProviderWords(String provider, List<String> domains, List<String> words) {
    }

    static final List<ProviderWords> PROVIDERS_NO_SUCH_MAILBOX = List.of(
            // Gmail and Google Workspace: "Your message wasn't delivered to bob@example.org because the
            // address couldn't be found, or is unable to receive mail."
            new ProviderWords("Google", List.of("google.com", "googlemail.com", "gmail.com"),
                    List.of("because the address couldn't be found")),
            // "554 delivery error: dd This user doesn't have a yahoo.com account (bob@yahoo.com) [0]", after DATA
            new ProviderWords("Yahoo", List.of("yahoo.com", "yahoodns.net", "ymail.com", "rocketmail.com", "aol.com"),
                    List.of("this user doesn't have a", "mailbox not found")),
            // Outlook.com: "550 Requested action not taken: mailbox unavailable" (5.5.0 or no status)
            new ProviderWords("Microsoft", List.of("hotmail.com", "outlook.com", "live.com", "msn.com"),
                    List.of("requested action not taken: mailbox unavailable")),
            // au names the address of a mailbox it does not have ("550 <taro@ezweb.ne.jp>: User unknown");
            // its users' reception filter answers "550 : User unknown", the address left out
            new ProviderWords("KDDI", List.of("ezweb.ne.jp", "au.com"), List.of(">: user unknown")),
            new ProviderWords("Apple", List.of("icloud.com", "me.com", "mac.com"),
                    List.of("user does not exist", "inactive email address", "unknown or illegal alias")),
            new ProviderWords("GoDaddy", List.of("secureserver.net"), List.of("recipient not found", "account does not exist")),
            new ProviderWords("Tencent", List.of("qq.com"), List.of("mailbox not found")));

    /**
     * The provider whose own words for a mailbox it does not have the recipient's diagnostic carries, when
     * the recipient's domain, the answering host or the reporting MTA is that provider's; else null.
     */
    static String providerSaysNoSuchMailbox(Failure f, String reportingMta) {
        if (f.diagnostic() == null) {
            return null;
        }
        String t = null;
        for (ProviderWords p : PROVIDERS_NO_SUCH_MAILBOX) {
            if (endsWithAny(domain(f.address()), p.domains()) || endsWithAny(host(f.remoteMta()), p.domains())
                    || endsWithAny(host(reportingMta), p.domains())) {
                t = t != null ? t : Text.lower(f.diagnostic()).replace('\u2019', '\'');
                for (String w : p.words()) {
                    if (t.contains(w)) {
                        return p.provider();
                    }
                }
            }
        }
        return null;
    }

    /**
     * What the SMTP command that was answered says about the reason, as Sisimai reads it: a generic refusal
     * of MAIL FROM is about the sender; a refusal of the connection or the greeting is a block, also when
     * its words say no more than that the service is not available (Postfix's "host X[ip] refused to talk to
     * me: 421 Service not available", "554 No SMTP service here": RFC 5321 3.1 lets a server refuse a
     * client so at once). Words that name another cause (a DNS blocklist, a network error, a full queue)
     * keep it. Null when the command changes nothing.
     */
    private static String byCommand(String reason, String command, Finding d) {
        if (command == null) {
            return null;
        }
        boolean byPhrase = d.byPhrase();
        switch (command) {
            case "MAIL":
                return reason.equals("onhold") || reason.equals("undefined") || reason.equals("securityerror") && !byPhrase
                        || reason.equals("userunknown") && !byPhrase ? "rejected" : null;
            case "CONN": case "HELO": case "EHLO":
                return reason.equals("onhold") || reason.equals("undefined") || !byPhrase && !reason.equals("blocked")
                        || reason.equals("rejected") || reason.equals("securityerror") || reason.equals("systemerror")
                        ? "blocked" : null;
            default:
                return null;
        }
    }

    /**
     * Whether an unknown-user answer that no command or address status vouches for shows a filter rather
     * than a missing mailbox: a carrier whose filters answer so, a security gateway's report, or a status of
     * subject 2 (mailbox status: the mailbox exists but is disabled or full).
     */
    static boolean filterInDisguise(Failure f, String format, String status) {
        return fromFilteringCarrier(f) || FILTERING_GATEWAYS.contains(format)
                || status != null && status.length() > 3 && status.charAt(1) == '.' && status.startsWith("2.", 2);
    }

    /** Whether the recipient's domain or the answering host belongs to a carrier whose filters answer "unknown user". */
    static boolean fromFilteringCarrier(Failure f) {
        return endsWithCarrier(domain(f.address())) || endsWithCarrier(host(f.remoteMta()));
    }

    private static boolean endsWithCarrier(String domain) {
        return endsWithAny(domain, FILTERING_CARRIERS);
    }

    private static boolean endsWithAny(String domain, List<String> domains) {
        if (domain == null) {
            return false;
        }
        for (String c : domains) {
            if (domain.equals(c) || domain.endsWith("." + c)) {
                return true;
            }
        }
        return false;
    }

    private static String domain(String address) {
        if (address == null) {
            return null;
        }
        int at = address.lastIndexOf('@');
        return at < 0 ? null : address.substring(at + 1).strip().toLowerCase(Locale.ROOT);
    }

    private static String host(String remoteMta) {
        if (remoteMta == null) {
            return null;
        }
        String h = remoteMta.strip().toLowerCase(Locale.ROOT);
        int sp = h.indexOf(' ');
        h = sp < 0 ? h : h.substring(0, sp);
        return h.endsWith(".") ? h.substring(0, h.length() - 1) : h; // "mx.example.jp." names the root too
    }

    /**
     * Whether sending again to the address can never succeed: the address or its domain does not exist or
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
}

package dev.bouncedoc;

import dev.bouncedoc.engine.Reading;
import dev.bouncedoc.vocabulary.BounceKind;
import dev.bouncedoc.vocabulary.OriginalMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What one message says about delivery. Immutable.
 *
 * @param kind         what the message is
 * @param format       the format that was read: {@code rfc3464}, {@code arf}, a complaint in a vendor's own
 *                     layout ({@code x-arf}, {@code spamcop}, {@code aol-scomp}), {@code rfc3834}, a list service's
 *                     notice ({@code mailman}, {@code sympa}, {@code listserv}, {@code groupsio},
 *                     {@code yahoogroups}, {@code list}), an MTA such as
 *                     {@code postfix} or {@code exim}, {@code generic} for an unknown bounce format, {@code none}
 * @param reportingMta the host that wrote the report, when it says so
 * @param original     the returned message's identifying header fields
 * @param recipients   the recipients reported on, in the report's order; empty for {@link BounceKind#NOT_BOUNCE}
 * @param feedbackType for {@link BounceKind#FEEDBACK}, the ARF Feedback-Type (abuse, fraud, opt-out, ...), or
 *                     X-ARF's Report-Type (spam, login-attack, ...)
 * @param problems     what could not be read or was cut, in plain words; empty when all was read
 */
public record BounceReport(BounceKind kind, String format, String reportingMta, OriginalMessage original,
                           List<FailedRecipient> recipients, String feedbackType, List<String> problems) {
    /**
     * Keeps unmodifiable copies of the lists, so the report does not change when they do.
     *
     * @param kind         what the message is
     * @param format       the format that was read
     * @param reportingMta the host that wrote the report, or null
     * @param original     the returned message's identifying header fields
     * @param recipients   the recipients reported on, in the report's order
     * @param feedbackType the ARF Feedback-Type, or null
     * @param problems     what could not be read or was cut; empty when all was read
     * @throws NullPointerException if {@code recipients} or {@code problems} is null or holds null
     */
    public BounceReport {
        recipients = List.copyOf(recipients);
        problems = List.copyOf(problems);
    }

    /**
     * {@return whether the message is a report on delivery: every kind but {@link BounceKind#NOT_BOUNCE} and
     * {@link BounceKind#AUTO_REPLY}} An automatic reply (an out-of-office or vacation notice, a list's "held
     * for moderation" notice, a challenge-response request) answers a delivered message: it is no bounce of
     * the recipient, though its {@link #kind()} and recipient (reason {@code vacation}) say what it is.
     */
    public boolean bounce() {
        return kind != BounceKind.NOT_BOUNCE && kind != BounceKind.AUTO_REPLY;
    }

    /** The engine's reading put into words in the language that best serves {@code locale}. */
    static BounceReport of(Reading r, Catalog catalog, Locale locale, String helpBaseUrl) {
        List<FailedRecipient> recipients = new ArrayList<>(r.recipients().size());
        for (Reading.Recipient f : r.recipients()) {
            recipients.add(new FailedRecipient(f.address(), f.action(), f.status(), f.replyCode(), f.diagnosticCode(),
                    f.remoteMta(), f.lastAttempt(), f.reason(), f.hardBounce(), new Diagnosis(f.finding(), catalog, locale, helpBaseUrl)));
        }
        return new BounceReport(r.kind(), r.format(), r.reportingMta(), r.original(), recipients, r.feedbackType(),
                r.problems());
    }
}

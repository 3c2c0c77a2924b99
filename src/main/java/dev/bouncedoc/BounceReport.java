package dev.bouncedoc;

import java.util.List;

/**
 * What one message says about delivery. Immutable.
 *
 * @param kind         what the message is
 * @param format       the format that was read: {@code rfc3464}, {@code arf}, {@code rfc3834}, an MTA such as
 *                     {@code postfix} or {@code exim}, {@code generic} for an unknown bounce format, {@code none}
 * @param reportingMta the host that wrote the report, when it says so
 * @param original     the returned message's identifying header fields
 * @param recipients   the recipients reported on, in the report's order; empty for {@link BounceKind#NOT_BOUNCE}
 * @param feedbackType for {@link BounceKind#FEEDBACK}, the ARF Feedback-Type (abuse, fraud, opt-out, ...)
 * @param problems     what could not be read or was cut, in plain words; empty when all was read
 */
public record BounceReport(BounceKind kind, String format, String reportingMta, OriginalMessage original,
                           List<FailedRecipient> recipients, String feedbackType, List<String> problems) {
    public BounceReport {
        recipients = List.copyOf(recipients);
        problems = List.copyOf(problems);
    }

    /** Whether the message reports on delivery at all (every kind but {@link BounceKind#NOT_BOUNCE}). */
    public boolean bounce() {
        return kind != BounceKind.NOT_BOUNCE;
    }

    /** A report for input that could not be read at all. */
    static BounceReport unreadable(String problem) {
        return new BounceReport(BounceKind.NOT_BOUNCE, "none", null, OriginalMessage.NONE, List.of(), null,
                List.of(problem));
    }
}

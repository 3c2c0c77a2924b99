package dev.bouncedoc.engine;

import dev.bouncedoc.vocabulary.BounceKind;
import dev.bouncedoc.vocabulary.OriginalMessage;
import java.util.List;

/**
 * What the engine read from one message, before it is put into words: the facade turns it into a
 * {@code BounceReport} whose recipients carry diagnoses in a language.
 *
 * @param kind         what the message is
 * @param format       the format that was read
 * @param reportingMta the host that wrote the report, when it says so
 * @param original     the returned message's identifying header fields
 * @param recipients   the recipients reported on, in order
 * @param feedbackType for a complaint report, its Feedback-Type
 * @param problems     what could not be read or was cut
 */
public record Reading(BounceKind kind, String format, String reportingMta, OriginalMessage original,
                      List<Recipient> recipients, String feedbackType, List<String> problems) {
    public Reading {
        recipients = List.copyOf(recipients);
        problems = List.copyOf(problems);
    }

    /** A reading of input that could not be read at all. */
    static Reading unreadable(String problem) {
        return new Reading(BounceKind.NOT_BOUNCE, "none", null, OriginalMessage.NONE, List.of(), null, List.of(problem));
    }

    /** The same reading with one more problem in front. */
    public Reading withProblemFirst(String problem) {
        List<String> all = new java.util.ArrayList<>(problems);
        all.add(0, problem);
        return new Reading(kind, format, reportingMta, original, recipients, feedbackType, all);
    }

    /** One recipient: what the report says about it, the reason decided, and the finding for its text. */
    public record Recipient(String address, String action, String status, String replyCode, String diagnosticCode,
                            String remoteMta, String lastAttempt, String reason, boolean hardBounce, Finding finding) {
    }
}

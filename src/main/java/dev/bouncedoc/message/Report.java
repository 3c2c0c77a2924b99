package dev.bouncedoc.message;

import java.util.List;

/**
 * What a format recogniser read from a message.
 *
 * @param kind         what the message is
 * @param format       the recogniser that read it (rfc3464, postfix, exim, ...)
 * @param reportingMta the host that wrote the report, if stated
 * @param failures     the recipients it reports on, in order
 * @param original     header fields of the returned message, if found (else empty)
 * @param feedbackType for an ARF report, its Feedback-Type
 */
public record Report(Kind kind, String format, String reportingMta, List<Failure> failures, Headers original,
                     String feedbackType) {
    public Report {
        failures = List.copyOf(failures);
        original = original == null ? Headers.EMPTY : original;
    }

    /** What a message is. */
    public enum Kind { FAILURE, DELAY, DELIVERED, FEEDBACK, AUTO_REPLY, NOT_BOUNCE }
}

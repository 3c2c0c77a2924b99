package dev.bouncedoc.message;

import dev.bouncedoc.vocabulary.BounceKind;
import java.util.ArrayList;
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
 * @param problems     what went wrong while reading, such as a recogniser that failed on this message
 */
public record Report(BounceKind kind, String format, String reportingMta, List<Failure> failures, Headers original,
                     String feedbackType, List<String> problems) {
    public Report {
        failures = List.copyOf(failures);
        original = original == null ? Headers.EMPTY : original;
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    /** A report without problems. */
    public Report(BounceKind kind, String format, String reportingMta, List<Failure> failures, Headers original,
                  String feedbackType) {
        this(kind, format, reportingMta, failures, original, feedbackType, List.of());
    }

    /** This report with more problems after its own. */
    public Report withProblems(List<String> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<String> all = new ArrayList<>(problems);
        all.addAll(more);
        return new Report(kind, format, reportingMta, failures, original, feedbackType, all);
    }

}

package dev.bouncedoc;

import dev.bouncedoc.engine.MessageScan;
import java.util.Locale;

/**
 * One message of a batch: where it came from and its report, or why it could not be read.
 *
 * @param source where the message was reached: a path, plus {@code #N} for the N-th message of an mbox
 * @param report the report; null exactly when {@code error} is not
 * @param error  why the message could not be read; null when there is a report
 */
public record ScannedMessage(String source, BounceReport report, String error) {
    /** {@return whether the message could be read: there is a report and no error} */
    public boolean ok() {
        return report != null;
    }

    /** The engine's record of one message, put into words. */
    static ScannedMessage of(MessageScan.Scanned m, Catalog catalog, Locale locale, String helpBaseUrl) {
        return new ScannedMessage(m.source(), m.reading() == null ? null : BounceReport.of(m.reading(), catalog, locale, helpBaseUrl),
                m.error());
    }
}

package dev.bouncedoc.message.format;

import dev.bouncedoc.message.MailMessage;
import dev.bouncedoc.message.Recognizer;
import dev.bouncedoc.message.Report;

/**
 * One bounce format's reader. It tells its format by its own markers and reads it from the shared
 * {@link ReportView}, using the toolkit of this package ({@link DsnGroups}, {@link SmtpReply},
 * {@link SmtpCommand}, {@link GiveUp}, {@link ReportLines}), never another reader.
 */
abstract class FormatReader implements Recognizer {
    /** The report, or null when the message is not in this format. */
    abstract Report read(ReportView message);

    @Override
    public final Report recognize(MailMessage message) {
        return read(new ReportView(message));
    }
}

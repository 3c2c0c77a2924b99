package dev.bouncedoc.message.format;

import dev.bouncedoc.message.MailMessage;
import dev.bouncedoc.message.Recognizer;
import dev.bouncedoc.message.Report;

/**
 * One bounce format's reader, in the same two parts for every format: how to tell the format (its own
 * markers: a sender, a header field, a fixed line of text) and how to read it. It reads from the shared
 * {@link ReportView} and uses this package's toolkit, never another reader:
 * {@link DsnGroups} (delivery-status groups, read and merged with what the text lists),
 * {@link SmtpReply} (multi-line replies, which status to keep), {@link SmtpCommand} (the command a reply
 * answered), {@link SessionTranscript} (sendmail-style transcripts), {@link GiveUp} (an MTA's own give-up
 * wordings), {@link ReportLines} (line scanners), {@link ByAddress}, {@link AddressIndex} and
 * {@link MtaWordings}. A new reader is added to {@link Recognizers} in its place in the order.
 */
abstract class FormatReader implements Recognizer {
    /** The report, or null when the message is not in this format. */
    abstract Report read(ReportView message);

    /**
     * Whether this format can be the message's, from its markers alone: a word of the format that
     * {@link #read} looks for first (a header field, a fixed line of the text), tested over the view's
     * lower-cased texts ({@link ReportView#bodyHas}, {@link ReportView#plainHas}) instead of the reader's own
     * walk over the lines. False only when {@link #read} would return null at that first test, before any
     * other work: a reader passed over is one that would have found nothing (and failed on nothing). Every
     * reader whose first test is already that cheap keeps this default.
     */
    boolean mayApply(ReportView message) {
        return true;
    }

    @Override
    public final Report recognize(MailMessage message) {
        return read(new ReportView(message));
    }
}

package dev.bouncedoc.message;

/**
 * Reads one bounce format. A recogniser knows MIME and its own MTA's wording, never the catalog: it
 * reports recipients, codes and texts, and leaves their meaning to the diagnosis.
 */
public interface Recognizer {
    /** A short lower-case name of the format, such as {@code postfix}. */
    String name();

    /**
     * The report, or null when the message is not in this format. Should not throw: one that does is named
     * in the report's problems, and the message is left to the next recogniser.
     */
    Report recognize(MailMessage message);
}

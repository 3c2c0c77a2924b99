package dev.bouncedoc.message.format;

/** Fixed lines of one MTA's reports that another format shares (lower case). */
final class MtaWordings {
    private MtaWordings() {
    }

    /** Sendmail (and its old V5 form): the SMTP session's transcript follows. */
    static final String SENDMAIL_TRANSCRIPT = "----- transcript of session follows -----";
    /** Sendmail: the list of addresses that failed for good. */
    static final String SENDMAIL_FATAL = "----- the following addresses had permanent fatal errors -----";
    /** Sendmail: the list of addresses still being tried. */
    static final String SENDMAIL_TRANSIENT = "----- the following addresses had transient non-fatal errors -----";
    /** Sendmail: the returned message follows. */
    static final String SENDMAIL_UNSENT = "----- unsent message follows";
    /** Exim's first line, which GMX and WEB.DE (United Internet) keep. */
    static final String EXIM_START = "this message was created automatically by mail delivery software";
    /** GMX and WEB.DE: the line before the returned header fields, which tells their Exim-like report from Exim's. */
    static final String UNITED_INTERNET_ORIGINAL = "--- the header of the original message is following. ---";
}

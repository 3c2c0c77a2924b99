package dev.bouncedoc.vocabulary;

/**
 * The returned message as the report identifies it, for correlating with sent mail. Each field is null
 * when the report does not give it. They come from an enclosed message/rfc822 or text/rfc822-headers
 * part, else from header lines quoted in the report's text, else (Message-ID only) from the report's
 * In-Reply-To or References.
 */
public record OriginalMessage(String messageId, String from, String to, String subject, String date) {
    /** A message the report does not identify. */
    public static final OriginalMessage NONE = new OriginalMessage(null, null, null, null, null);
}

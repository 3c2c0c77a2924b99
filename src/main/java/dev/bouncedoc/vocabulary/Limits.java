package dev.bouncedoc.vocabulary;

/**
 * How much is read. Passing a limit never fails: a message's report says in its problems what was cut, and
 * a diagnosis says {@code truncated()} with {@code charsRead()}.
 *
 * @param maxMessageBytes bytes of one message read; the rest is cut (16 MiB by default)
 * @param maxDepth        MIME nesting depth followed (32)
 * @param maxParts        MIME parts read per message (1,000)
 * @param maxRecipients   recipients reported per message (1,000)
 * @param maxTextChars    characters of one text matched against the catalog: a pasted text, or a
 *                        recipient's diagnostic text (65,536)
 */
public record Limits(int maxMessageBytes, int maxDepth, int maxParts, int maxRecipients, int maxTextChars) {
    /** 16 MiB per message, 32 levels of MIME nesting, 1,000 parts, 1,000 recipients, 65,536 characters per text. */
    public static final Limits DEFAULT = new Limits(16 << 20, 32, 1_000, 1_000, 65_536);

    /**
     * Checks that every limit allows some reading.
     *
     * @param maxMessageBytes bytes of one message read
     * @param maxDepth        MIME nesting depth followed
     * @param maxParts        MIME parts read per message
     * @param maxRecipients   recipients reported per message
     * @param maxTextChars    characters of one text matched against the catalog, at least 16
     * @throws IllegalArgumentException if a limit is below 1 ({@code maxTextChars} below 16), or
     *                                  {@code maxMessageBytes} is above {@code Integer.MAX_VALUE - 16}
     */
    public Limits {
        if (maxMessageBytes < 1 || maxDepth < 1 || maxParts < 1 || maxRecipients < 1 || maxTextChars < 16) {
            throw new IllegalArgumentException("limits must be positive");
        }
        if (maxMessageBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("maxMessageBytes too large");
        }
    }
}

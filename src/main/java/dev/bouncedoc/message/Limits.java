package dev.bouncedoc.message;

/**
 * How much of a message is read. Passing a limit never fails: the result says what was cut.
 *
 * @param maxMessageBytes bytes of one message read (more is cut)
 * @param maxDepth        MIME nesting depth followed
 * @param maxParts        MIME parts read per message
 * @param maxRecipients   failed recipients reported per message
 */
public record Limits(int maxMessageBytes, int maxDepth, int maxParts, int maxRecipients) {
    public static final Limits DEFAULT = new Limits(16 << 20, 32, 1_000, 1_000);
}

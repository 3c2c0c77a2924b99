package dev.bouncedoc.match;

/**
 * Text after {@link TextNormalizer}, with a map from every normalised character back to the range of the
 * original input it came from, so that evidence can point at what the user actually wrote.
 */
public final class NormalizedText {
    private final String text;
    private final int[] originalStart;
    private final int[] originalEnd;
    private final boolean truncated;
    // the text's characters (at least text.length() of them), when they were made in an array: the automaton
    // reads them there; null otherwise
    final char[] chars;

    /** Offsets {@code originalStart} and {@code originalEnd} both null: every character is the input's at its own offset. */
    NormalizedText(String text, int[] originalStart, int[] originalEnd, boolean truncated) {
        this(text, null, originalStart, originalEnd, truncated);
    }

    NormalizedText(String text, char[] chars, int[] originalStart, int[] originalEnd, boolean truncated) {
        this.text = text;
        this.chars = chars;
        this.originalStart = originalStart;
        this.originalEnd = originalEnd;
        this.truncated = truncated;
    }

    /** The normalised text. */
    public String text() {
        return text;
    }

    /** Whether the input was longer than {@link TextNormalizer#MAX_INPUT_CHARS} and was cut. */
    public boolean truncated() {
        return truncated;
    }

    /** Start offset in the original input of the normalised range [start, end). */
    public int originalStart(int start) {
        if (text.isEmpty()) {
            return 0;
        }
        int k = Math.min(start, text.length() - 1);
        return originalStart == null ? k : originalStart[k];
    }

    /** End offset (exclusive) in the original input of the normalised range [start, end). */
    public int originalEnd(int end) {
        if (end <= 0) {
            return 0;
        }
        int k = Math.min(end, text.length()) - 1;
        return originalEnd == null ? k + 1 : originalEnd[k];
    }
}

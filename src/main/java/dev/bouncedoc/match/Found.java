package dev.bouncedoc.match;

/**
 * Something found in the input: either the part of the input that satisfied a rule's condition
 * ({@code condition} set), or a code the scanner recognised ({@code token} set). Offsets are in the
 * original input, in UTF-16 units; {@code text} is the original text there.
 */
public record Found(Condition condition, Token.Kind token, String value, int start, int end, String text) {
}

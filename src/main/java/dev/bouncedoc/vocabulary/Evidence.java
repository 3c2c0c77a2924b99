package dev.bouncedoc.vocabulary;

/**
 * Why the diagnosis was chosen: one condition of the catalog rule that matched, and where in the input.
 *
 * @param kind  the condition: phrase, hint, hresult, socket, pop3, imap, status, reply
 * @param value the rule's value as the catalog writes it ("relay access denied", "5.1.1")
 * @param start offset of the matched text in the input, in UTF-16 units
 * @param end   end offset (exclusive)
 * @param text  the input's own text there
 */
public record Evidence(String kind, String value, int start, int end, String text) {
}

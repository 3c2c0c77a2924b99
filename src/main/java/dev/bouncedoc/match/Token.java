package dev.bouncedoc.match;

/**
 * A code or name found in normalised text, at [start, end) of the normalised text.
 *
 * @param kind  what was found
 * @param value the canonical spelling: {@code 550}, {@code 5.1.1}, {@code 0x800CCC0E}, {@code 10061},
 *              {@code IN-USE}, {@code AUTHENTICATIONFAILED}, or the address or host as normalised
 */
public record Token(Kind kind, String value, int start, int end) {
    public enum Kind { REPLY, STATUS, HRESULT, SOCKET, POP3, POP3_ERR, IMAP, ADDRESS, HOST }
}

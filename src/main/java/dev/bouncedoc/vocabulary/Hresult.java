package dev.bouncedoc.vocabulary;


/**
 * An error number of the Windows mail programs (Outlook Express, Windows Mail, Outlook), such as
 * 0x800CCC0E, with its symbolic name from the SDK header when it has one (IXP_E_FAILED_TO_CONNECT).
 *
 * @param value the 32-bit value
 * @param name  the symbolic name, or null for the codes that have none (Outlook's 0x8004210x, for example)
 */
public record Hresult(int value, String name) {
    /** {@return the value as {@code 0x} and eight upper-case hexadecimal digits, such as {@code 0x800CCC0E}} */
    public String hex() {
        char[] hex = new char[10]; // 0x and eight upper-case digits, as String.format("0x%08X") writes it
        hex[0] = '0';
        hex[1] = 'x';
        for (int k = 0; k < 8; k++) {
            hex[2 + k] = "0123456789ABCDEF".charAt((value >>> (28 - 4 * k)) & 0xF);
        }
        return new String(hex);
    }

    @Override
    public String toString() {
        return name == null ? hex() : hex() + " (" + name + ")";
    }
}

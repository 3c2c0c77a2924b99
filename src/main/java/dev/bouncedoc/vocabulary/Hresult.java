package dev.bouncedoc.vocabulary;

import java.util.Locale;

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
        return String.format(Locale.ROOT, "0x%08X", value);
    }

    @Override
    public String toString() {
        return name == null ? hex() : hex() + " (" + name + ")";
    }
}

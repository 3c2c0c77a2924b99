package dev.bouncedoc.vocabulary;

/**
 * An enhanced mail system status code (RFC 3463), such as 5.1.1: class, subject and detail.
 *
 * @param codeClass 2 (success), 4 (persistent transient failure) or 5 (permanent failure)
 * @param subject   what the code is about, from 0 to 999 (1 addressing, 2 mailbox, 7 security, ...)
 * @param detail    the detail within the subject, from 0 to 999
 */
public record EnhancedStatus(int codeClass, int subject, int detail) {
    /**
     * Checks the ranges of RFC 3463, section 2.
     *
     * @param codeClass 2, 4 or 5
     * @param subject   from 0 to 999
     * @param detail    from 0 to 999
     * @throws IllegalArgumentException if the class is not 2, 4 or 5, or subject or detail is not within 0 to 999
     */
    public EnhancedStatus {
        if (codeClass != 2 && codeClass != 4 && codeClass != 5 || subject < 0 || subject > 999 || detail < 0
                || detail > 999) {
            throw new IllegalArgumentException("not an enhanced status code: " + codeClass + "." + subject + "." + detail);
        }
    }

    /**
     * Parses a code written as RFC 3463 writes it, such as {@code 5.1.1}; spaces around it are ignored.
     *
     * @param code the code
     * @return the status code
     * @throws IllegalArgumentException if {@code code} is not three numbers joined by dots within the ranges
     *                                  of RFC 3463
     * @throws NullPointerException if {@code code} is null
     */
    public static EnhancedStatus parse(String code) {
        String[] parts = code.trim().split("\\.", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("not an enhanced status code: " + code);
        }
        try {
            return new EnhancedStatus(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an enhanced status code: " + code, e);
        }
    }

    /** {@return whether it is class 5: a permanent failure} */
    public boolean isPermanent() {
        return codeClass == 5;
    }

    /** {@return whether it is class 4: a persistent transient failure} */
    public boolean isTransient() {
        return codeClass == 4;
    }

    @Override
    public String toString() {
        return codeClass + "." + subject + "." + detail;
    }
}

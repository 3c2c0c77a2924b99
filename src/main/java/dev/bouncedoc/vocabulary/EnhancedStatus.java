package dev.bouncedoc.vocabulary;

/** An enhanced mail system status code (RFC 3463), such as 5.1.1: class, subject and detail. */
public record EnhancedStatus(int codeClass, int subject, int detail) {
    public EnhancedStatus {
        if (codeClass != 2 && codeClass != 4 && codeClass != 5 || subject < 0 || subject > 999 || detail < 0
                || detail > 999) {
            throw new IllegalArgumentException("not an enhanced status code: " + codeClass + "." + subject + "." + detail);
        }
    }

    /** Parses {@code 5.1.1}; throws IllegalArgumentException for anything else. */
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

    /** Class 5: a permanent failure. */
    public boolean isPermanent() {
        return codeClass == 5;
    }

    /** Class 4: a persistent transient failure. */
    public boolean isTransient() {
        return codeClass == 4;
    }

    @Override
    public String toString() {
        return codeClass + "." + subject + "." + detail;
    }
}

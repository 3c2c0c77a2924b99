package dev.bouncedoc.vocabulary;

/**
 * A basic SMTP reply code (RFC 5321 §4.2), such as 550.
 *
 * @param value the three-digit code, from 200 to 599
 */
public record ReplyCode(int value) {
    /**
     * Checks the range.
     *
     * @param value the three-digit code, from 200 to 599
     * @throws IllegalArgumentException if {@code value} is below 200 or above 599
     */
    public ReplyCode {
        if (value < 200 || value > 599) {
            throw new IllegalArgumentException("not an SMTP reply code: " + value);
        }
    }

    /** {@return whether it is 5yz: the same command will not succeed (RFC 5321 §4.2.1)} */
    public boolean isPermanent() {
        return value >= 500;
    }

    /** {@return whether it is 4yz: the same command may succeed later} */
    public boolean isTransient() {
        return value >= 400 && value < 500;
    }

    @Override
    public String toString() {
        return Integer.toString(value);
    }
}

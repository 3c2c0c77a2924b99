package dev.bouncedoc.vocabulary;

/** A basic SMTP reply code (RFC 5321 §4.2), such as 550. */
public record ReplyCode(int value) {
    public ReplyCode {
        if (value < 200 || value > 599) {
            throw new IllegalArgumentException("not an SMTP reply code: " + value);
        }
    }

    /** 5yz: the same command will not succeed (RFC 5321 §4.2.1). */
    public boolean isPermanent() {
        return value >= 500;
    }

    /** 4yz: the same command may succeed later. */
    public boolean isTransient() {
        return value >= 400 && value < 500;
    }

    @Override
    public String toString() {
        return Integer.toString(value);
    }
}

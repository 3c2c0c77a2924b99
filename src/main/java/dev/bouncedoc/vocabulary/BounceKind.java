package dev.bouncedoc.vocabulary;

import java.util.Locale;

/** What a message read by {@code BounceDoc.read} is. */
public enum BounceKind {
    /** A report that delivery failed for one or more recipients (a bounce). */
    FAILURE,
    /** A warning that delivery is delayed and still being tried. */
    DELAY,
    /** A report of successful delivery (RFC 3464 action delivered, relayed or expanded). */
    DELIVERED,
    /** A complaint report from a mailbox provider's feedback loop (RFC 5965 ARF); reason feedback. */
    FEEDBACK,
    /**
     * An automatic reply (RFC 3834) such as an out-of-office message, or a mailing list's notice that a post
     * is held for its moderator; reason vacation. No bounce: the message it answers was delivered.
     */
    AUTO_REPLY,
    /** An ordinary message, not about delivery. */
    NOT_BOUNCE;

    /** {@return the name in lower case with hyphens, as JSON writes it: {@code failure}, {@code auto-reply}} */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

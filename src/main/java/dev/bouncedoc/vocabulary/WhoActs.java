package dev.bouncedoc.vocabulary;

import java.util.Locale;

/** Who must do something about the problem. */
public enum WhoActs {
    /** The person who sent the mail, or their mail program. */
    SENDER,
    /** The sender's provider or mail administrator. */
    SENDER_ADMIN,
    /** The person the mail was for. */
    RECIPIENT,
    /** The recipient's provider or mail administrator. */
    RECIPIENT_ADMIN,
    /** Nobody: it clears by itself, so wait. */
    NOBODY,
    /**
     * The user of the mail program, about their own mailbox or account (receiving, logging in): not the
     * sender of some message.
     */
    USER,
    /** The user's own provider or mail administrator, about the user's mailbox or account. */
    USER_PROVIDER;

    /** {@return the catalog's and JSON's spelling: lower case with hyphens, such as {@code sender-admin}} */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The value the catalog names, the inverse of {@link #id()}.
     *
     * @param id the {@link #id()} of a value, such as {@code sender-admin}, in any case
     * @return the value
     * @throws IllegalArgumentException if {@code id} names no value
     * @throws NullPointerException if {@code id} is null
     */
    public static WhoActs of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}

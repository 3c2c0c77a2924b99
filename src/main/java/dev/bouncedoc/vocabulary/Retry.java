package dev.bouncedoc.vocabulary;

import java.util.Locale;

/** Whether trying again can help. */
public enum Retry {
    /** The same attempt will not succeed, however often it is made. */
    NEVER,
    /** The same attempt will probably work after a while. */
    LATER,
    /** It works once the steps of the diagnosis are done. */
    AFTER_FIXING,
    /** Nothing failed, so there is nothing to try again: a notice (delivered, marked as spam, an automatic reply). */
    NOT_NEEDED;

    /** {@return the catalog's and JSON's spelling: lower case with hyphens, such as {@code after-fixing}} */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The value the catalog names, the inverse of {@link #id()}.
     *
     * @param id the {@link #id()} of a value, such as {@code after-fixing}, in any case
     * @return the value
     * @throws IllegalArgumentException if {@code id} names no value
     * @throws NullPointerException if {@code id} is null
     */
    public static Retry of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}

package dev.bouncedoc.vocabulary;

import java.util.Locale;

/** What kind of problem a catalog entry describes (catalog/README.md, "An entry"). */
public enum EntryKind {
    /** Between the user's mail program and their own provider: connection, login, settings. */
    CLIENT,
    /** A message could not be delivered to a recipient. */
    DELIVERY,
    /** A message from the mail system that is not an error: a bounce explained, a virus or spam notice. */
    NOTICE,
    /** The generic meaning of a code when nothing more specific is known, and {@code unknown}. */
    STATUS;

    /** {@return the name in lower case, as the catalog and JSON write it: {@code client}, {@code delivery}, ...} */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The kind the catalog names, the inverse of {@link #id()}.
     *
     * @param id {@code client}, {@code delivery}, {@code notice} or {@code status}, in any case
     * @return the kind
     * @throws IllegalArgumentException if {@code id} names no kind
     * @throws NullPointerException if {@code id} is null
     */
    public static EntryKind of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}

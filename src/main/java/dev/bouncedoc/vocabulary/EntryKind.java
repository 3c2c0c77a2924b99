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

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EntryKind of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}

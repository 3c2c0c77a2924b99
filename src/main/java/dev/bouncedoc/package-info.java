/**
 * The front door. {@link dev.bouncedoc.BounceDoc} diagnoses a pasted text ({@code diagnose}) and reads whole
 * messages ({@code read}, {@code scan}); {@link dev.bouncedoc.Catalog} loads the bundled catalog or your own.
 * Results ({@link dev.bouncedoc.Diagnosis}, {@link dev.bouncedoc.BounceReport}) are immutable values.
 *
 * <p>Null policy: no method accepts null unless its documentation says so (a null argument gives a
 * {@code NullPointerException} with a message); methods and record components return null only where
 * documented, for a value the input does not give (a report's missing reply code, a client entry's reason).
 * Lists are never null, only empty.
 */
package dev.bouncedoc;

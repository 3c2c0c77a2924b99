/**
 * Internal: the engine behind the front door. {@link dev.bouncedoc.engine.Diagnoser} matches a text against
 * the compiled catalog and gives a {@link dev.bouncedoc.engine.Finding}; {@link dev.bouncedoc.engine.BounceReader}
 * parses a message, lets the format readers read it, and decides each recipient's reason in one place
 * ({@code ReasonPolicy}); {@link dev.bouncedoc.engine.MessageScan} walks files, mbox files and folders. It
 * uses catalog, match, message and vocabulary, never the facade. Not exported.
 *
 * <p>Null policy: arguments are never null; a {@code Finding}'s fields are never null (its entry is the
 * catalog's {@code unknown} entry when nothing was recognised).
 */
package dev.bouncedoc.engine;

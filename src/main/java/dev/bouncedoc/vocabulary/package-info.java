/**
 * The words of the mail world that the engine and the answers share: status and reply codes
 * ({@link dev.bouncedoc.vocabulary.EnhancedStatus}, {@link dev.bouncedoc.vocabulary.ReplyCode},
 * {@link dev.bouncedoc.vocabulary.Hresult}), what was found ({@link dev.bouncedoc.vocabulary.Codes},
 * {@link dev.bouncedoc.vocabulary.Evidence}), who acts and whether to retry, what a message is, and the
 * limits on reading. It depends on no other package of bouncedoc.
 *
 * <p>Null policy: as in {@code dev.bouncedoc}: record components that may be null say so; lists are never null.
 */
package dev.bouncedoc.vocabulary;

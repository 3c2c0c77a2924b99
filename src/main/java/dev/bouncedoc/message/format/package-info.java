/**
 * Internal: one reader per bounce format (an MTA, a provider, a gateway, a standard report), all built on one
 * toolkit: {@code FormatReader} (what every reader extends), {@code ReportView} (the message's text, lines,
 * addresses and delivery-status groups, computed once and shared), {@code DsnGroups}, {@code SmtpReply},
 * {@code SmtpCommand}, {@code SessionTranscript}, {@code GiveUp}, {@code ReportLines}, {@code ByAddress} and
 * {@code MtaWordings}. {@link dev.bouncedoc.message.format.Recognizers} tries the readers in order. A reader
 * states facts (recipients, codes, texts, the command answered, a give-up); it never decides a reason and never
 * calls another reader. The notification's own human-readable words are a fact too ({@code Failure.notice}): a
 * reader may give its explanation paragraph, and {@code Recognizers} gives the first text/plain part of a
 * multipart/report to recipients that have none; the engine's reason policy alone decides whether they count.
 * README.md, "Adding a format", says how to add one. Not exported.
 *
 * <p>Null policy: a reader returns null when the message is not in its format; it never throws (a reader
 * that does is named in the report's problems).
 */
package dev.bouncedoc.message.format;

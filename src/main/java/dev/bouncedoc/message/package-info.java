/**
 * Internal: a message as text. {@link dev.bouncedoc.message.MailMessage} parses bytes with Angus Mail
 * (through a private session), decodes transfer encodings and charsets, and keeps the parts a reader needs;
 * {@link dev.bouncedoc.message.DeliveryStatus} reads RFC 3464 fields; {@link dev.bouncedoc.message.Report} and
 * {@link dev.bouncedoc.message.Failure} are what a format reader reports. It knows MIME, never the catalog.
 * Not exported.
 *
 * <p>Null policy: arguments are never null; a {@code Failure}'s fields are null when the report does not give them.
 */
package dev.bouncedoc.message;

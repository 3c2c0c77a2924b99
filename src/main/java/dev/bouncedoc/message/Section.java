package dev.bouncedoc.message;

import java.util.Locale;

/**
 * One leaf of a message's MIME tree, in document order: its content type (lower case, no parameters),
 * its decoded text, and for an enclosed message or a headers part, the enclosed header fields.
 *
 * @param type     content type such as {@code text/plain} or {@code message/delivery-status}
 * @param text     the decoded text (for an enclosed message: its body text), never null
 * @param headers  the part's own header fields, or for {@code message/rfc822} and {@code text/rfc822-headers}
 *                 the enclosed message's
 * @param enclosed whether this section belongs to an enclosed (returned) message rather than to the report
 */
public record Section(String type, String text, Headers headers, boolean enclosed) {
    /** The text never carries bidirectional controls or zero-width characters ({@link Text#visible}). */
    public Section {
        text = Text.visible(text);
    }

    public boolean is(String contentType) {
        return type.equals(contentType.toLowerCase(Locale.ROOT));
    }

    /** message/delivery-status and its UTF-8 twin (RFC 6533). */
    public boolean isDeliveryStatus() {
        return type.equals("message/delivery-status") || type.equals("message/global-delivery-status");
    }

    /** An enclosed original: message/rfc822, message/global, text/rfc822-headers or message/global-headers. */
    public boolean isOriginal() {
        return type.equals("message/rfc822") || type.equals("message/global") || type.equals("text/rfc822-headers")
                || type.equals("message/global-headers") || type.equals("message/partial");
    }
}

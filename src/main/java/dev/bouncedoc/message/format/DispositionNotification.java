package dev.bouncedoc.message.format;

import dev.bouncedoc.message.DeliveryStatus;
import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Headers;
import dev.bouncedoc.message.Report;
import dev.bouncedoc.message.Section;
import dev.bouncedoc.message.Text;
import dev.bouncedoc.vocabulary.BounceKind;
import java.util.List;

/**
 * RFC 8098 message disposition notifications. A disposition of {@code deleted} or {@code failed} sent
 * automatically is a rejection by the recipient's mail system after delivery (a Sieve {@code reject}, as
 * Dovecot writes it, or a full mailbox); the human-readable part gives the reason. {@code displayed},
 * {@code dispatched} and {@code processed} are receipts: the message arrived.
 */
final class DispositionNotification extends FormatReader {
    @Override
    public String name() {
        return "rfc8098";
    }

    @Override
    Report read(ReportView message) {
        Section mdn = message.first("message/disposition-notification");
        if (mdn == null) {
            mdn = message.first("message/global-disposition-notification");
        }
        if (mdn == null) {
            return null;
        }
        Headers fields = Headers.parse(mdn.text());
        String disposition = Text.lower(fields.get("disposition"));
        String address = Text.cleanAddress(DeliveryStatus.untyped(fields.get("final-recipient")));
        if (address == null) {
            address = Text.cleanAddress(DeliveryStatus.untyped(fields.get("original-recipient")));
        }
        int semi = disposition.indexOf(';');
        String type = semi < 0 ? "" : disposition.substring(semi + 1).strip();
        boolean failed = type.startsWith("deleted") || type.startsWith("failed") || type.startsWith("denied");
        String text = Text.oneLine(message.beforeOriginal());
        Failure f = Failure.builder().address(address).action(failed ? "failed" : "delivered")
                .diagnostic(text.length() > 600 ? text.substring(0, 600) : text)
                .status(Text.status(text)).replyCode(Text.replyCode(text))
                .remoteMta(DeliveryStatus.untyped(fields.get("reporting-ua"))).build();
        Headers original = message.original();
        if (original.get("message-id") == null && fields.get("original-message-id") != null) {
            original = Headers.parse("Message-ID: " + fields.get("original-message-id") + "\n");
        }
        return new Report(failed ? BounceKind.FAILURE : BounceKind.DELIVERED, name(), null, List.of(f), original, null);
    }
}

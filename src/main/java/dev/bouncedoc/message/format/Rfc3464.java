package dev.bouncedoc.message.format;

import dev.bouncedoc.message.DeliveryStatus;
import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Report;
import java.util.List;

/**
 * RFC 3464 delivery status notifications (and RFC 6533's UTF-8 form): the per-recipient fields of the
 * message/delivery-status part. When a recipient has no Diagnostic-Code, the human-readable part's
 * lines about that recipient stand in for it.
 */
final class Rfc3464 extends FormatReader {
    @Override
    public String name() {
        return "rfc3464";
    }

    @Override
    Report read(ReportView message) {
        List<DeliveryStatus> parts = message.dsnParts();
        List<Failure> failures = DsnGroups.failures(parts, message.addressIndex());
        if (failures.isEmpty()) {
            return null;
        }
        return message.report(name(), DsnGroups.reportingMta(parts), failures);
    }
}

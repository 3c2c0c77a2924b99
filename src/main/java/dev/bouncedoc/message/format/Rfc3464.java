package dev.bouncedoc.message.format;

import dev.bouncedoc.message.DeliveryStatus;
import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Report;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 3464 delivery status notifications (and RFC 6533's UTF-8 form): the per-recipient fields of the
 * message/delivery-status part. When a recipient has no Diagnostic-Code, the human-readable part's
 * lines about that recipient stand in for it. A group without the (required) Action field whose Status is
 * of class 4, a persistent transient failure (RFC 3463 section 3.1), was not given up: it reads as delayed,
 * as a challenge-response system's "4.7.0 Sender not pre-approved" while the message waits.
 */
final class Rfc3464 extends FormatReader {
    @Override
    public String name() {
        return "rfc3464";
    }

    @Override
    Report read(ReportView message) {
        List<DeliveryStatus> parts = message.dsnParts();
        List<Failure> failures = new ArrayList<>(DsnGroups.failures(parts, message.addressIndex()));
        for (int i = 0; i < failures.size(); i++) {
            Failure f = failures.get(i);
            if (f.action() == null && f.status() != null && f.status().charAt(0) == '4') {
                failures.set(i, f.toBuilder().action("delayed").build());
            }
        }
        if (failures.isEmpty()) {
            return null;
        }
        return message.report(name(), DsnGroups.reportingMta(parts), failures);
    }
}

package dev.bouncedoc.message.format;

import dev.bouncedoc.message.DeliveryStatus;
import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Headers;
import dev.bouncedoc.message.Report;
import dev.bouncedoc.message.Section;
import java.util.ArrayList;
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
        List<Failure> failures = new ArrayList<>();
        String reportingMta = null;
        boolean any = false;
        boolean ownPart = message.hasOwnDsn();
        for (Section s : message.sections()) {
            // a report forwarded inside another message (a gateway's wrapper) is read when the outer has none
            if (!s.isDeliveryStatus() || s.enclosed() && ownPart) {
                continue;
            }
            DeliveryStatus ds = message.deliveryStatus(s);
            any = true;
            if (reportingMta == null) {
                reportingMta = DeliveryStatus.untyped(ds.message().get("reporting-mta"));
            }
            for (Headers r : ds.recipients()) {
                failures.add(DsnGroups.failure(r, message.addressIndex()));
            }
        }
        if (!any || failures.isEmpty()) {
            return null;
        }
        return message.report(name(), reportingMta, failures);
    }
}

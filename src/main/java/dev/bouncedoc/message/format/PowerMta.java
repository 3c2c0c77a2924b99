package dev.bouncedoc.message.format;

import dev.bouncedoc.message.DeliveryStatus;
import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Headers;
import dev.bouncedoc.message.Report;
import dev.bouncedoc.message.Stated;
import dev.bouncedoc.message.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * Port25 PowerMTA, the bulk sender's MTA. Its "Delivery report" is a standard multipart/report: a text part
 * ("Hello, this is the mail server on HOST." and one line per recipient, "&lt;bob@example.com&gt; delivery
 * failed; will not continue trying"), a message/delivery-status part with PowerMTA's own fields
 * X-PowerMTA-VirtualMTA and, per recipient, X-PowerMTA-BounceCategory (bad-mailbox, bad-domain,
 * quota-issues, spam-related, policy-related, message-expired, ...), and the original's headers. The
 * recipient fields are read as RFC 3464 says; the category "message-expired" states that PowerMTA gave
 * up after the message's lifetime: expired.
 */
final class PowerMta extends FormatReader {
    @Override
    public String name() {
        return "powermta";
    }

    @Override
    Report read(ReportView message) {
        List<Failure> failures = new ArrayList<>();
        AddressIndex body = message.addressIndex();
        for (DeliveryStatus ds : message.ownDsnParts()) {
            boolean powerMta = ds.message().has("x-powermta-virtualmta");
            for (Headers r : ds.recipients()) {
                powerMta |= r.has("x-powermta-bouncecategory");
            }
            if (!powerMta) {
                return null;
            }
            for (Headers r : ds.recipients()) {
                Failure f = DsnGroups.failure(r, body);
                String category = Text.lower(r.get("x-powermta-bouncecategory")).strip();
                if (category.equals("message-expired")) {
                    f = f.toBuilder().stated(Stated.GAVE_UP).build();
                }
                failures.add(f);
            }
        }
        if (failures.isEmpty()) {
            return null;
        }
        return message.report(name(), DsnGroups.reportingMta(message.ownDsnParts()), failures);
    }
}

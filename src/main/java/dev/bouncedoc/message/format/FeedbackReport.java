package dev.bouncedoc.message.format;

import dev.bouncedoc.message.DeliveryStatus;
import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Headers;
import dev.bouncedoc.message.Report;
import dev.bouncedoc.message.Section;
import dev.bouncedoc.message.Text;
import dev.bouncedoc.vocabulary.BounceKind;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 5965 Abuse Reporting Format: a complaint (feedback loop) report, not a bounce. The recipient is
 * the complaining address: Original-Rcpt-To, else the enclosed message's To.
 */
final class FeedbackReport extends FormatReader {
    @Override
    public String name() {
        return "arf";
    }

    @Override
    Report read(ReportView message) {
        Section fr = message.first("message/feedback-report");
        String contentType = Text.lower(message.headers().get("content-type"));
        if (fr == null && !contentType.contains("feedback-report")) {
            return null;
        }
        Headers fields = fr != null ? Headers.parse(fr.text()) : Headers.EMPTY;
        Headers original = message.original();
        String type = fields.get("feedback-type");
        if (type == null) {
            type = "abuse";
        }
        List<String> rcpts = new ArrayList<>();
        for (String v : fields.all("original-rcpt-to")) {
            rcpts.addAll(Text.addresses(v));
        }
        for (String v : fields.all("removal-recipient")) {
            if (rcpts.isEmpty()) {
                rcpts.addAll(Text.addresses(v));
            }
        }
        if (rcpts.isEmpty() && original.get("to") != null) {
            rcpts.addAll(Text.addresses(original.get("to")));
        }
        if (rcpts.isEmpty()) {
            rcpts.add(null);
        }
        List<Failure> failures = new ArrayList<>();
        for (String r : rcpts) {
            failures.add(Failure.builder().address(r).action("failed").reason("feedback")
                    .diagnostic(Text.oneLine(type + (fields.get("user-agent") != null ? " report by " + fields.get("user-agent") : "")))
                    .lastAttempt(fields.get("arrival-date") != null ? fields.get("arrival-date") : fields.get("received-date"))
                    .build());
        }
        String reporting = fields.get("reporting-mta");
        return new Report(BounceKind.FEEDBACK, name(), DeliveryStatus.untyped(reporting),
                failures, original, type.strip().toLowerCase(java.util.Locale.ROOT));
    }
}

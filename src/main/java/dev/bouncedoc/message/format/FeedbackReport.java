package dev.bouncedoc.message.format;

import dev.bouncedoc.message.DeliveryStatus;
import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Headers;
import dev.bouncedoc.message.Report;
import dev.bouncedoc.message.Stated;
import dev.bouncedoc.message.Section;
import dev.bouncedoc.message.Text;
import dev.bouncedoc.vocabulary.BounceKind;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 5965 Abuse Reporting Format: a complaint (feedback loop) report, not a bounce. The recipient is
 * the complaining address: Original-Rcpt-To, else the enclosed message's To.
 *
 * <p>Also the complaint reports that are not ARF: ARF's fields written into a text part instead of a
 * message/feedback-report part (some feedback loops do), and Microsoft's older JMRP report, which names the
 * complaining user in {@code X-HmXmrOriginalRecipient} (in its own header or in the enclosed message's) and
 * says "This is an email abuse report" or comes from staff@hotmail.com with the subject "complaint about
 * message from" an IP address (Amazon SES's complaints@email-abuse.amazonses.com likewise).
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
        Headers fields;
        if (fr != null) {
            fields = Headers.parse(fr.text());
        } else if (contentType.contains("feedback-report")) {
            fields = Headers.EMPTY;
        } else {
            fields = inlineFields(message);
            if (fields == null) {
                return null;
            }
        }
        Headers original = message.original();
        String type = fields.get("feedback-type");
        if (type == null) {
            type = "abuse";
        }
        List<String> rcpts = new ArrayList<>();
        for (String v : fields.all("original-rcpt-to")) {
            rcpts.addAll(Text.addresses(v));
        }
        for (String v : message.headers().all("x-hmxmroriginalrecipient")) {
            rcpts.addAll(Text.addresses(v)); // Microsoft JMRP
        }
        if (rcpts.isEmpty()) {
            for (String v : original.all("x-hmxmroriginalrecipient")) {
                rcpts.addAll(Text.addresses(v)); // JMRP names the user in the enclosed message's header
            }
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
            failures.add(Failure.builder().address(r).action("failed").stated(Stated.COMPLAINT)
                    .diagnostic(Text.oneLine(type + (fields.get("user-agent") != null ? " report by " + fields.get("user-agent") : "")))
                    .lastAttempt(fields.get("arrival-date") != null ? fields.get("arrival-date") : fields.get("received-date"))
                    .build());
        }
        String reporting = fields.get("reporting-mta");
        return new Report(BounceKind.FEEDBACK, name(), DeliveryStatus.untyped(reporting),
                failures, original, type.strip().toLowerCase(java.util.Locale.ROOT));
    }

    /** The senders of complaint reports in Microsoft's JMRP and Amazon SES's forwarding, before or beside ARF. */
    private static final List<String> COMPLAINT_DESKS = List.of("staff@hotmail.com", "complaints@email-abuse.amazonses.com");

    /**
     * Whether a complaint desk sent the message with its fixed subject, "complaint about message from
     * 192.0.2.1" (Microsoft JMRP and Amazon SES; Sisimai's ARF reader tells them so).
     */
    private static boolean fromComplaintDesk(ReportView message) {
        if (!Text.lower(message.subject()).contains("complaint about message from ")) {
            return false;
        }
        for (String a : Text.addresses(message.from())) {
            if (COMPLAINT_DESKS.contains(Text.lower(a))) {
                return true;
            }
        }
        return false;
    }

    /** Markers of a complaint report that is not ARF, in the body's first lines (lower case). */
    private static final String[] ABUSE_REPORT = {"this is an email abuse report for an email message",
        "this is an abuse report for an email message", "this is a spam report for an email message"};

    /**
     * ARF's fields where they are not in a message/feedback-report part: a text part whose lines begin with
     * "Feedback-Type:" (with a "Version:" or "User-Agent:" beside it), or an empty set when only the JMRP
     * header or an abuse-report sentence says what the message is; null when nothing does.
     */
    private static Headers inlineFields(ReportView message) {
        for (Section s : message.sections()) {
            if (!s.type().startsWith("text/plain") || s.enclosed()) {
                continue;
            }
            // the report's only text part is its body text: lower-cased once per message, for every reader
            String lower = s.text().equals(message.bodyText()) ? message.lowerBody() : Text.lower(s.text());
            int at = lower.startsWith("feedback-type:") ? 0 : lower.indexOf("\nfeedback-type:");
            if (at >= 0 && (lower.contains("\nuser-agent:") || lower.contains("\nversion:") || lower.startsWith("version:"))) {
                return Headers.parse(s.text().substring(at == 0 ? 0 : at + 1));
            }
        }
        if (message.headers().has("x-hmxmroriginalrecipient") || message.original().has("x-hmxmroriginalrecipient")
                || fromComplaintDesk(message)) {
            return Headers.EMPTY;
        }
        String head = message.lowerBody();
        head = head.length() > 2_000 ? head.substring(0, 2_000) : head;
        return Text.containsAny(head, ABUSE_REPORT) ? Headers.EMPTY : null;
    }
}

package dev.bouncedoc.message.format;

import dev.bouncedoc.message.DeliveryStatus;
import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Headers;
import dev.bouncedoc.message.Lines;
import dev.bouncedoc.message.Report;
import dev.bouncedoc.message.Text;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An RFC 3464 report whose MIME structure was lost on the way (the multipart/report boundary lines are
 * missing, or a relay flattened it to text), so that the delivery-status fields stand in the text: a
 * block beginning with Reporting-MTA: or Final-Recipient: at the start of a line, after the human-readable
 * part (Sendmail's "----- Transcript of session follows -----", Postfix's "The mail system"). The fields are
 * read as RFC 3464 says; a recipient without Diagnostic-Code takes the transcript or the lines of the
 * human-readable part that name it. A group that repeats an earlier one field for field is one recipient,
 * reported once: the text holds the fields twice when the report also attached them as a part of a type
 * no standard names ("message/xdelivery-status"), which is read as text.
 */
final class InlineDeliveryStatus extends FormatReader {
    @Override
    public String name() {
        return "rfc3464";
    }

    @Override
    Report read(ReportView message) {
        if (message.sections().stream().anyMatch(s -> s.isDeliveryStatus())) {
            return null;
        }
        String body = message.bodyText();
        int start = fieldsStart(body);
        if (start < 0 || !message.looksLikeBounce()) {
            return null;
        }
        String before = body.substring(0, start);
        DeliveryStatus ds = DeliveryStatus.parse(body.substring(start));
        String transcript = transcript(before);
        AddressIndex beforeLines = new AddressIndex(before);
        List<Failure> failures = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Headers r : ds.recipients()) {
            if (!r.has("action") && !r.has("status")) {
                continue;
            }
            Failure f = DsnGroups.failure(r);
            if (f.diagnostic() == null) {
                String d = transcript;
                boolean cut = false;
                if (d == null && f.address() != null) {
                    d = beforeLines.about(f.address());
                    cut = beforeLines.lastCut();
                }
                if (d == null) {
                    d = ReportLines.errorLines(before);
                }
                d = Text.oneLine(d);
                f = f.toBuilder().diagnostic(d).diagnosticCut(cut).replyCode(Text.replyCode(d)).build();
            }
            if (seen.add(Text.lower(f.address()) + '\n' + f.action() + '\n' + f.status() + '\n' + f.diagnostic())) {
                failures.add(f);
            }
        }
        if (failures.isEmpty()) {
            return null;
        }
        return ReportView.report(name(), DsnGroups.reportingMta(ds), failures,
                message.original());
    }

    /** Where the first line that begins with Reporting-MTA: or Final-Recipient: starts, when Action or Status follow. */
    static int fieldsStart(String body) {
        int pos = 0;
        int start = -1;
        for (String line : Lines.of(body)) {
            String l = line.toLowerCase(Locale.ROOT);
            if (start < 0 && (l.startsWith("reporting-mta:") || l.startsWith("final-recipient:"))) {
                start = body.indexOf(line, pos);
            }
            if (start >= 0 && (l.startsWith("action:") || l.startsWith("status:"))) {
                return start;
            }
            pos = Math.min(body.length(), pos + line.length());
        }
        return -1;
    }

    /** The lines after Sendmail's "Transcript of session follows", up to a blank line. */
    private static String transcript(String text) {
        List<String> lines = Lines.of(text);
        for (int i = 0; i < lines.size(); i++) {
            if (Text.lower(lines.get(i)).contains("transcript of session follows")) {
                StringBuilder sb = new StringBuilder();
                for (int j = i + 1; j < lines.size(); j++) {
                    if (lines.get(j).isBlank()) {
                        if (sb.length() > 0) {
                            break;
                        }
                        continue;
                    }
                    sb.append(lines.get(j).strip()).append(' ');
                }
                String s = sb.toString().strip();
                return s.isEmpty() ? null : s;
            }
        }
        return null;
    }
}

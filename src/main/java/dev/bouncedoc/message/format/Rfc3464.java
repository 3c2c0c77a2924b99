package dev.bouncedoc.message.format;

import dev.bouncedoc.message.DeliveryStatus;
import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Headers;
import dev.bouncedoc.message.MailMessage;
import dev.bouncedoc.message.Recognizer;
import dev.bouncedoc.message.Report;
import dev.bouncedoc.message.Section;
import dev.bouncedoc.message.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * RFC 3464 delivery status notifications (and RFC 6533's UTF-8 form): the per-recipient fields of the
 * message/delivery-status part. When a recipient has no Diagnostic-Code, the human-readable part's
 * lines about that recipient stand in for it.
 */
public final class Rfc3464 implements Recognizer {
    @Override
    public String name() {
        return "rfc3464";
    }

    @Override
    public Report recognize(MailMessage message) {
        List<Failure> failures = new ArrayList<>();
        String reportingMta = null;
        boolean any = false;
        String body = message.bodyText();
        boolean ownPart = message.sections().stream().anyMatch(s -> s.isDeliveryStatus() && !s.enclosed());
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
            BodyLines lines = new BodyLines(body);
            for (Headers r : ds.recipients()) {
                failures.add(failure(r, lines));
            }
        }
        if (!any || failures.isEmpty()) {
            return null;
        }
        return report(name(), reportingMta, failures, Originals.find(message));
    }

    /** A report whose kind follows the recipients' actions; only failed or delayed ones count when mixed. */
    public static Report report(String format, String reportingMta, List<Failure> all, Headers original) {
        List<Failure> failed = new ArrayList<>();
        List<Failure> delayed = new ArrayList<>();
        for (Failure f : all) {
            String a = Text.lower(f.action());
            if (a.startsWith("delayed")) {
                delayed.add(f);
            } else if (!(a.startsWith("delivered") || a.startsWith("relayed") || a.startsWith("expanded"))) {
                failed.add(f);
            }
        }
        Report.Kind kind;
        List<Failure> reported;
        if (!failed.isEmpty()) {
            kind = Report.Kind.FAILURE;
            reported = new ArrayList<>(failed.size() + delayed.size());
            for (Failure f : all) { // failed and delayed ones, in the report's order
                String a = Text.lower(f.action());
                if (!(a.startsWith("delivered") || a.startsWith("relayed") || a.startsWith("expanded"))) {
                    reported.add(f);
                }
            }
        } else if (!delayed.isEmpty()) {
            kind = Report.Kind.DELAY;
            reported = delayed;
        } else {
            kind = Report.Kind.DELIVERED;
            reported = all;
        }
        return new Report(kind, format, reportingMta, reported, original, null);
    }

    static Failure failure(Headers r, String body) {
        return failure(r, body.isEmpty() ? BodyLines.EMPTY : new BodyLines(body));
    }

    static Failure failure(Headers r, BodyLines body) {
        // Final-Recipient is the mailbox that failed (an alias may have expanded to it); when it is only the
        // MTA's local form ("bob@mailhost"), Original-Recipient, the address as the sender wrote it, is
        // given instead (RFC 3464 sections 2.3.1 and 2.3.2)
        String finalRecipient = Text.cleanAddress(DeliveryStatus.untyped(r.get("final-recipient")));
        String originalRecipient = Text.cleanAddress(DeliveryStatus.untyped(r.get("original-recipient")));
        String address = dotted(finalRecipient) || !dotted(originalRecipient)
                ? (finalRecipient != null ? finalRecipient : originalRecipient) : originalRecipient;
        String diagnostic = DeliveryStatus.untyped(r.get("diagnostic-code"));
        if (diagnostic == null && finalRecipient != null) {
            diagnostic = aboutAddress(body, finalRecipient);
        }
        if (diagnostic == null && address != null && !address.equals(finalRecipient)) {
            diagnostic = aboutAddress(body, address);
        }
        String status = Text.status(r.get("status"));
        String reply = Text.replyCode(diagnostic);
        String inText = reply == null ? Text.status(diagnostic)
                : Text.status(diagnostic.substring(diagnostic.indexOf(reply) + 3)); // the server's, after its reply code
        if (inText != null && inText.charAt(0) != '2' && (status == null
                || status.endsWith(".0.0") && inText.charAt(0) == status.charAt(0) && !inText.endsWith(".0.0"))) {
            status = inText; // "Status: 5.0.0" with "550 5.1.0 Address rejected": the server's code is the specific one
        }
        return Failure.builder()
                .address(address)
                .action(firstWord(r.get("action")))
                .status(status)
                .replyCode(Text.replyCode(diagnostic))
                .diagnostic(Text.oneLine(diagnostic))
                .remoteMta(host(DeliveryStatus.untyped(r.get("remote-mta"))))
                .lastAttempt(r.get("last-attempt-date"))
                .build();
    }

    private static boolean dotted(String address) {
        int at = address == null ? -1 : address.lastIndexOf('@');
        return at > 0 && address.indexOf('.', at) > at + 1;
    }

    /** The host name without a trailing comment such as its address: "mx.example.jp (192.0.2.1)". */
    static String host(String v) {
        if (v == null) {
            return null;
        }
        int cut = v.indexOf(' ');
        int paren = v.indexOf('(');
        if (paren > 0 && (cut < 0 || paren < cut)) {
            cut = paren;
        }
        return cut > 0 ? v.substring(0, cut).strip() : v;
    }

    private static String firstWord(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        int sp = 0;
        while (sp < t.length() && Character.isLetter(t.charAt(sp))) {
            sp++;
        }
        return t.substring(0, sp).toLowerCase(Locale.ROOT);
    }

    /** The lines of the human-readable part that follow a mention of the address, up to a blank line. */
    static String aboutAddress(String body, String address) {
        return aboutAddress(new BodyLines(body), address);
    }

    static String aboutAddress(BodyLines body, String address) {
        List<String> lines = body.lines();
        String a = address.toLowerCase(Locale.ROOT);
        for (int i : body.where(address)) {
            StringBuilder sb = new StringBuilder(lines.get(i));
            for (int j = i + 1; j < lines.size() && j <= i + 6 && !lines.get(j).isBlank(); j++) {
                sb.append(' ').append(lines.get(j).strip());
            }
            String text = sb.toString();
            if (Text.replyCode(text) != null || Text.status(text) != null || text.length() > a.length() + 12) {
                return text;
            }
        }
        return null;
    }
}

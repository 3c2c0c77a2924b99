package dev.bouncedoc.message.format;

import dev.bouncedoc.message.DeliveryStatus;
import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Headers;
import dev.bouncedoc.message.Lines;
import dev.bouncedoc.message.MailMessage;
import dev.bouncedoc.message.Report;
import dev.bouncedoc.message.Section;
import dev.bouncedoc.message.Text;
import dev.bouncedoc.vocabulary.BounceKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A bounce message as every format reader sees it, each view computed once on first use and shared by all
 * readers tried on the message: the report's own text (decoded, lower-cased, in lines, with an index of
 * where each address is named), its first text/plain part, the recipient groups and Reporting-MTA of its
 * own delivery-status parts, and the header fields of the returned message. Not thread-safe: one view
 * serves one reading.
 */
final class ReportView {
    private final MailMessage message;
    private String body;
    private String lowerBody;
    private List<String> lines;
    private AddressIndex addressIndex;
    private String plainText;
    private List<String> plainLines;
    private String lowerPlain;
    private List<DeliveryStatus> ownDsnParts;
    private List<Headers> dsnGroups;
    private String dsnReportingMta;
    private boolean dsnReportingMtaRead;
    private Headers original;
    private String beforeOriginal;
    private Boolean looksLikeBounce;

    ReportView(MailMessage message) {
        this.message = message;
    }

    MailMessage message() {
        return message;
    }

    Headers headers() {
        return message.headers();
    }

    List<Section> sections() {
        return message.sections();
    }

    /** The first section of a type, or null. */
    Section first(String type) {
        return message.first(type);
    }

    /** The fields of a delivery-status section, parsed once. */
    DeliveryStatus deliveryStatus(Section section) {
        return message.deliveryStatus(section);
    }

    /** The top-level Subject, or "". */
    String subject() {
        return message.subject();
    }

    /** The top-level From, or "". */
    String from() {
        return message.from();
    }

    /** The text of the report's own parts (not of an enclosed original), in order. */
    String bodyText() {
        if (body == null) {
            body = message.bodyText();
        }
        return body;
    }

    /** {@link #bodyText()} in lower case. */
    String lowerBody() {
        if (lowerBody == null) {
            lowerBody = Text.lower(bodyText());
        }
        return lowerBody;
    }

    /** The lines of {@link #bodyText()} (read-only). */
    List<String> lines() {
        if (lines == null) {
            lines = new LinesView(Lines.of(bodyText()));
        }
        return lines;
    }

    /** The lines of {@link #bodyText()} with where each address is named. */
    AddressIndex addressIndex() {
        if (addressIndex == null) {
            addressIndex = new AddressIndex(lines());
        }
        return addressIndex;
    }

    /** The report's first own text/plain part (an HTML twin repeats it), else all its text. */
    String plainText() {
        if (plainText == null) {
            plainText = bodyText();
            for (Section s : message.sections()) {
                if (!s.enclosed() && s.is("text/plain")) {
                    plainText = s.text();
                    break;
                }
            }
        }
        return plainText;
    }

    /**
     * The lines of {@link #plainText()} (read-only): {@link #lines()} themselves when the plain text is the
     * body text (the usual single text part), so that they are split and lower-cased once.
     */
    List<String> plainLines() {
        if (plainLines == null) {
            plainLines = plainIsBody() ? lines() : new LinesView(Lines.of(plainText()));
        }
        return plainLines;
    }

    /** {@link #plainText()} in lower case. */
    String lowerPlain() {
        if (lowerPlain == null) {
            lowerPlain = plainIsBody() ? lowerBody() : Text.lower(plainText());
        }
        return lowerPlain;
    }

    /**
     * Whether {@link #plainText()} has the lines of {@link #bodyText()}: the same text, or the body text is
     * the plain text with a line feed added after its last line ({@link MailMessage#bodyText()} of one part).
     */
    private boolean plainIsBody() {
        String plain = plainText();
        String body = bodyText();
        if (plain == body || plain.equals(body)) {
            return true;
        }
        return body.length() == plain.length() + 1 && body.charAt(plain.length()) == '\n'
                && !plain.endsWith("\n") && body.startsWith(plain);
    }

    /**
     * Whether the lower-cased body text contains any of the lower-case markers, none of which holds a line
     * break: what every line search for them ({@link ReportLines#find} over {@link #lines()}) needs to
     * succeed, as the lower case of a line is that line's part of the lower-cased text.
     */
    boolean bodyHas(String... markers) {
        return Text.containsAny(lowerBody(), markers);
    }

    /** {@link #bodyHas} over {@link #plainText()}: what a line search over {@link #plainLines()} needs. */
    boolean plainHas(String... markers) {
        return Text.containsAny(lowerPlain(), markers);
    }

    /** The report's first own delivery-status section (not one of an enclosed message), or null. */
    Section ownDsnSection() {
        for (Section s : message.sections()) {
            if (s.isDeliveryStatus() && !s.enclosed()) {
                return s;
            }
        }
        return null;
    }

    /** Whether the report has a delivery-status part of its own (not one of an enclosed message). */
    boolean hasOwnDsn() {
        return !ownDsnParts().isEmpty();
    }

    /** The report's own delivery-status parts (not those of an enclosed message), parsed, in order (read-only). */
    List<DeliveryStatus> ownDsnParts() {
        if (ownDsnParts == null) {
            List<DeliveryStatus> out = new ArrayList<>();
            for (Section s : message.sections()) {
                if (s.isDeliveryStatus() && !s.enclosed()) {
                    out.add(message.deliveryStatus(s));
                }
            }
            ownDsnParts = Collections.unmodifiableList(out);
        }
        return ownDsnParts;
    }

    /**
     * The delivery-status parts to read: the report's own; when it has none, those of an enclosed message
     * (a report forwarded inside another, as a gateway's wrapper does).
     */
    List<DeliveryStatus> dsnParts() {
        if (hasOwnDsn()) {
            return ownDsnParts();
        }
        List<DeliveryStatus> out = new ArrayList<>();
        for (Section s : message.sections()) {
            if (s.isDeliveryStatus()) {
                out.add(message.deliveryStatus(s));
            }
        }
        return out;
    }

    /** The recipient groups of the report's own delivery-status parts, in order (read-only). */
    List<Headers> dsnGroups() {
        if (dsnGroups == null) {
            List<Headers> out = new ArrayList<>();
            for (DeliveryStatus ds : ownDsnParts()) {
                out.addAll(ds.recipients());
            }
            dsnGroups = Collections.unmodifiableList(out);
        }
        return dsnGroups;
    }

    /** The Reporting-MTA host of the report's first own delivery-status part, without a comment; or null. */
    String dsnReportingMta() {
        if (!dsnReportingMtaRead) {
            List<DeliveryStatus> own = ownDsnParts();
            dsnReportingMta = own.isEmpty() ? null : DsnGroups.host(DsnGroups.reportingMta(own.get(0)));
            dsnReportingMtaRead = true;
        }
        return dsnReportingMta;
    }

    /** The header fields of the returned message: an enclosed part's, else a block quoted in the text. */
    Headers original() {
        if (original == null) {
            original = Originals.find(this);
        }
        return original;
    }

    /** {@link #bodyText()} before the returned original's quoted copy begins. */
    String beforeOriginal() {
        if (beforeOriginal == null) {
            beforeOriginal = Signals.beforeOriginal(bodyText());
        }
        return beforeOriginal;
    }

    /** Whether the sender, subject or text say this message reports a delivery problem. */
    boolean looksLikeBounce() {
        if (looksLikeBounce == null) {
            looksLikeBounce = Signals.looksLikeBounce(this);
        }
        return looksLikeBounce;
    }

    /** A report of the returned message {@link #original()}; its kind follows the recipients' actions. */
    Report report(String format, String reportingMta, List<Failure> all) {
        return report(format, reportingMta, all, original());
    }

    /**
     * A report whose kind follows the recipients' actions: when any failed, the failed and delayed ones
     * in their order (FAILURE); else the delayed ones (DELAY); else all, as delivered (DELIVERED): delivered,
     * relayed, expanded, and Postfix's "deliverable" of an address verification.
     */
    static Report report(String format, String reportingMta, List<Failure> all, Headers original) {
        List<Failure> failedOrDelayed = new ArrayList<>();
        List<Failure> delayed = new ArrayList<>();
        boolean anyFailed = false;
        for (Failure f : all) {
            String a = Text.lower(f.action());
            if (a.startsWith("delayed")) {
                delayed.add(f);
                failedOrDelayed.add(f);
            } else if (!(a.startsWith("deliver") || a.startsWith("relayed") || a.startsWith("expanded"))) {
                // "deliverable" is Postfix's answer to an address verification (sendmail -bv): not a failure
                anyFailed = true;
                failedOrDelayed.add(f);
            }
        }
        if (anyFailed) {
            return new Report(BounceKind.FAILURE, format, reportingMta, failedOrDelayed, original, null);
        }
        if (!delayed.isEmpty()) {
            return new Report(BounceKind.DELAY, format, reportingMta, delayed, original, null);
        }
        return new Report(BounceKind.DELIVERED, format, reportingMta, all, original, null);
    }
}

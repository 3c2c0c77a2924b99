package dev.bouncedoc.message.format;

import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Headers;
import dev.bouncedoc.message.MailMessage;
import dev.bouncedoc.message.Report;
import dev.bouncedoc.message.Section;
import dev.bouncedoc.message.Text;
import dev.bouncedoc.vocabulary.BounceKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The recognisers in the order they are tried: feedback reports, then formats that need their own
 * reading (they check their own signature), then the standard RFC 3464 report, auto-replies, and the
 * generic reader of any other bounce.
 */
public final class Recognizers {
    private static final List<FormatReader> ALL = List.of(
            new VendorComplaint(),
            new FeedbackReport(),
            new Exchange2007(),
            new Exchange2003(),
            new Domino(),
            new Notes(),
            new IMailServer(),
            new McAfee(),
            new MailFoundry(),
            new SurfControl(),
            new MxLogic(),
            new ActiveHunter(),
            new Mimecast(),
            new MessageLabs(),
            new InterScanMss(),
            new MailMarshal(),
            new AppleMail(),
            new AmazonSes(),
            new AmazonWorkMail(),
            new SendGrid(),
            new GoogleGroups(),
            new Gmail(),
            new Yahoo(),
            new Aol(),
            new Zoho(),
            new Exim(),
            new UnitedInternet(),
            new MessagingServer(),
            new PowerMta(),
            new EzWeb(),
            new Kddi(),
            new Biglobe(),
            new MFilter(),
            new Verizon(),
            new Fml(),
            new DeliveryErrorsList(),
            new QmailDerived(),
            new TechnicalDetails(),
            new EnclosedBounce(),
            new TroubleDelivering(),
            new Sendmail(),
            new V5sendmail(),
            new Postfix(),
            new OpenSmtpd(),
            new DragonFly(),
            new Qmail(),
            new Courier(),
            new Rfc3464(),
            new DispositionNotification(),
            new InlineDeliveryStatus(),
            new AutoReply(),
            new Generic());

    private Recognizers() {
    }

    /** Every recogniser, in the order they are tried. */
    static List<FormatReader> all() {
        return ALL;
    }

    /**
     * The first recogniser's report, or a NOT_BOUNCE report. Never throws: a recogniser that fails on odd
     * input leaves the message to the next one, and the failure is named in the report's problems. A
     * report that names nobody while a delivery-status part names recipients is passed over; the one kept
     * is completed from the report's delivery-status part, and a recipient that is no mailbox takes the one
     * its text names.
     */
    public static Report read(MailMessage message) {
        return read(message, ALL);
    }

    static Report read(MailMessage message, List<FormatReader> readers) {
        List<String> problems = new ArrayList<>(0);
        ReportView view = new ReportView(message);
        for (FormatReader r : readers) {
            Report report;
            try {
                if (!r.mayApply(view)) {
                    continue; // its markers are absent: read would return null
                }
                report = r.read(view);
            } catch (RuntimeException e) {
                problems.add("recogniser " + r.name() + " failed: " + e.getClass().getSimpleName());
                continue;
            }
            if (report != null && nobodyFound(report) && report.kind() != BounceKind.NOT_BOUNCE
                    && !DsnGroups.failures(view.dsnParts(), AddressIndex.EMPTY).isEmpty()) {
                continue; // a reader that found no recipient must not hide what the delivery-status part says
            }
            if (report != null) {
                return withoutRepeats(withNotice(withMailboxes(withDsn(report, view)), view)).withProblems(problems);
            }
        }
        return new Report(BounceKind.NOT_BOUNCE, "none", null, List.of(), view.original(), null, problems);
    }

    /**
     * The report with each recipient that repeats an earlier one in every field left out: an MTA that lists
     * the same address once per alias it expanded (sendmail's "joem@example.com (expanded from:
     * joem@example.com)" ten times over, with one transcript for all) says one thing about one recipient.
     * Recipients that differ in anything (another status, another diagnostic) are all kept.
     */
    static Report withoutRepeats(Report report) {
        List<Failure> all = report.failures();
        if (all.size() < 2) {
            return report;
        }
        java.util.Set<String> addresses = new java.util.HashSet<>();
        boolean again = false;
        for (Failure f : all) {
            again |= f.address() != null && !addresses.add(f.address()); // the cheap look first: most reports name each once
        }
        if (!again) {
            return report;
        }
        java.util.Set<Failure> seen = new java.util.LinkedHashSet<>(all);
        if (seen.size() == all.size()) {
            return report;
        }
        return new Report(report.kind(), report.format(), report.reportingMta(), new ArrayList<>(seen),
                report.original(), report.feedbackType(), report.problems());
    }

    /** Whether a report names no recipient: none at all, or only ones without an address. */
    private static boolean nobodyFound(Report report) {
        for (Failure f : report.failures()) {
            if (f.address() != null) {
                return false;
            }
        }
        return true;
    }

    /**
     * A bounce read by a format's own reader, completed from the report's own delivery-status part (RFC
     * 3464), which is read whenever it is there: the report takes its Reporting-MTA when the reader found
     * none, and each recipient takes what its group states and the reader did not find (status, remote MTA,
     * date, diagnostic; {@link DsnGroups#enrich}); a status that gives only its class (5.0.0) is not taken.
     */
    private static Report withDsn(Report report, ReportView view) {
        if (report.kind() != BounceKind.FAILURE && report.kind() != BounceKind.DELAY || view.dsnGroups().isEmpty()
                || report.format().equals("rfc3464")) {
            return report;
        }
        ByAddress<Headers> groups = new ByAddress<>(view.dsnGroups(), DsnGroups::address);
        List<Failure> out = new ArrayList<>(report.failures().size());
        boolean changed = false;
        for (Failure f : report.failures()) {
            Failure g = f.address() == null ? f : DsnGroups.enrich(f, groups.take(f.address()));
            if (f.status() == null && g.status() != null && g.status().endsWith(".0.0")) {
                g = g.toBuilder().status(null).build(); // a class-only placeholder (OpenSMTPD's, Exim's) is no finding
            }
            changed |= !g.equals(f);
            out.add(g);
        }
        String reportingMta = report.reportingMta() != null ? report.reportingMta() : view.dsnReportingMta();
        changed |= reportingMta != null && report.reportingMta() == null;
        return !changed ? report : new Report(report.kind(), report.format(), reportingMta, out,
                report.original(), report.feedbackType(), report.problems());
    }

    /**
     * A bounce or delay in a multipart/report (RFC 6522) with each recipient given the report's own
     * human-readable words ({@link Failure#notice()}): its first part when that is text/plain, bounded. A
     * recipient whose reader gave words of its own keeps them. The reason policy decides whether they count.
     */
    static Report withNotice(Report report, ReportView view) {
        if (report.kind() != BounceKind.FAILURE && report.kind() != BounceKind.DELAY || report.failures().isEmpty()
                || !Text.lower(view.headers().get("content-type")).startsWith("multipart/report")) {
            return report;
        }
        String notice = null;
        for (Section s : view.sections()) {
            if (!s.enclosed()) {
                notice = s.is("text/plain") ? Text.cut(s.text(), Failure.MAX_NOTICE_CHARS) : null;
                break;
            }
        }
        if (notice == null || notice.isBlank()) {
            return report;
        }
        List<Failure> out = new ArrayList<>(report.failures().size());
        for (Failure f : report.failures()) {
            out.add(f.notice() != null ? f : f.toBuilder().notice(notice).build());
        }
        return new Report(report.kind(), report.format(), report.reportingMta(), out, report.original(),
                report.feedbackType(), report.problems());
    }

    /** The report with each recipient that is no mailbox given the one its text names ({@link DsnGroups#withMailbox}). */
    private static Report withMailboxes(Report report) {
        List<Failure> out = null;
        for (int i = 0; i < report.failures().size(); i++) {
            Failure f = report.failures().get(i);
            Failure g = DsnGroups.withMailbox(f);
            if (g != f && out == null) {
                out = new ArrayList<>(report.failures().subList(0, i));
            }
            if (out != null) {
                out.add(g);
            }
        }
        return out == null ? report : new Report(report.kind(), report.format(), report.reportingMta(), out,
                report.original(), report.feedbackType(), report.problems());
    }
}

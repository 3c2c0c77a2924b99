package dev.bouncedoc.message.format;

import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Headers;
import dev.bouncedoc.message.Report;
import dev.bouncedoc.message.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * Non-delivery reports of Microsoft Exchange Server 5.5 to 2003 (its Internet Mail Service and Internet
 * Mail Connector). The text reads "Your message ... To: / Subject: / Sent: ... did not reach the
 * following recipient(s):" (or "The following recipient(s) could not be reached:"), then for each
 * recipient a line {@code address on date} followed by indented lines that give the reason ("The
 * recipient name is not recognized"), an MTS-ID line, and a code such as
 * {@code MSEXCH:IMS:...:... 0 (000C05A6) Unknown Recipient} or {@code <host #5.1.1>}.
 */
final class Exchange2003 extends FormatReader {
    private static final String[] START = {"did not reach the following recipient", "following recipient(s) could not be reached",
        "following recipients could not be reached", "konnte(n) nicht erreicht werden", "impossible de joindre le(s) destinataire(s)",
        "no se pudo llegar a los siguientes destinatarios", "次の受信者に届きませんでした", "以下の受信者に届きませんでした"};

    @Override
    public String name() {
        return "exchange2003";
    }

    @Override
    boolean mayApply(ReportView message) {
        return message.plainHas(START);
    }

    @Override
    Report read(ReportView message) {
        Headers h = message.headers();
        String mailer = Text.lower(h.get("x-mailer"));
        boolean microsoft = mailer.contains("internet mail service") || mailer.contains("microsoft exchange")
                || h.has("x-ms-embedded-report") || h.has("x-mimeole") || Text.lower(message.subject()).startsWith("undeliverable")
                || Text.lower(h.get("content-class")).contains("urn:content-classes:dsn");
        String text = message.plainText();
        List<String> lines = message.plainLines();
        int start = ReportLines.find(lines, 0, START);
        if (start < 0 || !microsoft && !ReportLines.has(text, "msexch:")) {
            return null;
        }
        List<Failure> failures = new ArrayList<>();
        String address = null;
        String date = null;
        List<String> about = new ArrayList<>();
        boolean blankAfter = false;
        for (int i = start + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            String s = line.strip();
            // "addr on date" (or "addr am date", "addr le date" in other languages, or the address alone)
            int sp = s.indexOf(' ');
            String first = ReportLines.onlyAddress(sp > 0 ? s.substring(0, sp) : s);
            int dda = Text.lower(s).indexOf("dda:smtp=");
            if (first == null && dda >= 0 && !s.startsWith("<")) {
                // an X.400 O/R address whose SMTP domain-defined attribute holds the mailbox:
                // "c=US;a= ;p=ORG;o=Site;dda:SMTP=bob@example.com; on Fri, 4 Oct 2002 17:12:28 -0400"
                int end = s.indexOf(';', dda);
                List<String> in = Text.addresses(s.substring(dda + 9, end < 0 ? s.length() : end));
                first = in.isEmpty() ? null : in.get(0);
                sp = end < 0 ? -1 : end + 1 < s.length() ? end + 1 : -1;
            }
            if (first != null && !s.startsWith("<")) {
                if (address != null) {
                    failures.add(failure(address, date, about));
                }
                address = first;
                date = null;
                if (sp > 0) {
                    String rest = s.substring(sp + 1).strip();
                    int word = rest.indexOf(' ');
                    date = word > 0 && word <= 3 && Character.isLetter(rest.charAt(0)) ? rest.substring(word + 1).strip() : rest;
                }
                about = new ArrayList<>();
                blankAfter = false;
                continue;
            }
            if (address == null) {
                continue;
            }
            if (s.isEmpty()) {
                blankAfter = !about.isEmpty();
                continue;
            }
            if (blankAfter || s.startsWith("--") || Text.lower(s).startsWith("content-type:")) {
                break;
            }
            String lower = Text.lower(s);
            if (lower.startsWith("the mts-id of the original message")) {
                // its value may run onto the next line, which then starts at the margin (";l=...", "un;l=...")
                String next = i + 1 < lines.size() ? lines.get(i + 1) : "";
                if (!next.isEmpty() && !Character.isWhitespace(next.charAt(0)) && (next.indexOf(';') >= 0
                        || next.indexOf('=') >= 0) && ReportLines.onlyAddress(next) == null) {
                    i++;
                }
                continue;
            }
            if (about.isEmpty() && date != null && s.length() > 3 && Character.isDigit(s.charAt(0)) && s.indexOf(':') > 0
                    && s.indexOf(':') <= 2) {
                date = date + " " + s; // the date's time wrapped onto the next line
                continue;
            }
            about.add(s);
        }
        if (address != null) {
            failures.add(failure(address, date, about));
        }
        if (failures.isEmpty()) {
            return null;
        }
        // Exchange 2000/2003 SMTP adds a message/delivery-status part: its Status and reply fill the gaps
        ByAddress<Headers> dsn = new ByAddress<>(message.dsnGroups(), DsnGroups::address);
        for (int k = 0; k < failures.size(); k++) {
            Failure f = failures.get(k);
            Headers r = dsn.take(f.address());
            if (r == null) {
                continue;
            }
            Failure d = DsnGroups.failure(r);
            Failure.Builder b = f.toBuilder();
            if (f.status() == null) {
                b.status(d.status());
            }
            if (f.replyCode() == null && d.replyCode() != null) {
                b.diagnostic(d.diagnostic()).replyCode(d.replyCode());
            }
            if (f.remoteMta() == null) {
                b.remoteMta(d.remoteMta());
            }
            failures.set(k, b.build());
        }
        failures = GiveUp.directoryLookups(failures, "the recipient name is not recognized");
        return message.report(name(), message.dsnReportingMta(), failures);
    }

    private static Failure failure(String address, String date, List<String> about) {
        String diagnostic = Text.oneLine(String.join(" ", about));
        String remote = null;
        String status = Text.status(diagnostic);
        for (String l : about) {
            // <mx.example.com #5.1.1> or <mx.example.com #5.0.0 smtp;550 5.1.1 User unknown>
            if (l.startsWith("<") && l.indexOf(" #") > 1) {
                remote = l.substring(1, l.indexOf(" #")).strip();
                int semi = l.indexOf(';');
                if (semi > 0) {
                    String reply = l.substring(semi + 1);
                    if (reply.endsWith(">")) {
                        reply = reply.substring(0, reply.length() - 1);
                    }
                    diagnostic = reply.strip();
                    if (Text.status(reply) != null) {
                        status = Text.status(reply);
                    }
                }
            }
        }
        return Failure.builder().address(address).action("failed").lastAttempt(date).diagnostic(diagnostic)
                .status(status).replyCode(Text.replyCode(diagnostic)).remoteMta(remote).build();
    }
}

package dev.bouncedoc.message.format;

import dev.bouncedoc.message.DeliveryStatus;
import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Headers;
import dev.bouncedoc.message.Report;
import dev.bouncedoc.message.Stated;
import dev.bouncedoc.message.Section;
import dev.bouncedoc.message.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * Sendmail 8 (and its MIME "Returned mail" reports). The human-readable part has a list headed
 * {@code ----- The following addresses had permanent fatal errors -----} (each {@code <address>} with a
 * {@code (reason: ...)} line), then {@code ----- Transcript of session follows -----}: for each remote host a
 * {@code ... while talking to host.:} line, the commands sendmail sent ({@code >>> RCPT To:<...>}), the
 * server's replies ({@code <<< 550 5.1.1 ...}, multi-line replies one line each) and sendmail's own verdict
 * per recipient ({@code 550 5.1.1 <address>... User unknown}, {@code <address>... Deferred: ...}). A
 * message/delivery-status part follows, whose Diagnostic-Code holds only the first line of a multi-line
 * reply; the transcript gives the whole reply and the command it answered. When sendmail gives up on a
 * queued message it says {@code Message could not be delivered for 5 days} and
 * {@code Message will be deleted from queue}.
 *
 * <p>A bounce forwarded as quoted text ({@code > } before each line) is read after removing the quotes.
 */
final class Sendmail extends FormatReader {

    @Override
    public String name() {
        return "sendmail";
    }

    @Override
    Report read(ReportView message) {
        String lower = message.lowerBody();
        boolean transcript = lower.contains(MtaWordings.SENDMAIL_TRANSCRIPT);
        boolean list = lower.contains(MtaWordings.SENDMAIL_FATAL) || lower.contains(MtaWordings.SENDMAIL_TRANSIENT);
        Section dsn = message.ownDsnSection();
        if (!transcript && !list) {
            return null;
        }
        if (dsn == null && !list) {
            return null; // sendmail 5 and others without the address list: V5sendmail reads them
        }
        List<String> lines = ReportLines.unquoted(message.lines(), MtaWordings.SENDMAIL_TRANSCRIPT, MtaWordings.SENDMAIL_FATAL,
                MtaWordings.SENDMAIL_UNSENT);
        if (dsn == null && DsnGroups.embedded(lines) == null && !Text.lower(message.subject()).contains("returned mail:")
                && !Text.lower(message.from()).contains("mail delivery subsystem")) {
            return null; // other MTAs imitate the list and transcript without sendmail's signature
        }
        Transcript t = Transcript.read(lines);
        boolean gaveUp = GiveUp.sendmailGaveUp(lines);
        List<Failure> failures = new ArrayList<>();
        String reportingMta = null;
        String dsnText = dsn != null ? null : DsnGroups.embedded(lines);
        if (dsn != null || dsnText != null) {
            DeliveryStatus ds = dsn != null ? message.deliveryStatus(dsn) : DeliveryStatus.parse(dsnText);
            reportingMta = DsnGroups.reportingMta(ds);
            for (Headers r : ds.recipients()) {
                failures.add(failure(r, t, gaveUp));
            }
        }
        if (failures.isEmpty()) {
            for (DsnGroups.Listed entry : listed(lines)) {
                failures.add(failure(entry.address(), entry.diagnostic(), t, gaveUp));
            }
        }
        if (failures.isEmpty()) {
            return null;
        }
        return message.report(name(), reportingMta, GiveUp.localDeliveryAgent(failures));
    }

    private static Failure failure(Headers r, Transcript t, boolean gaveUp) {
        Failure base = DsnGroups.failure(r);
        String address = base.address();
        String dsnText = DeliveryStatus.untyped(r.get("diagnostic-code"));
        String type = diagnosticType(r.get("diagnostic-code"));
        Exchange x = t.about(address, dsnText);
        String diagnostic = dsnText == null ? null : Text.oneLine(dsnText);
        String command = null;
        String remote = base.remoteMta();
        if (x != null) {
            diagnostic = x.reply();
            command = pipelined(x, address);
            if (remote == null) {
                remote = x.host;
            }
        } else if (diagnostic == null || !SmtpReply.hasLetters(diagnostic) || "x-unix".equals(type)) {
            // a delivery program's exit status ("X-Unix; 71") says less than sendmail's own line about it
            String own = t.verdict(address);
            if (own == null && !SmtpReply.hasLetters(diagnostic)) {
                own = t.lastVerdict();
            }
            if (own != null) {
                diagnostic = own;
            }
        }
        String status = SmtpReply.preferStatus(base.status(), Text.status(diagnostic));
        String replied = x == null ? null : Text.status(diagnostic);
        if (replied != null && status != null && replied.charAt(0) == status.charAt(0)) {
            status = replied; // the remote server's own code, not sendmail's reading of it
        }
        Failure.Builder b = base.toBuilder().diagnostic(diagnostic).status(status).remoteMta(remote).command(command)
                .replyCode(Text.replyCode(diagnostic));
        if (gaveUp) {
            b.stated(x == null ? Stated.GAVE_UP : Stated.GAVE_UP_AFTER_REPLY);
        }
        return b.build();
    }

    private static Failure failure(String address, String reason, Transcript t, boolean gaveUp) {
        Exchange x = t.about(address, reason);
        String diagnostic = reason;
        String command = null;
        String remote = null;
        if (x != null) {
            diagnostic = x.reply();
            command = x.command;
            remote = x.host;
        } else if (diagnostic == null) {
            diagnostic = t.verdict(address);
            if (diagnostic == null) {
                diagnostic = t.lastVerdict();
            }
        }
        Failure.Builder b = Failure.builder().address(address).action("failed").diagnostic(diagnostic)
                .status(Text.status(diagnostic)).replyCode(Text.replyCode(diagnostic)).command(command).remoteMta(remote);
        if (gaveUp) {
            b.stated(x == null ? Stated.GAVE_UP : Stated.GAVE_UP_AFTER_REPLY);
        }
        return b.build();
    }

    /** The addresses of the "following addresses had ... errors" lists, each with its "(reason: ...)" text. */
    private static List<DsnGroups.Listed> listed(List<String> lines) {
        List<DsnGroups.Listed> out = new ArrayList<>();
        boolean in = false;
        for (String line : lines) {
            String l = Text.lower(line).strip();
            if (l.equals(MtaWordings.SENDMAIL_FATAL) || l.equals(MtaWordings.SENDMAIL_TRANSIENT)) {
                in = true;
                continue;
            }
            if (!in) {
                continue;
            }
            if (l.startsWith("-----")) {
                in = false;
                continue;
            }
            if (l.startsWith("(reason:") && !out.isEmpty()) {
                String v = line.strip().substring(8).strip();
                if (v.endsWith(")")) {
                    v = v.substring(0, v.length() - 1);
                }
                out.set(out.size() - 1, new DsnGroups.Listed(out.get(out.size() - 1).address(), v.strip()));
            } else if (l.startsWith("(expanded from:") && !out.isEmpty()) {
                // the address as the sender wrote it, which the sender can act on (as Original-Recipient);
                // a local alias with no domain ("team") is no mailbox and leaves the listed address
                String v = line.strip().substring(15).strip();
                v = Text.cleanAddress(v.endsWith(")") ? v.substring(0, v.length() - 1) : v);
                if (DsnGroups.mailbox(v)) {
                    out.set(out.size() - 1, new DsnGroups.Listed(v, out.get(out.size() - 1).diagnostic()));
                }
            } else if (!l.isEmpty() && !l.startsWith("(")) {
                String a = Text.cleanAddress(line);
                if (a != null && a.indexOf(' ') < 0) {
                    out.add(new DsnGroups.Listed(a, null));
                }
            }
        }
        return out;
    }

    private static String diagnosticType(String field) {
        if (field == null) {
            return null;
        }
        int semi = field.indexOf(';');
        return semi > 0 && semi < 20 ? Text.lower(field.substring(0, semi).strip()) : null;
    }

    /**
     * The command a reply answered. With pipelining, sendmail sends DATA before it has read the RCPT
     * replies, so a refusal listed after {@code >>> DATA} that sendmail itself reports as
     * {@code <address>... User unknown}, or that ends in "All RCPT commands were rejected", answered RCPT.
     */
    static String pipelined(Exchange x, String address) {
        if (!"DATA".equals(x.command)) {
            return x.command;
        }
        String a = address == null ? null : "<" + Text.lower(address) + ">...";
        for (String v : x.verdicts) {
            String l = Text.lower(v);
            if (a != null && l.contains(a) || l.contains("all rcpt commands were rejected")) {
                return "RCPT";
            }
        }
        for (String r : x.replies) {
            if (Text.lower(r).contains("all rcpt commands were rejected")) {
                return "RCPT";
            }
        }
        return x.command;
    }

    /** One command and the server's reply to it, within a "while talking to" block. */
    static final class Exchange {
        final String host;
        final String command;
        final List<String> replies = new ArrayList<>();
        final List<String> verdicts = new ArrayList<>();

        Exchange(String host, String command) {
            this.host = host;
            this.command = command;
        }

        String reply() {
            return SmtpReply.join(replies);
        }

        boolean error() {
            return !replies.isEmpty() && (replies.get(0).startsWith("4") || replies.get(0).startsWith("5"));
        }

        boolean mentions(String needle) {
            for (String r : replies) {
                if (Text.lower(r).contains(needle)) {
                    return true;
                }
            }
            for (String v : verdicts) {
                if (Text.lower(v).contains(needle)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A sendmail session transcript read into exchanges, and sendmail's own lines. */
    static final class Transcript {
        /** Up to this many exchanges, a recipient is also looked for by substring; beyond, by the index only. */
        static final int SMALL = 200;
        final List<Exchange> exchanges = new ArrayList<>();
        final List<String> own = new ArrayList<>();
        private java.util.Map<String, Exchange> byAddress;

        /** The first error exchange naming each address, built once: lookups stay linear in the transcript. */
        java.util.Map<String, Exchange> byAddress() {
            if (byAddress == null) {
                byAddress = new java.util.HashMap<>();
                for (Exchange x : exchanges) {
                    if (!x.error()) {
                        continue;
                    }
                    for (String r : x.replies) {
                        for (String a : Text.addresses(r)) {
                            byAddress.putIfAbsent(Text.lower(a), x);
                        }
                    }
                    for (String v : x.verdicts) {
                        for (String a : Text.addresses(v)) {
                            byAddress.putIfAbsent(Text.lower(a), x);
                        }
                    }
                }
            }
            return byAddress;
        }

        static Transcript read(List<String> lines) {
            Transcript t = new Transcript();
            String host = null;
            Exchange current = null;
            for (SessionTranscript.Line line : SessionTranscript.read(lines, true)) {
                switch (line.kind()) {
                    case HOST -> {
                        host = line.value();
                        current = null;
                    }
                    case COMMAND -> {
                        current = new Exchange(host, line.value());
                        t.exchanges.add(current);
                    }
                    case REPLY -> {
                        if (current == null || !current.verdicts.isEmpty() && !current.replies.isEmpty()) {
                            // a reply with no command before it: the greeting, or the next reply to a pipelined command
                            String cmd = current == null ? "CONN" : current.command;
                            current = new Exchange(host, cmd);
                            t.exchanges.add(current);
                        }
                        current.replies.add(line.value());
                    }
                    default -> {
                        t.own.add(line.line());
                        if (current != null) {
                            current.verdicts.add(line.line());
                        }
                    }
                }
            }
            return t;
        }

        /** The error exchange about this recipient: one that names it, else one whose reply the DSN quotes. */
        Exchange about(String address, String dsnText) {
            boolean small = exchanges.size() <= SMALL;
            if (address != null) {
                String a = Text.lower(address);
                Exchange indexed = byAddress().get(a);
                if (indexed != null) {
                    return indexed;
                }
                for (int i = 0; small && i < exchanges.size(); i++) {
                    Exchange x = exchanges.get(i);
                    if (x.error() && x.mentions(a)) {
                        return x;
                    }
                }
            }
            if (dsnText != null && small) {
                String d = Text.lower(Text.oneLine(dsnText));
                for (Exchange x : exchanges) {
                    if (x.error() && !d.isEmpty()) {
                        String first = Text.lower(Text.oneLine(x.replies.get(0)));
                        if (first.equals(d) || first.length() > 8 && d.startsWith(first.length() > 60 ? first.substring(0, 60) : first)) {
                            return x;
                        }
                    }
                }
            }
            return null;
        }

        /** Sendmail's own line about the recipient ("<a@b>... Deferred: ...", "a... User unknown"). */
        String verdict(String address) {
            if (address == null) {
                return null;
            }
            String a = Text.lower(address);
            int at = a.indexOf('@');
            String local = at > 0 ? a.substring(0, at) : a;
            for (int i = 0; i < own.size(); i++) {
                String l = Text.lower(own.get(i));
                if (l.contains(a) || l.startsWith(local + "...") || l.startsWith("<" + local + ">...")) {
                    // a local delivery program's output comes just before sendmail's line about it
                    StringBuilder sb = new StringBuilder();
                    for (int k = i - 1; k >= 0 && i - k <= 3; k--) {
                        String o = own.get(k);
                        if (o.contains("... ") || Text.replyCode(o) != null && o.indexOf(Text.replyCode(o)) == 0
                                || o.startsWith("<")) {
                            break;
                        }
                        sb.insert(0, o + " ");
                    }
                    return sb + afterAddress(own.get(i));
                }
            }
            return null;
        }

        /** The last of sendmail's own lines that carries a reply code, as a stand-in for a bare exit status. */
        String lastVerdict() {
            for (int i = own.size() - 1; i >= 0; i--) {
                String line = own.get(i);
                if (Text.replyCode(line) != null && line.indexOf(Text.replyCode(line)) == 0) {
                    return line;
                }
            }
            return null;
        }
    }

    /** "<a@b>... Deferred: text" gives "Deferred: text"; "550 5.1.1 <a@b>... User unknown" stays whole. */
    static String afterAddress(String line) {
        String s = line.strip();
        if (s.startsWith("<") || !Character.isDigit(s.isEmpty() ? 'x' : s.charAt(0))) {
            int dots = s.indexOf("... ");
            if (dots > 0) {
                return s.substring(dots + 4).strip();
            }
        }
        return s;
    }
}

package dev.bouncedoc.message.format;

import dev.bouncedoc.message.DeliveryStatus;
import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Headers;
import dev.bouncedoc.message.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The per-recipient groups of a delivery-status part (RFC 3464 section 2.3): one group read as a
 * {@link Failure}, a group found for a recipient read from the text, and what a group adds to a failure
 * the text gave. Also the delivery-status fields some MTAs write into the text itself.
 */
final class DsnGroups {
    private DsnGroups() {
    }

    /** One recipient group as a failure; the text's lines about the recipient stand in for a missing Diagnostic-Code. */
    static Failure failure(Headers r, AddressIndex body) {
        // Original-Recipient is the address as the sender wrote it (RFC 3464 section 2.3.1), Final-Recipient the
        // mailbox it led to after aliases and forwards (2.3.2). The sender can act only on the address it
        // wrote, so Original-Recipient is given when it is a mailbox; otherwise Final-Recipient, unless that is
        // no mailbox either and Original-Recipient at least is something: a source route's host alone
        // ("@relay.example"), the null path "<>", an X.400 form, or a name in a special-use domain (RFC
        // 6761/6762/8375: .local, .localhost, .home.arpa; .localdomain and .internal by convention)
        String finalRecipient = Text.cleanAddress(DeliveryStatus.untyped(r.get("final-recipient")));
        String originalRecipient = Text.cleanAddress(DeliveryStatus.untyped(r.get("original-recipient")));
        String address = mailbox(originalRecipient) ? originalRecipient
                : finalRecipient != null ? finalRecipient : originalRecipient;
        String diagnostic = DeliveryStatus.untyped(r.get("diagnostic-code"));
        String supplementary = unquoted(r.get("x400-supplementary-info"));
        if (supplementary != null && Text.status(diagnostic) == null && Text.replyCode(diagnostic) == null
                && (Text.status(supplementary) != null || Text.replyCode(supplementary) != null)) {
            // an X.400 gateway's group (RFC 2156): Diagnostic-Code holds X.400's reason and diagnostic codes
            // ("Reason 1 (Unable-To-Transfer); Diagnostic -1 (Unknown)"), X400-Supplementary-Info the SMTP
            // server's answer ("MTA '192.0.2.5' gives error message 5.7.1 Unable to relay for ...")
            diagnostic = supplementary;
        }
        if (diagnostic == null && replyInStatus(r.get("status"))) {
            diagnostic = r.get("status").strip(); // "Status: 553 Exceeded maximum inbound message size": the server's reply
        }
        boolean cut = false;
        if (diagnostic == null && finalRecipient != null) {
            diagnostic = body.about(finalRecipient);
            cut = body.lastCut();
        }
        if (diagnostic == null && address != null && !address.equals(finalRecipient)) {
            diagnostic = body.about(address);
            cut = body.lastCut();
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
                .action(action(r.get("action")))
                .status(status)
                .replyCode(Text.replyCode(diagnostic))
                .diagnostic(Text.oneLine(diagnostic))
                .diagnosticCut(cut)
                .remoteMta(host(DeliveryStatus.untyped(r.get("remote-mta"))))
                .lastAttempt(r.get("last-attempt-date"))
                .build();
    }

    /** A field's value without the double quotes around it, or null when it has none. */
    private static String unquoted(String v) {
        if (v == null || v.isBlank()) {
            return null;
        }
        String t = v.strip();
        return t.length() >= 2 && t.charAt(0) == '"' && t.charAt(t.length() - 1) == '"' ? t.substring(1, t.length() - 1) : t;
    }

    /**
     * Whether a Status field holds a server's reply instead of an enhanced status code: a reply code of class
     * 4 or 5 first, then words (some MTAs, NTMail among them, write "Status: 553 Exceeded maximum inbound
     * message size"). Such a field is the recipient's diagnostic when the group has no Diagnostic-Code.
     */
    static boolean replyInStatus(String v) {
        if (v == null) {
            return false;
        }
        String t = v.strip();
        if (t.length() < 5 || (t.charAt(0) != '4' && t.charAt(0) != '5') || !Character.isDigit(t.charAt(1))
                || !Character.isDigit(t.charAt(2)) || t.charAt(3) != ' ' || Text.status(t) != null) {
            return false;
        }
        for (int i = 4; i < t.length(); i++) {
            if (Character.isLetter(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Every recipient group of the parts as a failure, in order (see {@link #failure(Headers, AddressIndex)}). */
    static List<Failure> failures(List<DeliveryStatus> parts, AddressIndex body) {
        List<Failure> out = new ArrayList<>();
        for (DeliveryStatus ds : parts) {
            for (Headers r : ds.recipients()) {
                out.add(failure(r, body));
            }
        }
        return out;
    }

    /** The Reporting-MTA of a part, without its type ("dns; mx.example.jp"), as written; or null. */
    static String reportingMta(DeliveryStatus part) {
        return DeliveryStatus.untyped(part.message().get("reporting-mta"));
    }

    /** The first Reporting-MTA the parts state, or null. */
    static String reportingMta(List<DeliveryStatus> parts) {
        for (DeliveryStatus ds : parts) {
            String mta = reportingMta(ds);
            if (mta != null) {
                return mta;
            }
        }
        return null;
    }

    /** What a report's text says about one recipient; any field but the address may be null. */
    record Listed(String address, String diagnostic, String lastAttempt, String remoteMta) {
        Listed(String address, String diagnostic) {
            this(address, diagnostic, null, null);
        }
    }

    /**
     * The groups merged with the recipients the text lists: each group takes the listed recipient of its
     * address (in linear time, {@link ByAddress}) for the date and remote host it lacks, and for the
     * diagnostic: when it has none, or always when {@code textFirst} (the text quotes the server, the group
     * only a summary). A status still missing is read from the diagnostic. Listed recipients that no group
     * names follow, as failed.
     */
    static List<Failure> merge(List<Headers> groups, List<Listed> listed, boolean textFirst) {
        List<Failure> out = new ArrayList<>();
        ByAddress<Listed> byAddress = new ByAddress<>(listed, Listed::address);
        for (Headers r : groups) {
            Failure f = failure(r);
            Failure.Builder b = f.toBuilder();
            Listed u = byAddress.take(f.address());
            if (u != null) {
                b.lastAttempt(f.lastAttempt() != null ? f.lastAttempt() : u.lastAttempt());
                b.remoteMta(f.remoteMta() != null ? f.remoteMta() : u.remoteMta());
                if (textFirst ? u.diagnostic() != null : f.diagnostic() == null) {
                    b.diagnostic(u.diagnostic()).replyCode(Text.replyCode(u.diagnostic()));
                }
            }
            if (f.status() == null) {
                b.status(Text.status(b.diagnostic()));
            }
            out.add(b.build());
        }
        for (Listed u : byAddress.rest()) {
            out.add(Failure.builder().address(u.address()).action("failed").lastAttempt(u.lastAttempt())
                    .remoteMta(u.remoteMta()).diagnostic(u.diagnostic()).status(Text.status(u.diagnostic()))
                    .replyCode(Text.replyCode(u.diagnostic())).build());
        }
        return out;
    }

    /** One recipient group as a failure, from its own fields alone. */
    static Failure failure(Headers r) {
        return failure(r, AddressIndex.EMPTY);
    }

    /** Special-use and private top-level names: mail to them never leaves the site that wrote them. */
    private static final String[] PRIVATE_SUFFIXES = {".local", ".localhost", ".localdomain", ".home.arpa", ".internal"};

    /**
     * Whether the address is a mailbox a sender can write to: a local part (quoted ones included) and a
     * dotted public domain or an address literal. Not: {@code bob@mailhost}, {@code @relay.example},
     * {@code <>}, {@code bob@host.local}, an X.400 form.
     */
    static boolean mailbox(String address) {
        if (address == null) {
            return false;
        }
        int at = address.lastIndexOf('@');
        char first = address.charAt(0);
        if (at <= 0 || first == '<' || first == '@' || first == '|' || first == '/') {
            return false; // no local part, a source route's host, the null path "<>", a pipe or a file
        }
        String domain = Text.lower(address.substring(at + 1));
        if (domain.startsWith("[") && domain.endsWith("]")) {
            return true;
        }
        for (int i = 0; i < domain.length(); i++) {
            char c = domain.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_')) {
                return false;
            }
        }
        int dot = domain.indexOf('.');
        if (dot <= 0 || domain.endsWith(".")) {
            return false;
        }
        for (String suffix : PRIVATE_SUFFIXES) {
            if (domain.endsWith(suffix)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A recipient whose address is no mailbox ({@link #mailbox(String)}) takes the one mailbox its own
     * diagnostic names ("550 5.1.2 <bob@example.org>... Host unknown" under "Final-Recipient: rfc822;
     * @mx.example.org"); a local part alone ("bob", as Exim names a local delivery) is left for the
     * engine, which looks it up among the addresses the message names. Unchanged when the text names no
     * mailbox, or more than one.
     */
    static Failure withMailbox(Failure f) {
        String a = f.address();
        if (a == null || a.indexOf('@') < 0 && a.indexOf('<') < 0 || mailbox(a) || f.diagnostic() == null) {
            return f;
        }
        String found = null;
        for (String c : Text.addresses(f.diagnostic())) {
            if (!mailbox(c)) {
                continue;
            }
            if (found != null && !found.equalsIgnoreCase(c)) {
                return f; // two candidates: do not guess
            }
            found = c;
        }
        return found == null ? f : f.toBuilder().address(found).build();
    }

    /**
     * The Action field's value (RFC 3464 §2.3.3: failed, delayed, delivered, relayed, expanded), its first
     * word in lower case; a bare verb that some programs write ("Action: fail") becomes the RFC's form.
     */
    static String action(String s) {
        String a = firstWord(s);
        return a == null ? null : switch (a) {
            case "fail", "failure" -> "failed"; // NTMail writes "Action: failure"
            case "delay" -> "delayed";
            case "deliver" -> "delivered";
            case "relay" -> "relayed";
            case "expand" -> "expanded";
            default -> a;
        };
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

    /** The address of a recipient group: Final-Recipient, else Original-Recipient. */
    static String address(Headers r) {
        String a = Text.cleanAddress(DeliveryStatus.untyped(r.get("final-recipient")));
        if (a == null || a.indexOf('@') < 0) {
            String o = Text.cleanAddress(DeliveryStatus.untyped(r.get("original-recipient")));
            if (o != null) {
                a = o;
            }
        }
        return a;
    }

    /** The group for the i-th of n recipients read from the text: by address, else by position. */
    static Headers forRecipient(List<Headers> dsn, String address, int i, int n) {
        if (address != null && dsn.size() == n && i < n && mentions(dsn.get(i), address)) {
            return dsn.get(i);
        }
        if (address != null) {
            for (Headers h : dsn) {
                if (mentions(h, address)) {
                    return h;
                }
            }
        }
        return dsn.size() == n && i < n ? dsn.get(i) : null;
    }

    private static boolean mentions(Headers h, String address) {
        return (Text.lower(h.get("final-recipient")) + " " + Text.lower(h.get("original-recipient")))
                .contains(Text.lower(address));
    }

    /**
     * Fills what the text did not give from the group of the same recipient: the status (the text's own
     * code wins, as MTAs such as Exim write a placeholder 5.0.0 in the DSN), remote MTA, date, diagnostic.
     */
    static Failure enrich(Failure f, Headers dsn) {
        if (dsn == null) {
            return f;
        }
        Failure.Builder b = f.toBuilder();
        if (f.status() == null) {
            b.status(Text.status(dsn.get("status")));
        }
        if (f.remoteMta() == null) {
            b.remoteMta(DeliveryStatus.untyped(dsn.get("remote-mta")));
        }
        if (f.lastAttempt() == null) {
            b.lastAttempt(dsn.get("last-attempt-date"));
        }
        if (f.diagnostic() == null) {
            String d = Text.oneLine(DeliveryStatus.untyped(dsn.get("diagnostic-code")));
            b.diagnostic(d);
            if (f.replyCode() == null) {
                b.replyCode(Text.replyCode(d));
            }
            if (f.status() == null && Text.status(d) != null) {
                b.status(Text.status(d));
            }
        }
        if (f.address() == null) {
            b.address(Text.cleanAddress(DeliveryStatus.untyped(dsn.get("final-recipient"))));
        }
        return b.build();
    }

    /**
     * The delivery-status fields written into the text itself, as a message without MIME header fields or a
     * forwarded bounce shows them; null if there are none.
     */
    static String embedded(List<String> lines) {
        StringBuilder sb = null;
        for (String line : lines) {
            String l = Text.lower(line);
            if (sb == null) {
                if (l.startsWith("reporting-mta:") || l.startsWith("final-recipient:")) {
                    sb = new StringBuilder();
                } else {
                    continue;
                }
            }
            if (l.startsWith("--") || l.startsWith("content-type:") || l.startsWith("return-path:")
                    || l.startsWith("received:")) {
                break;
            }
            sb.append(line).append('\n');
        }
        return sb == null || !Text.lower(sb.toString()).contains("final-recipient:") ? null : sb.toString();
    }
}

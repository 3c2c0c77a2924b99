package dev.bouncedoc;

import dev.bouncedoc.vocabulary.BounceKind;
import java.util.List;
import java.util.Set;

/** What holds for any report of any message, whatever its format: checked by FormatSamplesTest. */
final class Invariants {
    /** Sisimai's reason names, copied with its licence into src/test/resources/sisimai. */
    static final Set<String> REASONS = Set.copyOf(Fixtures.lines("sisimai/reasons.txt"));

    /** Broken invariants known today, each with its cause in the file: they must break, and only they. */
    static final Set<String> KNOWN = Set.copyOf(Fixtures.lines("formats/known-invariant-breaks.txt"));

    private Invariants() {
    }

    /** Fails unless what broke is exactly what is known to break among the messages checked ({@code scope}). */
    static void assertOnlyKnown(List<String> wrong, java.util.function.Predicate<String> scope) {
        List<String> unexpected = wrong.stream().filter(w -> !KNOWN.contains(w)).toList();
        List<String> fixed = KNOWN.stream().filter(scope).filter(k -> !wrong.contains(k)).sorted().toList();
        StringBuilder message = new StringBuilder();
        if (!unexpected.isEmpty()) {
            message.append(unexpected.size()).append(" broken invariants:\n").append(String.join("\n", unexpected));
        }
        if (!fixed.isEmpty()) {
            message.append(message.length() == 0 ? "" : "\n").append("fixed, so remove from formats/known-invariant-breaks.txt:\n")
                    .append(String.join("\n", fixed));
        }
        if (message.length() > 0) {
            org.junit.jupiter.api.Assertions.fail(message.toString());
        }
    }

    /** Reads the message and adds one line to {@code wrong} per broken invariant. */
    static void check(String name, byte[] message, BounceDoc doc, List<String> wrong) {
        BounceReport report;
        try {
            report = doc.read(message);
        } catch (RuntimeException | Error e) {
            wrong.add(name + ": " + e + " escaped BounceDoc.read");
            return;
        }
        if (report == null || report.kind() == null || report.format() == null) {
            wrong.add(name + ": no report, kind or format");
            return;
        }
        if (report.kind() == BounceKind.NOT_BOUNCE && !report.recipients().isEmpty()) {
            wrong.add(name + ": not a bounce, yet " + report.recipients().size() + " recipients");
        }
        for (int i = 0; i < report.recipients().size(); i++) {
            FailedRecipient r = report.recipients().get(i);
            String at = name + " rcpt " + (i + 1) + ": ";
            String address = r.address();
            if (address == null ? report.kind() != BounceKind.FEEDBACK && report.recipients().size() != 1
                    : count(address, '@') != 1 || hasControlOrBidi(address)) {
                // a complaint may not name the complaining address (ARF's Original-Rcpt-To is optional), and
                // a bounce that names nobody is reported as one recipient without an address
                wrong.add(at + "address [" + address + "] is not one address");
            }
            String status = r.status();
            if (status != null) {
                if (!wellFormedStatus(status)) {
                    wrong.add(at + "status [" + status + "] is not class.subject.detail");
                } else if (report.kind() == BounceKind.DELAY && status.charAt(0) != '4') {
                    wrong.add(at + "status " + status + " in a delay report");
                } else if (report.kind() == BounceKind.DELIVERED && status.charAt(0) != '2') {
                    wrong.add(at + "status " + status + " in a delivery report");
                } else if (report.kind() == BounceKind.FAILURE && status.charAt(0) == '2') {
                    wrong.add(at + "success status " + status + " in a failure report");
                }
            }
            String reply = r.replyCode();
            if (reply != null && !(reply.length() == 3 && reply.charAt(0) >= '2' && reply.charAt(0) <= '5'
                    && digits(reply))) {
                wrong.add(at + "reply code [" + reply + "] is not an SMTP reply code");
            }
            if (r.reason() == null || !REASONS.contains(r.reason())) {
                wrong.add(at + "reason [" + r.reason() + "] is not a Sisimai reason");
            }
            if (r.hardBounce() && report.kind() != BounceKind.FAILURE) {
                wrong.add(at + "hard bounce in a " + report.kind() + " report");
            }
            if (r.diagnosis() == null) {
                wrong.add(at + "no diagnosis");
            } else if (r.diagnosis().catalogVersion() == null || r.diagnosis().catalogVersion().isBlank()) {
                wrong.add(at + "the diagnosis has no catalog version");
            }
        }
    }

    /** RFC 3463 section 2: class "." subject "." detail; class 2, 4 or 5, subject and detail 1 to 3 digits. */
    static boolean wellFormedStatus(String s) {
        int first = s.indexOf('.');
        int second = first < 0 ? -1 : s.indexOf('.', first + 1);
        if (first != 1 || second < 0) {
            return false;
        }
        char c = s.charAt(0);
        String subject = s.substring(first + 1, second);
        String detail = s.substring(second + 1);
        return (c == '2' || c == '4' || c == '5') && subject.length() >= 1 && subject.length() <= 3 && digits(subject)
                && detail.length() >= 1 && detail.length() <= 3 && digits(detail);
    }

    private static boolean digits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    /** Control characters, and the bidirectional controls that can disguise an address (Unicode TR #9). */
    static boolean hasControlOrBidi(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c) || c == '\u061C' || c == '\u200E' || c == '\u200F'
                    || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069') {
                return true;
            }
        }
        return false;
    }
}

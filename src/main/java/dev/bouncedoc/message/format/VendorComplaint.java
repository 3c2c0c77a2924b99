package dev.bouncedoc.message.format;

import dev.bouncedoc.message.DeliveryStatus;
import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Headers;
import dev.bouncedoc.message.Lines;
import dev.bouncedoc.message.Report;
import dev.bouncedoc.message.Section;
import dev.bouncedoc.message.Stated;
import dev.bouncedoc.message.Text;
import dev.bouncedoc.vocabulary.BounceKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Complaint (abuse) reports in a vendor's own documented layout rather than RFC 5965 ARF: a complaint
 * about the enclosed message or about a source, never a bounce. Each is told by its own markers:
 * <ul>
 * <li>X-ARF (x-arf.org): the header {@code X-ARF: YES} (version 0.1) or {@code X-XARF: PLAIN} / {@code SECURE}
 * (0.2), a multipart/mixed whose second part is the machine-readable report, YAML lines such as
 * {@code Report-Type: spam}, {@code Category: abuse}, {@code Source: 192.0.2.1}, {@code Source-Type: ipv4},
 * {@code Date: ...} (or, in the JSON form, the same names as JSON keys), and a third part with the evidence.
 * The feedback type is the Report-Type (else the Category). The address is the enclosed message's recipient,
 * else the Source when it is a mail address (the reported address).</li>
 * <li>SpamCop: the subject {@code [SpamCop (URL) id:NUMBER]} followed by the spam's own subject, or a
 * sender at spamcop.net with the report's {@code [ Offending message ]} marker; a short text/plain report
 * with the spam attached or inline after that marker. The address is the spam's recipient when SpamCop did
 * not mask it.</li>
 * <li>AOL's SCOMP feedback loop before it adopted ARF: sent by {@code scomp@aol.net} with the complained-of
 * message attached (an ARF report from the same desk is left to the ARF reader).</li>
 * </ul>
 * A message with a message/feedback-report part is ARF and is left to {@link FeedbackReport}.
 */
final class VendorComplaint extends FormatReader {
    @Override
    public String name() {
        return "x-arf";
    }

    @Override
    Report read(ReportView message) {
        // every message passes here: the cheap marks first (two header fields, the subject, the sender's text)
        Headers h = message.headers();
        String xarf = Text.lower(h.get("x-arf")).strip();
        String xxarf = Text.lower(h.get("x-xarf")).strip();
        boolean isXarf = xarf.startsWith("yes") || xxarf.startsWith("plain") || xxarf.startsWith("secure");
        String from = Text.lower(message.from());
        boolean maybeSpamCop = from.contains("spamcop.net") || Text.lower(message.subject()).strip().startsWith("[spamcop (");
        boolean maybeScomp = from.contains("scomp@aol.net");
        if (!(isXarf || maybeSpamCop || maybeScomp) || message.first("message/feedback-report") != null) {
            return null; // none of these layouts, or RFC 5965 ARF, whoever sent it
        }
        if (isXarf) {
            return xarf(message);
        }
        if (maybeSpamCop && spamCop(message)) {
            return complaint(message, "spamcop", "abuse", "abuse report by SpamCop" + spamCopId(message.subject()),
                    null, null);
        }
        if (maybeScomp && fromAddress(message, "scomp@aol.net") && hasEnclosedMessage(message)) {
            return complaint(message, "aol-scomp", "abuse", "abuse report by AOL SCOMP", null, null);
        }
        return null;
    }

    /** An X-ARF report: its fields from the YAML or JSON part, or none when that part is missing. */
    private Report xarf(ReportView message) {
        Headers fields = xarfFields(message);
        String type = value(fields, "report-type", "reporttype");
        String category = value(fields, "category", "reportclass");
        String source = value(fields, "source", "sourceip");
        String feedbackType = type != null ? type : category != null ? category : "abuse";
        String reported = null;
        if (source != null) {
            List<String> a = Text.addresses(source);
            reported = a.isEmpty() ? null : a.get(0);
        }
        StringBuilder diagnostic = new StringBuilder(feedbackType).append(" report");
        if (source != null) {
            diagnostic.append(" about ").append(source);
        }
        String agent = value(fields, "user-agent", "reporterorg");
        if (agent != null) {
            diagnostic.append(" by ").append(agent);
        }
        return complaint(message, "x-arf", feedbackType.toLowerCase(Locale.ROOT), diagnostic.toString(), reported,
                value(fields, "date", "date"));
    }

    /**
     * A complaint report: the complaining address is the enclosed message's recipient (To, else Cc), else the
     * address the format reports; no address when neither is there (a report about an IP address).
     */
    private static Report complaint(ReportView message, String format, String feedbackType, String diagnostic,
                                    String reported, String date) {
        Headers original = message.original();
        List<String> rcpts = new ArrayList<>(Text.addresses(original.get("to")));
        if (rcpts.isEmpty()) {
            rcpts.addAll(Text.addresses(original.get("cc")));
        }
        if (rcpts.isEmpty()) {
            rcpts.add(reported);
        }
        List<Failure> failures = new ArrayList<>();
        for (String r : rcpts) {
            failures.add(Failure.builder().address(r).action("failed").stated(Stated.COMPLAINT)
                    .diagnostic(Text.oneLine(diagnostic)).lastAttempt(date).build());
        }
        return new Report(BounceKind.FEEDBACK, format, DeliveryStatus.untyped(null), failures, original, feedbackType);
    }

    /**
     * The X-ARF report's fields: the first text part of the report itself (not the evidence) that has a
     * Report-Type or Category line in YAML (0.1, 0.2), or those keys in JSON (an application/json part or
     * a text part that begins with "{"). Empty when there is none.
     */
    static Headers xarfFields(ReportView message) {
        for (Section s : message.sections()) {
            if (s.enclosed() || !(s.type().startsWith("text/") || s.is("application/json")
                    || s.type().endsWith("yaml"))) {
                continue;
            }
            String text = s.text().strip();
            if (text.startsWith("{")) {
                Headers json = jsonFields(text);
                if (json.has("reporttype") || json.has("report-type") || json.has("category") || json.has("reportclass")) {
                    return json;
                }
                continue;
            }
            StringBuilder yaml = new StringBuilder();
            boolean typed = false;
            for (String line : Lines.of(text)) {
                String l = line.strip();
                if (l.equals("---") || l.startsWith("#") || l.isEmpty()) {
                    continue;
                }
                int colon = l.indexOf(':');
                if (colon <= 0 || !fieldName(l, colon)) {
                    continue;
                }
                String key = Text.lower(l.substring(0, colon));
                typed |= key.equals("report-type") || key.equals("category");
                yaml.append(l, 0, colon + 1).append(' ').append(unquote(l.substring(colon + 1).strip())).append('\n');
            }
            if (typed) {
                return Headers.parse(yaml.toString());
            }
        }
        return Headers.EMPTY;
    }

    /** Whether the line's text before the colon is a field name (letters, digits and hyphens). */
    private static boolean fieldName(String l, int colon) {
        for (int i = 0; i < colon; i++) {
            char c = l.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '-' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    /**
     * The string and number values of a JSON object's members, at any depth, by their keys (lower case; a
     * nested object's own key is not kept), scanned once from left to right: enough for X-ARF's flat report
     * fields. Escapes other than \" and \\ are kept as written.
     */
    static Headers jsonFields(String json) {
        StringBuilder out = new StringBuilder();
        int n = Math.min(json.length(), 64_000);
        int i = 0;
        String pendingKey = null;
        while (i < n) {
            char c = json.charAt(i);
            if (c == '"') {
                StringBuilder s = new StringBuilder();
                i++;
                while (i < n && json.charAt(i) != '"') {
                    char d = json.charAt(i);
                    if (d == '\\' && i + 1 < n) {
                        i++;
                        d = json.charAt(i);
                    }
                    if (d != '\n' && d != '\r') {
                        s.append(d);
                    }
                    i++;
                }
                if (i >= n) {
                    break; // an unclosed string (a cut report): its value is not known
                }
                i++;
                int j = i;
                while (j < n && Character.isWhitespace(json.charAt(j))) {
                    j++;
                }
                if (j < n && json.charAt(j) == ':') {
                    pendingKey = s.toString();
                    i = j + 1;
                } else if (pendingKey != null) {
                    add(out, pendingKey, s.toString());
                    pendingKey = null;
                }
            } else if (pendingKey != null && (Character.isDigit(c) || c == '-')) {
                int j = i;
                while (j < n && (Character.isLetterOrDigit(json.charAt(j)) || json.charAt(j) == '.' || json.charAt(j) == '-')) {
                    j++;
                }
                add(out, pendingKey, json.substring(i, j));
                pendingKey = null;
                i = j;
            } else {
                if (c == '{' || c == '[' || c == ',') {
                    pendingKey = null; // a nested object's or array's own key, or a value that was no string or number
                }
                i++;
            }
        }
        return Headers.parse(out.toString());
    }

    private static void add(StringBuilder out, String key, String value) {
        if (!key.isEmpty() && fieldName(key, key.length()) && !value.isBlank()) {
            out.append(key).append(": ").append(Text.oneLine(value)).append('\n');
        }
    }

    /** A YAML scalar without its surrounding quotes. */
    private static String unquote(String v) {
        if (v.length() >= 2 && (v.charAt(0) == '"' || v.charAt(0) == '\'') && v.charAt(v.length() - 1) == v.charAt(0)) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }

    /** The first field that is there, by either of two names; null when neither is or it is blank. */
    private static String value(Headers fields, String name, String other) {
        String v = fields.get(name);
        if (v == null || v.isBlank()) {
            v = fields.get(other);
        }
        return v == null || v.isBlank() ? null : v.strip();
    }

    /**
     * SpamCop's report: the subject "[SpamCop (URL) id:NUMBER]...", or a sender at spamcop.net whose text
     * has the "[ Offending message ]" marker that precedes the spam.
     */
    static boolean spamCop(ReportView message) {
        String subject = Text.lower(message.subject()).strip();
        if (subject.startsWith("[spamcop (") && subject.indexOf(" id:") > 0) {
            return true;
        }
        boolean fromSpamCop = false;
        for (String a : Text.addresses(message.from())) {
            String d = Text.lower(a.substring(a.lastIndexOf('@') + 1));
            fromSpamCop |= d.equals("spamcop.net") || d.endsWith(".spamcop.net");
        }
        return fromSpamCop && message.lowerBody().contains("[ offending message ]");
    }

    /** " id:NUMBER" from SpamCop's subject, or "". */
    private static String spamCopId(String subject) {
        String s = subject == null ? "" : subject;
        int at = Text.lower(s).indexOf(" id:");
        if (at < 0) {
            return "";
        }
        int end = at + 4;
        while (end < s.length() && Character.isDigit(s.charAt(end))) {
            end++;
        }
        return end > at + 4 ? " (" + s.substring(at + 1, end) + ")" : "";
    }

    private static boolean fromAddress(ReportView message, String address) {
        for (String a : Text.addresses(message.from())) {
            if (Text.lower(a).equals(address)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasEnclosedMessage(ReportView message) {
        for (Section s : message.sections()) {
            if (s.isOriginal()) {
                return true;
            }
        }
        return false;
    }
}

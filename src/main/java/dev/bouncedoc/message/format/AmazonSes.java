package dev.bouncedoc.message.format;

import dev.bouncedoc.message.DeliveryStatus;
import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Headers;
import dev.bouncedoc.message.Report;
import dev.bouncedoc.message.Stated;
import dev.bouncedoc.message.Text;
import dev.bouncedoc.vocabulary.BounceKind;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Amazon SES (Simple Email Service). Two shapes:
 * <ul>
 *   <li>An SNS notification mailed to the sender (From {@code no-reply@sns.amazonaws.com}, Subject "AWS
 *   Notification Message", header {@code x-amz-sns-message-id}), whose body is a JSON object: either the
 *   SES notification itself or the SNS envelope with the notification as a JSON string in "Message".
 *   The notification's {@code notificationType} (or {@code eventType}) is Bounce (recipients in
 *   {@code bounce.bouncedRecipients} with emailAddress, action, status, diagnosticCode), Complaint
 *   ({@code complaint.complainedRecipients}, a feedback report) or Delivery ({@code delivery.recipients}
 *   with {@code smtpResponse}). The original message's header fields are in {@code mail.headers}. Lines
 *   longer than the mail system allows arrive cut with a "!" at the end and a space on the next line.</li>
 *   <li>A DSN from {@code MAILER-DAEMON@...amazonses.com}: a standard message/delivery-status part. The
 *   older form writes SES's own code first and the remote server's reply in quotes:
 *   {@code 5.1.0 - Unknown address error 550-'5.2.2 <a@b>... Mailbox Full' (delivery attempts: 0)}; the
 *   quoted reply is the remote text.</li>
 * </ul>
 */
final class AmazonSes extends FormatReader {
    @Override
    public String name() {
        return "amazonses";
    }

    @Override
    Report read(ReportView message) {
        Headers h = message.headers();
        String from = Text.lower(message.from());
        boolean sns = h.has("x-amz-sns-message-id") || h.has("x-amz-sns-subscription-arn")
                || from.contains("@sns.amazonaws.com");
        if (sns) {
            return notification(message);
        }
        boolean ses = from.contains("amazonses.com") || h.has("x-aws-outgoing")
                || Text.lower(h.get("feedback-id")).endsWith(":amazonses");
        if (!ses) {
            return null;
        }
        return dsn(message);
    }

    // ---- the e-mail DSN -------------------------------------------------------------------------

    private Report dsn(ReportView message) {
        List<DeliveryStatus> parts = message.ownDsnParts();
        List<Failure> failures = DsnGroups.failures(parts, message.addressIndex()).stream().map(AmazonSes::refine).toList();
        if (failures.isEmpty()) {
            return null;
        }
        return message.report(name(), DsnGroups.reportingMta(parts), failures);
    }

    /** SES's own code first, then the remote reply quoted: keep the quoted reply as the diagnostic. */
    static Failure refine(Failure f) {
        String d = f.diagnostic();
        if (d == null) {
            return f;
        }
        int dash = d.indexOf(" - ");
        int quote = d.indexOf('\'');
        if (dash < 0 || quote < dash) {
            return f;
        }
        int close = d.indexOf('\'', quote + 1);
        if (close < 0) {
            return f;
        }
        String between = d.substring(dash + 3, quote);
        String code = Text.replyCode(between);
        String inner = d.substring(quote + 1, close).strip();
        if (inner.isEmpty()) {
            return f;
        }
        Failure.Builder b = f.toBuilder().diagnostic(code == null ? inner : code + " " + inner);
        if (code != null) {
            b.replyCode(code);
        }
        String status = Text.status(inner);
        if (status != null && (f.status() == null || f.status().endsWith(".0.0"))) {
            b.status(status);
        }
        return b.build();
    }

    // ---- the SNS notification -------------------------------------------------------------------

    private Report notification(ReportView message) {
        JsonObject o = json(message.bodyText());
        if (o == null) {
            return null;
        }
        if (o.get("Message") instanceof JsonString inner && !o.containsKey("notificationType")) {
            JsonObject n = json(inner.getString());
            if (n == null) {
                return null;
            }
            o = n;
        }
        String type = string(o, "notificationType");
        if (type == null) {
            type = string(o, "eventType");
        }
        if (type == null) {
            return null;
        }
        Headers original = originalHeaders(object(o, "mail"));
        switch (Text.lower(type)) {
            case "bounce":
                return recipients(object(o, "bounce"), "bouncedRecipients", false, original);
            case "complaint":
                return complaint(object(o, "complaint"), original);
            case "delivery":
                return delivery(object(o, "delivery"), original);
            case "deliverydelay":
                return recipients(object(o, "deliveryDelay"), "delayedRecipients", true, original);
            default:
                return null;
        }
    }

    /** A Bounce's bouncedRecipients (their own Action, else failed) or a DeliveryDelay's delayedRecipients. */
    private Report recipients(JsonObject b, String array, boolean delayed, Headers original) {
        if (b == null) {
            return null;
        }
        String reportingMta = DeliveryStatus.untyped(string(b, "reportingMTA"));
        String remote = string(b, "remoteMtaIp");
        String when = string(b, "timestamp");
        List<Failure> failures = new ArrayList<>();
        for (JsonObject r : objects(b, array)) {
            String diagnostic = DeliveryStatus.untyped(string(r, "diagnosticCode"));
            String status = Text.status(string(r, "status"));
            String action = delayed ? "delayed" : string(r, "action");
            failures.add(Failure.builder()
                    .address(Text.cleanAddress(string(r, "emailAddress")))
                    .action(action == null ? "failed" : Text.lower(action))
                    .status(status != null ? status : Text.status(diagnostic))
                    .replyCode(Text.replyCode(diagnostic))
                    .diagnostic(Text.oneLine(diagnostic))
                    .remoteMta(remote)
                    .lastAttempt(when)
                    .build());
        }
        if (failures.isEmpty()) {
            return null;
        }
        return ReportView.report(name(), reportingMta, failures, original);
    }

    private Report complaint(JsonObject c, Headers original) {
        if (c == null) {
            return null;
        }
        String feedbackType = string(c, "complaintFeedbackType");
        String agent = string(c, "userAgent");
        String when = string(c, "timestamp");
        String type = feedbackType == null ? "abuse" : Text.lower(feedbackType.strip());
        List<Failure> failures = new ArrayList<>();
        for (JsonObject r : objects(c, "complainedRecipients")) {
            failures.add(Failure.builder()
                    .address(Text.cleanAddress(string(r, "emailAddress")))
                    .action("failed")
                    .stated(Stated.COMPLAINT)
                    .diagnostic(type + (agent == null ? "" : " report by " + agent))
                    .lastAttempt(when)
                    .build());
        }
        if (failures.isEmpty()) {
            return null;
        }
        return new Report(BounceKind.FEEDBACK, name(), null, failures, original, type);
    }

    private Report delivery(JsonObject d, Headers original) {
        if (d == null) {
            return null;
        }
        String response = string(d, "smtpResponse");
        String reportingMta = string(d, "reportingMTA");
        String remote = string(d, "remoteMtaIp");
        String when = string(d, "timestamp");
        List<Failure> failures = new ArrayList<>();
        for (String a : strings(d, "recipients")) {
            failures.add(Failure.builder()
                    .address(Text.cleanAddress(a))
                    .action("delivered")
                    .stated(Stated.DELIVERED)
                    .status(Text.status(response))
                    .replyCode(Text.replyCode(response))
                    .diagnostic(Text.oneLine(response))
                    .remoteMta(remote)
                    .lastAttempt(when)
                    .build());
        }
        if (failures.isEmpty()) {
            return null;
        }
        return new Report(BounceKind.DELIVERED, name(), reportingMta, failures, original, null);
    }

    /** The original message's header fields from {@code mail.headers}, else {@code mail.commonHeaders}. */
    private static Headers originalHeaders(JsonObject mail) {
        if (mail == null) {
            return Headers.EMPTY;
        }
        StringBuilder sb = new StringBuilder();
        for (JsonObject h : objects(mail, "headers")) {
            String n = string(h, "name");
            String v = string(h, "value");
            if (n != null && v != null && !n.isBlank() && n.indexOf(':') < 0) {
                sb.append(n.strip()).append(": ").append(v.replace('\n', ' ').replace('\r', ' ')).append('\n');
            }
        }
        JsonObject common = object(mail, "commonHeaders");
        if (sb.length() == 0 && common != null) {
            for (String k : new String[] {"from", "to", "subject", "date", "messageId"}) {
                JsonValue v = common.get(k);
                String value = v instanceof JsonString s ? s.getString()
                        : v instanceof JsonArray a ? String.join(", ", strings(common, k)) : null;
                if (value != null) {
                    sb.append(k.equals("messageId") ? "Message-ID" : k).append(": ").append(value).append('\n');
                }
            }
        }
        if (sb.length() == 0 && string(mail, "messageId") != null) {
            sb.append("Message-ID: ").append(string(mail, "messageId")).append('\n');
        }
        return sb.length() == 0 ? Headers.EMPTY : Headers.parse(sb.toString());
    }

    /** The JSON object in the text: from its first '{' to its last '}', with cut long lines joined again. */
    static JsonObject json(String text) {
        if (text == null) {
            return null;
        }
        int start = text.indexOf('{');
        if (start < 0) {
            return null;
        }
        String s = unfold(text.substring(start));
        int end = balancedEnd(s);
        if (end < 0) {
            return null;
        }
        s = s.substring(0, end + 1);
        try (JsonReader r = Json.createReader(new StringReader(s))) {
            return r.readObject();
        } catch (RuntimeException e) {
            return null; // not JSON after all, or cut short
        }
    }

    /** The index of the '}' that closes the object opened at index 0, or -1. */
    private static int balancedEnd(String s) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
                if (depth == 0) {
                    return c == '}' ? i : -1;
                }
            }
        }
        return -1;
    }

    /** Drops the "!", line end and leading space that a mail system inserts to cut an over-long line. */
    private static String unfold(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '!') {
                int j = i + 1;
                if (j < s.length() && s.charAt(j) == '\r') {
                    j++;
                }
                if (j < s.length() && s.charAt(j) == '\n') {
                    j++;
                }
                if (j > i + 1 && j < s.length() && s.charAt(j) == ' ') {
                    i = j + 1;
                    continue;
                }
            }
            if (c == '\r' || c == '\n') {
                i++;
                continue; // JSON does not need the line ends, and strings may not contain them raw
            }
            sb.append(c);
            i++;
        }
        return sb.toString();
    }

    private static String string(JsonObject o, String key) {
        JsonValue v = o == null ? null : o.get(key);
        if (v instanceof JsonString s) {
            return s.getString();
        }
        if (v != null && v.getValueType() == JsonValue.ValueType.NUMBER) {
            return v.toString();
        }
        return null;
    }

    private static JsonObject object(JsonObject o, String key) {
        JsonValue v = o == null ? null : o.get(key);
        return v instanceof JsonObject j ? j : null;
    }

    private static List<JsonObject> objects(JsonObject o, String key) {
        List<JsonObject> out = new ArrayList<>();
        JsonValue v = o == null ? null : o.get(key);
        if (v instanceof JsonArray a) {
            for (JsonValue e : a) {
                if (e instanceof JsonObject j) {
                    out.add(j);
                }
            }
        }
        return out;
    }

    private static List<String> strings(JsonObject o, String key) {
        List<String> out = new ArrayList<>();
        JsonValue v = o == null ? null : o.get(key);
        if (v instanceof JsonArray a) {
            for (JsonValue e : a) {
                if (e instanceof JsonString s) {
                    out.add(s.getString());
                }
            }
        } else if (v instanceof JsonString s) {
            out.add(s.getString());
        }
        return out;
    }
}

package dev.bouncedoc.message;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The fields of a message/delivery-status part (RFC 3464 section 2): one group of per-message fields,
 * then one group per recipient. Groups are separated by blank lines; a recipient group is also begun by
 * a second Final-Recipient or Original-Recipient field, as some MTAs omit the blank line. Each group is
 * read with {@link Headers#parse}, so continuation lines are joined.
 */
public record DeliveryStatus(Headers message, List<Headers> recipients) {

    public static DeliveryStatus parse(String text) {
        List<StringBuilder> groups = new ArrayList<>();
        StringBuilder current = null;
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String line : Lines.of(text)) {
            if (line.isBlank()) {
                current = null;
                continue;
            }
            String lower = line.toLowerCase(Locale.ROOT);
            int colon = lower.indexOf(':');
            String field = colon > 0 && line.charAt(0) != ' ' && line.charAt(0) != '\t' ? lower.substring(0, colon).strip() : null;
            boolean recipientField = "final-recipient".equals(field) || "original-recipient".equals(field);
            if (current != null && recipientField && seen.contains(field)) {
                current = null; // a second recipient without a blank line between
            }
            if (current == null) {
                current = new StringBuilder();
                groups.add(current);
                seen.clear();
            }
            if (field != null) {
                seen.add(field);
            }
            current.append(line).append("\r\n");
        }
        Headers perMessage = Headers.EMPTY;
        List<Headers> perRecipient = new ArrayList<>();
        for (StringBuilder g : groups) {
            Headers h = read(g.toString());
            if (h.has("final-recipient") || h.has("original-recipient")) {
                perRecipient.add(h);
            } else if (perMessage.isEmpty()) {
                perMessage = h;
            }
        }
        if (perMessage.isEmpty() && !perRecipient.isEmpty() && perRecipient.get(0).has("reporting-mta")) {
            // the per-message fields written in the first recipient's group, no blank line between them
            // (NTMail: "Reporting-MTA: dns;mx.example" right above "Final-Recipient: rfc822;bob@example.org")
            perMessage = perRecipient.get(0);
        }
        return new DeliveryStatus(perMessage, List.copyOf(perRecipient));
    }

    /**
     * One group of fields. Not through Jakarta Mail's {@code InternetHeaders}: it joins each continuation
     * line by concatenating strings, so a field folded over many lines cost time quadratic in its length.
     */
    private static Headers read(String group) {
        return Headers.parse(group);
    }

    /** The value after the type of a typed field ({@code rfc822; bob@example.com} gives the address). */
    public static String untyped(String value) {
        if (value == null) {
            return null;
        }
        int semi = value.indexOf(';');
        String v = semi >= 0 && semi < 20 && !value.substring(0, semi).contains(" ") ? value.substring(semi + 1) : value;
        v = Text.visible(unescapeUnitext(v.strip()));
        return v.isEmpty() ? null : v;
    }

    /** RFC 6533 embedded code points: {@code \x{3042}}. */
    static String unescapeUnitext(String v) {
        if (!v.contains("\\x{")) {
            return v;
        }
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < v.length()) {
            int at = v.indexOf("\\x{", i);
            int close = at < 0 ? -1 : v.indexOf('}', at);
            if (at < 0 || close < 0 || close - at > 10) {
                sb.append(v, i, v.length());
                break;
            }
            sb.append(v, i, at);
            try {
                sb.appendCodePoint(Integer.parseInt(v.substring(at + 3, close), 16));
            } catch (RuntimeException e) {
                sb.append(v, at, close + 1);
            }
            i = close + 1;
        }
        return sb.toString();
    }
}

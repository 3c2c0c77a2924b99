package dev.bouncedoc.render;

import dev.bouncedoc.Diagnosis;
import dev.bouncedoc.vocabulary.Codes;
import dev.bouncedoc.vocabulary.Evidence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A diagnosis as plain text for people: a terminal, a help-desk note, a plain-text mail. */
public final class TextRenderer {
    private TextRenderer() {
    }

    /**
     * Renders a diagnosis in its own language, in full and without wrapping: as
     * {@link #render(Diagnosis, int, boolean) render(d, 0, true)}.
     *
     * @param d the diagnosis
     * @return the text, lines ended by {@code \n}
     */
    public static String render(Diagnosis d) {
        return render(d, 0, true);
    }

    /**
     * Renders a diagnosis in its own language for a terminal. The short form is the title and id, the
     * summary and the numbered steps; {@code verbose} adds the admin notes, who acts, retry, the reason (its
     * name beside Sisimai's), what was recognised, the evidence, confidence and catalog version. A section
     * with nothing in it is left out; that the text was cut is always said. Lines are wrapped to
     * {@code columns} by display width (a full-width character takes two columns), with hanging indents;
     * {@code columns <= 0} does not wrap. Control and invisible characters that came from the input are
     * removed, so it is safe to print on a terminal.
     *
     * @param d       the diagnosis
     * @param columns the width of the terminal in columns; 0 or less: no wrapping
     * @param verbose whether to add the notes for administrators and the evidence
     * @return the text, lines ended by {@code \n}
     */
    public static String render(Diagnosis d, int columns, boolean verbose) {
        Locale l = d.locale();
        StringBuilder out = new StringBuilder();
        wrap(out, clean(d.title()), columns, "", "", l);
        String id = "[" + d.id() + "]"; // beside the title, or on a line of its own when it does not fit
        int lastLine = out.lastIndexOf("\n", out.length() - 2) + 1;
        if (columns <= 0 || TextWrap.width(out.substring(lastLine, out.length() - 1)) + 2 + id.length() <= columns) {
            out.setLength(out.length() - 1);
            out.append("  ");
        }
        out.append(id).append('\n');
        if (!d.summary().isEmpty()) {
            out.append('\n');
            wrap(out, clean(d.summary()), columns, "", "", l);
        }
        if (!d.steps().isEmpty()) {
            out.append('\n').append(Labels.get(l, "steps")).append(":\n");
            int digits = String.valueOf(d.steps().size()).length();
            for (int i = 0; i < d.steps().size(); i++) {
                String number = String.valueOf(i + 1);
                String first = "  " + " ".repeat(digits - number.length()) + number + ". ";
                wrap(out, clean(d.steps().get(i)), columns, first, " ".repeat(first.length()), l);
            }
        }
        if (verbose) {
            if (!d.adminNotes().isEmpty()) {
                out.append('\n').append(Labels.get(l, "admin")).append(":\n");
                for (String note : d.adminNotes()) {
                    wrap(out, clean(note), columns, "  - ", "    ", l);
                }
            }
            out.append('\n');
            fact(out, l, "whoActs", Labels.whoActs(l, d.whoActs(), d.retry()), columns);
            fact(out, l, "retry", Labels.retry(l, d.retry()), columns);
            if (d.reason() != null) {
                String reason = Labels.reason(l, d.reason());
                if (d.hardBounce() != null) {
                    reason += Labels.get(l, "hardBounceFormat").replace("{0}", Labels.get(l, "hardBounce"))
                            .replace("{1}", Labels.get(l, d.hardBounce() ? "yes" : "no"));
                }
                fact(out, l, "reason", reason, columns);
            }
            List<String> codes = describe(d.codes(), l);
            fact(out, l, "recognised", codes.isEmpty() ? Labels.get(l, "nothing") : clean(String.join(", ", codes)), columns);
            for (Evidence e : d.evidence()) {
                String why = Labels.get(l, "evidenceFormat").replace("{0}", Labels.evidence(l, e.kind()))
                        .replace("{1}", clean(e.value())).replace("{2}", clean(e.text()))
                        .replace("{3}", e.start() + "–" + e.end());
                fact(out, l, "why", why, columns);
            }
            out.append(Labels.get(l, "confidence")).append(": ").append(String.format(Locale.ROOT, "%.2f", d.confidence()))
                    .append(" · ").append(Labels.get(l, "catalog")).append(' ').append(d.catalogVersion()).append('\n');
        }
        if (d.truncated()) {
            out.append('\n');
            wrap(out, Labels.truncated(l, d.charsRead()), columns, "", "", l);
        }
        return TerminalText.clean(out);
    }

    /**
     * Wraps a text for a terminal as {@link #render} wraps its own: by display width (a full-width character
     * takes two columns), where the language's lines may break, with a hanging indent. Control and invisible
     * characters are removed first.
     *
     * @param text    the text; a line end in it starts a new line with {@code indent}
     * @param columns the width of the terminal in columns; 0 or less: no wrapping
     * @param first   what the first line starts with
     * @param indent  what each later line starts with
     * @param locale  the language of the text (where its lines may break)
     * @return the lines, each ended by {@code \n}
     */
    public static String wrap(String text, int columns, String first, String indent, Locale locale) {
        StringBuilder out = new StringBuilder();
        TextWrap.append(out, clean(text), columns, first, indent, locale);
        return out.toString();
    }

    /** "Label: value", wrapped with the value's later lines indented by two columns. */
    private static void fact(StringBuilder out, Locale l, String label, String value, int columns) {
        wrap(out, Labels.get(l, label) + ": " + value, columns, "", "  ", l);
    }

    private static void wrap(StringBuilder out, String text, int columns, String first, String indent, Locale l) {
        TextWrap.append(out, text, columns, first, indent, l);
    }

    /** Without what a terminal must not get, so that widths are counted on what is shown. */
    private static String clean(String s) {
        return TerminalText.clean(s);
    }

    /**
     * A Sisimai reason for people, in the language of {@code locale}: its name with Sisimai's name beside
     * it, such as {@code 宛先のユーザーが存在しない（userunknown）} or {@code unknown user (userunknown)}.
     *
     * @param reason a Sisimai reason such as {@code userunknown}
     * @param locale the language of the name
     * @return the name and the reason; the reason alone when it is not one of Sisimai's
     */
    public static String reason(String reason, Locale locale) {
        return Labels.reason(locale, reason);
    }

    /**
     * Who acts, in words in the language of {@code locale}, as the text of a diagnosis says it.
     *
     * @param who    who acts; null when not known
     * @param retry  whether trying again helps (a notice's "nobody" has nothing to wait for); may be null
     * @param locale the language
     * @return the words, such as {@code the sender} or {@code 送信した人}
     */
    public static String whoActs(dev.bouncedoc.vocabulary.WhoActs who, dev.bouncedoc.vocabulary.Retry retry, Locale locale) {
        return Labels.whoActs(locale, who, retry);
    }

    /**
     * Whether trying again helps, in words in the language of {@code locale}, as the text of a diagnosis says it.
     *
     * @param retry  the retry value; null when not known
     * @param locale the language
     * @return the words, such as {@code later: it will probably work after a while}
     */
    public static String retry(dev.bouncedoc.vocabulary.Retry retry, Locale locale) {
        return Labels.retry(locale, retry);
    }

    /**
     * The name of a Sisimai reason in the language of {@code locale}, such as {@code 宛先のユーザーが存在しない} or
     * {@code unknown user} for {@code userunknown}.
     *
     * @param reason a Sisimai reason such as {@code userunknown}
     * @param locale the language of the name
     * @return the name; null when {@code reason} is not one of Sisimai's
     */
    public static String reasonName(String reason, Locale locale) {
        return Labels.get(locale, "reason." + reason);
    }

    static List<String> describe(Codes c, Locale l) {
        List<String> parts = new ArrayList<>();
        if (c.reply() != null) {
            parts.add(Labels.get(l, "code.reply") + " " + c.reply());
        }
        if (c.status() != null) {
            parts.add(Labels.get(l, "code.status") + " " + c.status());
        }
        if (c.hresult() != null) {
            parts.add(Labels.get(l, "code.hresult") + " " + c.hresult());
        }
        if (c.pop3() != null) {
            parts.add("POP3 [" + c.pop3() + "]");
        }
        if (c.imap() != null) {
            parts.add("IMAP [" + c.imap() + "]");
        }
        if (c.socketError() != null) {
            parts.add(Labels.get(l, "code.socket") + " " + c.socketError());
        }
        parts.addAll(c.addresses());
        parts.addAll(c.hosts());
        return parts;
    }
}

package dev.bouncedoc.render;

import dev.bouncedoc.BounceReport;
import dev.bouncedoc.FailedRecipient;
import dev.bouncedoc.vocabulary.OriginalMessage;
import java.util.Locale;
import org.apache.commons.text.StringEscapeUtils;

/**
 * A {@link BounceReport} for people: a few lines of text per message, or a safe HTML fragment in which
 * every piece of text from the message (addresses, subjects, diagnostic texts) is escaped.
 */
public final class ReportRenderer {
    private ReportRenderer() {
    }

    /**
     * A readable summary of one message: its kind and format, the original, one block per recipient
     * (address, reason (its name in the language beside Sisimai's), status, a mark when it is a hard bounce, the diagnosis's title, the diagnostic text
     * cut at 200 characters) and the problems. Control and invisible characters from the message are removed.
     * Not wrapped: {@link #text(String, BounceReport, Locale, int)} wraps to a terminal's width.
     *
     * @param source where the message came from (a path, an id of yours), shown in the first line
     * @param r      the message's report
     * @param l      the language of the labels; the recipients' diagnoses keep their own language
     * @return the text, lines ended by {@code \n}
     */
    public static String text(String source, BounceReport r, Locale l) {
        return text(source, r, l, 0);
    }

    /**
     * As {@link #text(String, BounceReport, Locale)}, each line wrapped to {@code columns} by display width
     * as {@link TextRenderer#render} wraps a diagnosis (a full-width character takes two columns), its
     * later lines indented under the first.
     *
     * @param source  where the message came from (a path, an id of yours), shown in the first line
     * @param r       the message's report
     * @param l       the language of the labels; the recipients' diagnoses keep their own language
     * @param columns the width of the terminal in columns; 0 or less: no wrapping
     * @return the text, lines ended by {@code \n}
     */
    public static String text(String source, BounceReport r, Locale l, int columns) {
        StringBuilder out = new StringBuilder();
        StringBuilder head = new StringBuilder("== ").append(source).append(" — ").append(Labels.get(l, "kind." + r.kind().id()));
        if (!r.format().equals("none")) {
            head.append(" [").append(r.format()).append(']');
        }
        wrap(out, head, columns, "", "   ", l);
        OriginalMessage o = r.original();
        if (o.messageId() != null || o.subject() != null) {
            wrap(out, new StringBuilder(Labels.get(l, "scan.original")).append(": ")
                    .append(o.subject() == null ? "" : o.subject()).append(o.messageId() == null ? "" : " " + o.messageId()),
                    columns, "   ", "     ", l);
        }
        for (FailedRecipient f : r.recipients()) {
            StringBuilder line = new StringBuilder(f.address() == null ? "?" : f.address()).append(": ")
                    .append(Labels.reason(l, f.reason()));
            if (f.status() != null) {
                line.append(' ').append(f.status());
            }
            line.append(f.hardBounce() ? Labels.get(l, "scan.hardFormat").replace("{0}", Labels.get(l, "scan.hard")) : "").append(" — ")
                    .append(f.diagnosis().title());
            wrap(out, line, columns, "   ", "     ", l);
            if (f.diagnosticCode() != null) {
                wrap(out, abbreviate(f.diagnosticCode(), 200), columns, "      ", "      ", l);
            }
        }
        for (String p : r.problems()) {
            wrap(out, Labels.get(l, "scan.problems") + ": " + p, columns, "   ", "     ", l);
        }
        return TerminalText.clean(out);
    }

    /** One line of the summary, without line ends from the message (they would start lines of their own). */
    private static void wrap(StringBuilder out, CharSequence line, int columns, String first, String indent, Locale l) {
        String text = TerminalText.clean(line.toString().replace("\r\n", " ").replace('\n', ' ').replace('\r', ' '));
        TextWrap.append(out, text, columns, first, indent, l);
    }

    /**
     * One message as an HTML fragment, each recipient with its diagnosis; all text from the message escaped.
     *
     * @param source where the message came from (a path, an id of yours), shown as the heading
     * @param r      the message's report
     * @param l      the language of the labels; the recipients' diagnoses keep their own language
     * @return one {@code <article class="bouncedoc-message">} element, ending with a line end
     */
    public static String html(String source, BounceReport r, Locale l) {
        StringBuilder out = new StringBuilder();
        out.append("<article class=\"bouncedoc-message\" data-kind=\"").append(esc(r.kind().id())).append("\">\n");
        out.append("<h1 class=\"bouncedoc-source\">").append(esc(source)).append("</h1>\n");
        out.append("<p class=\"bouncedoc-kind\">").append(esc(Labels.get(l, "kind." + r.kind().id()))).append("</p>\n");
        OriginalMessage o = r.original();
        if (o.subject() != null || o.messageId() != null) {
            out.append("<p class=\"bouncedoc-original\">").append(esc(Labels.get(l, "scan.original"))).append(": ")
                    .append(esc(o.subject() == null ? "" : o.subject())).append(' ')
                    .append(esc(o.messageId() == null ? "" : o.messageId())).append("</p>\n");
        }
        for (FailedRecipient f : r.recipients()) {
            out.append("<div class=\"bouncedoc-recipient\">\n<h2 class=\"bouncedoc-address\">")
                    .append(esc(f.address() == null ? "?" : f.address())).append("</h2>\n");
            out.append("<dl class=\"bouncedoc-recipient-facts\">\n");
            fact(out, Labels.get(l, "fact.status"), f.status());
            fact(out, Labels.get(l, "fact.reply"), f.replyCode());
            fact(out, Labels.get(l, "fact.remote"), f.remoteMta());
            fact(out, Labels.get(l, "fact.diagnostic"), f.diagnosticCode());
            out.append("</dl>\n");
            out.append(HtmlRenderer.render(f.diagnosis()));
            out.append("</div>\n");
        }
        for (String p : r.problems()) {
            out.append("<p class=\"bouncedoc-problem\">").append(esc(p)).append("</p>\n");
        }
        out.append("</article>\n");
        return out.toString();
    }

    /**
     * An HTML line for a message that could not be read.
     *
     * @param source where the message or path came from, shown as the heading
     * @param error  why it could not be read
     * @param l      the language of the label
     * @return one {@code <article class="bouncedoc-message bouncedoc-error">} element on one line
     */
    public static String htmlError(String source, String error, Locale l) {
        return "<article class=\"bouncedoc-message bouncedoc-error\"><h1 class=\"bouncedoc-source\">" + esc(source)
                + "</h1><p>" + esc(Labels.get(l, "scan.error")) + ": " + esc(error) + "</p></article>\n";
    }

    private static void fact(StringBuilder out, String term, String value) {
        if (value != null) {
            out.append("<dt>").append(esc(term)).append("</dt><dd>").append(esc(value)).append("</dd>\n");
        }
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "…";
    }

    private static String esc(String s) {
        return StringEscapeUtils.escapeHtml4(s).replace("'", "&#39;");
    }
}

package dev.bouncedoc.render;

import dev.bouncedoc.Diagnosis;
import dev.bouncedoc.vocabulary.Evidence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.text.StringEscapeUtils;

/**
 * A diagnosis as a safe HTML fragment for a web page: every piece of text, the input above all, is
 * escaped, and the parts of the input that decided the diagnosis are marked with {@code <mark>}. No
 * scripts and no styles; the one link is to the entry's help page, when the diagnosis has a
 * {@link Diagnosis#helpUrl()}. Classes start with {@code bouncedoc-} for the page's own CSS.
 */
public final class HtmlRenderer {
    private HtmlRenderer() {
    }

    /**
     * Renders a diagnosis as one {@code <section class="bouncedoc">} element in the diagnosis's language:
     * title, summary, steps, admin notes, the facts (who acts, retry, reason, codes, confidence, catalog
     * version), a link to the help page when {@link Diagnosis#helpUrl()} is not null, and the input with the
     * deciding parts marked.
     *
     * @param d the diagnosis
     * @return the HTML fragment, ending with a line end
     */
    public static String render(Diagnosis d) {
        Locale l = d.locale();
        StringBuilder out = new StringBuilder();
        out.append("<section class=\"bouncedoc\" lang=\"").append(esc(l.getLanguage())).append("\" data-id=\"")
                .append(esc(d.id())).append("\">\n");
        out.append("<h2 class=\"bouncedoc-title\">").append(esc(d.title())).append("</h2>\n");
        out.append("<p class=\"bouncedoc-summary\">").append(esc(d.summary())).append("</p>\n");
        out.append("<h3>").append(esc(Labels.get(l, "steps"))).append("</h3>\n<ol class=\"bouncedoc-steps\">\n");
        for (String step : d.steps()) {
            out.append("<li>").append(esc(step)).append("</li>\n");
        }
        out.append("</ol>\n<h3>").append(esc(Labels.get(l, "admin"))).append("</h3>\n<ul class=\"bouncedoc-admin\">\n");
        for (String note : d.adminNotes()) {
            out.append("<li>").append(esc(note)).append("</li>\n");
        }
        out.append("</ul>\n<dl class=\"bouncedoc-facts\">\n");
        fact(out, Labels.get(l, "whoActs"), Labels.whoActs(l, d.whoActs(), d.retry()));
        fact(out, Labels.get(l, "retry"), Labels.retry(l, d.retry()));
        if (d.reason() != null) {
            fact(out, Labels.get(l, "reason"), Labels.reason(l, d.reason()));
        }
        if (d.hardBounce() != null) {
            fact(out, Labels.get(l, "hardBounce"), Labels.get(l, d.hardBounce() ? "yes" : "no"));
        }
        List<String> codes = TextRenderer.describe(d.codes(), l);
        fact(out, Labels.get(l, "recognised"), codes.isEmpty() ? Labels.get(l, "nothing") : String.join(", ", codes));
        fact(out, Labels.get(l, "confidence"), String.format(Locale.ROOT, "%.2f", d.confidence()));
        fact(out, Labels.get(l, "catalog"), d.catalogVersion());
        out.append("</dl>\n");
        if (d.helpUrl() != null) {
            out.append("<p class=\"bouncedoc-help\"><a href=\"").append(esc(d.helpUrl())).append("\" hreflang=\"")
                    .append(esc(l.getLanguage())).append("\">").append(esc(Labels.get(l, "help"))).append("</a></p>\n");
        }
        out.append("<details class=\"bouncedoc-input\"><summary>").append(esc(Labels.get(l, "input")))
                .append("</summary><pre>").append(marked(d)).append("</pre></details>\n");
        if (d.truncated()) {
            out.append("<p class=\"bouncedoc-truncated\">").append(esc(Labels.truncated(l, d.charsRead()))).append("</p>\n");
        }
        out.append("</section>\n");
        return out.toString();
    }

    private static void fact(StringBuilder out, String term, String value) {
        out.append("<dt>").append(esc(term)).append("</dt><dd>").append(esc(value)).append("</dd>\n");
    }

    /** The input, escaped, with the evidence ranges in {@code <mark>}; overlapping ranges are merged. */
    private static String marked(Diagnosis d) {
        String input = d.input();
        int limit = Math.min(input.length(), d.charsRead());
        List<int[]> ranges = new ArrayList<>();
        for (Evidence e : d.evidence()) {
            ranges.add(new int[] {Math.min(e.start(), limit), Math.min(e.end(), limit)});
        }
        ranges.sort(Comparator.comparingInt(r -> r[0]));
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (int[] r : ranges) {
            int start = Math.max(r[0], at);
            if (r[1] <= start) {
                continue;
            }
            out.append(esc(input.substring(at, start))).append("<mark>").append(esc(input.substring(start, r[1])))
                    .append("</mark>");
            at = r[1];
        }
        out.append(esc(input.substring(at, limit)));
        return out.toString();
    }

    private static String esc(String s) {
        return StringEscapeUtils.escapeHtml4(s).replace("'", "&#39;");
    }
}

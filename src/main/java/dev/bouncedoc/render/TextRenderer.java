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
     * Renders a diagnosis in its own language: title and id, summary, numbered steps, admin notes, then who
     * acts, retry, reason, what was recognised, the evidence, confidence and catalog version. Control and
     * invisible characters that came from the input are removed, so it is safe to print on a terminal.
     *
     * @param d the diagnosis
     * @return the text, lines ended by {@code \n}
     */
    public static String render(Diagnosis d) {
        Locale l = d.locale();
        StringBuilder out = new StringBuilder();
        out.append(d.title()).append("  [").append(d.id()).append("]\n\n");
        out.append(d.summary()).append("\n\n");
        out.append(Labels.get(l, "steps")).append(":\n");
        for (int i = 0; i < d.steps().size(); i++) {
            out.append("  ").append(i + 1).append(". ").append(d.steps().get(i)).append('\n');
        }
        out.append('\n').append(Labels.get(l, "admin")).append(":\n");
        for (String note : d.adminNotes()) {
            out.append("  - ").append(note).append('\n');
        }
        out.append('\n');
        out.append(Labels.get(l, "whoActs")).append(": ").append(Labels.whoActs(l, d.whoActs(), d.retry())).append('\n');
        out.append(Labels.get(l, "retry")).append(": ").append(Labels.retry(l, d.retry())).append('\n');
        if (d.reason() != null) {
            out.append(Labels.get(l, "reason")).append(": ").append(d.reason());
            if (d.hardBounce() != null) {
                out.append(" (").append(Labels.get(l, "hardBounce")).append(": ")
                        .append(Labels.get(l, d.hardBounce() ? "yes" : "no")).append(')');
            }
            out.append('\n');
        }
        List<String> codes = describe(d.codes(), l);
        out.append(Labels.get(l, "recognised")).append(": ")
                .append(codes.isEmpty() ? Labels.get(l, "nothing") : String.join(", ", codes)).append('\n');
        for (Evidence e : d.evidence()) {
            out.append(Labels.get(l, "why")).append(": ").append(e.kind()).append(" \"").append(e.value())
                    .append("\" ← \"").append(e.text()).append("\" (").append(e.start()).append('–')
                    .append(e.end()).append(")\n");
        }
        out.append(Labels.get(l, "confidence")).append(": ").append(String.format(Locale.ROOT, "%.2f", d.confidence()))
                .append(" · ").append(Labels.get(l, "catalog")).append(' ').append(d.catalogVersion()).append('\n');
        if (d.truncated()) {
            out.append(Labels.truncated(l, d.charsRead())).append('\n');
        }
        return TerminalText.clean(out);
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

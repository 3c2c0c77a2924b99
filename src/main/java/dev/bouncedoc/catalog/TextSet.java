package dev.bouncedoc.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The texts of one entry in one language, as ICU MessageFormat patterns (catalog/README.md, "Template
 * arguments"). A value: equal when its language and patterns are. Immutable and thread-safe; the patterns
 * are parsed on the first {@link #format} and kept.
 */
public final class TextSet {
    /** The template arguments the engine supplies. */
    public static final List<String> ARGUMENTS = List.of("host", "address", "code");

    private final String language;
    private final String title;
    private final String summary;
    private final List<String> steps;
    private final List<String> adminNotes;
    private volatile MessageTemplate[] templates; // title, summary, steps, notes: parsed on first use

    public TextSet(String language, String title, String summary, List<String> steps, List<String> adminNotes) {
        this.language = language;
        this.title = title;
        this.summary = summary;
        this.steps = List.copyOf(steps);
        this.adminNotes = List.copyOf(adminNotes);
    }

    public String language() {
        return language;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    public List<String> steps() {
        return steps;
    }

    public List<String> adminNotes() {
        return adminNotes;
    }

    /** Every pattern, with the field it belongs to: title, summary, steps[0], ... */
    public List<Map.Entry<String, String>> patterns() {
        List<Map.Entry<String, String>> all = new ArrayList<>();
        all.add(Map.entry("title", title));
        all.add(Map.entry("summary", summary));
        for (int i = 0; i < steps.size(); i++) {
            all.add(Map.entry("steps[" + i + "]", steps.get(i)));
        }
        for (int i = 0; i < adminNotes.size(); i++) {
            all.add(Map.entry("adminNotes[" + i + "]", adminNotes.get(i)));
        }
        return all;
    }

    /** This text set with every pattern formatted with {@code arguments}. */
    public TextSet format(Map<String, String> arguments) {
        MessageTemplate[] t = templates();
        List<String> formattedSteps = new ArrayList<>(steps.size());
        for (int i = 0; i < steps.size(); i++) {
            formattedSteps.add(t[2 + i].format(arguments));
        }
        List<String> formattedNotes = new ArrayList<>(adminNotes.size());
        for (int i = 0; i < adminNotes.size(); i++) {
            formattedNotes.add(t[2 + steps.size() + i].format(arguments));
        }
        return new TextSet(language, t[0].format(arguments), t[1].format(arguments), formattedSteps, formattedNotes);
    }

    private MessageTemplate[] templates() {
        MessageTemplate[] t = templates;
        if (t == null) {
            // Threads that race here parse the same patterns into equal templates; any of them may stay.
            List<Map.Entry<String, String>> patterns = patterns();
            t = new MessageTemplate[patterns.size()];
            for (int i = 0; i < t.length; i++) {
                t[i] = MessageTemplate.compile(patterns.get(i).getValue(), language);
            }
            templates = t;
        }
        return t;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof TextSet)) {
            return false;
        }
        TextSet other = (TextSet) o;
        return Objects.equals(language, other.language) && Objects.equals(title, other.title)
                && Objects.equals(summary, other.summary) && steps.equals(other.steps)
                && adminNotes.equals(other.adminNotes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(language, title, summary, steps, adminNotes);
    }

    @Override
    public String toString() {
        return "TextSet[language=" + language + ", title=" + title + ", summary=" + summary + ", steps=" + steps
                + ", adminNotes=" + adminNotes + "]";
    }
}

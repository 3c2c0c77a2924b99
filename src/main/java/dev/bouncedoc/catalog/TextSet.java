package dev.bouncedoc.catalog;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The texts of one entry in one language, as ICU MessageFormat patterns (catalog/README.md, "Template
 * arguments"). Immutable; formatting creates its own formatter, so it is thread-safe.
 */
public record TextSet(String language, String title, String summary, List<String> steps, List<String> adminNotes) {

    /** The template arguments the engine supplies. */
    public static final List<String> ARGUMENTS = List.of("host", "address", "code");

    public TextSet {
        steps = List.copyOf(steps);
        adminNotes = List.copyOf(adminNotes);
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
        List<String> formattedSteps = new ArrayList<>(steps.size());
        for (String s : steps) {
            formattedSteps.add(format(s, arguments));
        }
        List<String> formattedNotes = new ArrayList<>(adminNotes.size());
        for (String s : adminNotes) {
            formattedNotes.add(format(s, arguments));
        }
        return new TextSet(language, format(title, arguments), format(summary, arguments), formattedSteps,
                formattedNotes);
    }

    private String format(String pattern, Map<String, String> arguments) {
        if (pattern.indexOf('{') < 0 && pattern.indexOf('\'') < 0) {
            return pattern;
        }
        return new MessageFormat(pattern, new ULocale(language)).format(arguments);
    }
}

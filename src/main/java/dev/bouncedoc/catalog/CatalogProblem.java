package dev.bouncedoc.catalog;

import java.util.List;

/**
 * A catalog that breaks catalog/README.md. Each problem names file, line and field; the public API turns
 * this into a {@code CatalogException}.
 */
public final class CatalogProblem extends Exception {
    private static final long serialVersionUID = 1L;
    private final List<String> problems;

    public CatalogProblem(List<String> problems) {
        super(problems.size() == 1 ? problems.get(0)
                : problems.size() + " problems in the catalog:\n  " + String.join("\n  ",
                problems.subList(0, Math.min(problems.size(), 50))));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}

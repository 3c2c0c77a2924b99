package dev.bouncedoc;

import java.util.List;

/**
 * A catalog that could not be loaded. Each problem names the file, the line and the field, for example
 * {@code client.yaml:42: entries[3].whoActs: 'senders' is not one of sender, ...}.
 */
public final class CatalogException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** Every problem found, one line each; unmodifiable. */
    private final List<String> problems;

    CatalogException(String message, List<String> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    /** {@return every problem found, one line each, naming file, line and field} */
    public List<String> problems() {
        return problems;
    }
}

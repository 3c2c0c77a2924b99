package dev.bouncedoc.message.format;

import dev.bouncedoc.message.Text;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The lines of a report (read-only), each lower-cased once on first use and kept for the message: every
 * reader tried on the message searches the same lines case-insensitively ({@link ReportLines#find}), and
 * without this each search lower-cased each line again. Serves one reading, like {@link ReportView}.
 */
final class LinesView extends AbstractList<String> implements RandomAccess {
    private final List<String> lines;
    private final String[] lower;

    LinesView(List<String> lines) {
        this.lines = lines;
        this.lower = new String[lines.size()];
    }

    @Override
    public String get(int index) {
        return lines.get(index);
    }

    @Override
    public int size() {
        return lower.length;
    }

    /** Line {@code index} in lower case ({@link Text#lower}). */
    String lower(int index) {
        String l = lower[index];
        if (l == null) {
            l = Text.lower(lines.get(index));
            lower[index] = l;
        }
        return l;
    }
}

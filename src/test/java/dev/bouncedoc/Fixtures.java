package dev.bouncedoc;

import dev.bouncedoc.message.MailMessage;
import dev.bouncedoc.vocabulary.Limits;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test resources by their path under src/test/resources, e.g. {@code bytes("formats/exim/01.eml")}: the one
 * place tests load sample messages and tables from.
 */
public final class Fixtures {
    /** The table of expected values for the format samples (see its header). */
    public static final String FORMAT_TABLE = "formats/expected.tsv";

    private Fixtures() {
    }

    /** The resource's exact bytes. */
    public static byte[] bytes(String resource) {
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The resource as UTF-8 text. */
    public static String text(String resource) {
        return new String(bytes(resource), StandardCharsets.UTF_8);
    }

    /** The resource parsed as a mail message, for tests of the message stage itself. */
    public static MailMessage message(String resource) {
        return MailMessage.parse(bytes(resource), Limits.DEFAULT);
    }

    /**
     * A tab-separated table: lines starting with {@code #} and blank lines are skipped, the first other line
     * names the columns, and each row maps a column name to its cell (missing trailing cells are empty).
     */
    public static List<Map<String, String>> table(String resource) {
        List<Map<String, String>> rows = new ArrayList<>();
        String[] columns = null;
        for (String line : text(resource).split("\n", -1)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (columns == null) {
                columns = cells;
                continue;
            }
            if (cells.length > columns.length) {
                throw new IllegalArgumentException(resource + ": more cells than columns in: " + line);
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < columns.length; i++) {
                row.put(columns[i], i < cells.length ? cells[i] : "");
            }
            rows.add(Collections.unmodifiableMap(row));
        }
        return rows;
    }

    /** The non-comment lines of a resource, stripped, e.g. a list of names. */
    public static List<String> lines(String resource) {
        List<String> out = new ArrayList<>();
        for (String line : text(resource).split("\n")) {
            String s = line.strip();
            if (!s.isEmpty() && !s.startsWith("#")) {
                out.add(s);
            }
        }
        return out;
    }
}

package dev.bouncedoc.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.bouncedoc.BounceDoc;
import dev.bouncedoc.ScannedMessage;
import dev.bouncedoc.render.JsonRenderer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;

/**
 * What {@code scan --format jsonl} prints for the same paths, made in-process with the command line's own
 * renderer ({@link JsonRenderer}), and the check that the job's rows say the same, field by field.
 */
final class ScanLines {
    /** Columns whose jsonl field has another name; every other column is its field in snake_case. */
    private static final Map<String, String> RENAMED = Map.of("catalog_id", "id");

    private ScanLines() {
    }

    /** The jsonl objects of {@code scan PATHS}, in order. */
    static List<JsonObject> of(BounceDoc doc, List<Path> paths) {
        StringWriter out = new StringWriter();
        try (Stream<ScannedMessage> all = doc.scan(paths)) {
            all.forEach(m -> {
                if (m.ok()) {
                    JsonRenderer.writeLines(m.source(), m.report(), out);
                } else {
                    JsonRenderer.writeErrorLine(m.source(), m.error(), out);
                }
            });
        }
        List<JsonObject> lines = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            if (!line.isEmpty()) {
                lines.add(Json.createReader(new StringReader(line)).readObject());
            }
        }
        return lines;
    }

    /**
     * Every row equals its jsonl object: a column whose field the object has holds the same value; a column
     * whose field it lacks (a not-bounce has no recipient fields, an error line has only source, bounce and
     * error) is null, except catalog_version, which every row carries; domain is the recipient's.
     */
    static void assertSame(List<JsonObject> expected, List<Row> rows, String catalogVersion) {
        assertEquals(expected.size(), rows.size(), "rows against jsonl lines");
        for (int i = 0; i < rows.size(); i++) {
            assertRow(expected.get(i), rows.get(i), catalogVersion);
        }
    }

    /**
     * As {@link #assertSame}, for rows read back from files, which Spark reads in its own order: the rows
     * of one message stay together and in order, so both sides are put in the order of their sources.
     */
    static void assertSameBySource(List<JsonObject> expected, List<Row> rows, String catalogVersion) {
        List<JsonObject> e = new ArrayList<>(expected);
        e.sort(java.util.Comparator.comparing(l -> l.getString("source")));
        List<Row> r = new ArrayList<>(rows);
        r.sort(java.util.Comparator.comparing(row -> row.<String>getAs("source")));
        assertSame(e, r, catalogVersion);
    }

    static void assertRow(JsonObject line, Row row, String catalogVersion) {
        String where = line.getString("source") + " / " + line.get("recipient");
        for (String column : row.schema().fieldNames()) {
            Object actual = row.get(row.fieldIndex(column));
            if (column.equals("domain")) {
                assertEquals(BounceRows.domain(row.getAs("recipient")), actual, where + ": domain");
                continue;
            }
            if (column.equals("catalog_version")) {
                assertEquals(catalogVersion, actual, where + ": catalog_version in every row");
                if (line.containsKey("catalogVersion")) {
                    assertEquals(line.getString("catalogVersion"), actual, where);
                }
                continue;
            }
            String field = RENAMED.getOrDefault(column, camel(column));
            if (!line.containsKey(field)) {
                assertNull(actual, where + ": " + column + " is not in the jsonl line");
                continue;
            }
            assertEquals(plain(line.get(field)), plain(actual), where + ": " + column);
        }
    }

    /** A JSON value or a Spark value as a plain Java value: String, Boolean, List of String, or null. */
    private static Object plain(Object v) {
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (v == JsonValue.TRUE) {
            return Boolean.TRUE;
        }
        if (v == JsonValue.FALSE) {
            return Boolean.FALSE;
        }
        if (v instanceof JsonString s) {
            return s.getString();
        }
        if (v instanceof jakarta.json.JsonNumber n) {
            return n.isIntegral() ? (Object) n.intValueExact() : (Object) n.doubleValue(); // reply code: an Integer in Spark
        }
        if (v instanceof JsonArray a) {
            List<Object> out = new ArrayList<>();
            a.forEach(e -> out.add(plain(e)));
            return out;
        }
        if (v instanceof scala.collection.Seq<?> seq) {
            List<Object> out = new ArrayList<>();
            scala.collection.Iterator<?> it = seq.iterator();
            while (it.hasNext()) {
                out.add(plain(it.next()));
            }
            return out;
        }
        if (v instanceof Object[] array) {
            return new ArrayList<>(Arrays.asList(array));
        }
        return v;
    }

    private static String camel(String snake) {
        StringBuilder out = new StringBuilder();
        boolean up = false;
        for (char c : snake.toCharArray()) {
            if (c == '_') {
                up = true;
            } else {
                out.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return out.toString();
    }
}

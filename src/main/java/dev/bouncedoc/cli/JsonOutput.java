package dev.bouncedoc.cli;

import jakarta.json.Json;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;

/**
 * JSON as the command line prints it: compact (one line) unless {@code --pretty} asks for indented output.
 * Every command's JSON goes through here, so that they all agree.
 */
final class JsonOutput {
    private static final JsonWriterFactory PRETTY = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
    private static final JsonGeneratorFactory COMPACT_GENERATORS = Json.createGeneratorFactory(Map.of());
    private static final JsonGeneratorFactory PRETTY_GENERATORS =
            Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

    private JsonOutput() {
    }

    /** A generator for one JSON value, compact or indented. */
    static JsonGenerator generator(PrintWriter out, boolean pretty) {
        return (pretty ? PRETTY_GENERATORS : COMPACT_GENERATORS).createGenerator(out);
    }

    /** A compact JSON text as it is, or indented. */
    static String format(String compact, boolean pretty) {
        if (!pretty) {
            return compact;
        }
        StringWriter w = new StringWriter();
        try (JsonWriter writer = PRETTY.createWriter(w)) {
            writer.write(Json.createReader(new StringReader(compact)).readValue());
        }
        String s = w.toString();
        return s.startsWith("\n") ? s.substring(1) : s;
    }

    /**
     * An array printed element by element, so that a long scan is never held whole: {@code [} before the
     * first, {@code ,} between, {@code ]} after the last. Compact, it is one line; with {@code --pretty},
     * each element is indented under the brackets.
     */
    static final class Array {
        private final PrintWriter out;
        private final boolean pretty;
        private boolean any;

        Array(PrintWriter out, boolean pretty) {
            this.out = out;
            this.pretty = pretty;
        }

        /** Adds an element, given as compact JSON. */
        void add(String compact) {
            out.print(any ? "," : "[");
            any = true;
            if (pretty) {
                out.print("\n    ");
                out.print(format(compact, true).replace("\n", "\n    "));
            } else {
                out.print(compact);
            }
        }

        /** Ends the array (an empty one is {@code []}) and its line. */
        void end() {
            if (!any) {
                out.println("[]");
            } else {
                out.println(pretty ? "\n]" : "]");
            }
            out.flush();
        }
    }
}

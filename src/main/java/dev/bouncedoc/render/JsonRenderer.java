package dev.bouncedoc.render;

import dev.bouncedoc.Codes;
import dev.bouncedoc.Diagnosis;
import dev.bouncedoc.Evidence;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * A diagnosis as one JSON object (the CLI's contract, README.md): camelCase fields, absent values as
 * null, never missing. The object is written on one line, so it also serves JSON Lines.
 */
public final class JsonRenderer {
    private static final JsonGeneratorFactory FACTORY = Json.createGeneratorFactory(Map.of());

    private JsonRenderer() {
    }

    public static String render(Diagnosis d) {
        StringWriter out = new StringWriter();
        write(d, out);
        return out.toString();
    }

    /** Writes the object to {@code out} without a line end; does not close {@code out}. */
    public static void write(Diagnosis d, Writer out) {
        JsonGenerator g = FACTORY.createGenerator(new NonClosingWriter(out));
        g.writeStartObject();
        g.write("input", d.input());
        g.write("id", d.id());
        g.write("catalogVersion", d.catalogVersion());
        g.write("kind", d.kind().id());
        string(g, "reason", d.reason());
        if (d.hardBounce() == null) {
            g.writeNull("hardBounce");
        } else {
            g.write("hardBounce", d.hardBounce());
        }
        g.write("whoActs", d.whoActs().id());
        g.write("retry", d.retry().id());
        codes(g, d.codes());
        g.write("lang", d.locale().getLanguage());
        g.write("title", d.title());
        g.write("summary", d.summary());
        strings(g, "steps", d.steps());
        strings(g, "adminNotes", d.adminNotes());
        g.write("confidence", d.confidence());
        g.writeStartArray("evidence");
        for (Evidence e : d.evidence()) {
            g.writeStartObject();
            g.write("kind", e.kind());
            g.write("value", e.value());
            g.write("start", e.start());
            g.write("end", e.end());
            g.write("text", e.text());
            g.writeEnd();
        }
        g.writeEnd();
        g.write("truncated", d.truncated());
        g.writeEnd();
        g.flush();
        g.close();
    }

    private static void codes(JsonGenerator g, Codes c) {
        g.writeStartObject("codes");
        if (c.reply() == null) {
            g.writeNull("reply");
        } else {
            g.write("reply", c.reply().value());
        }
        string(g, "status", c.status() == null ? null : c.status().toString());
        if (c.hresult() == null) {
            g.writeNull("hresult");
        } else {
            g.writeStartObject("hresult");
            g.write("value", c.hresult().hex());
            string(g, "name", c.hresult().name());
            g.writeEnd();
        }
        string(g, "pop3", c.pop3());
        string(g, "imap", c.imap());
        if (c.socketError() == null) {
            g.writeNull("socketError");
        } else {
            g.write("socketError", c.socketError());
        }
        strings(g, "addresses", c.addresses());
        strings(g, "hosts", c.hosts());
        g.writeEnd();
    }

    private static void string(JsonGenerator g, String name, String value) {
        if (value == null) {
            g.writeNull(name);
        } else {
            g.write(name, value);
        }
    }

    private static void strings(JsonGenerator g, String name, List<String> values) {
        g.writeStartArray(name);
        for (String v : values) {
            g.write(v);
        }
        g.writeEnd();
    }

    /** The generator closes its writer when it is closed; the caller's stream stays open. */
    private static final class NonClosingWriter extends java.io.FilterWriter {
        NonClosingWriter(Writer out) {
            super(out);
        }

        @Override
        public void close() throws java.io.IOException {
            flush();
        }
    }
}

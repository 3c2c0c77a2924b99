package dev.bouncedoc.render;

import dev.bouncedoc.BounceReport;
import dev.bouncedoc.Catalog;
import dev.bouncedoc.CatalogEntry;
import dev.bouncedoc.Diagnosis;
import dev.bouncedoc.EntryTexts;
import dev.bouncedoc.FailedRecipient;
import dev.bouncedoc.vocabulary.Codes;
import dev.bouncedoc.vocabulary.Evidence;
import dev.bouncedoc.vocabulary.OriginalMessage;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Diagnoses and reports as JSON (README.md, "Command line"): camelCase fields, absent values as null, never
 * missing; each object on one line, so they also serve JSON Lines. {@code kind} is always what a message
 * is (failure, delay, ...); a diagnosis's catalog entry kind is {@code entryKind}. An SMTP reply code is a
 * number wherever it appears ({@code codes.reply}, a recipient's {@code replyCode}); an enhanced status code
 * and an HRESULT are strings.
 */
public final class JsonRenderer {
    private static final JsonGeneratorFactory FACTORY = Json.createGeneratorFactory(Map.of());
    private static final JsonGeneratorFactory PRETTY = Json.createGeneratorFactory(
            Map.of(JsonGenerator.PRETTY_PRINTING, true));

    private JsonRenderer() {
    }

    /**
     * Renders a diagnosis as one JSON object on one line, without a line end: {@code input} first, then the
     * diagnosis's fields (README.md, "Command line").
     *
     * @param d the diagnosis
     * @return the JSON text
     */
    public static String render(Diagnosis d) {
        StringWriter out = new StringWriter();
        write(d, out);
        return out.toString();
    }

    /**
     * Writes the object of {@link #render(Diagnosis)} to {@code out} without a line end; does not close
     * {@code out}.
     *
     * @param d   the diagnosis
     * @param out where to write
     * @throws jakarta.json.JsonException if writing to {@code out} fails
     */
    public static void write(Diagnosis d, Writer out) {
        JsonGenerator g = FACTORY.createGenerator(new NonClosingWriter(out));
        g.writeStartObject();
        g.write("input", d.input());
        diagnosis(g, d, true);
        g.writeEnd();
        g.flush();
        g.close();
    }

    /**
     * A report as JSON Lines, one record per recipient, each followed by a line end: message fields first,
     * then the recipient's, then its diagnosis's. A report without recipients (not a bounce) gives one
     * record with {@code "recipient": null}. {@code source} names where the message came from (a path, an
     * id of yours); does not close {@code out}.
     *
     * @param source where the message came from, written as the {@code source} field
     * @param report the message's report
     * @param out    where to write
     * @throws jakarta.json.JsonException if writing a record to {@code out} fails
     * @throws java.io.UncheckedIOException if writing a line end to {@code out} fails
     */
    public static void writeLines(String source, BounceReport report, Writer out) {
        if (report.recipients().isEmpty()) {
            line(source, report, null, out);
        }
        for (FailedRecipient f : report.recipients()) {
            line(source, report, f, out);
        }
    }

    private static void line(String source, BounceReport report, FailedRecipient recipient, Writer out) {
        JsonGenerator g = FACTORY.createGenerator(new NonClosingWriter(out));
        g.writeStartObject();
        g.write("source", source);
        g.write("bounce", report.bounce());
        g.write("kind", report.kind().id());
        g.write("format", report.format());
        string(g, "reportingMta", report.reportingMta());
        OriginalMessage o = report.original();
        string(g, "originalMessageId", o.messageId());
        string(g, "originalSubject", o.subject());
        string(g, "originalFrom", o.from());
        string(g, "originalTo", o.to());
        string(g, "originalDate", o.date());
        string(g, "feedbackType", report.feedbackType());
        strings(g, "problems", report.problems());
        if (recipient == null) {
            g.writeNull("recipient");
        } else {
            string(g, "recipient", recipient.address());
            string(g, "action", recipient.action());
            string(g, "status", recipient.status());
            replyCode(g, recipient.replyCode());
            string(g, "diagnosticCode", recipient.diagnosticCode());
            string(g, "remoteMta", recipient.remoteMta());
            string(g, "lastAttempt", recipient.lastAttempt());
            g.write("reason", recipient.reason());
            g.write("hardBounce", recipient.hardBounce());
            Diagnosis d = recipient.diagnosis();
            g.write("input", d.input());
            diagnosis(g, d, false);
        }
        g.writeEnd();
        g.flush();
        g.close();
        newline(out);
    }

    /**
     * The JSON Lines record, with its line end, of a message or path that could not be read:
     * {@code {"source": ..., "bounce": null, "error": ...}}.
     *
     * @param source where the message or path came from, written as the {@code source} field
     * @param error  why it could not be read, written as the {@code error} field
     * @param out    where to write; not closed
     * @throws jakarta.json.JsonException if writing the record to {@code out} fails
     * @throws java.io.UncheckedIOException if writing the line end to {@code out} fails
     */
    public static void writeErrorLine(String source, String error, Writer out) {
        JsonGenerator g = FACTORY.createGenerator(new NonClosingWriter(out));
        g.writeStartObject();
        g.write("source", source);
        g.writeNull("bounce");
        g.write("error", error);
        g.writeEnd();
        g.flush();
        g.close();
        newline(out);
    }

    private static void newline(Writer out) {
        try {
            out.write('\n');
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void diagnosis(JsonGenerator g, Diagnosis d, boolean full) {
        g.write("id", d.id());
        g.write("catalogVersion", d.catalogVersion());
        g.write("entryKind", d.kind().id());
        if (!full) {
            g.write("title", d.title());
            diagnosisRest(g, d, false);
            return;
        }
        diagnosisRest(g, d, true);
    }

    private static void diagnosisRest(JsonGenerator g, Diagnosis d, boolean full) {
        if (!full) {
            string(g, "whoActs", d.whoActs() == null ? null : d.whoActs().id());
            string(g, "retry", d.retry() == null ? null : d.retry().id());
            codes(g, d.codes());
            g.write("lang", d.locale().getLanguage());
            g.write("summary", d.summary());
            strings(g, "steps", d.steps());
            strings(g, "adminNotes", d.adminNotes());
            g.write("confidence", d.confidence());
            evidence(g, d);
            g.write("truncated", d.truncated());
            helpUrl(g, d);
            return;
        }
        string(g, "reason", d.reason());
        if (d.hardBounce() == null) {
            g.writeNull("hardBounce");
        } else {
            g.write("hardBounce", d.hardBounce());
        }
        string(g, "whoActs", d.whoActs() == null ? null : d.whoActs().id());
        string(g, "retry", d.retry() == null ? null : d.retry().id());
        codes(g, d.codes());
        g.write("lang", d.locale().getLanguage());
        g.write("title", d.title());
        g.write("summary", d.summary());
        strings(g, "steps", d.steps());
        strings(g, "adminNotes", d.adminNotes());
        g.write("confidence", d.confidence());
        evidence(g, d);
        g.write("truncated", d.truncated());
        helpUrl(g, d);
    }

    /** {@code helpUrl}, the address of the entry's help page, only when the instance has a help base URL. */
    private static void helpUrl(JsonGenerator g, Diagnosis d) {
        String url = d.helpUrl();
        if (url != null) {
            g.write("helpUrl", url);
        }
    }

    private static void evidence(JsonGenerator g, Diagnosis d) {
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

    /**
     * {@code replyCode} is a number, as {@code codes.reply} is: the three digits of the SMTP reply a report
     * gives, or null when it gives none (or something that is not a reply code).
     */
    private static void replyCode(JsonGenerator g, String reply) {
        if (reply != null && reply.length() == 3 && reply.charAt(0) >= '2' && reply.charAt(0) <= '5'
                && reply.charAt(1) >= '0' && reply.charAt(1) <= '9' && reply.charAt(2) >= '0' && reply.charAt(2) <= '9') {
            g.write("replyCode", Integer.parseInt(reply));
        } else {
            g.writeNull("replyCode");
        }
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

    /**
     * Writes a catalog listing ({@code catalog --format json}): {@code name}, {@code version},
     * {@code languages} and {@code entries}, each entry as {@link #renderEntry(Catalog, CatalogEntry, Locale)}
     * writes it. Does not close {@code out} and writes no line end.
     *
     * @param catalog the catalog
     * @param locale  the language of the titles (the catalog language that best serves it)
     * @param out     where to write
     * @param pretty  whether to indent, one field a line
     * @throws jakarta.json.JsonException if writing to {@code out} fails
     */
    public static void writeCatalog(Catalog catalog, Locale locale, Writer out, boolean pretty) {
        String language = catalog.language(locale);
        JsonGenerator g = (pretty ? PRETTY : FACTORY).createGenerator(new NonClosingWriter(out));
        g.writeStartObject();
        g.write("name", catalog.name());
        g.write("version", catalog.version());
        strings(g, "languages", catalog.languages());
        g.writeStartArray("entries");
        for (CatalogEntry e : catalog.entries()) {
            g.writeStartObject();
            entry(g, e, language);
            g.writeEnd();
        }
        g.writeEnd();
        g.writeEnd();
        g.flush();
        g.close();
    }

    /**
     * Renders one catalog entry as one JSON object on one line, as it stands in the catalog listing:
     * {@code id}, {@code aliases}, {@code kind}, {@code reason}, {@code hardBounce}, {@code whoActs},
     * {@code retry}, {@code codes}, {@code languages} and {@code title}.
     *
     * @param catalog the catalog the entry belongs to (it chooses the language)
     * @param entry   the entry
     * @param locale  the language of the title (the catalog language that best serves it)
     * @return the JSON text
     */
    public static String renderEntry(Catalog catalog, CatalogEntry entry, Locale locale) {
        StringWriter out = new StringWriter();
        JsonGenerator g = FACTORY.createGenerator(out);
        g.writeStartObject();
        entry(g, entry, catalog.language(locale));
        g.writeEnd();
        g.close();
        return out.toString();
    }

    /**
     * Renders one catalog entry with its texts in one language, as one JSON object on one line: what
     * {@code catalog show --format json} prints and {@code GET /v1/entries/{id}} answers. The fields of the
     * catalog listing ({@code id}, {@code aliases}, {@code kind}, {@code reason}, {@code hardBounce},
     * {@code whoActs}, {@code retry}, {@code codes}, {@code languages}, {@code title}), then
     * {@code requestedAlias} (the former id asked for, or null when asked for by its id), {@code titles}
     * (every language's), {@code lang}, {@code summary}, {@code steps}, {@code adminNotes} (named as in the
     * diagnosis JSON), {@code whoActsText} and {@code retryText} (who acts and whether to retry in words, or
     * null), {@code references}, {@code examples}, {@code temporary} ({@code title}, {@code summary},
     * {@code steps}, {@code adminNotes} for a temporary code, or null), {@code helpPath} (the page in the
     * site of {@code bouncedoc site}) and, only when {@code helpBaseUrl} is given, {@code helpUrl}. Template
     * arguments read as the catalog's placeholders ({@link Catalog#texts(String, Locale)}).
     *
     * @param catalog     the catalog
     * @param idOrAlias   an entry id or a former id
     * @param locale      the language of the texts (the catalog language that best serves it)
     * @param helpBaseUrl where the site is published (such as {@code https://help.example.jp/bouncedoc/}), or
     *                    null for no {@code helpUrl}
     * @return the JSON text, or null when the catalog has no such id or alias
     */
    public static String renderEntryTexts(Catalog catalog, String idOrAlias, Locale locale, String helpBaseUrl) {
        CatalogEntry e = catalog.entry(idOrAlias);
        EntryTexts t = e == null ? null : catalog.texts(e.id(), locale);
        if (t == null) {
            return null;
        }
        Locale l = Locale.forLanguageTag(t.language());
        StringWriter out = new StringWriter();
        JsonGenerator g = FACTORY.createGenerator(out);
        g.writeStartObject();
        entry(g, e, t.language());
        string(g, "requestedAlias", idOrAlias.equals(e.id()) ? null : idOrAlias);
        g.writeStartObject("titles");
        e.languages().forEach(language -> g.write(language, e.titles().get(language)));
        g.writeEnd();
        g.write("lang", t.language());
        texts(g, t);
        string(g, "whoActsText", e.whoActs() == null ? null : Labels.whoActs(l, e.whoActs(), e.retry()));
        string(g, "retryText", e.retry() == null ? null : Labels.retry(l, e.retry()));
        strings(g, "references", t.references());
        strings(g, "examples", t.examples());
        if (t.temporary() == null) {
            g.writeNull("temporary");
        } else {
            g.writeStartObject("temporary");
            g.write("title", t.temporary().title());
            texts(g, t.temporary());
            g.writeEnd();
        }
        g.write("helpPath", t.helpPath());
        if (helpBaseUrl != null) {
            g.write("helpUrl", (helpBaseUrl.endsWith("/") ? helpBaseUrl : helpBaseUrl + "/") + t.helpPath());
        }
        g.writeEnd();
        g.close();
        return out.toString();
    }

    private static void texts(JsonGenerator g, EntryTexts t) {
        g.write("summary", t.summary());
        strings(g, "steps", t.steps());
        strings(g, "adminNotes", t.adminNotes());
    }

    private static void entry(JsonGenerator g, CatalogEntry e, String language) {
        g.write("id", e.id());
        strings(g, "aliases", e.aliases());
        g.write("kind", e.kind().id());
        string(g, "reason", e.reason());
        if (e.hardBounce() == null) {
            g.writeNull("hardBounce");
        } else {
            g.write("hardBounce", e.hardBounce());
        }
        string(g, "whoActs", e.whoActs() == null ? null : e.whoActs().id());
        string(g, "retry", e.retry() == null ? null : e.retry().id());
        strings(g, "codes", e.codes());
        strings(g, "languages", e.languages());
        string(g, "title", e.titles().get(language));
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

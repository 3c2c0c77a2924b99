package dev.bouncedoc.cli;

import dev.bouncedoc.Catalog;
import dev.bouncedoc.CatalogEntry;
import dev.bouncedoc.CatalogException;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "catalog", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, description = "Lists the catalog: its version and, per entry, id, reason, codes and languages.",
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {" 0:listed, or (--check) no problems",
            " 1:--check found problems (one line each)",
            " 2:usage error, or a catalog (--catalog) that cannot be loaded (one line per problem, with file and line)",
            "70:internal error (a bug: please report it)"})
final class CatalogCommand implements Callable<Integer> {
    enum Format { text, json }

    @Mixin
    Options options = new Options();

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "text or json.")
    Format format;

    @Option(names = "--check", description = "Check the catalog instead of listing it: every example diagnoses to"
            + " its own entry and no rule is shadowed. Exit 0 when sound, 1 with one line per problem.")
    boolean check;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Catalog catalog;
        try {
            catalog = options.catalog();
        } catch (CatalogException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return Main.USAGE;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (check) {
            java.util.List<String> problems = catalog.check();
            problems.forEach(out::println);
            out.println(catalog.name() + " " + catalog.version() + ": " + catalog.entries().size() + " entries, "
                    + (problems.isEmpty() ? "no problems" : problems.size() + " problems"));
            out.flush();
            return problems.isEmpty() ? 0 : Main.NOT_RECOGNISED;
        }
        String language = catalog.language(options.locale());
        if (format == Format.json) {
            JsonGenerator g = Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                    .createGenerator(out);
            g.writeStartObject();
            g.write("name", catalog.name());
            g.write("version", catalog.version());
            g.writeStartArray("languages");
            catalog.languages().forEach(g::write);
            g.writeEnd();
            g.writeStartArray("entries");
            for (CatalogEntry e : catalog.entries()) {
                g.writeStartObject();
                g.write("id", e.id());
                g.writeStartArray("aliases");
                e.aliases().forEach(g::write);
                g.writeEnd();
                g.write("kind", e.kind().id());
                if (e.reason() == null) {
                    g.writeNull("reason");
                } else {
                    g.write("reason", e.reason());
                }
                if (e.hardBounce() == null) {
                    g.writeNull("hardBounce");
                } else {
                    g.write("hardBounce", e.hardBounce());
                }
                if (e.whoActs() == null) {
                    g.writeNull("whoActs");
                } else {
                    g.write("whoActs", e.whoActs().id());
                }
                if (e.retry() == null) {
                    g.writeNull("retry");
                } else {
                    g.write("retry", e.retry().id());
                }
                g.writeStartArray("codes");
                e.codes().forEach(g::write);
                g.writeEnd();
                g.writeStartArray("languages");
                e.languages().forEach(g::write);
                g.writeEnd();
                g.write("title", e.titles().get(language));
                g.writeEnd();
            }
            g.writeEnd();
            g.writeEnd();
            g.flush();
            out.println();
        } else {
            out.println(catalog.name() + " " + catalog.version() + " (" + catalog.entries().size() + " entries, "
                    + String.join(", ", catalog.languages()) + ")");
            for (CatalogEntry e : catalog.entries()) {
                out.printf("%-38s %-15s %s%n", e.id(), e.reason() == null ? "-" : e.reason(), e.titles().get(language));
            }
        }
        out.flush();
        return 0;
    }
}

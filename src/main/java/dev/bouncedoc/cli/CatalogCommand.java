package dev.bouncedoc.cli;

import dev.bouncedoc.Catalog;
import dev.bouncedoc.CatalogEntry;
import dev.bouncedoc.CatalogException;
import dev.bouncedoc.render.JsonRenderer;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "catalog", description = "Lists the catalog: its version and, per entry, id, reason, codes and languages.",
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
            JsonRenderer.writeCatalog(catalog, options.locale(), out, true);
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

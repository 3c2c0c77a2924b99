package dev.bouncedoc.cli;

import dev.bouncedoc.Catalog;
import dev.bouncedoc.CatalogEntry;
import dev.bouncedoc.CatalogException;
import dev.bouncedoc.render.JsonRenderer;
import dev.bouncedoc.render.TextRenderer;
import dev.bouncedoc.words.UiWords;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "catalog", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Lists the catalog: its version and, per entry, id, reason and title.",
            "'catalog show ID' shows one entry; 'catalog search WORDS' lists the entries that have every word."},
        subcommands = {CatalogCommand.Show.class, CatalogCommand.Search.class},
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

    @Option(names = "--pretty", description = "With --format json: indented JSON (JSON is compact, on one line, without it).")
    boolean pretty;

    @Option(names = "--check", description = "Check the catalog instead of listing it: every example diagnoses to"
            + " its own entry and no rule is shadowed. Exit 0 when sound, 1 with one line per problem.")
    boolean check;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (pretty && format != Format.json) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--pretty goes with --format json");
        }
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
            JsonRenderer.writeCatalog(catalog, Locale.forLanguageTag(language), out, pretty);
            out.println();
        } else {
            out.println(catalog.name() + " " + catalog.version() + " (" + catalog.entries().size() + " entries, "
                    + String.join(", ", catalog.languages()) + ")");
            for (CatalogEntry e : catalog.entries()) {
                line(out, e, language);
            }
        }
        out.flush();
        return 0;
    }

    private static void line(PrintWriter out, CatalogEntry e, String language) {
        out.printf("%-38s %-15s %s%n", e.id(), e.reason() == null ? "-" : e.reason(), e.titles().get(language));
    }

    private static String word(Locale l, String key) {
        return UiWords.get(l.getLanguage(), key.equals("kind") ? "entryKind" : key);
    }

    /** What a subcommand needs of the options: its own, else those given before it ({@code catalog --lang ja show}). */
    abstract static class Sub {
        @CommandLine.ParentCommand
        CatalogCommand parent;

        @Mixin
        Options options = new Options();

        @Option(names = "--format", paramLabel = "text|json", description = "text or json.")
        Format format;

        @Option(names = "--pretty", description = "With --format json: indented JSON (JSON is compact, on one line, without it).")
        boolean pretty;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        Format format() {
            return format != null ? format : parent.format;
        }

        boolean pretty() {
            return pretty || parent.pretty;
        }

        Locale locale() {
            return options.langGiven() || !parent.options.langGiven() ? options.locale() : parent.options.locale();
        }

        Catalog catalog() {
            return options.overlay != null || parent.options.overlay == null ? options.catalog() : parent.options.catalog();
        }

        /** Runs the subcommand on the catalog; a catalog that cannot be loaded is a usage error. */
        final Integer run() {
            if (pretty() && format() != Format.json) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--pretty goes with --format json");
            }
            Catalog catalog;
            try {
                catalog = catalog();
            } catch (CatalogException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return Main.USAGE;
            }
            int status = run(catalog, catalog.language(locale()), spec.commandLine().getOut(), spec.commandLine().getErr());
            spec.commandLine().getOut().flush();
            return status;
        }

        abstract int run(Catalog catalog, String language, PrintWriter out, PrintWriter err);
    }

    @Command(name = "show", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Shows one catalog entry by its id or a former id (alias).",
            exitCodeListHeading = "Exit status:%n",
            exitCodeList = {" 0:shown", " 1:no entry has that id or alias",
                " 2:usage error, or a catalog (--catalog) that cannot be loaded",
                "70:internal error (a bug: please report it)"})
    static final class Show extends Sub implements Callable<Integer> {
        @Parameters(paramLabel = "ID", description = "An entry id such as client.cannot-connect, or a former id.")
        String id;

        @Override
        public Integer call() {
            return run();
        }

        @Override
        int run(Catalog catalog, String language, PrintWriter out, PrintWriter err) {
            CatalogEntry e = catalog.entry(id);
            if (e == null) {
                err.println("catalog show: no entry has the id or alias '" + id + "' (catalog search WORDS finds one)");
                return Main.NOT_RECOGNISED;
            }
            if (format() == Format.json) {
                out.println(JsonOutput.format(JsonRenderer.renderEntryTexts(catalog, id, Locale.forLanguageTag(language),
                        null), pretty()));
                return 0;
            }
            Locale l = Locale.forLanguageTag(language);
            out.println(e.titles().get(language) + "  [" + e.id() + "]");
            out.println();
            dev.bouncedoc.EntryTexts texts = catalog.texts(e.id(), l); // what the entry tells the reader
            if (texts != null) {
                out.println(texts.summary());
                out.println();
                for (int i = 0; i < texts.steps().size(); i++) {
                    out.println("  " + (i + 1) + ". " + texts.steps().get(i));
                }
                out.println();
            }
            field(out, l, "kind", e.kind().id());
            field(out, l, "reason", e.reason() == null ? null : TextRenderer.reason(e.reason(), l));
            field(out, l, "hardBounce", e.hardBounce() == null ? null : word(l, e.hardBounce() ? "yes" : "no"));
            field(out, l, "whoActs", e.whoActs() == null ? null : TextRenderer.whoActs(e.whoActs(), e.retry(), l));
            field(out, l, "retry", e.retry() == null ? null : TextRenderer.retry(e.retry(), l));
            field(out, l, "codes", e.codes().isEmpty() ? null : String.join(", ", e.codes()));
            field(out, l, "aliases", e.aliases().isEmpty() ? null : String.join(", ", e.aliases()));
            for (String other : e.languages()) {
                if (!other.equals(language)) {
                    out.println(other + ": " + e.titles().get(other));
                }
            }
            return 0;
        }

        /** A line "label: value"; none when there is no value. */
        private static void field(PrintWriter out, Locale l, String key, String value) {
            if (value != null) {
                out.println(word(l, key) + ": " + value);
            }
        }
    }

    @Command(name = "search", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = {"Lists the entries in which every word appears: in the id, a former id, the reason,",
                "a code or a title (in any language); case does not matter."},
            exitCodeListHeading = "Exit status:%n",
            exitCodeList = {" 0:at least one entry listed", " 1:no entry has every word",
                " 2:usage error, or a catalog (--catalog) that cannot be loaded",
                "70:internal error (a bug: please report it)"})
    static final class Search extends Sub implements Callable<Integer> {
        @Parameters(paramLabel = "WORDS", arity = "1..*", description = "Words that an entry must all contain.")
        List<String> words;

        @Override
        public Integer call() {
            return run();
        }

        @Override
        int run(Catalog catalog, String language, PrintWriter out, PrintWriter err) {
            List<String> wanted = new ArrayList<>();
            for (String w : words) { // a quoted argument may hold several words: split at white space
                int start = -1;
                for (int i = 0; i <= w.length(); i++) {
                    boolean space = i == w.length() || Character.isWhitespace(w.charAt(i)) || w.charAt(i) == '\u3000';
                    if (space && start >= 0) {
                        wanted.add(w.substring(start, i).toLowerCase(Locale.ROOT));
                        start = -1;
                    } else if (!space && start < 0) {
                        start = i;
                    }
                }
            }
            List<CatalogEntry> found = new ArrayList<>();
            for (CatalogEntry e : catalog.entries()) {
                String haystack = haystack(e);
                if (!wanted.isEmpty() && wanted.stream().allMatch(haystack::contains)) {
                    found.add(e);
                }
            }
            if (format() == Format.json) {
                JsonOutput.Array array = new JsonOutput.Array(out, pretty());
                found.forEach(e -> array.add(JsonRenderer.renderEntry(catalog, e, Locale.forLanguageTag(language))));
                array.end();
            } else {
                found.forEach(e -> line(out, e, language));
            }
            if (found.isEmpty()) {
                err.println("catalog search: no entry has every one of: " + String.join(" ", wanted));
                return Main.NOT_RECOGNISED;
            }
            return 0;
        }

        private static String haystack(CatalogEntry e) {
            StringBuilder s = new StringBuilder(e.id());
            e.aliases().forEach(a -> s.append('\n').append(a));
            if (e.reason() != null) {
                s.append('\n').append(e.reason());
            }
            e.codes().forEach(c -> s.append('\n').append(c));
            e.titles().values().forEach(t -> s.append('\n').append(t));
            return s.toString().toLowerCase(Locale.ROOT);
        }
    }
}

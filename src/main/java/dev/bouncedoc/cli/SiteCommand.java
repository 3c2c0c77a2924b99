package dev.bouncedoc.cli;

import dev.bouncedoc.Catalog;
import dev.bouncedoc.CatalogException;
import dev.bouncedoc.site.SiteGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "site", description = {"Writes the help pages: a static site with a page per catalog entry in"
        + " Japanese and English (ja/<id>.html, en/<id>.html), redirects for former ids, and an index per language"
        + " with a search that works offline. Diagnoses link to these pages with BounceDoc.builder().helpBaseUrl()"
        + " or --help-base-url."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {" 0:written",
            " 2:usage error (a bad --base-url), or a catalog (--catalog) that cannot be loaded",
            " 3:DIR could not be written",
            "70:internal error (a bug: please report it)"})
final class SiteCommand implements Callable<Integer> {
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write into (created when missing).")
    Path out;

    @Option(names = "--base-url", paramLabel = "URL", description = "Where the site will be published, such as"
            + " https://help.example.jp/bouncedoc/: canonical and hreflang links become absolute.")
    String baseUrl;

    @Option(names = "--catalog", paramLabel = "PATH",
            description = "An overlay catalog (its catalog.yaml or folder) on top of the bundled one.")
    Path overlay;

    @Option(names = "--catalog-only", description = "With --catalog: use that catalog alone, not as an overlay.")
    boolean catalogOnly;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Catalog catalog;
        try {
            catalog = overlay == null ? Catalog.bundled()
                    : catalogOnly ? Catalog.load(overlay) : Catalog.bundled().withOverlay(overlay);
        } catch (CatalogException e) {
            err.println(e.getMessage());
            return Main.USAGE;
        }
        SiteGenerator site;
        try {
            site = new SiteGenerator(catalog, baseUrl);
        } catch (IllegalArgumentException e) {
            err.println("bouncedoc site: --base-url: " + e.getMessage());
            return Main.USAGE;
        }
        List<String> written;
        try {
            written = site.write(out);
        } catch (IOException | RuntimeException e) {
            err.println("bouncedoc site: cannot write " + out + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            return Main.UNREADABLE;
        }
        PrintWriter o = spec.commandLine().getOut();
        o.println(written.size() + " files written to " + out + " (" + catalog.entries().size() + " entries, "
                + String.join(", ", catalog.languages()) + "); open " + out.resolve("index.html"));
        o.flush();
        return 0;
    }
}

package dev.bouncedoc.cli;

import dev.bouncedoc.Catalog;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Option;

/** Options that several commands share. */
final class Options {
    @Option(names = "--lang", paramLabel = "ja|en",
            description = "Language of the texts: ja or en. Default: Japanese when the system locale is Japanese, else English.")
    String lang;

    @Option(names = "--catalog", paramLabel = "PATH",
            description = "An overlay catalog (its catalog.yaml or folder) on top of the bundled one.")
    Path overlay;

    @Option(names = "--catalog-only", description = "With --catalog: use that catalog alone, not as an overlay.")
    boolean catalogOnly;

    Locale locale() {
        if (lang != null) {
            return Locale.forLanguageTag(lang);
        }
        return Locale.getDefault().getLanguage().equals("ja") ? Locale.JAPANESE : Locale.ENGLISH;
    }

    Catalog catalog() {
        if (overlay == null) {
            return Catalog.bundled();
        }
        return catalogOnly ? Catalog.load(overlay) : Catalog.bundled().withOverlay(overlay);
    }
}

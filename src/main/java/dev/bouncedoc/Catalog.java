package dev.bouncedoc;

import com.ibm.icu.util.LocaleMatcher;
import dev.bouncedoc.catalog.CatalogData;
import dev.bouncedoc.catalog.CatalogLoader;
import dev.bouncedoc.catalog.CatalogProblem;
import dev.bouncedoc.catalog.CatalogSource;
import dev.bouncedoc.catalog.CompiledCatalog;
import dev.bouncedoc.catalog.EntryData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A loaded catalog: the bundled one, one of your own, or the bundled one with your overlay
 * (catalog/README.md is the format). Immutable and thread-safe; load once and share.
 */
public final class Catalog {
    private static final class Bundled {
        static final Catalog INSTANCE = bundledCatalog();
    }

    private final CatalogData data;
    private final List<Locale> supported;
    private volatile LocaleMatcher localeMatcher; // built on first need: ICU's matching data costs tens of ms
    private volatile List<CatalogEntry> entries; // made on first need: a diagnosis does not use them

    private Catalog(CatalogData data) {
        this.data = data;
        List<Locale> supported = new ArrayList<>();
        for (String language : data.languages()) {
            supported.add(Locale.forLanguageTag(language));
        }
        this.supported = List.copyOf(supported);
    }

    /** A catalog of already loaded data (tests compare the compiled and the YAML form with it). */
    static Catalog of(CatalogData data) {
        return new Catalog(data);
    }

    /** {@return the catalog that ships in the jar, loaded once and shared} */
    public static Catalog bundled() {
        return Bundled.INSTANCE;
    }

    /**
     * Loads a catalog of your own: {@code path} is its catalog.yaml or the folder that holds it.
     *
     * @param path the catalog's catalog.yaml, or the folder that holds it and the files it lists
     * @return the catalog, every field checked; the checks that need the engine are {@link #check()}
     * @throws CatalogException naming file, line and field of every problem
     * @throws NullPointerException if {@code path} is null
     */
    public static Catalog load(Path path) {
        return load(CatalogSource.folder(folder(path)), path.toString());
    }

    /**
     * This catalog with an overlay on top: an overlay entry with the id or alias of an entry here amends it
     * (new texts, more rules; the same kind and reason), the others are added (catalog/README.md,
     * "Overlays"). {@code path} is the overlay's catalog.yaml or its folder.
     *
     * @param path the overlay's catalog.yaml, or the folder that holds it and the files it lists
     * @return a new catalog; this one is unchanged. Its version is this catalog's version, {@code +}, the
     *         overlay's name, {@code .} and the overlay's version (such as {@code 1.0.0+acme-isp.3})
     * @throws CatalogException naming file, line and field of every problem
     * @throws NullPointerException if {@code path} is null
     */
    public Catalog withOverlay(Path path) {
        Objects.requireNonNull(path, "path");
        try {
            return new Catalog(CatalogLoader.overlay(data, CatalogSource.folder(folder(path))));
        } catch (CatalogProblem e) {
            throw new CatalogException("cannot load the overlay " + path + ": " + e.getMessage(), e.problems());
        }
    }

    /** The compiled form the build wrote beside the YAML when there is one, else the YAML. */
    private static Catalog bundledCatalog() {
        CatalogData compiled = CompiledCatalog.bundled();
        return compiled != null ? new Catalog(compiled) : load(CatalogSource.bundled(), "the bundled catalog");
    }

    private static Catalog load(CatalogSource source, String what) {
        try {
            return new Catalog(CatalogLoader.load(source));
        } catch (CatalogProblem e) {
            throw new CatalogException("cannot load " + what + ": " + e.getMessage(), e.problems());
        }
    }

    private static Path folder(Path path) {
        Objects.requireNonNull(path, "path");
        // a path that does not exist is taken as the folder meant, so the error names the catalog.yaml looked for
        return Files.isDirectory(path) || !Files.exists(path) ? path : path.toAbsolutePath().getParent();
    }

    /** {@return the version every diagnosis reports, such as {@code 1.0.0} or {@code 1.0.0+acme-isp.3}} */
    public String version() {
        return data.version();
    }

    /**
     * {@return the name in the catalog's catalog.yaml} {@code bouncedoc} for the bundled catalog; with an
     * overlay, the two names joined by {@code +}.
     */
    public String name() {
        return data.name();
    }

    /** {@return the languages every entry has texts in (such as {@code en}, {@code ja}), the default first} */
    public List<String> languages() {
        return data.languages();
    }

    /** {@return every entry, in precedence order} */
    public List<CatalogEntry> entries() {
        List<CatalogEntry> list = entries;
        if (list == null) {
            List<CatalogEntry> all = new ArrayList<>();
            for (EntryData e : data.entries()) {
                all.add(describe(e));
            }
            list = List.copyOf(all);
            entries = list; // made the same by any thread that races here
        }
        return list;
    }

    /**
     * Looks an entry up by its id or by one of its former ids (aliases).
     *
     * @param idOrAlias an id such as {@code client.cannot-connect}
     * @return the entry, or null when the catalog has no such id or alias
     */
    public CatalogEntry entry(String idOrAlias) {
        EntryData e = data.entry(idOrAlias);
        return e == null ? null : describe(e);
    }

    /**
     * An entry's texts in one language, as a help page shows them: template arguments such as {@code {host}}
     * read as the catalog's placeholders (for example 「サーバー名」), as in a diagnosis that found no host;
     * with the texts for a temporary code when the entry has them ({@link EntryTexts#temporary()}).
     *
     * @param idOrAlias an id or a former id
     * @param locale    the language wanted; a language the catalog lacks gets the catalog's default one
     * @return the texts, or null when the catalog has no such id or alias
     * @throws NullPointerException if {@code idOrAlias} or {@code locale} is null
     */
    public EntryTexts texts(String idOrAlias, Locale locale) {
        Objects.requireNonNull(idOrAlias, "idOrAlias");
        Objects.requireNonNull(locale, "locale");
        EntryData e = data.entry(idOrAlias);
        if (e == null) {
            return null;
        }
        String language = language(locale);
        Map<String, String> placeholders = data.placeholders(language);
        EntryTexts temporary = null;
        if (e.whenTransient() != null) {
            dev.bouncedoc.catalog.TextSet v = e.whenTransient().texts().get(language).format(placeholders);
            temporary = new EntryTexts(e.id(), language, v.title(), v.summary(), v.steps(), v.adminNotes(),
                    e.references(), e.examples(), null);
        }
        dev.bouncedoc.catalog.TextSet t = e.texts().get(language).format(placeholders);
        return new EntryTexts(e.id(), language, t.title(), t.summary(), t.steps(), t.adminNotes(), e.references(),
                e.examples(), temporary);
    }

    /**
     * Chooses the catalog language for a locale, as diagnoses do.
     *
     * @param locale the language wanted, with or without a region ({@code ja}, {@code ja-JP}); null is the
     *               root locale
     * @return the catalog language that best serves {@code locale}; the default language when none fits
     */
    public String language(Locale locale) {
        Locale wanted = locale == null ? Locale.ROOT : locale;
        // A bare language the catalog has ("ja", "en") is its own best match: ICU's matcher is only needed
        // for the others (regions, scripts, languages the catalog lacks).
        if (wanted.getCountry().isEmpty() && wanted.getScript().isEmpty() && wanted.getVariant().isEmpty()
                && !wanted.hasExtensions() && data.languages().contains(wanted.getLanguage())) {
            return wanted.getLanguage();
        }
        return localeMatcher().getBestLocale(wanted).getLanguage();
    }

    /** The locale of a catalog language ({@link #language(Locale)}'s answer), made once with the catalog. */
    Locale locale(String language) {
        for (Locale l : supported) {
            if (l.getLanguage().equals(language)) {
                return l;
            }
        }
        return Locale.forLanguageTag(language);
    }

    private LocaleMatcher localeMatcher() {
        LocaleMatcher m = localeMatcher;
        if (m == null) {
            m = LocaleMatcher.builder().setSupportedLocales(supported).setDefaultLocale(supported.get(0)).build();
            localeMatcher = m; // built the same by any thread that races here
        }
        return m;
    }

    /**
     * The checks that need the engine: every example of every entry diagnoses to its own entry, and every
     * rule can be reached (no phrase or code is shadowed by another entry). Returns one line per problem,
     * naming file, line and entry; an empty list when the catalog is sound. Run it on your overlay.
     *
     * @return one line per problem; empty when the catalog is sound
     */
    public List<String> check() {
        return dev.bouncedoc.catalog.CatalogCheck.problems(data);
    }

    CatalogData data() {
        return data;
    }

    private static CatalogEntry describe(EntryData e) {
        Set<String> codes = new LinkedHashSet<>();
        for (EntryData.Rule rule : e.rules()) {
            for (EntryData.RuleCondition c : rule.conditions()) {
                if (!c.type().isText()) {
                    codes.addAll(c.values());
                }
            }
        }
        Map<String, String> titles = new LinkedHashMap<>();
        e.texts().forEach((language, texts) -> titles.put(language, texts.title()));
        return new CatalogEntry(e.id(), e.aliases(), e.kind(), e.reason(), e.hardBounce(), e.whoActs(), e.retry(),
                List.copyOf(codes), titles);
    }
}

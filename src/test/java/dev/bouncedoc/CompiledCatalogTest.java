package dev.bouncedoc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bouncedoc.catalog.CatalogData;
import dev.bouncedoc.catalog.CatalogLoader;
import dev.bouncedoc.catalog.CatalogProblem;
import dev.bouncedoc.catalog.CatalogSource;
import dev.bouncedoc.catalog.CompiledCatalog;
import dev.bouncedoc.catalog.EntryData;
import dev.bouncedoc.match.PhraseAutomaton;
import dev.bouncedoc.match.RuleSet;
import dev.bouncedoc.match.TextNormalizer;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The compiled catalog the build writes (CompiledCatalog) answers exactly as the YAML it was compiled from:
 * the same diagnosis, texts, evidence and confidence in both languages for every example of every entry,
 * every evaluation text and every row of the mail-program error tables, and the same report for every
 * sample bounce.
 */
class CompiledCatalogTest {
    private static final CatalogData COMPILED = CompiledCatalog.bundled();
    private static final Catalog YAML = Catalog.of(yaml());

    private static CatalogData yaml() {
        try {
            return CatalogLoader.load(CatalogSource.bundled());
        } catch (CatalogProblem e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    @Test
    void theBuildWroteTheCompiledCatalogAndTheLibraryLoadsIt() {
        assertNotNull(COMPILED, "target/classes/dev/bouncedoc/catalog/" + CompiledCatalog.RESOURCE
                + " is missing or stale: run mvn process-classes");
        assertEquals(YAML.version(), COMPILED.version());
        assertEquals(YAML.data().entries().size(), COMPILED.entries().size());
        for (int i = 0; i < COMPILED.entries().size(); i++) {
            EntryData expected = YAML.data().entries().get(i);
            assertTrue(expected.equals(COMPILED.entries().get(i)), expected.id());
        }
    }

    @Test
    void everyTextDiagnosesTheSameFromBothForms() throws IOException {
        BounceDoc fromYaml = BounceDoc.builder().catalog(YAML).build();
        BounceDoc compiled = BounceDoc.builder().catalog(Catalog.of(COMPILED)).build();
        List<String> texts = texts();
        assertTrue(texts.size() > 1000, "texts: " + texts.size());
        int recognised = 0;
        for (String text : texts) {
            for (Locale locale : List.of(Locale.JAPANESE, Locale.ENGLISH)) {
                Diagnosis expected = fromYaml.diagnose(text, locale);
                Diagnosis got = compiled.diagnose(text, locale);
                assertEquals(expected, got, text);
                assertEquals(expected.reason(), got.reason(), text);
                assertEquals(expected.hardBounce(), got.hardBounce(), text);
                assertEquals(expected.whoActs(), got.whoActs(), text);
                assertEquals(expected.retry(), got.retry(), text);
                recognised += got.recognised() ? 1 : 0;
            }
        }
        assertTrue(recognised > texts.size(), "recognised: " + recognised);
    }

    @Test
    void theStoredRulesAndAutomatonAreTheOnesBuiltFromTheYaml() throws IOException {
        PhraseAutomaton built = YAML.data().rules().automaton();
        PhraseAutomaton stored = COMPILED.rules().automaton();
        PhraseAutomaton.Tables a = built.tables();
        PhraseAutomaton.Tables b = stored.tables();
        assertArrayEquals(a.node(), b.node());
        assertArrayEquals(a.dense(), b.dense());
        assertArrayEquals(a.asciiClass(), b.asciiClass());
        assertArrayEquals(a.outPhrase(), b.outPhrase());
        assertArrayEquals(a.outNext(), b.outNext());
        assertArrayEquals(a.rootAscii(), b.rootAscii());
        assertArrayEquals(a.phraseLength(), b.phraseLength());
        assertEquals(built.states(), stored.states());
        // the rule set's tables too, every one of them
        RuleSet.Tables rules = YAML.data().rules().tables();
        RuleSet.Tables storedRules = COMPILED.rules().tables();
        for (RecordComponent component : RuleSet.Tables.class.getRecordComponents()) {
            try {
                Object expected = component.getAccessor().invoke(rules);
                Object got = component.getAccessor().invoke(storedRules);
                assertTrue(expected instanceof int[] ? Arrays.equals((int[]) expected, (int[]) got)
                        : Arrays.equals((String[]) expected, (String[]) got), component.getName());
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
        // and the same occurrences of every phrase in every text, as the rules read it (normalised) and raw
        int found = 0;
        for (String text : texts()) {
            for (String form : List.of(TextNormalizer.normalize(text).text(), text)) {
                List<PhraseAutomaton.Hit> expected = built.search(form);
                assertEquals(expected, stored.search(form), form);
                found += expected.size();
            }
        }
        assertTrue(found > 10_000, "occurrences: " + found);
    }

    @Test
    void everySampleBounceReadsTheSameWithBothForms() throws IOException {
        BounceDoc fromYaml = BounceDoc.builder().catalog(YAML).locale(Locale.JAPANESE).build();
        BounceDoc compiled = BounceDoc.builder().catalog(Catalog.of(COMPILED)).locale(Locale.JAPANESE).build();
        List<Path> messages = new ArrayList<>();
        for (String folder : List.of("src/test/resources/formats", "src/test/resources/sisimai/maildir")) {
            try (Stream<Path> files = Files.walk(Path.of(folder))) {
                files.filter(Files::isRegularFile).sorted().forEach(messages::add);
            }
        }
        assertTrue(messages.size() > 300, "messages: " + messages.size());
        for (Path message : messages) {
            assertEquals(fromYaml.read(message), compiled.read(message), message.toString());
        }
    }

    /** Every example of the catalog, every evaluation text, every row of the error tables. */
    private static List<String> texts() throws IOException {
        List<String> texts = new ArrayList<>();
        for (EntryData e : YAML.data().entries()) {
            texts.addAll(e.examples());
        }
        for (String table : List.of("src/test/resources/evaluation/single-texts.tsv",
                "src/test/resources/evaluation/development-2.tsv",
                "src/test/resources/client-errors/program-errors.tsv",
                "src/test/resources/client-errors/other-programs.tsv")) {
            List<String> lines = Files.readAllLines(Path.of(table), StandardCharsets.UTF_8);
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split("\t", -1);
                texts.add(cells[cells.length - 1].replace("\\n", "\n"));
            }
        }
        return texts;
    }
}

package dev.bouncedoc.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bouncedoc.BounceDoc;
import dev.bouncedoc.Catalog;
import dev.bouncedoc.Diagnosis;
import dev.bouncedoc.match.MatchResult;
import dev.bouncedoc.vocabulary.EntryKind;
import dev.bouncedoc.vocabulary.Retry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The bundled catalog proves itself, as libphonenumber's metadata does: every example diagnoses to its own
 * entry, every rule can be reached, every text is complete in both languages.
 */
class BundledCatalogTest {
    static final BounceDoc DOC = BounceDoc.create();
    static final CatalogData DATA = CatalogLoaderAccess.bundled();

    static final List<String> REQUIRED_IDS = List.of("client.no-connection", "client.server-not-found",
            "client.local-scanner-failure", "client.cannot-connect", "client.connection-dropped", "client.timeout",
            "client.port25-blocked", "client.smtp-auth-required", "client.smtp-auth-failed", "client.pop-before-smtp",
            "client.login-failed", "client.account-expired", "client.own-mailbox-over-quota",
            "client.apop-unsupported", "client.mailbox-locked", "client.login-delay", "client.spa-logon-failed",
            "client.sender-address-rejected", "client.password-prompt-repeats", "client.security-software",
            "client.corrupt-message-on-server", "client.starttls-required", "notice.virus-intercepted",
            "notice.spam-tagged", "notice.delivery-report");

    static final List<String> REQUIRED_REASONS = List.of("userunknown", "hostunknown", "rejected", "norelaying",
            "mailboxfull", "mesgtoobig", "blocked", "spamdetected", "policyviolation", "authfailure", "requireptr",
            "speeding", "expired", "suspend", "hasmoved", "notaccept", "systemerror");

    @TestFactory
    Stream<DynamicTest> everyExampleDiagnosesToItsOwnEntry() {
        List<DynamicTest> tests = new ArrayList<>();
        for (EntryData e : DATA.entries()) {
            for (String example : e.examples()) {
                tests.add(DynamicTest.dynamicTest(e.id() + ": " + abbreviate(example), () -> {
                    String got = inContext(example, e);
                    assertEquals(e.id(), got, () -> "evidence: " + DOC.diagnose(example).evidence());
                }));
            }
        }
        return tests.stream();
    }

    /**
     * The entry a text diagnoses to where {@code owner} applies: a pasted text, or for entries that are not
     * about the mail program and that a client entry shadows there, a bounce's diagnostic text, where
     * client entries do not compete (catalog/README.md, "Bounce context").
     */
    static String inContext(String text, EntryData owner) {
        MatchResult m = DATA.rules().match(text);
        if (m.entry() >= 0 && DATA.isClientEntry(m.entry()) && owner.kind() != EntryKind.CLIENT) {
            m = DATA.rules().match(text, DATA.clientEntries());
        }
        return m.entry() < 0 ? Diagnosis.UNKNOWN : DATA.entries().get(m.entry()).id();
    }

    /** No rule of the bundled catalog is shadowed: see {@link CatalogCheck#reachabilityInputs}. */
    @TestFactory
    Stream<DynamicTest> everyRuleValueIsReachable() {
        List<DynamicTest> tests = new ArrayList<>();
        for (EntryData e : DATA.entries()) {
            for (EntryData.Rule rule : e.rules()) {
                for (String input : CatalogCheck.reachabilityInputs(rule)) {
                    tests.add(DynamicTest.dynamicTest(e.id() + " <- " + abbreviate(input), () ->
                            assertEquals(e.id(), inContext(input, e), () -> rule.source() + " evidence: "
                                    + DOC.diagnose(input).evidence())));
                }
            }
        }
        return tests.stream();
    }

    @Test
    void theLibrarysOwnCheckFindsNoProblem() {
        assertEquals(List.of(), Catalog.bundled().check());
    }

    @Test
    void hasEveryRequiredEntry() {
        for (String id : REQUIRED_IDS) {
            assertNotNull(DATA.entry(id), id);
        }
    }

    @Test
    void coversTheRequiredDeliveryReasons() {
        Set<String> reasons = new HashSet<>();
        DATA.entries().forEach(e -> reasons.add(e.reason()));
        for (String reason : REQUIRED_REASONS) {
            assertTrue(reasons.contains(reason), reason);
        }
    }

    @Test
    void everyEntryHasCompleteTextsInJapaneseAndEnglish() {
        for (EntryData e : DATA.entries()) {
            TextSet en = e.texts().get("en");
            TextSet ja = e.texts().get("ja");
            assertNotNull(en, e.id());
            assertNotNull(ja, e.id());
            assertEquals(en.steps().size(), ja.steps().size(), e.id());
            for (TextSet t : List.of(en, ja)) {
                assertFalse(t.title().isBlank() || t.summary().isBlank(), e.id());
                t.steps().forEach(s -> assertFalse(s.isBlank(), e.id()));
                assertFalse(t.adminNotes().isEmpty(), e.id());
            }
            List<Map.Entry<String, String>> a = en.patterns();
            List<Map.Entry<String, String>> b = ja.patterns();
            for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                if (a.get(i).getKey().equals(b.get(i).getKey())) {
                    assertEquals(CatalogLoader.arguments(a.get(i).getValue()), CatalogLoader.arguments(b.get(i).getValue()),
                            e.id() + " " + a.get(i).getKey());
                }
            }
        }
    }

    @Test
    void japaneseTextsAreJapaneseAndPolite() {
        for (EntryData e : DATA.entries()) {
            TextSet ja = e.texts().get("ja");
            assertTrue(hasJapanese(ja.title()), e.id() + " title: " + ja.title());
            assertTrue(POLITE.stream().anyMatch(ja.summary()::contains),
                    e.id() + " summary is not in です・ます style: " + ja.summary());
            for (String step : ja.steps()) {
                assertTrue(hasJapanese(step), e.id() + " step: " + step);
            }
            TextSet en = e.texts().get("en");
            assertFalse(hasJapanese(en.title()) && !en.title().contains("「"), e.id() + " English title: " + en.title());
        }
    }

    /** The mechanical rules of catalog/README.md, "Japanese style": see {@link JapaneseStyleCheck}. */
    @Test
    void japaneseTextsFollowTheStyleGuide() throws IOException {
        List<String> problems = JapaneseStyleCheck.problems(DATA, uiLabels());
        assertEquals("", String.join("\n", problems), problems.size() + " problems");
    }

    /** Every row of the allow-list names the label, the program and where the label was verified. */
    @Test
    void everyVerifiedLabelNamesItsProgramAndSource() throws IOException {
        for (String line : Files.readAllLines(UI_LABELS)) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            assertEquals(3, cols.length, line);
            for (String col : cols) {
                assertFalse(col.isBlank(), line);
            }
        }
    }

    static final Path UI_LABELS = Path.of("catalog", "ui-labels.tsv");

    static Set<String> uiLabels() throws IOException {
        Set<String> labels = new HashSet<>();
        for (String line : Files.readAllLines(UI_LABELS)) {
            if (!line.isEmpty() && !line.startsWith("#")) {
                labels.add(line.split("\t", -1)[0]);
            }
        }
        return labels;
    }

    @Test
    void everyHardBounceSaysRetryingNeverHelps() {
        for (EntryData e : DATA.entries()) {
            if (Boolean.TRUE.equals(e.hardBounce())) {
                assertEquals(Retry.NEVER, e.retry(), e.id());
            }
        }
    }

    @Test
    void idsAreUniqueAcrossEntriesAndAliases() {
        Set<String> seen = new HashSet<>();
        for (EntryData e : DATA.entries()) {
            assertTrue(seen.add(e.id()), e.id());
            e.aliases().forEach(a -> assertTrue(seen.add(a), a));
        }
    }

    @Test
    void deliveryEntriesCarryAReasonAndHardness() {
        for (EntryData e : DATA.entries()) {
            if (e.kind() == EntryKind.DELIVERY) {
                assertNotNull(e.reason(), e.id());
                assertNotNull(e.hardBounce(), e.id());
            }
        }
    }

    @Test
    void theChangelogNamesTheCatalogVersion() throws IOException {
        String changelog = Files.readString(Path.of("CHANGELOG.md"));
        assertTrue(changelog.contains("catalog " + Catalog.bundled().version()),
                "CHANGELOG.md must say what catalog " + Catalog.bundled().version() + " changed");
    }

    @Test
    void theDefaultLanguageIsEnglishAndJapaneseIsServed() {
        assertEquals("en", Catalog.bundled().language(Locale.FRENCH));
        assertEquals("ja", Catalog.bundled().language(Locale.JAPAN));
        assertEquals("en", Catalog.bundled().language(Locale.US));
    }

    static final List<String> POLITE = List.of("です", "ます", "でした", "ました", "ません");

    static boolean hasJapanese(String s) {
        return s.codePoints().anyMatch(c -> (c >= 0x3040 && c <= 0x30FF) || (c >= 0x4E00 && c <= 0x9FFF));
    }

    static String abbreviate(String s) {
        String oneLine = s.replace('\n', ' ');
        return oneLine.length() > 90 ? oneLine.substring(0, 90) + "…" : oneLine;
    }
}

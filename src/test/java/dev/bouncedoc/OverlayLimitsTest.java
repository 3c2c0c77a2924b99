package dev.bouncedoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An overlay is a file somebody else wrote: it may nest without end, be a FIFO, reach outside its folder or
 * claim a common phrase. Each is a {@link CatalogException} naming file and line (catalog/README.md,
 * "Overlays"), never a hang, a stack overflow or a silent takeover of the bundled answers.
 */
public class OverlayLimitsTest {
    @TempDir
    Path dir;

    static final String MANIFEST = "format: 1\nname: desk\nversion: 1\nlanguages: [en, ja]\nfiles: [desk.yaml]\n";

    static String entry(String id, String extra, String match, String example) {
        return "  - id: " + id + "\n    kind: delivery\n    reason: userunknown\n    hardBounce: true\n"
                + "    whoActs: sender\n    retry: never\n" + extra
                + "    match:\n      - " + match + "\n"
                + "    texts:\n      en: {title: Desk title, summary: Desk summary., steps: [Do it.], adminNotes: [Note.]}\n"
                + "      ja: {title: デスクの題, summary: デスクの説明です。, steps: [操作します。], adminNotes: [メモです。]}\n"
                + "    references: [desk runbook]\n    examples: [\"" + example + "\"]\n";
    }

    Path overlay(String entries) throws IOException {
        Files.writeString(dir.resolve("catalog.yaml"), MANIFEST);
        Files.writeString(dir.resolve("desk.yaml"), "entries:\n" + entries);
        return dir;
    }

    static String problems(Path overlay) {
        CatalogException e = assertThrows(CatalogException.class, () -> Catalog.bundled().withOverlay(overlay));
        return String.join("\n", e.problems());
    }

    @Test
    void deepFlowNestingIsAProblemWithItsLineNotAStackOverflow() throws IOException {
        Files.writeString(dir.resolve("catalog.yaml"), MANIFEST);
        Files.writeString(dir.resolve("desk.yaml"), "entries:\n  - x: " + "[".repeat(100_000) + "\n");
        String p = problems(dir);
        assertTrue(p.matches("(?s).*desk\\.yaml:2: nested more than 32 levels deep.*"), p);
    }

    @Test
    void deepBlockNestingNamesTheLineWhereTheLimitIsPassed() throws IOException {
        StringBuilder yaml = new StringBuilder("entries:\n");
        for (int i = 0; i < 1_000; i++) {
            yaml.append("  ".repeat(i + 1)).append("- k").append(i).append(":\n");
        }
        Files.writeString(dir.resolve("catalog.yaml"), MANIFEST);
        Files.writeString(dir.resolve("desk.yaml"), yaml);
        String p = problems(dir);
        // "entries" is level 1, its list level 2; line 2 opens the list, level 32 is opened on line 17
        assertTrue(p.matches("(?s).*desk\\.yaml:17: nested more than 32 levels deep.*"), p);
    }

    @Test
    void aliasesThatMultiplyAreAProblem() throws IOException {
        StringBuilder yaml = new StringBuilder("a0: &a0 [x, x]\n");
        for (int i = 1; i <= 24; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [*a").append(i - 1).append(", *a")
                    .append(i - 1).append("]\n");
        }
        Files.writeString(dir.resolve("catalog.yaml"), MANIFEST);
        Files.writeString(dir.resolve("desk.yaml"), yaml);
        String p = problems(dir);
        assertTrue(p.matches("(?s).*desk\\.yaml:\\d+: stands for more than 1000000 values once its aliases are followed.*"), p);
    }

    @Test
    void aFileLargerThanTheLimitIsNotRead() throws IOException {
        Files.writeString(dir.resolve("catalog.yaml"), MANIFEST);
        try (Writer w = Files.newBufferedWriter(dir.resolve("desk.yaml"), StandardCharsets.UTF_8)) {
            w.write("entries:\n");
            String comment = "# " + "x".repeat(1_000) + "\n";
            for (int i = 0; i < 4_300; i++) {
                w.write(comment);
            }
        }
        String p = problems(dir);
        assertTrue(p.contains("desk.yaml:1: larger than 4194304 characters"), p);
    }

    @Test
    void aFifoListedInFilesIsAProblemNotAHang() throws Exception {
        Files.writeString(dir.resolve("catalog.yaml"), MANIFEST);
        mkfifo(dir.resolve("desk.yaml"));
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            String p = problems(dir);
            assertTrue(p.contains("desk.yaml:1: cannot be read: not a regular file"), p);
        });
    }

    @Test
    void aFifoAsTheManifestIsAProblemNotAHang() throws Exception {
        mkfifo(dir.resolve("catalog.yaml"));
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            String p = problems(dir);
            assertTrue(p.contains("catalog.yaml:1: cannot be read: not a regular file"), p);
        });
    }

    @Test
    void aLinkLeavingTheFolderIsAProblem() throws IOException {
        Path inside = Files.createDirectory(dir.resolve("overlay"));
        Files.writeString(inside.resolve("catalog.yaml"), MANIFEST);
        Files.writeString(dir.resolve("secret.yaml"), "entries:\n"
                + entry("desk.secret", "", "phrase: [\"DESK-SECRET-1\"]", "550 DESK-SECRET-1"));
        Files.createSymbolicLink(inside.resolve("desk.yaml"), dir.resolve("secret.yaml"));
        String p = problems(inside);
        assertTrue(p.contains("desk.yaml:1: cannot be read: outside the catalog folder"), p);
    }

    @Test
    void aNameClimbingOutOfTheFolderIsAProblem() throws IOException {
        Path inside = Files.createDirectory(dir.resolve("overlay"));
        Files.writeString(inside.resolve("catalog.yaml"), MANIFEST.replace("[desk.yaml]", "[../secret.yaml]"));
        Files.writeString(dir.resolve("secret.yaml"), "entries: []\n");
        String p = problems(inside);
        assertTrue(p.contains("secret.yaml:1: cannot be read: outside the catalog folder"), p);
    }

    @Test
    void aNewEntryMayNotTakeABundledPhraseWithoutSayingSo() throws IOException {
        String p = problems(overlay(entry("desk.no-user", "", "phrase: [\"unknown user\"]", "550 unknown user")));
        assertTrue(p.contains("desk.yaml:9: match: 'unknown user' would outrank bundled entries on their own phrases"
                + " ('unknown user' of delivery.user-unknown); if that is meant, add 'overrides: [delivery.user-unknown]'"
                + " to the entry"), p);
    }

    @Test
    void aCommonWordInsideABundledPhraseIsRefused() throws IOException {
        String p = problems(overlay(entry("desk.unknown", "", "phrase: [\"unknown\"]", "550 unknown")));
        assertTrue(p.contains("desk.yaml:9: match: 'unknown' would outrank bundled entries on their own phrases ("), p);
        assertTrue(p.contains("'user unknown' of delivery.user-unknown"), p);
    }

    @Test
    void declaringTheOverriddenEntryLetsTheOverlayTakeIt() throws IOException {
        Catalog c = Catalog.bundled().withOverlay(overlay(entry("desk.no-user", "    overrides: delivery.user-unknown\n",
                "phrase: [\"unknown user\"]", "550 unknown user")));
        Diagnosis d = BounceDoc.builder().catalog(c).build().diagnose("unknown user", Locale.ENGLISH);
        assertEquals("desk.no-user", d.id());
    }

    @Test
    void overridesMustNameABundledEntry() throws IOException {
        String p = problems(overlay(entry("desk.lock", "    overrides: [delivery.no-such-entry]\n",
                "phrase: [\"DESK-LOCK-9\"]", "550 DESK-LOCK-9")));
        assertTrue(p.contains("desk.yaml:8: entries[0].overrides[0]: 'delivery.no-such-entry' is not an entry of the catalog"), p);
    }

    @Test
    void aPhraseOfFewerThanThreeLettersIsRefused() throws IOException {
        String p = problems(overlay(entry("desk.short", "", "phrase: [\"x1\"]", "550 x1")
                + entry("desk.dots", "", "phrase: [\"-- ! --\"]", "550 -- ! --")
                + entry("desk.group", "", "ordered: [\"a\", \"b\"]", "550 a b")));
        assertTrue(p.contains("desk.yaml:9: match: 'x1': an overlay phrase needs at least 3 letters or digits"), p);
        assertTrue(p.contains("desk.yaml:22: match: '-- ! --': an overlay phrase needs at least 3 letters"), p);
        assertTrue(p.contains("desk.yaml:35: match: the parts of an overlay group need at least 3 letters"), p);
    }

    @Test
    void anEntryOfItsOwnWithAWordOfItsOwnStillLoads() throws IOException {
        Catalog c = Catalog.bundled().withOverlay(overlay(entry("desk.lock", "", "phrase: [\"DESK-LOCK-9\"]",
                "550 DESK-LOCK-9")));
        assertEquals("desk.lock", BounceDoc.builder().catalog(c).build().diagnose("550 DESK-LOCK-9").id());
        assertTrue(c.check().isEmpty(), c.check().toString());
    }

    @Test
    void anOverlayOfManyPhrasesIsCheckedInTimeProportionalToTheBundledCatalog() throws IOException {
        StringBuilder phrases = new StringBuilder("phrase: [");
        for (int i = 0; i < 20_000; i++) {
            phrases.append(i == 0 ? "" : ", ").append("desk-code-").append(i);
        }
        Path o = overlay(entry("desk.codes", "", phrases.append("]").toString(), "550 desk-code-19999"));
        // a guard against minutes (each phrase against each bundled phrase), not a speed measurement
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            Catalog c = Catalog.bundled().withOverlay(o);
            assertEquals("desk.codes", BounceDoc.builder().catalog(c).build().diagnose("550 desk-code-19999").id());
        });
    }

    public static void mkfifo(Path p) throws Exception {
        boolean made;
        try {
            made = new ProcessBuilder("mkfifo", p.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            made = false;
        }
        assumeTrue(made, "mkfifo is not available here");
    }
}

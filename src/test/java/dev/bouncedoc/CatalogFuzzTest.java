package dev.bouncedoc;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Any overlay file either loads or fails with a {@link CatalogException} that names what is wrong; nothing
 * else escapes. In a normal build this replays src/test/resources/dev/bouncedoc/CatalogFuzzTestInputs;
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=CatalogFuzzTest} fuzzes for real.
 */
class CatalogFuzzTest {
    private static final Catalog BASE = Catalog.load(Path.of("src/test/resources/catalogs/precedence"));

    @FuzzTest(maxDuration = "60s")
    void overlayLoadsOrSaysWhy(byte[] yaml) throws IOException {
        Path dir = Files.createTempDirectory("overlay");
        try {
            Files.writeString(dir.resolve("catalog.yaml"), "format: 1\nname: fuzz\nversion: 1\nlanguages: [en, ja]\nfiles: [fuzz.yaml]\n",
                    StandardCharsets.UTF_8);
            Files.write(dir.resolve("fuzz.yaml"), yaml);
            try {
                Catalog c = BASE.withOverlay(dir);
                assertNotNull(BounceDoc.builder().catalog(c).build().diagnose("550 5.1.1 user unknown").id());
            } catch (CatalogException e) {
                assertFalse(e.problems().isEmpty() && e.getMessage().isEmpty(), "a catalog error must say why");
            }
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : (Iterable<Path>) files::iterator) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(dir);
        }
    }
}

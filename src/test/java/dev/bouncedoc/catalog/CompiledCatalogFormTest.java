package dev.bouncedoc.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The compiled catalog's file: it reads back what was written, and refuses a damaged or stale file. */
class CompiledCatalogFormTest {
    private static final Path FOLDER = Path.of("catalog");
    private static final CatalogData YAML = load();
    private static final List<String> FILES = List.of("catalog.yaml", "general.yaml");

    private static CatalogData load() {
        try {
            return CatalogLoader.load(CatalogSource.folder(FOLDER));
        } catch (CatalogProblem e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    private static byte[] compiled() throws IOException {
        return CompiledCatalog.write(YAML, FILES, name -> Files.readAllBytes(FOLDER.resolve(name)));
    }

    @Test
    void readsBackWhatWasWritten() throws IOException {
        CatalogData read = CompiledCatalog.read(compiled(), name -> Files.readAllBytes(FOLDER.resolve(name)));
        assertEquals(YAML.name(), read.name());
        assertEquals(YAML.version(), read.version());
        assertEquals(YAML.languages(), read.languages());
        for (String language : YAML.languages()) {
            assertEquals(YAML.placeholders(language), read.placeholders(language));
        }
        assertEquals(YAML.entries().size(), read.entries().size());
        for (int i = read.entries().size() - 1; i >= 0; i--) { // made when first asked for, in any order
            assertEquals(YAML.entries().get(i).id(), read.entries().get(i).id());
            assertEquals(YAML.entries().get(i).reason(), read.entries().get(i).reason());
            assertEquals(YAML.entries().get(i).id(), read.id(i));
            assertEquals(YAML.entries().get(i).kind(), read.kind(i));
            assertEquals(YAML.entries().get(i).reason(), read.reason(i));
        }
        for (int i = 0; i < read.entries().size(); i++) {
            assertTrue(YAML.entries().get(i).equals(read.entries().get(i)), read.entries().get(i).id());
        }
        assertEquals(YAML.rules().ruleCount(), read.rules().ruleCount());
        assertEquals(YAML.rules().automaton().states(), read.rules().automaton().states());
    }

    @Test
    void refusesAFileCompiledFromOtherYaml() throws IOException {
        byte[] bytes = compiled();
        assertThrows(IOException.class, () -> CompiledCatalog.read(bytes, name -> {
            byte[] yaml = Files.readAllBytes(FOLDER.resolve(name));
            return name.equals("general.yaml") ? "# edited\n".concat(new String(yaml, StandardCharsets.UTF_8))
                    .getBytes(StandardCharsets.UTF_8) : yaml;
        }));
    }

    @Test
    void refusesADamagedFile() throws IOException {
        byte[] bytes = compiled();
        for (int length : new int[] {0, 3, 4, 10, 100, bytes.length / 3, bytes.length / 2, bytes.length - 1}) {
            byte[] cut = Arrays.copyOf(bytes, length);
            assertThrows(Exception.class, () -> CompiledCatalog.read(cut, null), "cut at " + length);
        }
        byte[] extended = Arrays.copyOf(bytes, bytes.length + 1);
        assertThrows(IOException.class, () -> CompiledCatalog.read(extended, null));
        for (int at : new int[] {bytes.length / 5, bytes.length / 2, bytes.length - 5}) { // the checksum
            byte[] flipped = bytes.clone();
            flipped[at] ^= 0x20;
            assertThrows(IOException.class, () -> CompiledCatalog.read(flipped, null), "flipped at " + at);
        }
        byte[] foreign = bytes.clone();
        foreign[0] = 'X';
        assertThrows(IOException.class, () -> CompiledCatalog.read(foreign, null));
    }
}

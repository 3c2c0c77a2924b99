package dev.bouncedoc.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bouncedoc.Catalog;
import dev.bouncedoc.CatalogException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A catalog that breaks the format fails with file, line, field and a readable message. */
class CatalogLoaderTest {
    private static CatalogException failure(String name) {
        return assertThrows(CatalogException.class, () -> Catalog.load(Path.of("src/test/resources/catalogs/" + name)));
    }

    private static String problem(CatalogException e) {
        assertEquals(1, e.problems().size(), e.problems().toString());
        return e.problems().get(0);
    }

    @Test
    void namesFileLineAndFieldOfAWrongValue() {
        String p = problem(failure("bad-enum"));
        assertTrue(p.matches(".*entries\\.yaml:20: entries\\[1\\]\\.whoActs: 'senders' is not one of sender, "
                + "sender-admin, recipient, recipient-admin, nobody"), p);
    }

    @Test
    void namesTheMissingLanguage() {
        String p = problem(failure("missing-language"));
        assertTrue(p.contains("entries.yaml:") && p.contains("entries[2].texts: ja: missing"), p);
    }

    @Test
    void reportsBrokenYamlWithItsLine() {
        String p = problem(failure("bad-yaml"));
        assertTrue(p.matches(".*entries\\.yaml:\\d+: not valid YAML: .*"), p);
    }

    @Test
    void reportsADuplicateIdWithBothPlaces() {
        String p = problem(failure("duplicate"));
        assertTrue(p.contains("id: 't.long' is already used at") && p.contains("entries.yaml:"), p);
    }

    @Test
    void loadsAGoodCatalog() {
        Catalog c = Catalog.load(Path.of("src/test/resources/catalogs/precedence/catalog.yaml"));
        assertEquals("0.0.1", c.version());
        assertEquals("t.unknown-user", c.entries().get(0).id());
    }

    @Test
    void aMissingFolderIsAClearError() {
        CatalogException e = assertThrows(CatalogException.class, () -> Catalog.load(Path.of("no/such/folder")));
        assertTrue(e.getMessage().contains("catalog.yaml") && e.getMessage().contains("cannot be read"), e.getMessage());
    }
}

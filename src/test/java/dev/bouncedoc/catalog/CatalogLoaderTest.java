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
                + "sender-admin, recipient, recipient-admin, nobody, user, user-provider"), p);
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
    void theCheckFindsAShadowedRuleAndAWrongExample() {
        Catalog c = Catalog.load(Path.of("src/test/resources/catalogs/shadowed"));
        java.util.List<String> problems = c.check();
        // the example of t.one, and the rule {over quota + hint 552} of t.one, once per value
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("entries.yaml:2: t.one: example diagnoses to t.two: mailbox full of mail"),
                problems.get(0));
        assertTrue(problems.get(1).contains("entries.yaml:8: t.one: rule is shadowed by t.two on: over quota ; 552"),
                problems.get(1));
    }

    @Test
    void groupsAndNotAreChecked() {
        CatalogException e = failure("bad-groups");
        java.util.List<String> p = e.problems();
        assertEquals(5, p.size(), p.toString());
        assertTrue(p.get(0).contains("entries.yaml:9: entries[0].match[0].ordered: write 2 to 16 parts"), p.get(0));
        assertTrue(p.get(1).contains("entries.yaml:10: entries[0].match[1].all[1]: 'Quota' is already a part"), p.get(1));
        assertTrue(p.get(2).contains("entries.yaml:11: entries[0].match[2].ordered[0]: a part lies within one sentence"),
                p.get(2));
        assertTrue(p.get(3).contains("entries.yaml:12: entries[0].match[3]: not: a rule needs a condition besides"),
                p.get(3));
        assertTrue(p.get(4).contains("entries.yaml:15: match: the same rule is already in t.one (")
                && p.get(4).contains("entries.yaml:13)"), p.get(4));
    }

    @Test
    void groupsAndNotWorkInACatalogAndPassItsCheck() {
        Catalog c = Catalog.load(Path.of("src/test/resources/catalogs/groups"));
        assertEquals(java.util.List.of(), c.check());
    }

    @Test
    void aMissingFolderIsAClearError() {
        CatalogException e = assertThrows(CatalogException.class, () -> Catalog.load(Path.of("no/such/folder")));
        assertTrue(e.getMessage().contains("catalog.yaml") && e.getMessage().contains("cannot be read"), e.getMessage());
    }
}

package dev.bouncedoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** An overlay may amend a bundled entry (texts, more phrases) and add entries, never repurpose an id. */
class OverlayTest {
    @Test
    void anOverlayThatDoesNotExistIsNamedWithTheFileLookedFor() {
        CatalogException e = assertThrows(CatalogException.class,
                () -> Catalog.bundled().withOverlay(Path.of("/no/such/overlay")));
        assertTrue(e.getMessage().contains("/no/such/overlay/catalog.yaml:1: cannot be read: no such file"), e.getMessage());
    }

    @Test
    void anOverlayAmendsABundledEntryKeepingItsPhrases() {
        Catalog c = Catalog.bundled().withOverlay(Path.of("src/test/resources/catalogs/overlay-amend"));
        BounceDoc doc = BounceDoc.builder().catalog(c).build();
        Diagnosis added = doc.diagnose("550 ACME-NOUSER-5 rejected", Locale.JAPANESE);
        assertEquals("delivery.user-unknown", added.id());
        assertEquals("ACME のメールボックスはありません", added.title());
        Diagnosis bundledPhrase = doc.diagnose("550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown");
        assertEquals("delivery.user-unknown", bundledPhrase.id());
        assertEquals("No such ACME mailbox", bundledPhrase.title());
        assertEquals(Catalog.bundled().version() + "+helpdesk.7", c.version());
        assertTrue(c.check().isEmpty(), c.check().toString());
    }

    @Test
    void anOverlayCannotRepurposeABundledId() {
        CatalogException e = assertThrows(CatalogException.class,
                () -> Catalog.bundled().withOverlay(Path.of("src/test/resources/catalogs/overlay-repurpose")));
        String problems = String.join("\n", e.problems());
        assertTrue(problems.contains("amend.yaml:2") && problems.contains("reason:")
                && problems.contains("cannot repurpose the bundled entry 'delivery.user-unknown'"), problems);
    }
}

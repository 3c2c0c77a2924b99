package dev.bouncedoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Diagnoses and reports are values: the same input gives equal results, whatever instance made them. */
class ValueSemanticsTest {
    static final BounceDoc ONE = BounceDoc.create();
    static final BounceDoc TWO = BounceDoc.builder().catalog(Catalog.bundled()).build();

    @Test
    void theSameTextGivesEqualDiagnoses() {
        Diagnosis a = ONE.diagnose("550 5.1.1 <bob@example.com>: User unknown", Locale.JAPANESE);
        Diagnosis b = TWO.diagnose("550 5.1.1 <bob@example.com>: User unknown", Locale.JAPANESE);
        assertNotSame(a, b);
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
    }

    @Test
    void anotherLanguageOrTextIsAnotherValue() {
        Diagnosis ja = ONE.diagnose("550 5.1.1 User unknown", Locale.JAPANESE);
        assertNotEquals(ja, ja.in(Locale.ENGLISH));
        assertEquals(ja, ja.in(Locale.ENGLISH).in(Locale.JAPANESE));
        assertNotEquals(ja, ONE.diagnose("550 5.1.1 User unknown.", Locale.JAPANESE));
        assertNotEquals(ONE.diagnose("0x800CCC0E", Locale.ENGLISH), ONE.diagnose("0x800CCC0F", Locale.ENGLISH));
    }

    @Test
    void theSameMessageGivesEqualReports() throws IOException {
        byte[] bytes = Files.readAllBytes(Path.of("examples", "bounce-postfix-ja.eml"));
        BounceReport a = ONE.read(bytes);
        BounceReport b = TWO.read(bytes.clone());
        assertEquals(2, a.recipients().size());
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(a.recipients().get(0), b.recipients().get(0));
        assertNotEquals(a.recipients().get(0), a.recipients().get(1));
    }
}

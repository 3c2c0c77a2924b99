package dev.bouncedoc;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * No text puts markup of its own into the HTML rendering (see {@link PropertiesTest#assertSafeHtml}). In a
 * normal build this replays src/test/resources/dev/bouncedoc/HtmlFuzzTestInputs;
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=HtmlFuzzTest} fuzzes for real.
 */
class HtmlFuzzTest {
    @FuzzTest(maxDuration = "60s")
    void htmlNeverCarriesInputMarkup(String text) {
        if (text == null) {
            return; // Jazzer's null: the API answers it with a NullPointerException, by contract
        }
        PropertiesTest.assertSafeHtml(text);
    }
}

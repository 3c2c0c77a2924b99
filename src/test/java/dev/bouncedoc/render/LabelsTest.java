package dev.bouncedoc.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LabelsTest {
    @Test
    void theTruncatedLabelReadsAsMessageFormatWritesIt() {
        assertEquals("The text was very long: only the first 65,536 characters were read.",
                Labels.truncated(Locale.ENGLISH, 65_536));
        assertEquals("テキストが長すぎるため、最初の 65,536 文字だけを読み取りました。",
                Labels.truncated(Locale.JAPANESE, 65_536));
        for (Locale l : List.of(Locale.ENGLISH, Locale.JAPANESE, Locale.forLanguageTag("ja"), Locale.US,
                Locale.GERMAN, Locale.forLanguageTag("fr-CH"))) {
            for (int n : new int[] {0, 2, 999, 1_000, 65_536, 1_234_567, Integer.MAX_VALUE}) {
                assertEquals(new MessageFormat(Labels.get(l, "truncated"), l).format(new Object[] {n}),
                        Labels.truncated(l, n), l + " " + n);
            }
        }
    }
}

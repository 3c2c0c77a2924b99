package dev.bouncedoc.words;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shared table of bouncedoc's own words: read by hand, the same keys in both languages, house style. */
class UiWordsTest {
    @Test
    void everyKeyHasWordsInBothLanguages() {
        Map<String, Map<String, String>> table = UiWords.table();
        assertEquals(java.util.Set.of("en", "ja"), table.keySet());
        assertEquals(table.get("en").keySet(), table.get("ja").keySet());
    }

    @Test
    void looksUpWithEnglishForAnotherLanguageAndNullForAnUnknownKey() {
        assertEquals("対処方法", UiWords.get("ja", "steps"));
        assertEquals("What to do", UiWords.get("en", "steps"));
        assertEquals("What to do", UiWords.get("fr", "steps"));
        assertNull(UiWords.get("ja", "no.such.key"));
        assertEquals(", ", UiWords.get("en", "summary.separator"), "a cell keeps its spaces");
    }

    @Test
    void japaneseWordsFollowTheHouseStyle() {
        for (Map.Entry<String, String> e : UiWords.table().get("ja").entrySet()) {
            String w = e.getValue();
            assertFalse(w.contains("あなた"), e.getKey() + ": " + w);
            // a Japanese sentence takes full-width （）; half-width ones only around ASCII (such as "(1)")
            for (int i = w.indexOf('('); i >= 0; i = w.indexOf('(', i + 1)) {
                int close = w.indexOf(')', i);
                String inside = close < 0 ? w.substring(i) : w.substring(i, close);
                assertFalse(inside.codePoints().anyMatch(c -> c > 0x2e80), e.getKey() + ": " + w);
            }
            // a sentence (ending in 。) is in です・ます
            if (w.endsWith("。")) {
                assertFalse(w.endsWith("だ。") || w.endsWith("である。") || w.endsWith("する。"), e.getKey() + ": " + w);
            }
        }
    }

    @Test
    void aBrokenTableIsRefusedWithItsLine() {
        assertEquals(Map.of("en", Map.of("a", "A"), "ja", Map.of("a", "あ")),
                UiWords.parse("# comment\nkey\ten\tja\n\na\tA\tあ\r\n"));
        assertEquals(Map.of("en", Map.of("a", "A"), "ja", Map.of()), UiWords.parse("key\ten\tja\na\tA\t\n"),
                "an empty cell: no words (English is used)");
        for (String broken : List.of("a\tb\n", "key\tja\na\tあ\n", "key\ten\tja\na\tA\n", "key\ten\tja\na\t\tあ\n",
                "key\ten\na\tA\na\tB\n")) {
            assertThrows(IllegalStateException.class, () -> UiWords.parse(broken), broken);
        }
    }
}

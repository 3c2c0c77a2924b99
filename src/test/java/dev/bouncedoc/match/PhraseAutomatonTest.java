package dev.bouncedoc.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class PhraseAutomatonTest {
    @Test
    void findsOverlappingAndNestedPhrases() {
        PhraseAutomaton a = PhraseAutomaton.build(List.of("he", "she", "his", "hers"));
        List<PhraseAutomaton.Hit> hits = a.search("ushers");
        assertEquals(List.of(new PhraseAutomaton.Hit(1, 1, 4), new PhraseAutomaton.Hit(0, 2, 4),
                new PhraseAutomaton.Hit(3, 2, 6)), hits);
    }

    @Test
    void agreesWithANaiveSearchOnRandomText() {
        Random random = new Random(42);
        List<String> phrases = new ArrayList<>(new TreeSet<>(List.of("ab", "abc", "bca", "c", "aab", "bb", "cab", "abab")));
        PhraseAutomaton a = PhraseAutomaton.build(phrases);
        for (int round = 0; round < 200; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 40; i++) {
                text.append("abc".charAt(random.nextInt(3)));
            }
            Set<String> expected = new TreeSet<>();
            for (int id = 0; id < phrases.size(); id++) {
                String p = phrases.get(id);
                for (int at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + 1)) {
                    expected.add(id + "@" + at);
                }
            }
            Set<String> actual = new TreeSet<>();
            for (PhraseAutomaton.Hit hit : a.search(text)) {
                assertEquals(phrases.get(hit.phrase()), text.substring(hit.start(), hit.end()));
                actual.add(hit.phrase() + "@" + hit.start());
            }
            assertEquals(expected, actual, text.toString());
        }
    }

    @Test
    void rejectsEmptyAndDuplicatePhrases() {
        assertThrows(IllegalArgumentException.class, () -> PhraseAutomaton.build(List.of("")));
        assertThrows(IllegalArgumentException.class, () -> PhraseAutomaton.build(List.of("x", "x")));
    }

    @Test
    void searchesJapaneseText() {
        PhraseAutomaton a = PhraseAutomaton.build(List.of("接続できません", "サーバ"));
        assertEquals(2, a.search("送信サーバに接続できません").size());
    }
}

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

    @Test
    void theTablesGiveBackTheSameAutomaton() {
        Random random = new Random(7);
        List<String> phrases = new ArrayList<>(new TreeSet<>(List.of("ab", "abc", "bca", "c", "aab", "bb", "cab",
                "abab", "abcdefghij", "送信", "送信サーバ", "サーバ")));
        for (char c = 'd'; c <= 'z'; c++) { // the root and "a" get more than DENSE transitions
            phrases.add(String.valueOf(c) + c);
            phrases.add("a" + c);
        }
        PhraseAutomaton a = PhraseAutomaton.build(phrases);
        PhraseAutomaton b = PhraseAutomaton.of(a.tables());
        assertEquals(a.states(), b.states());
        assertEquals(a.phrases(), b.phrases());
        String letters = "abcdefghijklmnopqrstuvwxyz 送信サーバ";
        for (int round = 0; round < 300; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 60; i++) {
                text.append(letters.charAt(random.nextInt(letters.length())));
            }
            assertEquals(a.search(text), b.search(text), text.toString());
        }
    }

    @Test
    void refusesTablesThatAreNotAnAutomatons() {
        PhraseAutomaton a = PhraseAutomaton.build(List.of("he", "she", "his", "hers"));
        // the root's first transition ('h' at node[5]) pointed back at the root, past the end, into a state
        assertThrows(IllegalArgumentException.class, () -> PhraseAutomaton.of(withNode(a, 5, 0)));
        assertThrows(IllegalArgumentException.class, () -> PhraseAutomaton.of(withNode(a, 5, 10_000)));
        assertThrows(IllegalArgumentException.class, () -> PhraseAutomaton.of(withNode(a, 5, 7)));
        // a failure link to a deeper state would loop: the state of "h" failing to the state of "he"
        PhraseAutomaton.Tables t = a.tables();
        int h = t.node()[5];
        int he = t.node()[h + 5];
        assertThrows(IllegalArgumentException.class, () -> PhraseAutomaton.of(withNode(a, h, he)));
        // more transitions than the table holds; an output that does not exist
        assertThrows(IllegalArgumentException.class, () -> PhraseAutomaton.of(withNode(a, 2, 1_000)));
        assertThrows(IllegalArgumentException.class, () -> PhraseAutomaton.of(withNode(a, he + 1, 99)));
        // an output link to a phrase as long: "he" linked to itself
        PhraseAutomaton.Tables loop = a.tables();
        int out = loop.node()[he + 1];
        loop.outNext()[out] = out;
        assertThrows(IllegalArgumentException.class, () -> PhraseAutomaton.of(loop));
        assertEquals(a.search("ushers"), PhraseAutomaton.of(a.tables()).search("ushers"));
    }

    private static PhraseAutomaton.Tables withNode(PhraseAutomaton a, int at, int value) {
        PhraseAutomaton.Tables t = a.tables();
        t.node()[at] = value;
        return t;
    }
}

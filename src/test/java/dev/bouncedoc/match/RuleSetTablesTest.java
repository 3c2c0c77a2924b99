package dev.bouncedoc.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A rule set's stored form ({@link RuleSet#tables()}): it gives back the same rule set, and damaged tables are refused. */
class RuleSetTablesTest {
    private static RuleSet rules() {
        RuleSet.Builder b = RuleSet.builder();
        int r = b.rule(0);
        b.condition(r, Condition.PHRASE, List.of("mailbox is full", "quota exceeded"));
        b.condition(r, Condition.STATUS, List.of("5.2.2", "X.2.2"));
        b.condition(b.rule(1), Condition.ORDERED, List.of("the email account", "does not exist"));
        int r2 = b.rule(1);
        b.condition(r2, Condition.REPLY, List.of("550"));
        b.condition(r2, Condition.HINT, List.of("user unknown"));
        b.condition(r2, Condition.NOT, List.of("mailbox is full"));
        b.condition(b.rule(2), Condition.ALL, List.of("relay", "denied"));
        b.condition(b.rule(3), Condition.HRESULT, List.of("0x800CCC0E"));
        b.condition(b.rule(3), Condition.PHRASE, List.of("サーバーに接続できません"));
        return b.build();
    }

    private static final List<String> TEXTS = List.of(
            "552 5.2.2 Mailbox is full", "452 4.2.2 quota exceeded for this user",
            "550-5.1.1 The email account that you tried to reach does not exist.", "550 user unknown",
            "550 user unknown: mailbox is full", "554 5.7.1 Relay access denied", "denied. relay",
            "0x800CCC0E サーバーに接続できません", "nothing at all");

    @Test
    void theTablesGiveBackTheSameRuleSet() {
        RuleSet built = rules();
        RuleSet stored = RuleSet.of(built.tables(), PhraseAutomaton.of(built.automaton().tables()), 4);
        assertEquals(built.ruleCount(), stored.ruleCount());
        List<Integer> expected = List.of(0, 0, 1, 1, -1, 2, -1, 3, -1); // "denied. relay": two sentences
        for (int i = 0; i < TEXTS.size(); i++) {
            assertEquals(expected.get(i), built.match(TEXTS.get(i)).entry(), TEXTS.get(i));
            assertEquals(built.match(TEXTS.get(i)), stored.match(TEXTS.get(i)), TEXTS.get(i));
        }
    }

    @Test
    void refusesDamagedTables() {
        RuleSet built = rules();
        PhraseAutomaton automaton = built.automaton();
        RuleSet.Tables t = built.tables();
        // fewer entries than the rules name
        assertThrows(IllegalArgumentException.class, () -> RuleSet.of(t, automaton, 3));
        // a value of a condition that does not exist; a phrase's values beyond the table
        assertThrows(IllegalArgumentException.class, () -> RuleSet.of(with(t, t.valueCondition(), 0, 99), automaton, 4));
        assertThrows(IllegalArgumentException.class,
                () -> RuleSet.of(with(t, t.phraseValueFirst(), 1, 1_000), automaton, 4));
        // a code's value taken for a phrase's (value 0 is a phrase's; the last one is a code's)
        int code = t.valueCondition().length - 1;
        assertThrows(IllegalArgumentException.class, () -> RuleSet.of(with(t, t.phraseValues(), 0, code), automaton, 4));
        // a condition type that does not exist; a rule holding a condition that does not exist
        assertThrows(IllegalArgumentException.class, () -> RuleSet.of(with(t, t.conditionType(), 0, 99), automaton, 4));
        assertThrows(IllegalArgumentException.class, () -> RuleSet.of(with(t, t.ruleConditions(), 0, -1), automaton, 4));
        // another automaton's phrases
        assertThrows(IllegalArgumentException.class,
                () -> RuleSet.of(t, PhraseAutomaton.build(List.of("relay")), 4));
    }

    /** The tables with {@code array[at]} (one of t's arrays, copied) set to {@code value}. */
    private static RuleSet.Tables with(RuleSet.Tables t, int[] array, int at, int value) {
        int[][] arrays = {t.valueCondition(), t.valueWeight(), t.valuePart(), t.valueKey(), t.phraseValueFirst(),
                t.phraseValues(), t.codeValueFirst(), t.codeValues(), t.phraseOwnerFirst(), t.phraseOwners(),
                t.shortPhrase(), t.conditionType(), t.conditionRule(), t.conditionParts(), t.conditionLength(),
                t.ruleConditionFirst(), t.ruleConditions(), t.ruleEntry()};
        int[][] copies = new int[arrays.length][];
        for (int i = 0; i < arrays.length; i++) {
            copies[i] = arrays[i].clone();
            if (arrays[i] == array) {
                copies[i][at] = value;
            }
        }
        return new RuleSet.Tables(copies[0], copies[1], t.valueDisplay().clone(), copies[2], copies[3], copies[4],
                copies[5], t.codeKeys().clone(), copies[6], copies[7], copies[8], copies[9], copies[10], copies[11],
                copies[12], copies[13], copies[14], t.conditionDisplay().clone(), copies[15], copies[16], copies[17]);
    }
}

package dev.bouncedoc.match;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The ordered, all and not conditions (catalog/README.md, "Match rules" and "Sentences"): input -> entry. */
class SentenceConditionsTest {
    /** Entry 0: the condition under test; entry 1: a plain phrase or code, to compare weights. */
    private static RuleSet rules(Condition type, List<String> values) {
        RuleSet.Builder b = RuleSet.builder();
        b.condition(b.rule(0), type, values);
        b.condition(b.rule(1), Condition.STATUS, List.of("5.2.2"));
        return b.build();
    }

    private static int entry(RuleSet rules, String input) {
        return rules.match(input).entry();
    }

    @Test
    void orderedNeedsEveryPartInOrderWithinOneSentence() {
        RuleSet r = rules(Condition.ORDERED, List.of("user's", "mailfolder is full"));
        assertEquals(0, entry(r, "552 5.2.2 The user's mailfolder is full"));
        assertEquals(0, entry(r, "The USER'S mailfolder is full."));
        assertEquals(1, entry(r, "552 5.2.2 mailfolder is full for the user's account"));   // wrong order
        assertEquals(1, entry(r, "552 5.2.2 The user's quota is low. The mailfolder is full")); // two sentences
        assertEquals(1, entry(r, "552 5.2.2 The user's mailbox"));                           // a part missing
        assertEquals(-1, entry(r, "The users mailfolder is full"));
    }

    @Test
    void aWrappedSmtpReplyStaysOneSentence() {
        RuleSet r = rules(Condition.ORDERED, List.of("the email account", "does not exist"));
        assertEquals(0, entry(r, "550-5.1.1 The email account that you tried to reach\r\n"
                + "550-5.1.1 does not exist. Please try"));
        assertEquals(0, entry(r, "The email account\n\tkijitora@example.com (5.1.1)\n does not exist"));
        assertEquals(-1, entry(r, "The email account is fine! It does not exist"));
        assertEquals(-1, entry(r, "The email account is fine? It does not exist"));
    }

    @Test
    void orderedFindsTheOrderEvenAfterAFalseStart() {
        RuleSet r = rules(Condition.ORDERED, List.of("account", "disabled", "account"));
        assertEquals(0, entry(r, "account account disabled blah account"));
        assertEquals(-1, entry(r, "account disabled"));
        assertEquals(-1, entry(r, "disabled account. account disabled. disabled account"));
    }

    @Test
    void allNeedsEveryPartInAnyOrderWithinOneSentence() {
        RuleSet r = rules(Condition.ALL, List.of("quota", "exceeded"));
        assertEquals(0, entry(r, "Quota for the mailbox exceeded"));
        assertEquals(0, entry(r, "Exceeded the storage quota"));
        assertEquals(1, entry(r, "452 5.2.2 quota warning. Limit exceeded"));
        assertEquals(-1, entry(r, "quotas exceeded")); // word edges hold for parts as for phrases
    }

    @Test
    void japaneseSentencesEndAtTheirPunctuation() {
        RuleSet r = rules(Condition.ALL, List.of("容量", "超えて"));
        assertEquals(0, entry(r, "メールボックスの容量を超えています。"));
        assertEquals(0, entry(r, "上限を超えているため、容量 が不足しています"));
        assertEquals(-1, entry(r, "容量が不足しています。上限を超えています。"));
        assertEquals(-1, entry(r, "容量が不足しています！上限を超えています"));
        assertEquals(-1, entry(r, "容量が不足しています？ 上限を超えています"));
        RuleSet o = rules(Condition.ORDERED, List.of("宛先", "見つかりません"));
        assertEquals(0, entry(o, "宛先 taro@example.jp が見つかりません。"));
        assertEquals(-1, entry(o, "見つかりません。宛先を確認してください。"));
    }

    @Test
    void sentencesEndAtAStopBeforeASpaceOrJapaneseOrTheEnd() {
        String text = TextNormalizer.normalizePhrase("a 5.1.1 b@example.com. c! d?e。f");
        // "a 5.1.1 b@example.com." | " c!" | " d?e。" | "f"
        int[] expected = new int[text.length()];
        int sentence = 0;
        for (int i = 0; i < text.length(); i++) {
            expected[i] = sentence;
            char c = text.charAt(i);
            if (c == '。' || (c == '.' || c == '!') && (i + 1 == text.length() || text.charAt(i + 1) == ' ')) {
                sentence++;
            }
        }
        assertArrayEquals(expected, Sentences.index(text));
        assertEquals(3, Sentences.index(text)[text.length() - 1]);
    }

    @Test
    void notRulesTheRuleOutWhereverItOccurs() {
        RuleSet.Builder b = RuleSet.builder();
        int rule = b.rule(0);
        b.condition(rule, Condition.PHRASE, List.of("rejected"));
        b.condition(rule, Condition.NOT, List.of("recipient address rejected", "sender ip address rejected"));
        b.condition(b.rule(1), Condition.REPLY, List.of("550"));
        RuleSet r = b.build();
        assertEquals(0, entry(r, "550 Message rejected"));
        assertEquals(1, entry(r, "550 Recipient address rejected: message rejected"));
        assertEquals(1, entry(r, "550 message rejected. Sender IP address rejected"));
        assertEquals(0, entry(r, "550 message rejected. Sender IP addresses rejected")); // word edges
        MatchResult m = r.match("550 Message rejected");
        assertEquals(1, m.evidence().size()); // a not condition shows no evidence
    }

    @Test
    void aGroupWeighsAsAPhraseAndTiesOnTheLengthOfItsParts() {
        RuleSet.Builder b = RuleSet.builder();
        b.condition(b.rule(0), Condition.PHRASE, List.of("mailbox full"));
        b.condition(b.rule(1), Condition.ORDERED, List.of("mailbox", "full"));
        b.condition(b.rule(2), Condition.ALL, List.of("the recipient's mailbox", "full"));
        b.condition(b.rule(3), Condition.STATUS, List.of("5.2.2"));
        RuleSet r = b.build();
        assertEquals(0, entry(r, "552 5.2.2 mailbox full"));          // 12 characters against 11
        assertEquals(1, entry(r, "552 5.2.2 mailbox is full"));
        assertEquals(2, entry(r, "552 5.2.2 full: the recipient's mailbox"));
        MatchResult m = r.match("552 5.2.2 mailbox is full");
        assertEquals(40, m.score());
        assertEquals(List.of(new Found(Condition.ORDERED, null, "mailbox … full", 10, 25, "mailbox is full")),
                m.evidence());
    }
}

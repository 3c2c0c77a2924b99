package dev.bouncedoc.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bouncedoc.BounceDoc;
import dev.bouncedoc.Diagnosis;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Issue 16: text for a terminal, wrapped by display width, every label in the reader's language. */
class TextWrapTest {
    private static final BounceDoc DOC = BounceDoc.create();

    private static String wrap(String text, int columns, Locale l) {
        StringBuilder out = new StringBuilder();
        TextWrap.append(out, text, columns, "", "", l);
        return out.toString();
    }

    @Test
    void fullWidthCharactersTakeTwoColumns() {
        assertEquals(2, TextWrap.width('あ'));
        assertEquals(2, TextWrap.width('（'));
        assertEquals(1, TextWrap.width('a'));
        assertEquals(1, TextWrap.width('ｱ'), "half-width katakana");
        assertEquals(0, TextWrap.width(0x0301), "a combining accent");
        assertEquals(12, TextWrap.width("メールab（）"));
    }

    @Test
    void latinWidthsAreIcusWithoutAskingIcu() {
        for (int cp = 0; cp < 0x300; cp++) {
            int type = com.ibm.icu.lang.UCharacter.getType(cp);
            int eaw = com.ibm.icu.lang.UCharacter.getIntPropertyValue(cp, com.ibm.icu.lang.UProperty.EAST_ASIAN_WIDTH);
            int icu = type == com.ibm.icu.lang.UCharacter.NON_SPACING_MARK || type == com.ibm.icu.lang.UCharacter.ENCLOSING_MARK
                    || type == com.ibm.icu.lang.UCharacter.FORMAT ? 0
                    : eaw == com.ibm.icu.lang.UCharacter.EastAsianWidth.WIDE
                    || eaw == com.ibm.icu.lang.UCharacter.EastAsianWidth.FULLWIDTH ? 2 : 1;
            assertEquals(icu, TextWrap.width(cp), Integer.toHexString(cp));
        }
    }

    @Test
    void englishBreaksBetweenWords() {
        assertEquals("The quick brown\nfox jumps over\nthe lazy dog.\n",
                wrap("The quick brown fox jumps over the lazy dog.", 15, Locale.ENGLISH));
    }

    @Test
    void japaneseBreaksByDisplayWidthAndNeverBeforeAProlongedSoundMarkOrPunctuation() {
        // 10 columns hold five full-width characters
        assertEquals("受信側の\nメールサー\nバーです。\n", wrap("受信側のメールサーバーです。", 10, Locale.JAPANESE));
        String wrapped = wrap("アドレスを確認してください。「0」と「o」の違い。", 12, Locale.JAPANESE);
        for (String line : wrapped.split("\n")) {
            assertTrue(TextWrap.width(line) <= 12, line);
            assertTrue(!line.startsWith("ー") && !line.startsWith("。") && !line.startsWith("、")
                    && !line.startsWith("」") && !line.endsWith("「"), wrapped);
        }
        assertEquals("アドレスを確認してください。「0」と「o」の違い。", wrapped.replace("\n", ""));
    }

    @Test
    void aHangingIndentFollowsTheFirstLine() {
        StringBuilder out = new StringBuilder();
        TextWrap.append(out, "one two three four five", 12, "  1. ", "     ", Locale.ENGLISH);
        assertEquals("  1. one two\n     three\n     four\n     five\n", out.toString());
    }

    @Test
    void aWordWiderThanALineIsCut() {
        assertEquals("abcdefghij\nklmno\n", wrap("abcdefghijklmno", 10, Locale.ENGLISH));
    }

    @Test
    void noWrappingAtZeroColumns() {
        assertEquals("a b c d e f\n", wrap("a b c d e f", 0, Locale.ENGLISH));
    }

    @Test
    void theShortFormIsTitleSummaryAndStepsTheVerboseFormAddsTheRest() {
        Diagnosis d = DOC.diagnose("550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown", Locale.JAPANESE);
        String shortForm = TextRenderer.render(d, 80, false);
        String verbose = TextRenderer.render(d, 80, true);
        assertTrue(shortForm.startsWith(d.title() + "  [delivery.user-unknown]\n\n"), shortForm);
        assertTrue(shortForm.contains("\n対処方法:\n  1. "), shortForm);
        for (String absent : List.of("管理者向けの情報", "判断の根拠", "理由:", "確からしさ")) {
            assertTrue(!shortForm.contains(absent), absent);
            assertTrue(verbose.contains(absent), absent);
        }
        assertTrue(verbose.contains("\n理由: 宛先のユーザーが存在しない（userunknown）、恒久的なエラー: はい\n"), verbose);
        assertTrue(verbose.contains("\n判断の根拠: 文言「user unknown」←「User unknown」（位置 57–69）\n"), verbose);
        for (String line : verbose.split("\n")) {
            assertTrue(TextWrap.width(line) <= 80, line);
        }
        String en = TextRenderer.render(d.in(Locale.ENGLISH), 80, true);
        assertTrue(en.contains("\nReason: unknown user (userunknown); Hard bounce: yes\n"), en);
        assertTrue(en.contains("\nWhy: phrase \"user unknown\" ← \"User unknown\" (57–69)\n"), en);
    }

    @Test
    void anUnrecognisedTextHasNoEmptySections() {
        Diagnosis d = DOC.diagnose("hello world", Locale.ENGLISH);
        String text = TextRenderer.render(d, 80, true);
        assertTrue(!text.contains("For the administrator:\n\n"), text);
        assertTrue(!text.contains(":\n\n"), "no heading without lines under it: " + text);
    }

    @Test
    void everySisimaiReasonAndEvidenceKindHasANameInEveryLanguage() throws ReflectiveOperationException {
        Field f = Class.forName("dev.bouncedoc.catalog.CatalogLoader").getDeclaredField("REASONS");
        f.setAccessible(true);
        @SuppressWarnings("unchecked")
        Set<String> reasons = (Set<String>) f.get(null);
        assertEquals(36, reasons.size());
        for (String lang : List.of("en", "ja")) {
            for (String r : reasons) {
                assertTrue(Labels.WORDS.get(lang).containsKey("reason." + r), lang + " " + r);
            }
            for (dev.bouncedoc.match.Condition c : dev.bouncedoc.match.Condition.values()) {
                assertTrue(Labels.WORDS.get(lang).containsKey("evidence." + c.name().toLowerCase(Locale.ROOT)), lang + " " + c);
            }
            assertTrue(Labels.WORDS.get(lang).containsKey("evidence.similar"));
            assertEquals(Labels.WORDS.get("en").keySet(), Labels.WORDS.get(lang).keySet(), "the same labels in " + lang);
        }
        assertEquals("メールボックスの容量超過（mailboxfull）", TextRenderer.reason("mailboxfull", Locale.JAPANESE));
        assertEquals("mailbox full (mailboxfull)", TextRenderer.reason("mailboxfull", Locale.ENGLISH));
        assertEquals("somethingelse", TextRenderer.reason("somethingelse", Locale.JAPANESE));
    }
}

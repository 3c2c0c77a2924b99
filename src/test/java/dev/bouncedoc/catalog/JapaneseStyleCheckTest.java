package dev.bouncedoc.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The scanners of {@link JapaneseStyleCheck}, input to expected output. */
class JapaneseStyleCheckTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "エラーメール(戻ってきたメール)の場合                 | 6",
        "Windows (スマートフォンの場合は iOS)               | 8",
        "拒否するべきです(RFC 5321 §6.2)。                  | 8",
        "エラーメール（戻ってきたメール）の場合               | -1",
        "「送信 (SMTP) サーバー」を開きます                   | -1",
        "Use port 587 (STARTTLS).                          | -1",
    })
    void findsAHalfWidthParenthesisNextToJapanese(String text, int at) {
        assertEquals(at, JapaneseStyleCheck.gluedParenthesis(text.strip()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{host} に接続できません              | 0",
        "「{host}」に接続できません           | -1",
        "「{address} 宛て」のメール          | -1",
        "差出人として {address} を           | 7",
    })
    void findsAnInsertedValueOutsideQuotes(String text, int at) {
        assertEquals(at, JapaneseStyleCheck.bareArgument(text.strip()));
    }

    @Test
    void tellsLabelsFromQuotedMessagesAndCodes() {
        assertTrue(JapaneseStyleCheck.readsAsLabel("アカウント設定"));
        assertTrue(JapaneseStyleCheck.readsAsLabel("送信 (SMTP) サーバー"));
        assertFalse(JapaneseStyleCheck.readsAsLabel("Diagnostic-Code"));
        assertFalse(JapaneseStyleCheck.readsAsLabel("送信者のメールアドレスが拒否されました"));
        assertFalse(JapaneseStyleCheck.readsAsLabel("チェック ボックスをオンにしてください"));
        assertFalse(JapaneseStyleCheck.readsAsLabel("{host}"));
        assertFalse(JapaneseStyleCheck.readsAsLabel("＠"));
        assertEquals(List.of("ファイル", "アカウント設定"),
                JapaneseStyleCheck.quotations("「ファイル」>「アカウント設定」を開きます"));
    }
}

package dev.bouncedoc.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bouncedoc.BounceDoc;
import dev.bouncedoc.Diagnosis;
import dev.bouncedoc.vocabulary.Retry;
import dev.bouncedoc.vocabulary.WhoActs;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Notices need no retry, receiving errors are the user's or their provider's, and "unknown" does not guess. */
class RetryAndWhoActsTest {
    static final BounceDoc DOC = BounceDoc.create();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Subject: [SPAM] Your invoice is ready                       | notice.spam-tagged         | user          | not-needed",
        "Automatic reply: Meeting next week\\n\\nI am out of the office until 15 August. | notice.auto-reply | nobody | not-needed",
        "-ERR [IN-USE] Mailbox is locked by another POP3 session       | client.mailbox-locked      | user          | later",
        "-ERR [AUTH] Authentication failed                             | client.login-failed        | user          | after-fixing",
        "530 5.7.0 Authentication required                             | client.smtp-auth-required  | sender        | after-fixing",
    })
    void fitTheCase(String input, String id, String who, String retry) {
        Diagnosis d = DOC.diagnose(input.replace("\\n", "\n"));
        assertEquals(id, d.id());
        assertEquals(WhoActs.of(who), d.whoActs());
        assertEquals(Retry.of(retry), d.retry());
    }

    @Test
    void theUnknownAnswerLeavesBothOpen() {
        Diagnosis d = DOC.diagnose("hello, how are you today", Locale.JAPANESE);
        assertEquals(Diagnosis.UNKNOWN, d.id());
        assertNull(d.whoActs());
        assertNull(d.retry());
        String json = JsonRenderer.render(d);
        assertTrue(json.contains("\"whoActs\":null"), json);
        assertTrue(json.contains("\"retry\":null"), json);
        assertTrue(TextRenderer.render(d).contains("判別できません（エラーを認識できませんでした）"), TextRenderer.render(d));
    }

    @Test
    void aNoticeSaysNothingIsToBeDoneNotThatItClearsByItself() {
        Diagnosis d = DOC.diagnose("Automatic reply: Meeting next week\n\nI am out of the office until 15 August.",
                Locale.JAPANESE);
        String text = TextRenderer.render(d);
        assertTrue(text.contains("対応は不要です\n"), text);
        assertTrue(text.contains("不要です（エラーではありません）"), text);
        assertFalse(text.contains("時間がたてば解消します"), text);
        assertFalse(text.contains("再送しても届きません"), text);
    }

    @Test
    void everyValueHasWordsInBothLanguages() {
        for (String lang : new String[] {"en", "ja"}) {
            for (WhoActs w : WhoActs.values()) {
                assertTrue(Labels.WORDS.get(lang).containsKey(w.id()), lang + " " + w.id());
            }
            for (Retry r : Retry.values()) {
                assertTrue(Labels.WORDS.get(lang).containsKey(r.id()), lang + " " + r.id());
            }
            assertTrue(Labels.WORDS.get(lang).containsKey("unknown"), lang);
        }
        assertEquals("不要です（エラーではありません）", Labels.retry(Locale.JAPANESE, Retry.NOT_NEEDED));
        assertEquals("not needed: nothing failed", Labels.retry(Locale.ENGLISH, Retry.NOT_NEEDED));
        assertEquals("ご契約のプロバイダーまたはメール管理者", Labels.whoActs(Locale.JAPANESE, WhoActs.USER_PROVIDER));
    }
}

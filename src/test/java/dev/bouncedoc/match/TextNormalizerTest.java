package dev.bouncedoc.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormalizerTest {
    /**
     * The fast paths (ASCII, and characters the normaliser leaves alone) give what NFKC with case folding
     * gives: normalising a text equals normalising its NFKC_Casefold form, for every BMP character alone,
     * between letters, and before a combining mark (which must join it into one chunk).
     */
    @Test
    void fastPathsAgreeWithIcuForEveryBmpCharacter() {
        com.ibm.icu.text.Normalizer2 nfkcCf = com.ibm.icu.text.Normalizer2.getNFKCCasefoldInstance();
        for (int c = 0; c < 0x10000; c++) {
            if (Character.isSurrogate((char) c)) {
                continue;
            }
            for (String s : new String[] {String.valueOf((char) c), "x" + (char) c + "y", (char) c + "\u3099",
                    (char) c + "\u0301"}) {
                assertEquals(TextNormalizer.normalize(nfkcCf.normalize(s)).text(), TextNormalizer.normalize(s).text(),
                        () -> String.format("U+%04X in %s", (int) s.charAt(0), s));
            }
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ＳＭＴＰ ５５０|smtp 550",
            "Relay   Access\tDenied|relay access denied",
            "ｻｰﾊﾞｰに接続できません|サーバに接続できません",
            "ｻﾞｰﾊﾞｰ|ザーバ",
            "送信 (SMTP) サーバー に接続|送信(smtp)サーバに接続",
            "ユーザー名またはパスワード|ユーザ名またはパスワード",
            "コンピューター|コンピュータ",
            "“quoted” ‘text’|\"quoted\" 'text'",
            "  leading and trailing  |leading and trailing",
            "Straße|strasse",
            "０ｘ８００ＣＣＣ０Ｅ|0x800ccc0e",
    })
    void normalisesLikeTheSpecification(String input, String expected) {
        assertEquals(expected, TextNormalizer.normalize(input).text());
    }

    @Test
    void aLongRunOfAlternatingCombiningMarksIsNormalisedInLinearTime() {
        // U+0301 (class 230) and U+0316 (class 220) alternate: canonical reordering sorts the run by insertion
        // (one text of 64,013 characters took 3 to 7 s before, 0.05 to 0.2 s now)
        String input = "a" + "\u0301\u0316".repeat(32_000) + " user unknown";
        NormalizedText n = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(3),
                () -> TextNormalizer.normalize(input));
        assertTrue(n.text().endsWith(" user unknown"), n.text().substring(n.text().length() - 20));
        // 'a' and its first U+0301 compose into one letter; every other mark is kept
        assertEquals(input.length() - 1, n.text().length());
        // a letter with a few marks is normalised as a whole, as before
        assertEquals("\u00e9\u0316", TextNormalizer.normalize("e\u0301\u0316").text());
    }

    @Test
    void dropsRepeatedPrefixesOfAMultiLineReply() {
        String gmail = "421-4.7.29 Your email has been rate limited because this message wasn't sent\n"
                + "421-4.7.29 over a TLS connection. Gmail requires all senders to use TLS/SSL\n"
                + "421 4.7.29 for SMTP connections. - gsmtp";
        String text = TextNormalizer.normalize(gmail).text();
        assertEquals("421-4.7.29 your email has been rate limited because this message is not sent over a tls "
                + "connection. gmail requires all senders to use tls/ssl for smtp connections. - gsmtp", text);
        assertEquals("550-mailbox unavailable, try later", TextNormalizer.normalize("550-mailbox unavailable,\n550 try later").text());
        // different codes are kept, and so is a number that is not at a word start
        assertEquals("421 busy 550 5.1.1 no user", TextNormalizer.normalize("421 busy\n550 5.1.1 no user").text());
        assertEquals("port 5550 550", TextNormalizer.normalize("port 5550 550").text());
        // a status code is part of the prefix; past eight different prefixes, repeats are still found
        assertEquals("550 5.1.1 a 550 5.1.10 b c", TextNormalizer.normalize("550 5.1.1 a\n550 5.1.10 b\n550 5.1.1 c").text());
        assertEquals("201 a 202 b 203 c 204 d 205 e 206 f 207 g 208 h 209 i j k l",
                TextNormalizer.normalize("201 a\n202 b\n203 c\n204 d\n205 e\n206 f\n207 g\n208 h\n209 i\n"
                        + "201 j\n209 k\n209 l").text());
        assertEquals(TextNormalizer.normalize("201 a\n202 b\n203 c\n204 d\n205 e\n206 f\n207 g\n208 h\n209 i\n"
                        + "201 j\n209 k\n209 l").text(),
                TextNormalizer.normalize("201 a\n202 b\n203 c\n204 d\n205 e\n206 f\n207 g\n208 h\n209 i\n"
                        + "201 j\n209 k\n209 l\u00e9").text().replace("\u00e9", ""));
    }

    @Test
    void keepsTheLongVowelInsideAWord() {
        assertEquals("メールソフト", TextNormalizer.normalize("メールソフト").text());
    }

    @Test
    void mapsEveryNormalisedCharacterBackToTheOriginal() {
        String input = "ＳＭＴＰ  サーバー: 550";
        NormalizedText n = TextNormalizer.normalize(input);
        int at = n.text().indexOf("550");
        assertEquals("550", input.substring(n.originalStart(at), n.originalEnd(at + 3)));
        int smtp = n.text().indexOf("smtp");
        assertEquals("ＳＭＴＰ", input.substring(n.originalStart(smtp), n.originalEnd(smtp + 4)));
        int server = n.text().indexOf("サーバ");
        assertEquals("サーバー", input.substring(n.originalStart(server), n.originalEnd(server + 3)));
    }

    @Test
    void composesHalfWidthVoicedMarksAcrossCodePoints() {
        String input = "ｶﾞ";
        NormalizedText n = TextNormalizer.normalize(input);
        assertEquals("ガ", n.text());
        assertEquals(0, n.originalStart(0));
        assertEquals(2, n.originalEnd(1));
    }

    @Test
    void cutsVeryLongInputAndSaysSo() {
        String input = "a".repeat(TextNormalizer.MAX_INPUT_CHARS + 10);
        NormalizedText n = TextNormalizer.normalize(input);
        assertTrue(n.truncated());
        assertEquals(TextNormalizer.MAX_INPUT_CHARS, n.text().length());
        assertFalse(TextNormalizer.normalize("short").truncated());
    }

    @Test
    void neverSplitsASurrogatePairAtTheCut() {
        String input = "a".repeat(TextNormalizer.MAX_INPUT_CHARS - 1) + "😀tail";
        NormalizedText n = TextNormalizer.normalize(input);
        assertTrue(n.truncated());
        assertEquals(TextNormalizer.MAX_INPUT_CHARS - 1, n.text().length());
    }

    @Test
    void emptyAndBlankInputNormaliseToNothing() {
        assertEquals("", TextNormalizer.normalize("").text());
        assertEquals("", TextNormalizer.normalize(" \n\t\u3000").text());
    }

    @Test
    void variantsOfOneWordingBecomeOne() {
        assertEquals(TextNormalizer.normalize("サーバーにログインできません").text(),
                TextNormalizer.normalize("サーバにサインインできませんでした").text());
        assertEquals(TextNormalizer.normalize("送信者のアドレス").text(), TextNormalizer.normalize("差出人のアドレス").text());
        assertEquals("could not connect to the server", TextNormalizer.normalize("Couldn't connect to the server").text());
        assertEquals("could not connect to the server", TextNormalizer.normalize("Unable to connect to the server").text());
        assertEquals("please login with your username", TextNormalizer.normalize("Please sign in with your user name").text());
        assertEquals("could not send", TextNormalizer.normalize("Can't send").text());
        assertEquals("could not send", TextNormalizer.normalize("Cannot send").text());
        assertEquals("could not connect to", TextNormalizer.normalize("Failed to connect to").text());
        assertEquals("authentication failed", TextNormalizer.normalize("Authentication was unsuccessful").text());
        // Japanese: "failed to" / "could not" / the plain form, and spellings of one word
        assertEquals(TextNormalizer.normalize("サーバーに接続できません").text(),
                TextNormalizer.normalize("サーバーに接続に失敗しました").text());
        assertEquals(TextNormalizer.normalize("接続できません").text(), TextNormalizer.normalize("接続できなかった").text());
        assertEquals(TextNormalizer.normalize("サーバーは認証を拒否").text(), TextNormalizer.normalize("メールサーバは認証を拒否").text());
        assertEquals("the server does not support authentication",
                TextNormalizer.normalize("The mail server doesn't support authentication").text());
        assertEquals(TextNormalizer.normalize("接続が予期せず切断されました").text(),
                TextNormalizer.normalize("コネクションが突然切断されました").text());
        assertEquals(TextNormalizer.normalize("ネットワークに到達できません").text(),
                TextNormalizer.normalize("ネットワークへ到達できません").text());
        // only at word edges: "catalog on" is not "log on", "blogin" stays
        assertEquals("catalog one blogin", TextNormalizer.normalize("catalog one blogin").text());
    }

    @Test
    void evidenceOffsetsStillPointAtTheInputAfterAVariant() {
        String input = "Couldn't connect: host mail.example.jp";
        NormalizedText t = TextNormalizer.normalize(input);
        int at = t.text().indexOf("host");
        assertEquals("host", input.substring(t.originalStart(at), t.originalEnd(at + 4)));
        assertEquals("Couldn't", input.substring(t.originalStart(0), t.originalEnd("could not".length())));
    }
}

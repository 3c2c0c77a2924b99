package dev.bouncedoc.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextTest {
    @Test
    void aReplyCodeStandsAloneOrInBrackets() {
        assertEquals("550", Text.replyCode("550 5.1.1 User unknown"));
        assertEquals("550", Text.replyCode("mailbox unavailable. [SMTP Error Code 550]"));
        assertEquals("452", Text.replyCode("host said: (452) too many recipients"));
        assertNull(Text.replyCode("port 5550 and 550-12 are not replies"));
        assertNull(Text.replyCode("build 5.501, [x550]"));
    }

    @Test
    void containsAnyLowerSearchesTheLowerCaseWithoutBuildingIt() {
        assertTrue(Text.containsAnyLower("Delivery to the following recipients FAILED.", "nothing", "recipients failed"));
        assertFalse(Text.containsAnyLower("Delivery to the following recipients FAILED.", "nothing", "recipient failed"));
        assertTrue(Text.containsAnyLower("ÄRGER im Büro", "ärger"));
        assertTrue(Text.containsAnyLower("ＵＳＥＲ　ＵＮＫＮＯＷＮ です", "ｕｓｅｒ"));
        assertTrue(Text.containsAnyLower("\u212Aelvin", "kelvin")); // the Kelvin sign lower-cases to k
        assertTrue(Text.containsAnyLower("\u0130stanbul", "i\u0307stanbul")); // İ lower-cases to two characters
        assertFalse(Text.containsAnyLower("\u0130stanbul", "istanbul"));
        assertTrue(Text.containsAnyLower("ΟΔΟΣ", "οδος")); // a final capital sigma lower-cases to ς
        assertFalse(Text.containsAnyLower(null, "a"));
        assertTrue(Text.containsAnyLower("abc", ""));
        assertFalse(Text.containsAnyLower("ab", "abc"));
    }

    @Test
    void eachCharacterLowerCasesAsInAWholeTextSaveTheThreeKindsTheScannerLeavesToIt() {
        // containsAnyLower compares characters one by one: it relies on this for every other BMP character
        for (char c = 0; c < 0xFFFF; c++) {
            if (c == '\u0130' || c == '\u03A3' || Character.isSurrogate(c)) {
                continue;
            }
            assertEquals(String.valueOf(c).toLowerCase(Locale.ROOT), String.valueOf(Character.toLowerCase(c)),
                    "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void containsAnyLowerAnswersAsLowerCasingFirst() {
        char[] alphabet = "aAbBkK\u212A iI\u0130\u0307\u03A3\u03C3\u03C2ÄäÉé\uD83D\uDE00ＡａあカーX-.:".toCharArray();
        Random random = new Random(14);
        for (int round = 0; round < 200_000; round++) {
            String text = word(random, alphabet, 12);
            String a = Text.lower(word(random, alphabet, 3));
            String b = Text.lower(word(random, alphabet, 2));
            assertEquals(Text.containsAny(Text.lower(text), a, b), Text.containsAnyLower(text, a, b), text + " | " + a + " | " + b);
        }
    }

    private static String word(Random random, char[] alphabet, int max) {
        StringBuilder sb = new StringBuilder();
        for (int i = random.nextInt(max + 1); i > 0; i--) {
            sb.append(alphabet[random.nextInt(alphabet.length)]);
        }
        return sb.toString();
    }
}

package dev.bouncedoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16: explain's text is short unless --verbose, wrapped to COLUMNS (80 without it), in the reader's language. */
class TextForPeopleTest {
    static final String TEXT = "550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown";

    static String run(int columns, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new ByteArrayInputStream(new byte[0]), false, columns);
        assertEquals(0, status);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int widest(String text) {
        return text.lines().mapToInt(TextForPeopleTest::width).max().orElse(0);
    }

    /** Display width: two columns for wide and full-width characters. */
    private static int width(String line) {
        int w = 0;
        for (int cp : line.codePoints().toArray()) {
            int eaw = com.ibm.icu.lang.UCharacter.getIntPropertyValue(cp, com.ibm.icu.lang.UProperty.EAST_ASIAN_WIDTH);
            w += eaw == com.ibm.icu.lang.UCharacter.EastAsianWidth.WIDE
                    || eaw == com.ibm.icu.lang.UCharacter.EastAsianWidth.FULLWIDTH ? 2 : 1;
        }
        return w;
    }

    @Test
    void explainIsShortByDefaultAndVerboseOnRequest() {
        String plain = run(80, "explain", "--lang", "en", TEXT);
        assertTrue(plain.startsWith("The recipient's address does not exist  [delivery.user-unknown]\n\n"), plain);
        assertTrue(plain.contains("\nWhat to do:\n  1. "), plain);
        assertFalse(plain.contains("For the administrator"), plain);
        assertFalse(plain.contains("Why:"), plain);
        String verbose = run(80, "explain", "--verbose", "--lang", "en", TEXT);
        assertTrue(verbose.startsWith(plain.substring(0, plain.length() - 1)), "the short form, then more");
        assertTrue(verbose.contains("\nFor the administrator:\n  - "), verbose);
        assertTrue(verbose.contains("\nWhy: phrase \"user unknown\" ← \"User unknown\" (57–69)\n"), verbose);
        assertEquals(verbose, run(80, "explain", "-v", "--lang", "en", TEXT));
    }

    @Test
    void textIsWrappedToTheColumnsInBothLanguages() {
        for (int columns : new int[] {40, 80, 120}) {
            for (String lang : new String[] {"en", "ja"}) {
                String text = run(columns, "explain", "--verbose", "--lang", lang, TEXT);
                assertTrue(widest(text) <= columns, lang + " " + columns + ":\n" + text);
                assertTrue(widest(text) > columns - 12, "lines are filled: " + lang + " " + columns + ":\n" + text);
            }
        }
    }

    @Test
    void scanTextIsWrappedToTheColumnsAsExplainsIs() {
        for (String lang : new String[] {"en", "ja"}) {
            String unwrapped = run(0, "scan", "--lang", lang, "examples/bounce-postfix-ja.eml");
            assertTrue(widest(unwrapped) > 60, "some line is longer than 60 columns unwrapped:\n" + unwrapped);
            for (int columns : new int[] {40, 60, 80}) {
                String text = run(columns, "scan", "--lang", lang, "examples/bounce-postfix-ja.eml");
                assertTrue(widest(text) <= columns, lang + " " + columns + ":\n" + text);
                // the same words in the same order: only line ends and indents differ
                assertEquals(unwrapped.replaceAll("\\s+", ""), text.replaceAll("\\s+", ""), lang + " " + columns);
                // a wrapped line of a recipient goes on indented under it
                for (String line : text.lines().toList()) {
                    assertFalse(line.startsWith(" ") && !line.startsWith("   ") && !line.startsWith("  ") , line);
                }
            }
        }
        String en = run(60, "scan", "--lang", "en", "examples/bounce-postfix-ja.eml");
        assertTrue(en.contains("\nFailed recipients by reason\n"), en);
        assertTrue(en.lines().anyMatch(l -> l.startsWith("     ") && !l.startsWith("      ")),
                "a recipient's line goes on five columns in:\n" + en);
    }

    @Test
    void columnsComesFromTheEnvironmentOrIsEighty() {
        assertEquals(80, Main.columns(null));
        assertEquals(80, Main.columns(""));
        assertEquals(80, Main.columns("wide"));
        assertEquals(80, Main.columns("5"), "too narrow to be meant");
        assertEquals(80, Main.columns("99999"));
        assertEquals(132, Main.columns("132"));
    }

    @Test
    void japaneseOutputHasJapaneseLabels() {
        String text = run(80, "explain", "--verbose", "--lang", "ja", TEXT);
        assertTrue(text.contains("\n理由: 宛先のユーザーが存在しない（userunknown）、恒久的なエラー: はい\n"), text);
        assertTrue(text.contains("\n判断の根拠: 文言「user unknown」←「User unknown」（位置 57–69）\n"), text);
        assertFalse(text.contains("phrase"), text);
    }

    @Test
    void scanHtmlInJapaneseHasJapaneseLabels(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("1.eml"), ScanCommandTest.BOUNCE);
        String html = run(80, "scan", "--format", "html", "--lang", "ja", dir.toString());
        assertTrue(html.contains("<dt>拡張ステータスコード</dt><dd>5.1.1</dd>"), html);
        assertTrue(html.contains("<dt>エラーの文面</dt><dd>550 5.1.1 &lt;bob@example.org&gt;: User unknown</dd>"), html);
        for (String english : new String[] {"<dt>status</dt>", "<dt>reply</dt>", "<dt>diagnostic</dt>", "<dt>remote</dt>"}) {
            assertFalse(html.contains(english), english);
        }
        String en = run(80, "scan", "--format", "html", "--lang", "en", dir.toString());
        assertTrue(en.contains("<dt>status</dt><dd>5.1.1</dd>"), en);
    }

    @Test
    void scanTextNamesReasonsInTheReadersLanguage(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("1.eml"), ScanCommandTest.BOUNCE);
        String ja = run(0, "scan", "--lang", "ja", dir.toString()); // not wrapped: whole lines
        assertTrue(ja.contains("   bob@example.org: 宛先のユーザーが存在しない（userunknown） 5.1.1（恒久的なエラー） — "), ja);
        String en = run(0, "scan", "--lang", "en", dir.toString());
        assertTrue(en.contains("   bob@example.org: unknown user (userunknown) 5.1.1 (hard bounce) — "), en);
    }
}

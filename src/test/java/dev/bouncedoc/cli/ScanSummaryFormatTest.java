package dev.bouncedoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.MessageFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The scan summary's words formatted without ICU (ScanSummary.plain) give what ICU's MessageFormat gives,
 * for every word of the summary in both languages and counts from 0 to millions; forms outside the few it
 * knows are left to ICU.
 */
class ScanSummaryFormatTest {
    private static final int[] COUNTS = {0, 1, 2, 3, 11, 21, 100, 999, 1000, 1001, 2490, 24900, 999999, 1000000,
        1234567, Integer.MAX_VALUE};
    private static final List<String> COUNTED = List.of("messages", "failed", "delayed", "delivered", "complaints",
            "autoReplies", "notBounces", "errors");

    private static String icu(String pattern, Locale l, Object... args) {
        return new MessageFormat(pattern, l).format(args);
    }

    @Test
    void everyCountOfTheSummaryAsIcuHasIt() {
        for (Locale l : List.of(Locale.ENGLISH, Locale.JAPANESE)) {
            for (String key : COUNTED) {
                String pattern = ScanSummary.word(l, key);
                for (int n : COUNTS) {
                    String plain = ScanSummary.plain(pattern, l, new Object[] {n});
                    assertNotNull(plain, key + " " + l); // the summary's own words never need ICU
                    assertEquals(icu(pattern, l, n), plain, key + " " + l + " " + n);
                }
            }
            String totals = ScanSummary.word(l, "totals");
            Object[] args = {"2,490 messages", "10 failed recipients, 3 complaints"};
            assertEquals(icu(totals, l, args), ScanSummary.plain(totals, l, args), l.toString());
        }
    }

    /** Every row of the words file whose English or Japanese is a pattern with {0}: as ICU, or left to it. */
    @Test
    void everyPatternOfTheWordsFileAsIcuOrLeftToIt() throws IOException {
        int compared = 0;
        for (String line : Files.readAllLines(Path.of("src/main/resources/dev/bouncedoc/words/ui-words.tsv"),
                StandardCharsets.UTF_8)) {
            String[] cells = line.split("\t");
            if (line.startsWith("#") || cells.length < 2) {
                continue;
            }
            for (int c = 1; c < cells.length && c < 3; c++) {
                Locale l = c == 1 ? Locale.ENGLISH : Locale.JAPANESE;
                if (!cells[c].contains("{0")) {
                    continue;
                }
                for (int n : COUNTS) {
                    String plain = ScanSummary.plain(cells[c], l, new Object[] {n, "x"});
                    if (plain != null) {
                        assertEquals(icu(cells[c], l, n, "x"), plain, cells[0] + " " + l + " " + n);
                        compared++;
                    }
                }
            }
        }
        assertTrue(compared >= COUNTED.size() * 2 * COUNTS.length, "compared " + compared); // the summary's rows at least
    }

    @Test
    void otherFormsAreLeftToIcu() {
        assertNull(ScanSummary.plain("{0, plural, =0{none} one{# day} other{# days}}", Locale.ENGLISH, new Object[] {0}));
        assertNull(ScanSummary.plain("{0, plural, one{# day} few{# days} other{# days}}", Locale.ENGLISH, new Object[] {2}));
        assertNull(ScanSummary.plain("{0, select, a{x} other{y}}", Locale.ENGLISH, new Object[] {"a"}));
        assertNull(ScanSummary.plain("it''s {0}", Locale.ENGLISH, new Object[] {1}));
        assertNull(ScanSummary.plain("{0, number, percent}", Locale.ENGLISH, new Object[] {1}));
        assertNull(ScanSummary.plain("{0, plural, one{# day}}", Locale.ENGLISH, new Object[] {1}));
        assertNull(ScanSummary.plain("{0, plural, one{# {1}} other{#}}", Locale.ENGLISH, new Object[] {1, "x"}));
        assertNull(ScanSummary.plain("{0}", Locale.ENGLISH, new Object[] {-1}));
        assertNull(ScanSummary.plain("{0}", Locale.FRENCH, new Object[] {1}));
        assertNull(ScanSummary.plain("{1}", Locale.ENGLISH, new Object[] {1}));
        assertNull(ScanSummary.plain("a } b", Locale.ENGLISH, new Object[] {1}));
        assertNull(ScanSummary.plain("{0, plural, one{# day} other{# days}", Locale.ENGLISH, new Object[] {1}));
    }

    @Test
    void otherFormsItKnowsAsIcu() {
        for (String p : List.of("{0} of {1}", "{ 0 , plural , one {# day} other {# days} } left: {1}", "# {0} #",
                "{0, plural, other{# items}}", "【{1}】{0, plural, one{#件} other{#件}}")) {
            for (Locale l : List.of(Locale.ENGLISH, Locale.JAPANESE)) {
                for (int n : COUNTS) {
                    Object[] args = {n, "x"};
                    String plain = ScanSummary.plain(p, l, args);
                    assertNotNull(plain, p);
                    assertEquals(icu(p, l, args), plain, p + " " + l + " " + n);
                }
            }
        }
    }
}

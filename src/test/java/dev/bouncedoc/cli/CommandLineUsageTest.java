package dev.bouncedoc.cli;

import static dev.bouncedoc.cli.MainTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 16: help on every subcommand, and --lang validated. */
class CommandLineUsageTest {
    @ParameterizedTest
    @CsvSource({
        "explain,--help,Usage: bouncedoc explain",
        "explain,-h,Usage: bouncedoc explain",
        "scan,--help,Usage: bouncedoc scan",
        "scan,-h,Usage: bouncedoc scan",
        "catalog,--help,Usage: bouncedoc catalog",
        "catalog,-h,Usage: bouncedoc catalog"})
    void everySubcommandShowsItsHelpAndExitsZero(String command, String option, String usage) {
        MainTest.Run r = run("", command, option);
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith(usage), r.out());
        assertTrue(r.out().contains("--lang=ja|en"), r.out());
        assertEquals("", r.err());
    }

    @Test
    void helpAfterOtherOptionsIsStillHelp() {
        MainTest.Run r = run("", "explain", "--lang", "en", "--help");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("Usage: bouncedoc explain"), r.out());
    }

    @ParameterizedTest
    @CsvSource({"ja,ja", "en,en", "JA,ja", "ja-JP,ja", "en-US,en", "ja_JP.UTF-8,ja", "en_US.UTF-8,en",
        "ja_JP.eucJP,ja", "en_GB,en", "ja_JP.UTF-8@mod,ja"})
    void acceptedLanguagesChooseTheTextsLanguage(String lang, String expected) {
        MainTest.Run r = run("", "explain", "--format", "json", "--lang", lang, "0x800CCC0E");
        assertEquals(0, r.status(), r.err());
        assertEquals(expected, r.json().getString("lang"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "japanese", "", "j", "ja-", "ja.", "ja_JAPAN", "en-1", "jp", "english"})
    void anyOtherLanguageIsAUsageErrorNamingTheAcceptedValues(String lang) {
        MainTest.Run r = run("", "explain", "--lang", lang, "0x800CCC0E");
        assertEquals(2, r.status(), r.out());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("Invalid value for option '--lang': '" + lang + "' is not a language"
                + " bouncedoc has; use ja or en (also ja-JP, en-US, ja_JP.UTF-8)"), r.err());
    }

    @Test
    void scanAndCatalogValidateTheLanguageToo() {
        assertEquals(2, run("", "scan", "--lang", "de", "-").status());
        assertEquals(2, run("", "catalog", "--lang", "zh").status());
    }

    @Test
    void parseLangNamesJapaneseOrEnglishOrNothing() {
        assertEquals(Locale.JAPANESE, Options.parseLang("ja_JP"));
        assertEquals(Locale.ENGLISH, Options.parseLang("en-419"));
        assertNull(Options.parseLang("ja-JP-x"));
        assertNull(Options.parseLang("C"));
        assertNull(Options.parseLang("POSIX"));
    }
}

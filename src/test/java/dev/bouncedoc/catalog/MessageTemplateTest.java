package dev.bouncedoc.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A parsed template formats exactly as ICU's MessageFormat formats its pattern. */
class MessageTemplateTest {
    private static final List<Map<String, String>> ARGUMENTS = arguments();

    private static List<Map<String, String>> arguments() {
        Map<String, String> withNull = new HashMap<>();
        withNull.put("host", null);
        withNull.put("code", "550");
        return List.of(
                Map.of("host", "mail.example.jp", "address", "bob@example.com", "code", "5.7.1"),
                Map.of("host", "{host}", "address", "it's '{x}'", "code", "''"),
                Map.of("host", "メールサーバー"),
                Map.of(),
                withNull);
    }

    @Test
    void everyPatternOfTheCatalogFormatsAsMessageFormatDoes() {
        int patterns = 0;
        int withArguments = 0;
        for (EntryData e : BundledCatalogTest.DATA.entries()) {
            List<TextSet> sets = new ArrayList<>(e.texts().values());
            if (e.whenTransient() != null) {
                sets.addAll(e.whenTransient().texts().values());
            }
            for (TextSet set : sets) {
                for (Map.Entry<String, String> p : set.patterns()) {
                    assertFormatsAsIcu(p.getValue(), set.language());
                    patterns++;
                    withArguments += p.getValue().contains("{") ? 1 : 0;
                }
                for (Map<String, String> args : ARGUMENTS) {
                    TextSet formatted = set.format(args);
                    assertEquals(icu(set.title(), set.language(), args), formatted.title());
                    assertEquals(icu(set.summary(), set.language(), args), formatted.summary());
                }
            }
        }
        assertTrue(patterns > 5000 && withArguments > 20, patterns + " patterns, " + withArguments + " with arguments");
    }

    @Test
    void quotingAndArgumentsFormatAsMessageFormatDoes() {
        for (String pattern : List.of("plain text", "Don't stop", "it''s", "''quoted''", "'{'literal'}'",
                "'{host}' is not an argument", "{host}", "{host}{address}", "at the end: {code}",
                "{code} at the start", "a ' lone quote", "trailing quote'", "''{host}''", "'''{host}'''",
                "x '{' {host} '}' y", "「{host}」に接続できません。", "{ host }",
                "{n, plural, one{# file} other{# files}}", "{host, select, a{A} other{O {address}}}")) {
            for (String language : List.of("en", "ja")) {
                assertFormatsAsIcu(pattern, language);
            }
        }
    }

    private static void assertFormatsAsIcu(String pattern, String language) {
        MessageTemplate template = MessageTemplate.compile(pattern, language);
        for (Map<String, String> args : ARGUMENTS) {
            assertEquals(icu(pattern, language, args), template.format(args), pattern + " with " + args);
        }
    }

    private static String icu(String pattern, String language, Map<String, String> args) {
        return new MessageFormat(pattern, new ULocale(language)).format(args);
    }
}

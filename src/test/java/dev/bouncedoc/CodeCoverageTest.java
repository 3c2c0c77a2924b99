package dev.bouncedoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bouncedoc.match.CodeSyntax;
import dev.bouncedoc.vocabulary.Retry;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every registered code, fed alone, is recognised and explained in both languages: the enhanced status
 * codes of the IANA registry (RFC 3463, 5248) and three widely seen unregistered ones, in class 4 and 5;
 * the 4xx and 5xx reply codes of RFC 5321, 4954, 3207, 7504 and the ETRN/ATRN RFCs; every HRESULT of the
 * Windows mail transports. The lists are facts from ../shared/reference, copied here so that the test
 * stands alone.
 */
class CodeCoverageTest {
    static final BounceDoc DOC = BounceDoc.create();

    /** Subject.detail of every IANA enhanced status code, plus X.4.8, X.7.32 and X.7.40. */
    static final List<String> STATUS_CODES = List.of(
            "0.0", "1.0", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8",
            "1.9", "1.10", "2.0", "2.1", "2.2", "2.3", "2.4", "3.0", "3.1", "3.2",
            "3.3", "3.4", "3.5", "3.6", "4.0", "4.1", "4.2", "4.3", "4.4", "4.5",
            "4.6", "4.7", "5.0", "5.1", "5.2", "5.3", "5.4", "5.5", "5.6", "6.0",
            "6.1", "6.2", "6.3", "6.4", "6.5", "6.6", "6.7", "6.8", "6.9", "6.10",
            "7.0", "7.1", "7.2", "7.3", "7.4", "7.5", "7.6", "7.7", "7.8", "7.9",
            "7.10", "7.11", "7.12", "7.13", "7.14", "7.15", "7.16", "7.17", "7.18", "7.19",
            "7.20", "7.21", "7.22", "7.23", "7.24", "7.25", "7.26", "7.27", "7.28", "7.29",
            "7.30", "4.8", "7.32", "7.40");

    static final List<String> REPLY_CODES = List.of(
            "421", "430", "432", "450", "451", "452", "453", "454", "455", "458",
            "459", "500", "501", "502", "503", "504", "521", "523", "524", "525",
            "530", "533", "534", "535", "538", "550", "551", "552", "553", "554",
            "555", "556");

    static Stream<String> statusCodes() {
        return STATUS_CODES.stream().flatMap(c -> Stream.of("4." + c, "5." + c));
    }

    static Stream<String> replyCodes() {
        return REPLY_CODES.stream();
    }

    static Stream<String> hresults() {
        return CodeSyntax.hresultNames().keySet().stream().sorted();
    }

    private static void explainedInBothLanguages(Diagnosis d) {
        assertNotEquals("unknown", d.id(), d.input());
        for (Locale l : List.of(Locale.ENGLISH, Locale.JAPANESE)) {
            Diagnosis t = d.in(l);
            assertFalse(t.title().isBlank() || t.summary().isBlank(), d.input());
        }
    }

    @ParameterizedTest
    @MethodSource("statusCodes")
    void everyEnhancedStatusCodeIsRecognisedAndExplainedInItsClass(String code) {
        Diagnosis d = DOC.diagnose(code);
        assertEquals(code, String.valueOf(d.codes().status()));
        explainedInBothLanguages(d);
        if (code.startsWith("4")) {
            assertTrue(d.temporary(), code);
            assertNotEquals(Retry.NEVER, d.retry(), code + " is temporary: retrying can help -> " + d.id());
            assertNotEquals(Boolean.TRUE, d.hardBounce(), code + " is temporary -> " + d.id());
        }
    }

    @Test
    void enhancedStatusCodesLandOnManyDistinctEntries() {
        Set<String> permanent = new HashSet<>();
        STATUS_CODES.forEach(c -> permanent.add(DOC.diagnose("5." + c).id()));
        assertTrue(permanent.size() >= 75, "5.x.y codes land on only " + permanent.size() + " entries: " + permanent);
    }

    @ParameterizedTest
    @MethodSource("replyCodes")
    void everyReplyCodeIsRecognisedAndExplained(String code) {
        Diagnosis d = DOC.diagnose(code);
        assertEquals(Integer.parseInt(code), d.codes().reply().value());
        explainedInBothLanguages(d);
    }

    @ParameterizedTest
    @MethodSource("hresults")
    void everyHresultIsRecognisedWithItsNameAndExplained(String hresult) {
        // Without "0x" only error codes (0x8...) are read: a bare 000CCC79 is not something dialogs print.
        List<String> spellings = hresult.startsWith("0x8")
                ? List.of(hresult, hresult.toLowerCase(Locale.ROOT), hresult.substring(2))
                : List.of(hresult, hresult.toLowerCase(Locale.ROOT));
        for (String spelling : spellings) {
            Diagnosis d = DOC.diagnose(spelling);
            assertNotNull(d.codes().hresult(), spelling);
            assertEquals(hresult, d.codes().hresult().hex());
            String name = CodeSyntax.hresultName(hresult);
            assertEquals(name.equals("-") ? null : name, d.codes().hresult().name());
            explainedInBothLanguages(d);
        }
    }

    @Test
    void hresultsAreReadInEverySpellingAUserMayPaste() {
        Map<String, String> spellings = Map.of("0x800CCC0E", "0x800CCC0E", "0x800ccc0e", "0x800CCC0E",
                "800CCC0E", "0x800CCC0E", "\uff10\uff58\uff18\uff10\uff10\uff23\uff23\uff23\uff10\uff25", "0x800CCC0E",
                "-2146644978", "0x800CCC0E", "Error Number: 0x80042109", "0x80042109");
        spellings.forEach((input, hex) -> assertEquals(hex, DOC.diagnose(input).codes().hresult().hex(), input));
        assertEquals("IXP_E_FAILED_TO_CONNECT", DOC.diagnose("-2146644978").codes().hresult().name());
    }
}

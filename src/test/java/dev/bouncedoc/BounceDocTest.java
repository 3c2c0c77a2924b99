package dev.bouncedoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bouncedoc.vocabulary.Evidence;
import dev.bouncedoc.vocabulary.Retry;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BounceDocTest {
    static final BounceDoc DOC = BounceDoc.create();

    @Test
    void nullIsRefusedWithAClearMessage() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> DOC.diagnose(null));
        assertEquals("text to diagnose must not be null", e.getMessage());
        assertThrows(NullPointerException.class, () -> DOC.diagnose("550", null));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "0x800CCC0E|client.cannot-connect",
            "-2146644978|client.cannot-connect",
            "０ｘ８００ＣＣＣ０Ｅ|client.cannot-connect",
            "-ERR [IN-USE] Mailbox is locked by another POP3 session.|client.mailbox-locked",
            "-ERR [LOGIN-DELAY] minimum time between mail checks violation|client.login-delay",
            "530 5.7.0 Must issue a STARTTLS command first|client.starttls-required",
            "554 5.7.1 <bob@example.com>: Relay access denied|client.smtp-auth-required",
            "535 5.7.8 Error: authentication failed: authentication failure|client.smtp-auth-failed",
            "Socket Error: 11004, Error Number: 0x800CCC0E|client.server-not-found",
    })
    void diagnosesTheClassicSingleTexts(String input, String id) {
        assertEquals(id, DOC.diagnose(input).id());
    }

    @Test
    void recognisesTheCodesInTheText() {
        Diagnosis d = DOC.diagnose("The connection to the server has failed. Account: 'mail', Server: "
                + "'smtp.example.ne.jp', Protocol: SMTP, Port: 25, Secure(SSL): No, Socket Error: 10061, "
                + "Error Number: 0x800CCC0E");
        assertEquals("0x800CCC0E", d.codes().hresult().hex());
        assertEquals("IXP_E_FAILED_TO_CONNECT", d.codes().hresult().name());
        assertEquals(10061, d.codes().socketError());
        assertEquals(List.of("smtp.example.ne.jp"), d.codes().hosts());
        assertNull(d.codes().reply());
        assertNull(d.reason());
        assertNull(d.hardBounce());
    }

    @Test
    void deliveryFailuresCarryTheSisimaiReason() {
        Diagnosis d = DOC.diagnose("550 5.1.1 <nobody@example.com>: Recipient address rejected: User unknown in virtual mailbox table");
        assertEquals("userunknown", d.reason());
        assertEquals(Boolean.TRUE, d.hardBounce());
        assertEquals(Retry.NEVER, d.retry());
        assertEquals(550, d.codes().reply().value());
        assertEquals("5.1.1", d.codes().status().toString());
        assertEquals(List.of("nobody@example.com"), d.codes().addresses());
    }

    @Test
    void aTextWithAFullMailboxAndAnUnknownUserCodeIsAFullMailbox() {
        assertEquals("mailboxfull", DOC.diagnose("550 5.1.1 <taro@example.jp>: mailbox full").reason());
    }

    @Test
    void textsComeInTheRequestedLanguage() {
        Diagnosis en = DOC.diagnose("0x800CCC0E", Locale.ENGLISH);
        Diagnosis ja = DOC.diagnose("0x800CCC0E", Locale.JAPAN);
        assertEquals("en", en.locale().getLanguage());
        assertEquals("ja", ja.locale().getLanguage());
        assertNotEquals(en.title(), ja.title());
        assertEquals(ja.title(), en.in(Locale.JAPANESE).title());
        assertSame(en, en.in(Locale.UK));
        assertEquals("en", DOC.diagnose("0x800CCC0E", Locale.GERMAN).locale().getLanguage());
        BounceDoc japanese = BounceDoc.builder().locale(Locale.JAPANESE).build();
        assertEquals(ja.title(), japanese.diagnose("0x800CCC0E").title());
    }

    @Test
    void unrecognisedTextIsUnknownWithHelpfulTexts() {
        Diagnosis d = DOC.diagnose("Hello, how are you?");
        assertEquals("unknown", d.id());
        assertFalse(d.recognised());
        assertEquals(0.0, d.confidence());
        assertTrue(d.evidence().isEmpty());
        assertFalse(d.steps().isEmpty());
        assertFalse(DOC.diagnose("", Locale.JAPANESE).title().isBlank());
    }

    @Test
    void hugeInputIsCutAndSaysSo() {
        String huge = "x ".repeat(BounceDoc.MAX_INPUT_CHARS) + " 0x800CCC0E";
        Diagnosis d = DOC.diagnose(huge);
        assertTrue(d.truncated());
        assertEquals("unknown", d.id(), "text beyond the cap is not matched");
        Diagnosis small = DOC.diagnose("0x800CCC0E");
        assertFalse(small.truncated());
    }

    @Test
    void everyDiagnosisReportsTheCatalogVersion() {
        assertEquals(Catalog.bundled().version(), DOC.diagnose("550").catalogVersion());
        assertEquals(Catalog.bundled().version(), DOC.diagnose("nothing").catalogVersion());
    }

    @Test
    void templateArgumentsAreFilledFromTheInputOrThePlaceholder() {
        for (Diagnosis d : List.of(DOC.diagnose("0x800CCC0D"), DOC.diagnose("0x800CCC0D Server: 'pop.exmaple.jp'"))) {
            String all = d.title() + d.summary() + String.join("", d.steps()) + String.join("", d.adminNotes());
            assertFalse(all.contains("{host}") || all.contains("{address}") || all.contains("{code}"), all);
        }
    }

    @Test
    void isSafeToShareBetweenThreads() {
        List<String> inputs = List.of("0x800CCC0E", "550 5.1.1 user unknown", "-ERR [IN-USE]", "452 4.2.2 Mailbox full",
                "530 5.7.0 Must issue a STARTTLS command first");
        String expected = inputs.stream().map(i -> DOC.diagnose(i).id()).collect(Collectors.joining(","));
        List<String> results = IntStream.range(0, 200).parallel()
                .mapToObj(n -> inputs.stream().map(i -> DOC.diagnose(i, n % 2 == 0 ? Locale.JAPANESE : Locale.ENGLISH).id())
                        .collect(Collectors.joining(",")))
                .collect(Collectors.toList());
        results.forEach(r -> assertEquals(expected, r));
    }

    @Test
    void aTextNoRuleMatchesGetsTheNearestEntryAsALowConfidenceGuess() {
        // reworded: no phrase of the catalog occurs in it, but it shares most of its wording with one
        Diagnosis d = DOC.diagnose("The remote server unexpectedly closed our connection during the session");
        assertTrue(d.recognised(), d.id());
        assertTrue(d.confidence() >= 0.3 && d.confidence() < 0.5, "confidence " + d.confidence());
        assertEquals(List.of("similar"), d.evidence().stream().map(Evidence::kind).collect(Collectors.toList()));
        assertEquals("unknown", DOC.diagnose("lunch on friday at the usual place?").id());
        assertEquals("unknown", DOC.diagnose("hello world").id());
    }
}

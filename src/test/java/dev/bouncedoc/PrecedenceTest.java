package dev.bouncedoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bouncedoc.vocabulary.Evidence;
import dev.bouncedoc.vocabulary.Retry;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The precedence rules of catalog/README.md, on a small catalog made for the purpose. */
class PrecedenceTest {
    static final BounceDoc DOC = BounceDoc.builder()
            .catalog(Catalog.load(Path.of("src/test/resources/catalogs/precedence"))).build();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            // a specific phrase beats an enhanced status code, which beats a bare reply code
            "550 5.1.1 <a@example.com>: mailbox full|t.mailbox-full",
            "550 5.1.1 <a@example.com>|t.unknown-user",
            "550 sorry|t.reply-550",
            // exact status (20) beats subject form (18) beats class (8); an exact reply (15) beats a class status
            "554 5.7.1 denied|t.subject-relay",
            "551 5.9.9 odd|t.permanent",
            "550 5.9.9 odd|t.reply-550",
            // the subject form X.7.1 stands for 4.7.1 and 5.7.1, never for a success code
            "2.7.1|unknown",
            "4.7.1|t.subject-relay",
            // a socket number (35) is more precise than the HRESULT (30) it comes with
            "Socket Error: 11004, Error Number: 0x800CCC0E|t.not-found",
            "Socket Error: 10061, Error Number: 0x800CCC0E|t.connect",
            // a rule of two conditions beats each alone
            "Server: '127.0.0.1', Error Number: 0x800CCC0E|t.scanner",
            "Server: '127.0.0.1'|unknown",
            // a hint decides only when nothing stronger is there
            "Undelivered Mail Returned to Sender|t.bounce",
            "Undelivered Mail Returned to Sender 550 5.1.1|t.unknown-user",
            // ties go to the longer phrase
            "554 relay denied for this sender|t.long",
            "554 relay denied|t.short",
            // POP3 codes, and -ERR as context
            "-ERR [IN-USE] locked|t.in-use",
            "-ERR quota exceeded|t.quota",
            // the server's own POP3 code (32) beats the mail program's generic number (30)
            "Error Number: 0x800CCC0E, Server Response: -ERR [IN-USE] locked|t.in-use",
            "your quota|unknown",
            // normalisation: full width, half width, spacing, long vowel
            "送信(SMTP)サーバに接続できません|t.server",
            "ｿｳｼﾝ|unknown",
            "送信 (ＳＭＴＰ) ｻｰﾊﾞｰ に接続できません|t.server",
            // word edges: no match inside a longer word
            "mailbox fullness|unknown",
    })
    void decidesByThePrecedenceOfTheSpecification(String input, String expected) {
        Diagnosis d = DOC.diagnose(input);
        if (expected.equals("unknown")) {
            // no rule holds; the similarity fallback may still propose an entry, never with confidence
            assertTrue(d.evidence().stream().allMatch(e -> e.kind().equals("similar")), d.evidence().toString());
            assertTrue(d.confidence() < 0.5, d.id() + " " + d.confidence());
            return;
        }
        assertEquals(expected, d.id());
    }

    @Test
    void evidencePointsAtTheDecidingPartOfTheInput() {
        String input = "550 5.1.1 <a@example.com>: Mailbox FULL";
        Diagnosis d = DOC.diagnose(input);
        assertEquals(1, d.evidence().size());
        Evidence e = d.evidence().get(0);
        assertEquals("phrase", e.kind());
        assertEquals("mailbox full", e.value());
        assertEquals("Mailbox FULL", input.substring(e.start(), e.end()));
        assertEquals("Mailbox FULL", e.text());
    }

    @Test
    void evidenceOffsetsReferToTheOriginalFullWidthText() {
        String input = "エラー：　Ｓｏｃｋｅｔ　Ｅｒｒｏｒ：　１１００４";
        Diagnosis d = DOC.diagnose(input);
        assertEquals("t.not-found", d.id());
        assertEquals("１１００４", d.evidence().get(0).text());
        assertEquals(11004, d.codes().socketError());
    }

    @Test
    void confidenceFollowsTheStrengthOfTheEvidence() {
        double phrase = DOC.diagnose("cannot find the host").confidence();
        double status = DOC.diagnose("5.1.1").confidence();
        double reply = DOC.diagnose("550").confidence();
        double hint = DOC.diagnose("undelivered mail returned to sender").confidence();
        assertTrue(phrase > status && status > reply && reply > hint, phrase + " " + status + " " + reply + " " + hint);
        assertEquals(0.0, DOC.diagnose("hello").confidence());
    }

    /**
     * Codes alone decide a bare code surely; beside words the catalog does not know they are a guess at what the
     * server said (catalog/README.md, "Confidence"): same id, confidence below 0.5.
     */
    @Test
    void codesAloneBesideUnknownWordsAreAGuess() {
        Diagnosis bare = DOC.diagnose("SMTP error 550 5.7.1");
        Diagnosis worded = DOC.diagnose("550 5.7.1 Flibbertigibbet wobble frobnicated here");
        assertEquals(bare.id(), worded.id());
        assertTrue(bare.confidence() >= 0.5, "bare " + bare.confidence());
        assertTrue(worded.confidence() < 0.5, "worded " + worded.confidence());
        assertTrue(DOC.diagnose("550").confidence() >= 0.5);
        // a known wording beside the code is not a guess
        assertTrue(DOC.diagnose("550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown").confidence() >= 0.5);
    }

    /**
     * A hint beside the codes does not make them less of a guess (catalog/README.md, "Confidence"): "454 TLS
     * currently unavailable" is the reply code read with the words around it unread.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "454 TLS|t.subject-relay|0.7",
            "454 TLS currently unavailable, please come back|t.subject-relay|0.45",
    })
    void codesWithAHintBesideUnknownWordsAreAGuess(String input, String id, double confidence) {
        Diagnosis d = DOC.diagnose(input);
        assertEquals(id, d.id());
        assertEquals(confidence, d.confidence(), 1e-9, input);
    }

    /**
     * One phrase alone that is short, or that the catalog also gives to another entry, does not tell the entries
     * apart: the answer stays, with a confidence below 0.5; a code of the same entry makes it sure again.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // short (two words): whose mailbox, and refused how?
            "user unknown|t.unknown-user|0.45",
            "relay denied|t.short|0.45",
            // a short hint beside the short phrase does not tell the entries apart; a program's longer frame does
            "SMTP relay denied|t.short|0.45",
            "Error while sending the message: relay denied|t.short|0.9",
            // the same words with the entry's own status code: two pieces of evidence agree
            "550 5.1.1 user unknown|t.unknown-user|0.9",
            // longer phrases of one entry, in English and Japanese
            "cannot find the host|t.host|0.9",
            "送信(SMTP)サーバに接続できません|t.server|0.9",
    })
    void aLoneShortOrSharedPhraseIsAGuess(String input, String id, double confidence) {
        Diagnosis d = DOC.diagnose(input);
        assertEquals(id, d.id());
        assertEquals(confidence, d.confidence(), 1e-9, input);
    }

    @Test
    void codesPreferTheOneTheRuleUsed() {
        Diagnosis d = DOC.diagnose("421 busy; then 550 5.1.1 <x@example.org>");
        assertEquals("t.unknown-user", d.id());
        assertEquals("5.1.1", d.codes().status().toString());
        assertEquals(421, d.codes().reply().value());
        assertEquals("x@example.org", d.codes().addresses().get(0));
    }

    @Test
    void aTemporaryDecidingCodeSelectsTheTransientVariant() {
        Diagnosis permanent = DOC.diagnose("550 5.1.1 <a@example.com> user unknown");
        assertEquals(Retry.AFTER_FIXING, permanent.retry());
        assertEquals(Boolean.TRUE, permanent.hardBounce());
        assertEquals("Summary.", permanent.summary());
        Diagnosis temporary = DOC.diagnose("450 4.1.1 <a@example.com> user unknown", Locale.JAPANESE);
        assertEquals("t.unknown-user", temporary.id());
        assertTrue(temporary.temporary());
        assertEquals(Retry.LATER, temporary.retry());
        assertEquals(Boolean.FALSE, temporary.hardBounce());
        assertEquals("一時的な概要です。", temporary.summary());
        assertEquals("タイトル t.unknown-user ", temporary.title(), "fields not overridden are the entry's own");
        assertEquals("Temporary summary.", temporary.in(Locale.ENGLISH).summary());
        // an entry without a variant reads the same for both classes
        assertEquals("Summary.", DOC.diagnose("452 4.2.2 mailbox full").summary());
    }

    @Test
    void overlayEntriesAddToTheBaseAndReportACombinedVersion() {
        Catalog base = Catalog.load(Path.of("src/test/resources/catalogs/precedence"));
        Catalog overlay = base.withOverlay(Path.of("src/test/resources/catalogs/overlay/catalog.yaml"));
        assertEquals("0.0.1+acme-isp.3", overlay.version());
        BounceDoc doc = BounceDoc.builder().catalog(overlay).build();
        Diagnosis d = doc.diagnose("-ERR ACME-LOCK-77 mailbox locked", Locale.JAPANESE);
        assertEquals("acme.webmail-locked", d.id());
        assertEquals("ACME のメールボックスがロックされています", d.title());
        assertEquals("t.mailbox-full", doc.diagnose("mailbox full").id());
        assertEquals("0.0.1+acme-isp.3", d.catalogVersion());
    }
}

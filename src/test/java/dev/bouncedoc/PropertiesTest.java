package dev.bouncedoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.Transliterator;
import dev.bouncedoc.match.TextNormalizer;
import dev.bouncedoc.render.HtmlRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties that hold for every text, checked on the evaluation texts and on seeded random variants of
 * them: normalisation is idempotent; the same text in full-width letters or another letter case gets the
 * same id; Japanese and English answers agree on the id; HTML never carries input markup unescaped.
 */
class PropertiesTest {
    static final BounceDoc DOC = BounceDoc.create();
    static final Transliterator FULL_WIDTH = Transliterator.getInstance("Halfwidth-Fullwidth");

    static Stream<String> texts() throws IOException {
        List<String> texts = new ArrayList<>();
        for (String file : List.of("single-texts.tsv", "development-2.tsv")) {
            List<String> lines = Files.readAllLines(Path.of("src/test/resources/evaluation", file), StandardCharsets.UTF_8);
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split("\t", -1);
                texts.add(cells[cells.length - 1].replace("\\n", "\n"));
            }
        }
        Random random = new Random(20261122);
        List<String> variants = new ArrayList<>();
        for (String t : texts) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < t.length(); i++) { // random letter case
                char c = t.charAt(i);
                sb.append(random.nextBoolean() ? Character.toUpperCase(c) : Character.toLowerCase(c));
            }
            variants.add(sb.toString());
        }
        texts.addAll(variants);
        return texts.stream();
    }

    @ParameterizedTest
    @MethodSource("texts")
    void normalisationIsIdempotent(String text) {
        String once = TextNormalizer.normalize(text).text();
        assertEquals(once, TextNormalizer.normalize(once).text());
    }

    @ParameterizedTest
    @MethodSource("texts")
    void caseAndFullWidthDoNotChangeTheAnswer(String text) {
        String id = DOC.diagnose(text).id();
        assertEquals(id, DOC.diagnose(text.toUpperCase(Locale.ROOT)).id(), "upper case");
        assertEquals(id, DOC.diagnose(text.toLowerCase(Locale.ROOT)).id(), "lower case");
        assertEquals(id, DOC.diagnose(FULL_WIDTH.transliterate(text)).id(), "full width");
    }

    @ParameterizedTest
    @MethodSource("texts")
    void japaneseAndEnglishAgreeOnTheId(String text) {
        Diagnosis en = DOC.diagnose(text, Locale.ENGLISH);
        Diagnosis ja = DOC.diagnose(text, Locale.JAPANESE);
        assertEquals(en.id(), ja.id());
        assertEquals(en.reason(), ja.reason());
        assertEquals(en.in(Locale.JAPANESE).title(), ja.title());
    }

    static Stream<String> payloads() {
        return Stream.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "'><svg/onload=alert(1)>",
                "javascript:alert(1)", "<iframe src=\"//evil.example\">", "&lt;already&gt; & raw &amp;",
                "550 5.1.1 <bob@example.org>... User unknown <b onmouseover=alert(1)>x</b>",
                "<<script>script>alert(1)<</script>/script>", "\u003cscript\u003e", "＜script＞全角＜/script＞",
                "<a href='x' style=\"background:url(javascript:alert(1))\">");
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void htmlEscapesEveryPieceOfInput(String payload) {
        assertSafeHtml(payload);
    }

    /** The input part of the HTML has no tag, quote or bare ampersand of its own, and no tag escapes it. */
    static void assertSafeHtml(String payload) {
        String html = HtmlRenderer.render(DOC.diagnose(payload));
        int body = html.indexOf("<pre>");
        String input = html.substring(body + 5, html.indexOf("</pre>", body));
        String withoutMarks = input.replace("<mark>", "").replace("</mark>", "");
        assertFalse(withoutMarks.contains("<"), withoutMarks);
        assertFalse(withoutMarks.contains("\""), withoutMarks);
        for (int at = withoutMarks.indexOf('&'); at >= 0; at = withoutMarks.indexOf('&', at + 1)) {
            int semi = withoutMarks.indexOf(';', at);
            boolean entity = semi > at + 1 && semi - at <= 12;
            for (int i = at + 1; entity && i < semi; i++) {
                entity = Character.isLetterOrDigit(withoutMarks.charAt(i)) || withoutMarks.charAt(i) == '#';
            }
            assertTrue(entity, "a bare & in " + withoutMarks);
        }
        assertFalse(html.contains("<script") || html.contains("<img") || html.contains("<svg") || html.contains("<iframe"), html);
    }
}

package dev.bouncedoc.cli;

import static dev.bouncedoc.cli.MainTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16: catalog show and search, scan --format json, one number type for reply codes, --pretty. */
class JsonAndCatalogCommandTest {
    static JsonArray array(String out) {
        return Json.createReader(new StringReader(out)).readArray();
    }

    /** The lines of catalog show: title, then the entry's summary and numbered steps, then its facts. */
    static List<String> withTexts(List<String> titleAndFacts, java.util.Locale locale) {
        dev.bouncedoc.EntryTexts t = dev.bouncedoc.Catalog.bundled().texts("delivery.user-unknown", locale);
        List<String> lines = new java.util.ArrayList<>(titleAndFacts.subList(0, 2));
        lines.add(t.summary());
        lines.add("");
        for (int i = 0; i < t.steps().size(); i++) {
            lines.add("  " + (i + 1) + ". " + t.steps().get(i));
        }
        lines.add("");
        lines.addAll(titleAndFacts.subList(2, titleAndFacts.size()));
        return lines;
    }

    @Test
    void catalogShowGivesOneEntryByIdInTextAndJson() {
        MainTest.Run text = run("", "catalog", "show", "--lang", "en", "delivery.user-unknown");
        assertEquals(0, text.status(), text.err());
        assertEquals(withTexts(List.of("The recipient's address does not exist  [delivery.user-unknown]", "",
                "Kind: delivery", "Reason: unknown user (userunknown)", "Hard bounce: yes", "Who acts: the sender",
                "Retry: never: the same attempt will not succeed",
                "Codes: 5.5.0, 5.1.1, 4.1.1", "ja: 宛先のメールアドレスが存在しません"), java.util.Locale.ENGLISH), text.lines());
        MainTest.Run ja = run("", "catalog", "show", "--lang", "ja", "delivery.user-unknown");
        assertEquals(withTexts(List.of("宛先のメールアドレスが存在しません  [delivery.user-unknown]", "", "種類: delivery",
                "理由: 宛先のユーザーが存在しない（userunknown）", "恒久的なエラー: はい", "対応する人: 送信した人",
                "再試行: 同じ宛先に再送しても届きません", "コード: 5.5.0, 5.1.1, 4.1.1",
                "en: The recipient's address does not exist"), java.util.Locale.JAPANESE), ja.lines());
        MainTest.Run json = run("", "catalog", "show", "--format", "json", "--lang", "ja", "delivery.user-unknown");
        assertEquals(0, json.status(), json.err());
        assertEquals(1, json.lines().size(), "compact: one line");
        JsonObject o = json.json();
        assertEquals("delivery.user-unknown", o.getString("id"));
        assertEquals("宛先のメールアドレスが存在しません", o.getString("title"));
        assertEquals("The recipient's address does not exist", o.getJsonObject("titles").getString("en"));
        assertEquals("userunknown", o.getString("reason"));
        assertTrue(o.getBoolean("hardBounce"));
    }

    @Test
    void catalogShowJsonIsTheEntryWithItsTextsAsTheServiceAnswersIt() {
        dev.bouncedoc.Catalog catalog = dev.bouncedoc.Catalog.bundled();
        for (String lang : List.of("ja", "en")) {
            java.util.Locale locale = java.util.Locale.forLanguageTag(lang);
            MainTest.Run json = run("", "catalog", "show", "--format", "json", "--lang", lang, "delivery.user-unknown");
            assertEquals(0, json.status(), json.err());
            assertEquals(dev.bouncedoc.render.JsonRenderer.renderEntryTexts(catalog, "delivery.user-unknown", locale, null)
                    + "\n", json.out());
            JsonObject o = json.json();
            dev.bouncedoc.EntryTexts t = catalog.texts("delivery.user-unknown", locale);
            assertEquals(t.summary(), o.getString("summary"));
            assertEquals(t.steps(), o.getJsonArray("steps").getValuesAs(jakarta.json.JsonString::getString));
            assertEquals(t.examples(), o.getJsonArray("examples").getValuesAs(jakarta.json.JsonString::getString));
            assertEquals(lang + "/delivery.user-unknown.html", o.getString("helpPath"));
        }
        dev.bouncedoc.CatalogEntry aliased = catalog.entries().stream().filter(e -> !e.aliases().isEmpty())
                .findFirst().orElseThrow();
        MainTest.Run byAlias = run("", "catalog", "show", "--format", "json", "--lang", "en", aliased.aliases().get(0));
        assertEquals(0, byAlias.status(), byAlias.err());
        assertEquals(aliased.id(), byAlias.json().getString("id"));
        assertEquals(aliased.aliases().get(0), byAlias.json().getString("requestedAlias"));
        MainTest.Run pretty = run("", "catalog", "show", "--format", "json", "--pretty", "--lang", "en", "delivery.user-unknown");
        assertEquals(run("", "catalog", "show", "--format", "json", "--lang", "en", "delivery.user-unknown").json(),
                pretty.json());
        assertTrue(pretty.lines().size() > 10, pretty.out());
    }

    @Test
    void optionsBeforeShowApplyToIt() {
        MainTest.Run r = run("", "catalog", "--lang", "ja", "--format", "json", "show", "delivery.user-unknown");
        assertEquals(0, r.status(), r.err());
        assertEquals("宛先のメールアドレスが存在しません", r.json().getString("title"));
    }

    @Test
    void catalogShowOfAnUnknownIdExitsOneWithALine() {
        MainTest.Run r = run("", "catalog", "show", "no.such-entry");
        assertEquals(1, r.status());
        assertEquals("", r.out());
        assertEquals("catalog show: no entry has the id or alias 'no.such-entry' (catalog search WORDS finds one)\n",
                r.err());
    }

    @Test
    void catalogSearchListsTheEntriesWithEveryWord() {
        MainTest.Run r = run("", "catalog", "search", "--format", "json", "--lang", "en", "0x800CCC0E");
        assertEquals(0, r.status(), r.err());
        JsonArray found = array(r.out());
        List<String> withTheCode = run("", "catalog", "--format", "json").json().getJsonArray("entries").stream()
                .map(v -> v.asJsonObject())
                .filter(e -> e.getJsonArray("codes").getValuesAs(jakarta.json.JsonString::getString).contains("0x800CCC0E"))
                .map(e -> e.getString("id")).toList();
        assertTrue(withTheCode.contains("client.cannot-connect"), withTheCode.toString());
        assertEquals(withTheCode, found.stream().map(v -> v.asJsonObject().getString("id")).toList(),
                "exactly the entries that name the code, in catalog order");
        MainTest.Run words = run("", "catalog", "search", "--lang", "en", "MAILBOX full");
        assertEquals(0, words.status(), words.err());
        assertTrue(words.lines().stream().allMatch(l -> l.toLowerCase().contains("mailbox")
                && l.toLowerCase().contains("full")), words.out());
        assertTrue(words.out().contains("delivery.mailbox-full"), words.out());
        MainTest.Run japanese = run("", "catalog", "search", "--lang", "ja", "--format", "json", "存在しません", "宛先");
        assertTrue(array(japanese.out()).stream().anyMatch(v -> v.asJsonObject().getString("id").equals("delivery.user-unknown")),
                japanese.out());
    }

    @Test
    void catalogSearchWithoutAMatchExitsOne() {
        MainTest.Run r = run("", "catalog", "search", "--format", "json", "zzzqqq");
        assertEquals(1, r.status());
        assertEquals("[]\n", r.out());
        assertEquals("catalog search: no entry has every one of: zzzqqq\n", r.err());
    }

    @Test
    void catalogJsonIsCompactUnlessPretty() {
        MainTest.Run compact = run("", "catalog", "--format", "json");
        assertEquals(1, compact.lines().size());
        MainTest.Run pretty = run("", "catalog", "--format", "json", "--pretty");
        assertTrue(pretty.lines().size() > 1000, "indented: one line per field");
        assertEquals(compact.json(), pretty.json());
    }

    @Test
    void explainJsonIsCompactUnlessPretty() {
        MainTest.Run compact = run("", "explain", "--format", "json", "--lang", "en", "0x800CCC0E");
        MainTest.Run pretty = run("", "explain", "--format", "json", "--pretty", "--lang", "en", "0x800CCC0E");
        assertEquals(1, compact.lines().size());
        assertEquals("{", pretty.lines().get(0));
        assertEquals("    \"input\": \"0x800CCC0E\",", pretty.lines().get(1));
        assertEquals(compact.json(), pretty.json());
        assertEquals(2, run("", "explain", "--format", "jsonl", "--pretty", "-").status(), "jsonl is one object per line");
        assertEquals(2, run("", "explain", "--pretty", "550").status(), "text is not JSON");
    }

    @Test
    void scanJsonIsOneArrayOfTheJsonlRecords(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("1.eml"), ScanCommandTest.BOUNCE);
        Files.writeString(dir.resolve("2.eml"), ScanCommandTest.PLAIN);
        Path missing = dir.resolve("missing.eml");
        MainTest.Run jsonl = run("", "scan", "--format", "jsonl", "--lang", "en", dir.toString(), missing.toString());
        MainTest.Run json = run("", "scan", "--format", "json", "--lang", "en", dir.toString(), missing.toString());
        assertEquals(3, json.status(), "the missing path");
        assertEquals(1, json.lines().size(), "compact");
        JsonArray records = array(json.out());
        assertEquals(jsonl.lines().stream().map(l -> Json.createReader(new StringReader(l)).readObject()).toList(), records);
        assertEquals(4, records.size());
        assertEquals(550, records.getJsonObject(0).getInt("replyCode"));
        assertEquals(552, records.getJsonObject(1).getInt("replyCode"));
        assertTrue(records.getJsonObject(3).isNull("bounce"));
        MainTest.Run pretty = run("", "scan", "--format", "json", "--pretty", "--lang", "en", dir.toString());
        assertEquals("[", pretty.lines().get(0));
        assertEquals("    {", pretty.lines().get(1));
        assertEquals("]", pretty.lines().get(pretty.lines().size() - 1));
        assertEquals(records.subList(0, 3), array(pretty.out()));
    }

    @Test
    void scanJsonOfNothingReadableIsAnEmptyArrayOnlyWhenThereAreNoRecords(@TempDir Path dir) {
        MainTest.Run r = run("", "scan", "--format", "json", dir.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("[]\n", r.out());
    }

    @Test
    void replyCodeIsTheSameNumberTypeInScanAndExplain(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("1.eml"), ScanCommandTest.BOUNCE);
        JsonObject scanned = array(run("", "scan", "--format", "json", dir.toString()).out()).getJsonObject(0);
        JsonObject explained = run("", "explain", "--format", "json", "550 5.1.1 user unknown").json();
        assertEquals(jakarta.json.JsonValue.ValueType.NUMBER, scanned.get("replyCode").getValueType());
        assertEquals(jakarta.json.JsonValue.ValueType.NUMBER, scanned.getJsonObject("codes").get("reply").getValueType());
        assertEquals(explained.getJsonObject("codes").get("reply"), scanned.get("replyCode"));
    }
}

package dev.bouncedoc.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bouncedoc.BounceDoc;
import dev.bouncedoc.Catalog;
import dev.bouncedoc.CatalogEntry;
import dev.bouncedoc.render.JsonRenderer;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The API as a client sees it: status codes, content types and JSON bodies of a server started on a free
 * port, in both languages; each body equals what the library's JSON renderers make of the same input, and
 * fits the schema of the hand-written OpenAPI document it serves.
 */
@Timeout(60)
class ServerContractTest {
    static ServerFixture s;
    static JsonObject openapi;
    static final BounceDoc DOC = BounceDoc.create();
    static final String RELAY = "554 5.7.1 <bob@example.com>: Relay access denied";

    @BeforeAll
    static void start() throws Exception {
        s = ServerFixture.standard();
        HttpResponse<String> r = s.get("/v1/openapi.json");
        assertEquals(200, r.statusCode());
        openapi = (JsonObject) ServerFixture.json(r.body());
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    /** Checks a response body against the schema named, as the OpenAPI document defines it. */
    static void fits(String schema, JsonValue value) {
        List<String> wrong = new ArrayList<>();
        SchemaCheck.check(openapi, openapi.getJsonObject("components").getJsonObject("schemas").get(schema), value,
                "$", wrong);
        assertEquals(List.of(), wrong, schema + ": " + value);
    }

    static JsonObject ok(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("application/json", r.headers().firstValue("Content-Type").orElse(""));
        return (JsonObject) ServerFixture.json(r.body());
    }

    @Test
    void explainAnswersTheDiagnosisOfTheLibraryInBothLanguages() throws Exception {
        for (String lang : List.of("ja", "en")) {
            Locale locale = Locale.forLanguageTag(lang);
            HttpResponse<String> r = s.post("/v1/explain", "application/json",
                    "{\"text\":" + ServerFixture.quote(RELAY) + ",\"lang\":\"" + lang + "\"}");
            JsonObject d = ok(r);
            assertEquals(JsonRenderer.render(DOC.diagnose(RELAY, locale)), r.body());
            assertEquals("client.smtp-auth-required", d.getString("id"));
            assertEquals(lang, d.getString("lang"));
            fits("Diagnosis", d);
            // text/plain with ?lang= gives the same body
            HttpResponse<String> plain = s.post("/v1/explain?lang=" + lang, "text/plain; charset=utf-8", RELAY);
            assertEquals(r.body(), plain.body());
        }
        // without lang: the server's default language (English)
        JsonObject d = ok(s.post("/v1/explain", "application/json", "{\"text\":" + ServerFixture.quote(RELAY) + "}"));
        assertEquals("en", d.getString("lang"));
        // a text in another charset, said in its Content-Type
        String ja = "550 5.1.1 宛先のユーザーは存在しません";
        HttpResponse<String> sjis = s.post("/v1/explain?lang=ja", "text/plain; charset=Shift_JIS",
                ja.getBytes("Shift_JIS"));
        assertEquals(JsonRenderer.render(DOC.diagnose(ja, Locale.JAPANESE)), sjis.body());
    }

    @Test
    void everyEvaluationTextIsAnsweredAsTheLibraryAnswersIt() throws Exception {
        List<Map.Entry<String, String>> texts = ServerFixture.evaluationTexts();
        StringBuilder batch = new StringBuilder("{\"lang\":\"ja\",\"texts\":[");
        StringBuilder expected = new StringBuilder("[");
        for (int i = 0; i < texts.size(); i += 7) {
            String text = texts.get(i).getValue();
            Locale locale = Locale.forLanguageTag(texts.get(i).getKey());
            HttpResponse<String> r = s.post("/v1/explain?lang=" + locale.getLanguage(), "text/plain", text);
            assertEquals(200, r.statusCode());
            assertEquals(JsonRenderer.render(DOC.diagnose(text, locale)), r.body(), text);
            fits("Diagnosis", ServerFixture.json(r.body()));
            if (i > 0) {
                batch.append(',');
                expected.append(',');
            }
            batch.append(ServerFixture.quote(text));
            expected.append(JsonRenderer.render(DOC.diagnose(text, Locale.JAPANESE)));
        }
        HttpResponse<String> r = s.post("/v1/explain/batch", "application/json", batch.append("]}").toString());
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(expected.append(']').toString(), r.body());
        JsonArray all = (JsonArray) ServerFixture.json(r.body());
        assertEquals((texts.size() + 6) / 7, all.size());
    }

    @Test
    void readAnswersTheRecordsOfScan() throws Exception {
        byte[] message = Files.readAllBytes(Path.of("examples/bounce-postfix-ja.eml"));
        for (String lang : List.of("ja", "en")) {
            Locale locale = Locale.forLanguageTag(lang);
            HttpResponse<String> r = s.post("/v1/read?lang=" + lang + "&source=postfix.eml", "message/rfc822", message);
            assertEquals(200, r.statusCode(), r.body());
            StringWriter lines = new StringWriter();
            JsonRenderer.writeLines("postfix.eml", BounceDoc.builder().locale(locale).build().read(message), lines);
            assertEquals("[" + lines.toString().strip().replace("\n", ",") + "]", r.body());
            JsonArray records = (JsonArray) ServerFixture.json(r.body());
            assertEquals(2, records.size());
            assertEquals(Set.of("mailboxfull", "userunknown"), Set.of(records.getJsonObject(0).getString("reason"),
                    records.getJsonObject(1).getString("reason")));
            records.forEach(rec -> fits("ScanRecord", rec));
            assertEquals(lang, records.getJsonObject(0).getString("lang"));
        }
        // a message that is no bounce: one record with recipient null
        HttpResponse<String> r = s.post("/v1/read", "message/rfc822",
                "From: a@example.org\r\nTo: b@example.org\r\nSubject: hello\r\n\r\nsee you\r\n");
        JsonArray records = (JsonArray) ServerFixture.json(r.body());
        assertEquals(1, records.size());
        assertEquals(JsonValue.NULL, records.getJsonObject(0).get("recipient"));
        assertFalse(records.getJsonObject(0).getBoolean("bounce"));
        assertEquals("-", records.getJsonObject(0).getString("source"));
        fits("ScanRecord", records.get(0));
    }

    @Test
    void entriesByIdAndAliasInBothLanguagesWithTheirTexts() throws Exception {
        Catalog catalog = Catalog.bundled();
        CatalogEntry aliased = catalog.entries().stream().filter(e -> !e.aliases().isEmpty()).findFirst().orElseThrow();
        for (String lang : List.of("ja", "en")) {
            Locale locale = Locale.forLanguageTag(lang);
            HttpResponse<String> r = s.get("/v1/entries/delivery.user-unknown?lang=" + lang);
            JsonObject e = ok(r);
            assertEquals(JsonRenderer.renderEntryTexts(catalog, "delivery.user-unknown", locale, null), r.body());
            fits("EntryTexts", e);
            dev.bouncedoc.EntryTexts t = catalog.texts("delivery.user-unknown", locale);
            assertEquals("delivery.user-unknown", e.getString("id"));
            assertEquals(JsonValue.NULL, e.get("requestedAlias"));
            assertEquals(lang, e.getString("lang"));
            assertEquals(t.title(), e.getString("title"));
            assertEquals(t.summary(), e.getString("summary"));
            assertEquals(t.steps(), e.getJsonArray("steps").getValuesAs(JsonString::getString));
            assertEquals(t.adminNotes(), e.getJsonArray("adminNotes").getValuesAs(JsonString::getString));
            assertEquals(t.references(), e.getJsonArray("references").getValuesAs(JsonString::getString));
            assertEquals(t.examples(), e.getJsonArray("examples").getValuesAs(JsonString::getString));
            assertFalse(t.steps().isEmpty());
            assertFalse(t.examples().isEmpty());
            assertEquals("sender", e.getString("whoActs"));
            assertEquals("never", e.getString("retry"));
            assertEquals(lang.equals("ja") ? "送信した人" : "the sender", e.getString("whoActsText"));
            assertEquals(lang.equals("ja") ? "同じ宛先に再送しても届きません" : "never: the same attempt will not succeed",
                    e.getString("retryText"));
            assertEquals(List.of("5.5.0", "5.1.1", "4.1.1"), e.getJsonArray("codes").getValuesAs(JsonString::getString));
            assertEquals(lang + "/delivery.user-unknown.html", e.getString("helpPath"));
            assertFalse(e.containsKey("helpUrl"), "no help base URL: no helpUrl");
            // the page of a diagnosis of the same entry is the page the entry names
            assertEquals(DOC.diagnose("550 5.1.1 User unknown", locale).helpPath(), e.getString("helpPath"));

            // by a former id: the entry under its own id, saying which alias was asked for
            String alias = aliased.aliases().get(0);
            JsonObject byAlias = ok(s.get("/v1/entries/" + alias + "?lang=" + lang));
            assertEquals(aliased.id(), byAlias.getString("id"));
            assertEquals(alias, byAlias.getString("requestedAlias"));
            assertEquals(aliased.titles().get(lang), byAlias.getString("title"));
            fits("EntryTexts", byAlias);
        }
        // an entry that reads otherwise for a temporary code has those texts too
        CatalogEntry withTemporary = catalog.entries().stream()
                .filter(x -> catalog.texts(x.id(), Locale.JAPANESE).temporary() != null).findFirst().orElseThrow();
        JsonObject t = ok(s.get("/v1/entries/" + withTemporary.id() + "?lang=ja"));
        assertEquals(catalog.texts(withTemporary.id(), Locale.JAPANESE).temporary().summary(),
                t.getJsonObject("temporary").getString("summary"));
        fits("EntryTexts", t);
        for (String unknown : List.of("no.such-entry", "x".repeat(300), "delivery.user-unknown.html", "DELIVERY.USER-UNKNOWN")) {
            HttpResponse<String> r = s.get("/v1/entries/" + unknown);
            assertEquals(404, r.statusCode(), unknown);
            JsonObject error = (JsonObject) ServerFixture.json(r.body());
            assertEquals("unknown-entry", error.getString("error"));
            fits("Error", error);
        }
        // with a help base URL, the entry's page address too
        try (ServerFixture linked = new ServerFixture(dev.bouncedoc.vocabulary.Limits.DEFAULT,
                ServeOptions.DEFAULT.helpBaseUrl("https://help.example.jp/bouncedoc"))) {
            JsonObject e = ok(linked.get("/v1/entries/delivery.user-unknown?lang=ja"));
            assertEquals("https://help.example.jp/bouncedoc/ja/delivery.user-unknown.html", e.getString("helpUrl"));
            fits("EntryTexts", e);
        }
    }

    @Test
    void catalogIsTheListingOfTheCommandLine() throws Exception {
        Catalog catalog = Catalog.bundled();
        for (String lang : List.of("ja", "en")) {
            HttpResponse<String> r = s.get("/v1/catalog?lang=" + lang);
            JsonObject c = ok(r);
            StringWriter expected = new StringWriter();
            JsonRenderer.writeCatalog(catalog, Locale.forLanguageTag(lang), expected, false);
            assertEquals(expected.toString(), r.body());
            assertEquals(catalog.version(), c.getString("version"));
            assertEquals(catalog.entries().size(), c.getJsonArray("entries").size());
            fits("Catalog", c);
        }
    }

    @Test
    void healthSaysOkWithTheCatalogVersion() throws Exception {
        JsonObject h = ok(s.get("/v1/health"));
        assertEquals("ok", h.getString("status"));
        assertEquals(Catalog.bundled().version(), h.getString("catalogVersion"));
        assertEquals(64, h.getInt("maxConcurrent"));
        fits("Health", h);
    }

    @Test
    void openApiDocumentNamesEveryRouteAndItsSchemasResolve() {
        assertEquals("3.1.0", openapi.getString("openapi"));
        assertEquals(Set.of("/v1/explain", "/v1/explain/batch", "/v1/read", "/v1/entries/{id}", "/v1/catalog",
                "/v1/health", "/v1/openapi.json"), openapi.getJsonObject("paths").keySet());
        Set<String> refs = new HashSet<>();
        collectRefs(openapi, refs);
        for (String ref : refs) {
            assertTrue(ref.startsWith("#/components/schemas/"), ref);
            assertTrue(openapi.getJsonObject("components").getJsonObject("schemas")
                    .containsKey(ref.substring("#/components/schemas/".length())), ref);
        }
    }

    private static void collectRefs(JsonValue v, Set<String> refs) {
        if (v instanceof JsonObject o) {
            o.forEach((k, x) -> {
                if (k.equals("$ref")) {
                    refs.add(((JsonString) x).getString());
                } else {
                    collectRefs(x, refs);
                }
            });
        } else if (v instanceof JsonArray a) {
            a.forEach(x -> collectRefs(x, refs));
        }
    }

    @Test
    void errorsAreJsonWithTheirStatus() throws Exception {
        String relay = "{\"text\":" + ServerFixture.quote(RELAY) + "}";
        record Case(int status, String error, HttpResponse<String> response) {
        }
        byte[] utf16 = relay.getBytes(StandardCharsets.UTF_16);
        List<Case> cases = List.of(
                new Case(400, "bad-json", s.post("/v1/explain", "application/json", "{\"text\":")),
                new Case(400, "bad-json", s.post("/v1/explain", "application/json", "[\"text\"]")),
                new Case(400, "bad-json", s.post("/v1/explain", "application/json", "")),
                new Case(400, "bad-json", s.post("/v1/explain", "application/json", "{\"text\":\"a\"} trailing")),
                new Case(400, "bad-json", s.post("/v1/explain", "application/json", "[".repeat(100_000))),
                new Case(400, "bad-json", s.post("/v1/explain", "application/json",
                        new byte[] {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xff, (byte) 0xfe, '"', '}'})),
                new Case(400, "missing-text", s.post("/v1/explain", "application/json", "{\"lang\":\"ja\"}")),
                new Case(400, "missing-text", s.post("/v1/explain", "application/json", "{\"text\":42}")),
                new Case(400, "missing-text", s.post("/v1/explain", "application/json", "{\"text\":\"\"}")),
                new Case(400, "missing-text", s.post("/v1/explain", "text/plain", "")),
                new Case(400, "missing-text", s.post("/v1/explain/batch", "application/json", "{\"texts\":\"a\"}")),
                new Case(400, "missing-text", s.post("/v1/explain/batch", "application/json", "{\"texts\":[\"a\",null]}")),
                new Case(400, "unknown-lang", s.post("/v1/explain?lang=fr", "text/plain", RELAY)),
                new Case(400, "unknown-lang", s.get("/v1/catalog?lang=xx")),
                new Case(404, "not-found", s.get("/v2/explain")),
                new Case(404, "not-found", s.get("/v1/nothing")),
                new Case(404, "not-found", s.get("/")),
                new Case(405, "method-not-allowed", s.get("/v1/explain")),
                new Case(405, "method-not-allowed", s.post("/v1/catalog", "application/json", "{}")),
                new Case(415, "unsupported-media-type", s.post("/v1/explain", "application/xml", "<a/>")),
                new Case(415, "unsupported-media-type", s.post("/v1/explain", null, relay)),
                new Case(415, "unsupported-media-type", s.post("/v1/explain", "application/json; charset=utf-16", utf16)),
                new Case(415, "unsupported-media-type", s.post("/v1/explain", "text/plain; charset=no-such", RELAY)),
                new Case(415, "unsupported-media-type", s.post("/v1/explain/batch", "text/plain", RELAY)),
                new Case(415, "unsupported-media-type", s.post("/v1/read", "text/plain", "Subject: x\r\n\r\nx")));
        for (Case c : cases) {
            HttpResponse<String> r = c.response();
            String what = r.request().method() + " " + r.uri() + " -> " + r.body();
            assertEquals(c.status(), r.statusCode(), what);
            assertEquals("application/json", r.headers().firstValue("Content-Type").orElse(""), what);
            JsonObject e = (JsonObject) ServerFixture.json(r.body());
            assertEquals(c.status(), e.getInt("status"), what);
            assertEquals(c.error(), e.getString("error"), what);
            assertFalse(r.body().contains("Exception") || r.body().contains("\tat "), what);
            fits("Error", e);
        }
        assertEquals("POST, OPTIONS", s.get("/v1/explain").headers().firstValue("Allow").orElse(""));
        // every error appears in the document under its route
        JsonObject explain = openapi.getJsonObject("paths").getJsonObject("/v1/explain").getJsonObject("post")
                .getJsonObject("responses");
        for (String status : List.of("200", "400", "405", "413", "415", "503")) {
            assertTrue(explain.containsKey(status), status);
        }
    }

    @Test
    void oversizedBodiesAre413BeforeTheyAreRead() throws Exception {
        // 1 MiB + 1 of text/plain for explain (limit 16 x 65,536 bytes), 16 MiB + 1 for read
        byte[] big = new byte[16 * 65_536 + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        HttpResponse<String> r = s.post("/v1/explain", "text/plain", big);
        assertEquals(413, r.statusCode(), r.body());
        assertEquals("too-large", ((JsonObject) ServerFixture.json(r.body())).getString("error"));
        // just below the limit: answered, the text cut at 65,536 characters and said so
        JsonObject d = ok(s.post("/v1/explain", "text/plain", java.util.Arrays.copyOf(big, big.length - 1)));
        assertTrue(d.getBoolean("truncated"));
        // a batch of more texts than allowed
        String many = "{\"texts\":[" + String.join(",", java.util.Collections.nCopies(101, "\"550\"")) + "]}";
        HttpResponse<String> batch = s.post("/v1/explain/batch", "application/json", many);
        assertEquals(413, batch.statusCode());
        assertEquals("too-many-texts", ((JsonObject) ServerFixture.json(batch.body())).getString("error"));
    }

    @Test
    void corsIsOffUnlessConfiguredAndOnlyForTheOriginGiven() throws Exception {
        HttpResponse<String> r = s.get("/v1/health", "Origin", "https://crm.example.com");
        assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
        try (ServerFixture cors = new ServerFixture(dev.bouncedoc.vocabulary.Limits.DEFAULT,
                ServeOptions.DEFAULT.access(null, List.of("https://crm.example.com")))) {
            HttpResponse<String> allowed = cors.post("/v1/explain", "text/plain", RELAY, "Origin", "https://crm.example.com");
            assertEquals(200, allowed.statusCode());
            assertEquals("https://crm.example.com", allowed.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
            HttpResponse<String> other = cors.post("/v1/explain", "text/plain", RELAY, "Origin", "https://evil.example");
            assertTrue(other.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
            HttpResponse<String> preflight = ServerFixture.CLIENT.send(java.net.http.HttpRequest.newBuilder(
                    cors.uri("/v1/explain")).method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody())
                    .header("Origin", "https://crm.example.com").header("Access-Control-Request-Method", "POST").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(204, preflight.statusCode());
            assertEquals("POST, OPTIONS", preflight.headers().firstValue("Access-Control-Allow-Methods").orElse(""));
            assertEquals("https://crm.example.com", preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        }
    }

    @Test
    void aTokenIsRequiredWhenConfiguredExceptForHealthAndTheDocument() throws Exception {
        try (ServerFixture secured = new ServerFixture(dev.bouncedoc.vocabulary.Limits.DEFAULT,
                ServeOptions.DEFAULT.access("s3cret-token", List.of()))) {
            HttpResponse<String> none = secured.post("/v1/explain", "text/plain", RELAY);
            assertEquals(401, none.statusCode());
            assertEquals("unauthorized", ((JsonObject) ServerFixture.json(none.body())).getString("error"));
            assertTrue(none.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
            assertEquals(401, secured.post("/v1/explain", "text/plain", RELAY, "Authorization", "Bearer wrong").statusCode());
            assertEquals(401, secured.get("/v1/catalog", "Authorization", "Basic czNjcmV0LXRva2Vu").statusCode());
            HttpResponse<String> ok = secured.post("/v1/explain", "text/plain", RELAY, "Authorization", "Bearer s3cret-token");
            assertEquals(200, ok.statusCode());
            assertEquals(200, secured.get("/v1/health").statusCode());
            assertEquals(200, secured.get("/v1/openapi.json").statusCode());
        }
    }

    @Test
    void theAccessLogHasOneLinePerRequestAndNeverABody() throws Exception {
        try (ServerFixture f = ServerFixture.standard()) {
            String secret = "550 5.1.1 <private.person@example.org> no such user zqxj";
            f.post("/v1/explain?lang=ja", "text/plain", secret);
            f.get("/v1/nothing");
            f.get("/v1/health?probe=1");
            // the log line is written once the response is complete: wait for it
            long until = System.nanoTime() + 5_000_000_000L;
            while (f.log.size() < 3 && System.nanoTime() < until) {
                Thread.sleep(20);
            }
            assertEquals(3, f.log.size(), f.log.toString());
            assertTrue(f.log.get(0).contains(" POST /v1/explain 200 "), f.log.get(0));
            assertTrue(f.log.get(1).contains(" GET /v1/nothing 404 "), f.log.get(1));
            assertTrue(f.log.get(2).contains(" GET /v1/health 200 "), f.log.get(2));
            for (String line : f.log) {
                assertFalse(line.contains("private.person") || line.contains("zqxj") || line.contains("probe"), line);
                assertTrue(line.matches(".* \\d+ \\d+ms"), line);
            }
        }
    }

    @Test
    void withAHelpBaseUrlEveryDiagnosisCarriesTheAddressOfItsPage() throws Exception {
        String base = "https://help.example.jp/bouncedoc/";
        String user = "550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown";
        byte[] message = Files.readAllBytes(Path.of("examples/bounce-postfix-ja.eml"));
        try (ServerFixture linked = new ServerFixture(dev.bouncedoc.vocabulary.Limits.DEFAULT,
                ServeOptions.DEFAULT.helpBaseUrl(base))) {
            for (String lang : List.of("ja", "en")) {
                Locale locale = Locale.forLanguageTag(lang);
                BounceDoc doc = BounceDoc.builder().locale(locale).helpBaseUrl(base).build();
                // explain
                HttpResponse<String> r = linked.post("/v1/explain?lang=" + lang, "text/plain", user);
                JsonObject d = ok(r);
                assertEquals(base + lang + "/delivery.user-unknown.html", d.getString("helpUrl"));
                assertEquals(JsonRenderer.render(doc.diagnose(user, locale)), r.body());
                fits("Diagnosis", d);
                // batch: each answer has its own page
                HttpResponse<String> b = linked.post("/v1/explain/batch", "application/json",
                        "{\"lang\":\"" + lang + "\",\"texts\":[" + ServerFixture.quote(user) + ","
                                + ServerFixture.quote(RELAY) + "]}");
                JsonArray both = (JsonArray) ServerFixture.json(b.body());
                assertEquals(base + lang + "/delivery.user-unknown.html", both.getJsonObject(0).getString("helpUrl"));
                assertEquals(base + lang + "/client.smtp-auth-required.html", both.getJsonObject(1).getString("helpUrl"));
                // read: every recipient's record
                HttpResponse<String> read = linked.post("/v1/read?lang=" + lang, "message/rfc822", message);
                JsonArray records = (JsonArray) ServerFixture.json(read.body());
                assertEquals(2, records.size());
                for (JsonValue rec : records) {
                    JsonObject o = (JsonObject) rec;
                    assertEquals(base + lang + "/" + o.getString("id") + ".html", o.getString("helpUrl"));
                    fits("ScanRecord", o);
                }
            }
        }
        // without one (the shared server): no helpUrl anywhere
        JsonObject plain = ok(s.post("/v1/explain?lang=ja", "text/plain", user));
        assertFalse(plain.containsKey("helpUrl"), plain.toString());
        JsonArray records = (JsonArray) ServerFixture.json(s.post("/v1/read", "message/rfc822", message).body());
        assertFalse(records.getJsonObject(0).containsKey("helpUrl"), records.toString());
    }

    @Test
    void aHelpBaseUrlMustBeAnAbsoluteHttpUrl() {
        for (String url : List.of("/bouncedoc/", "help.example.jp", "ftp://help.example.jp/", "https://",
                "https://help.example.jp/?x=1", "https://help.example.jp/\"onload")) {
            org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> ServeOptions.DEFAULT.helpBaseUrl(url), url);
        }
        assertEquals("HTTPS://help.example.jp/b", ServeOptions.DEFAULT.helpBaseUrl("HTTPS://help.example.jp/b").helpBaseUrl());
    }
}

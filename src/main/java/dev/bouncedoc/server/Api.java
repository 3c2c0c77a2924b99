package dev.bouncedoc.server;

import dev.bouncedoc.BounceDoc;
import dev.bouncedoc.BounceReport;
import dev.bouncedoc.Catalog;
import dev.bouncedoc.render.JsonRenderer;
import dev.bouncedoc.vocabulary.Limits;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * The routes of the service. Every answer is JSON; an error is {@code {"status":…,"error":…,"message":…}}
 * with its HTTP status, never a stack trace. The JSON of a diagnosis, a scan record, the catalog and an entry
 * is the command line's ({@link JsonRenderer}).
 */
final class Api extends Handler.Abstract {
    static final String JSON = "application/json";
    private static final String OPENAPI = "openapi.json";
    private static final int MAX_PARAM = 200;

    private final Catalog catalog;
    private final Map<String, BounceDoc> docs = new LinkedHashMap<>();
    private final Limits limits;
    private final ServeOptions options;
    private final Consumer<String> log;
    private final Semaphore permits;
    private final byte[] token;
    private final byte[] openapi;
    private final int explainBytes;

    Api(Catalog catalog, Limits limits, ServeOptions options, Consumer<String> log) {
        this.catalog = catalog;
        this.limits = limits;
        this.options = options;
        this.log = log;
        for (String language : catalog.languages()) {
            BounceDoc.Builder builder = BounceDoc.builder().catalog(catalog).limits(limits)
                    .locale(Locale.forLanguageTag(language));
            if (options.helpBaseUrl() != null) {
                builder.helpBaseUrl(options.helpBaseUrl());
            }
            BounceDoc doc = builder.build();
            doc.diagnose("550 5.1.1 user unknown"); // builds the matcher now, not on the first request
            docs.put(language, doc);
        }
        this.permits = new Semaphore(options.maxConcurrent());
        this.token = options.token() == null ? null : options.token().getBytes(StandardCharsets.UTF_8);
        this.openapi = resource(OPENAPI);
        // a text is cut at maxTextChars characters; a body may carry them as \\uXXXX escapes, and a little more
        this.explainBytes = (int) Math.min(limits.maxMessageBytes(), 16L * limits.maxTextChars());
    }

    private static byte[] resource(String name) {
        try (InputStream in = Api.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int inFlight() {
        return options.maxConcurrent() - permits.availablePermits();
    }

    /** An answer: status, JSON body, and extra headers. */
    record Reply(int status, String body, Map<String, String> headers) {
        static Reply ok(String body) {
            return new Reply(200, body, Map.of());
        }
    }

    /** A request that cannot be answered: becomes a JSON error body with its status. */
    static final class Refusal extends Exception {
        final int status;
        final String code;
        final Map<String, String> headers;

        Refusal(int status, String code, String message) {
            this(status, code, message, Map.of());
        }

        Refusal(int status, String code, String message, Map<String, String> headers) {
            super(message, null, false, false);
            this.status = status;
            this.code = code;
            this.headers = headers;
        }

        Reply reply() {
            return new Reply(status, errorBody(status, code, getMessage()), headers);
        }
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Reply reply;
        try {
            reply = route(request);
        } catch (Refusal r) {
            reply = r.reply();
        } catch (Throwable t) { // a bug: one line in the log, a plain 500 to the client
            log.accept("bouncedoc serve: internal error on " + BounceServer.printable(request.getHttpURI().getPath(), 200)
                    + ": " + t.getClass().getName() + (t.getMessage() == null ? "" : ": "
                    + BounceServer.printable(t.getMessage(), 300)));
            reply = new Reply(500, errorBody(500, "internal", "internal error (a bug: please report it)"), Map.of());
        }
        send(request, response, callback, reply);
        return true;
    }

    private void send(Request request, Response response, Callback callback, Reply reply) {
        response.setStatus(reply.status());
        var headers = response.getHeaders();
        headers.put(HttpHeader.CONTENT_TYPE, JSON);
        headers.put(HttpHeader.CACHE_CONTROL, "no-store");
        headers.put("X-Content-Type-Options", "nosniff");
        reply.headers().forEach(headers::put);
        String origin = request.getHeaders().get(HttpHeader.ORIGIN);
        if (origin != null && corsAllows(origin)) {
            headers.put(HttpHeader.ACCESS_CONTROL_ALLOW_ORIGIN,
                    options.corsOrigins().contains("*") ? "*" : origin);
            headers.put(HttpHeader.VARY, "Origin");
        }
        if (reply.body() == null) {
            response.write(true, null, callback);
            return;
        }
        response.write(true, ByteBuffer.wrap(reply.body().getBytes(StandardCharsets.UTF_8)), callback);
    }

    private boolean corsAllows(String origin) {
        return options.corsOrigins().contains("*") || options.corsOrigins().contains(origin);
    }

    private Reply route(Request request) throws Refusal {
        String path = request.getHttpURI().getDecodedPath();
        String method = request.getMethod();
        if (path == null || !path.startsWith("/v1/")) {
            throw new Refusal(404, "not-found", "no such resource; the API is under /v1/ (GET /v1/openapi.json)");
        }
        String route;
        String id = null;
        if (path.startsWith("/v1/entries/") && path.length() > "/v1/entries/".length()) {
            route = "/v1/entries/{id}";
            id = path.substring("/v1/entries/".length());
        } else {
            route = path;
        }
        String allow;
        switch (route) {
            case "/v1/explain", "/v1/explain/batch", "/v1/read" -> allow = "POST, OPTIONS";
            case "/v1/entries/{id}", "/v1/catalog", "/v1/health", "/v1/openapi.json" -> allow = "GET, OPTIONS";
            default -> throw new Refusal(404, "not-found", "no such resource (GET /v1/openapi.json lists them)");
        }
        if (method.equals("OPTIONS")) {
            return preflight(request, allow);
        }
        if (!allow.startsWith(method + ",")) {
            throw new Refusal(405, "method-not-allowed", method + " is not allowed here; allowed: " + allow,
                    Map.of("Allow", allow));
        }
        if (!route.equals("/v1/health") && !route.equals("/v1/openapi.json")) {
            authorize(request);
        }
        Fields query = query(request);
        switch (route) {
            case "/v1/health":
                return Reply.ok(health());
            case "/v1/openapi.json":
                return new Reply(200, new String(openapi, StandardCharsets.UTF_8), Map.of());
            case "/v1/catalog": {
                StringWriter out = new StringWriter();
                JsonRenderer.writeCatalog(catalog, locale(query.getValue("lang")), out, false);
                return Reply.ok(out.toString());
            }
            case "/v1/entries/{id}": {
                Locale locale = locale(query.getValue("lang"));
                String entry = id.length() > MAX_PARAM ? null
                        : JsonRenderer.renderEntryTexts(catalog, id, locale, options.helpBaseUrl());
                if (entry == null) {
                    throw new Refusal(404, "unknown-entry", "the catalog has no entry or alias \"" + shorten(id) + "\"");
                }
                return Reply.ok(entry);
            }
            default:
                return limited(request, route, query);
        }
    }

    /** The routes that explain or read: counted against the concurrency limit while they read and work. */
    private Reply limited(Request request, String route, Fields query) throws Refusal {
        if (!permits.tryAcquire()) {
            throw new Refusal(503, "busy", "too many requests at once (at most " + options.maxConcurrent()
                    + "); try again in a second", Map.of("Retry-After", "1"));
        }
        try {
            return switch (route) {
                case "/v1/explain" -> explain(request, query);
                case "/v1/explain/batch" -> batch(request, query);
                default -> read(request, query);
            };
        } finally {
            permits.release();
        }
    }

    private Reply explain(Request request, Fields query) throws Refusal {
        MediaType type = MediaType.of(request.getHeaders().get(HttpHeader.CONTENT_TYPE));
        String text;
        String lang = query.getValue("lang");
        if (type.is("application/json")) {
            JsonObject body = jsonObject(request, type, explainBytes);
            text = string(body, "text", true);
            lang = body.containsKey("lang") ? string(body, "lang", false) : lang;
        } else if (type.is("text/plain")) {
            text = new String(body(request, explainBytes), type.charset(StandardCharsets.UTF_8));
        } else {
            throw unsupported(type, "application/json or text/plain");
        }
        if (text.isEmpty()) {
            throw new Refusal(400, "missing-text", "the text is empty");
        }
        Locale locale = locale(lang);
        return Reply.ok(JsonRenderer.render(doc(locale).diagnose(text, locale)));
    }

    private Reply batch(Request request, Fields query) throws Refusal {
        MediaType type = MediaType.of(request.getHeaders().get(HttpHeader.CONTENT_TYPE));
        if (!type.is("application/json")) {
            throw unsupported(type, "application/json");
        }
        long max = Math.min(limits.maxMessageBytes(), (long) explainBytes * options.maxBatch());
        JsonObject body = jsonObject(request, type, (int) max);
        JsonValue texts = body.get("texts");
        if (!(texts instanceof JsonArray array)) {
            throw new Refusal(400, "missing-text", "the body needs \"texts\": an array of strings");
        }
        if (array.size() > options.maxBatch()) {
            throw new Refusal(413, "too-many-texts", array.size() + " texts; at most " + options.maxBatch()
                    + " per request");
        }
        List<String> list = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof JsonString s) || s.getString().isEmpty()) {
                throw new Refusal(400, "missing-text", "texts[" + i + "] is not a non-empty string");
            }
            list.add(s.getString());
        }
        Locale locale = locale(body.containsKey("lang") ? string(body, "lang", false) : query.getValue("lang"));
        BounceDoc doc = doc(locale);
        StringBuilder out = new StringBuilder(list.size() * 1024 + 2).append('[');
        for (String text : list) {
            if (out.length() > 1) {
                out.append(',');
            }
            out.append(JsonRenderer.render(doc.diagnose(text, locale)));
        }
        return Reply.ok(out.append(']').toString());
    }

    private Reply read(Request request, Fields query) throws Refusal {
        MediaType type = MediaType.of(request.getHeaders().get(HttpHeader.CONTENT_TYPE));
        if (!type.is("message/rfc822") && !type.is("message/global")) {
            throw unsupported(type, "message/rfc822");
        }
        Locale locale = locale(query.getValue("lang"));
        String source = query.getValue("source");
        source = source == null ? "-" : shorten(source);
        byte[] message = body(request, limits.maxMessageBytes());
        BounceReport report = doc(locale).read(message);
        StringWriter lines = new StringWriter();
        JsonRenderer.writeLines(source, report, lines);
        // one JSON object a line, as scan --format jsonl writes them: here the elements of one array
        StringBuilder out = new StringBuilder(lines.getBuffer().length() + 2).append('[');
        String all = lines.toString();
        int start = 0;
        while (start < all.length()) {
            int end = all.indexOf('\n', start);
            end = end < 0 ? all.length() : end;
            if (out.length() > 1) {
                out.append(',');
            }
            out.append(all, start, end);
            start = end + 1;
        }
        return Reply.ok(out.append(']').toString());
    }

    private Reply preflight(Request request, String allow) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Allow", allow);
        String origin = request.getHeaders().get(HttpHeader.ORIGIN);
        if (origin != null && corsAllows(origin)) {
            headers.put("Access-Control-Allow-Methods", allow);
            headers.put("Access-Control-Allow-Headers", "Content-Type, Authorization");
            headers.put("Access-Control-Max-Age", "600");
        }
        return new Reply(204, null, headers);
    }

    private void authorize(Request request) throws Refusal {
        if (token == null) {
            return;
        }
        String value = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        byte[] given = value != null && value.regionMatches(true, 0, "Bearer ", 0, 7)
                ? value.substring(7).trim().getBytes(StandardCharsets.UTF_8) : new byte[0];
        if (!MessageDigest.isEqual(token, given)) {
            throw new Refusal(401, "unauthorized", "a bearer token is required (Authorization: Bearer ...)",
                    Map.of("WWW-Authenticate", "Bearer realm=\"bouncedoc\""));
        }
    }

    private String health() {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = Json.createGenerator(out)) {
            g.writeStartObject();
            g.write("status", "ok");
            g.write("catalog", catalog.name());
            g.write("catalogVersion", catalog.version());
            g.write("inFlight", inFlight());
            g.write("maxConcurrent", options.maxConcurrent());
            g.writeEnd();
        }
        return out.toString();
    }

    private static Fields query(Request request) throws Refusal {
        try {
            return Request.extractQueryParameters(request, StandardCharsets.UTF_8);
        } catch (RuntimeException e) {
            throw new Refusal(400, "bad-query", "the query string cannot be decoded");
        }
    }

    /** The language asked for: one of the catalog's, or the server's default when none is named. */
    private Locale locale(String lang) throws Refusal {
        if (lang == null) {
            return options.defaultLocale();
        }
        Locale locale = lang.length() > 35 ? Locale.ROOT : Locale.forLanguageTag(lang);
        if (!catalog.languages().contains(locale.getLanguage())) {
            throw new Refusal(400, "unknown-lang", "lang must be one of " + String.join(", ", catalog.languages()));
        }
        return locale;
    }

    private BounceDoc doc(Locale locale) {
        BounceDoc doc = docs.get(catalog.language(locale));
        return doc != null ? doc : docs.values().iterator().next();
    }

    private JsonObject jsonObject(Request request, MediaType type, int max) throws Refusal {
        Charset charset = type.charset(StandardCharsets.UTF_8);
        if (!charset.equals(StandardCharsets.UTF_8)) {
            throw new Refusal(415, "unsupported-media-type", "JSON is read as UTF-8 only");
        }
        byte[] bytes = body(request, max);
        String text;
        try { // strictly: a byte that is not UTF-8 is an error, not a replacement character
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new Refusal(400, "bad-json", "the body is not UTF-8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        try (JsonParser parser = Json.createParser(new java.io.StringReader(text))) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
                throw new Refusal(400, "bad-json", "the body must be a JSON object");
            }
            JsonObject object = parser.getObject();
            if (parser.hasNext()) { // one value, nothing after it (RFC 8259, section 2)
                throw new Refusal(400, "bad-json", "the body has more after its JSON object");
            }
            return object;
        } catch (JsonException | IllegalStateException | IllegalArgumentException | java.util.NoSuchElementException e) {
            throw new Refusal(400, "bad-json", "the body is not valid JSON");
        }
    }

    private static String string(JsonObject body, String name, boolean required) throws Refusal {
        JsonValue v = body.get(name);
        if (v instanceof JsonString s) {
            return s.getString();
        }
        if (v == null && !required) {
            return null;
        }
        throw new Refusal(400, required ? "missing-text" : "bad-json", "\"" + name + "\" must be a string");
    }

    /**
     * The body, at most {@code max} bytes: 413 beyond (from Content-Length before anything is read); 408 when
     * it has not arrived whole within the read timeout or the connection stalled past the idle timeout.
     */
    private byte[] body(Request request, int max) throws Refusal {
        long length = request.getLength();
        long deadline = System.nanoTime() + options.readTimeout().toNanos();
        byte[] buffer = new byte[16384];
        if (length > max) {
            // a client that waits for "100 Continue" has sent nothing yet: it gets the 413 instead
            boolean waiting = "100-continue".equalsIgnoreCase(request.getHeaders().get("Expect"));
            if (!waiting && length <= (long) max + DRAIN_BYTES) {
                drain(Content.Source.asInputStream(request), buffer, length, deadline);
            }
            throw tooLarge(max);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(length > 0 ? (int) length : 8192);
        try {
            InputStream in = Content.Source.asInputStream(request);
            int n;
            while ((n = in.read(buffer)) != -1) {
                if (out.size() + (long) n > max) {
                    drain(in, buffer, DRAIN_BYTES, deadline);
                    throw tooLarge(max);
                }
                out.write(buffer, 0, n);
                if (System.nanoTime() - deadline > 0) {
                    throw new Refusal(408, "timeout", "the body did not arrive within "
                            + options.readTimeout().toSeconds() + " s", Map.of("Connection", "close"));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new Refusal(408, "timeout", "the body could not be read: it stalled or the connection closed",
                    Map.of("Connection", "close"));
        }
        return out.toByteArray();
    }

    /** How much of a refused body is read past the limit before the 413 is sent. */
    static final int DRAIN_BYTES = 1 << 20;

    /**
     * Reads and drops up to {@code bytes} more of a body that is refused as too large, within the read
     * deadline, so that the client has sent it all and reads the 413: a connection closed on unread data
     * is reset, and the reset can reach the client before the answer does. A body much larger than the
     * limit is not read at all; its client may see the reset instead.
     */
    private static void drain(InputStream in, byte[] buffer, long bytes, long deadline) {
        long left = bytes;
        try {
            int n;
            while (left > 0 && System.nanoTime() - deadline < 0
                    && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) != -1) {
                left -= n;
            }
        } catch (IOException | UncheckedIOException e) {
            // the body is refused either way: the 413 goes out, as the caller throws it next
        }
    }

    private static Refusal tooLarge(int max) {
        return new Refusal(413, "too-large", "the body is larger than " + max + " bytes",
                Map.of("Connection", "close"));
    }

    private static Refusal unsupported(MediaType type, String wanted) {
        return new Refusal(415, "unsupported-media-type", (type.name().isEmpty() ? "no Content-Type"
                : "Content-Type " + shorten(type.name())) + "; send " + wanted);
    }

    private static String shorten(String s) {
        return BounceServer.printable(s, MAX_PARAM);
    }

    static String errorBody(int status, String code, String message) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = Json.createGenerator(out)) {
            g.writeStartObject();
            g.write("status", status);
            g.write("error", code);
            g.write("message", message);
            g.writeEnd();
        }
        return out.toString();
    }

    static String reasonPhrase(int status) {
        return switch (status) {
            case 400 -> "bad request";
            case 404 -> "not found";
            case 405 -> "method not allowed";
            case 408 -> "request timeout";
            case 413 -> "request too large";
            case 414 -> "URI too long";
            case 415 -> "unsupported media type";
            case 431 -> "request headers too large";
            case 503 -> "unavailable";
            default -> status >= 500 ? "server error" : "request refused";
        };
    }
}

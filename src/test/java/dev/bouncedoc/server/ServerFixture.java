package dev.bouncedoc.server;

import dev.bouncedoc.Catalog;
import dev.bouncedoc.vocabulary.Limits;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** A started server on a free port of 127.0.0.1, with its access log kept, and an HTTP client for it. */
final class ServerFixture implements AutoCloseable {
    static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    final BounceServer server;
    final List<String> log = new CopyOnWriteArrayList<>();

    ServerFixture(Limits limits, ServeOptions options) throws IOException {
        server = BounceServer.start(Catalog.bundled(), limits, options.at("127.0.0.1", 0), log::add);
    }

    static ServerFixture standard() throws IOException {
        return new ServerFixture(Limits.DEFAULT, ServeOptions.DEFAULT);
    }

    URI uri(String pathAndQuery) {
        return server.address().resolve(pathAndQuery);
    }

    HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> post(String path, String contentType, byte[] body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> post(String path, String contentType, String body, String... headers)
            throws IOException, InterruptedException {
        return post(path, contentType, body.getBytes(StandardCharsets.UTF_8), headers);
    }

    static JsonStructure json(String text) {
        try (JsonReader r = Json.createReader(new StringReader(text))) {
            return r.read();
        }
    }

    static String quote(String s) {
        return Json.createValue(s).toString();
    }

    /** Rows of src/test/resources/evaluation/single-texts.tsv: language and text. */
    static List<Map.Entry<String, String>> evaluationTexts() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/evaluation/single-texts.tsv"),
                StandardCharsets.UTF_8);
        List<Map.Entry<String, String>> out = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split("\t", -1);
            out.add(Map.entry(cells[1], cells[3].replace("\\n", "\n")));
        }
        return out;
    }

    @Override
    public void close() {
        server.stop();
    }
}

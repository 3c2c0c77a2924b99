package dev.bouncedoc.server;

import dev.bouncedoc.BounceDoc;
import dev.bouncedoc.Catalog;
import dev.bouncedoc.render.JsonRenderer;
import dev.bouncedoc.vocabulary.Limits;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * A short load run of {@code bouncedoc serve} (benchmarks/README.md, "HTTP service"): N clients, each a
 * thread with blocking calls, for S seconds against a server started in this JVM on 127.0.0.1 (port 0).
 * Requests cycle over the evaluation texts (POST /v1/explain, both languages) and, when ../shared/corpus is
 * there, the corpus bounces (POST /v1/read, one request in five). Every answer is compared with what the
 * library gives for the same input; a different answer or a status other than 200 is an error. Prints
 * requests, errors, throughput and latency percentiles. Not a unit test: run it by hand,
 *
 * <pre>
 * mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) dev.bouncedoc.server.LoadRun 32 20
 * </pre>
 */
public final class LoadRun {
    record Call(String path, String contentType, byte[] body, String expected) {
    }

    private LoadRun() {
    }

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 32;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        List<Call> calls = calls();
        BounceServer server = BounceServer.start(Catalog.bundled(), Limits.DEFAULT, ServeOptions.DEFAULT.at("127.0.0.1", 0),
                line -> { });
        URI base = server.address();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        // warm-up: every call once
        for (Call c : calls) {
            send(client, base, c);
        }
        AtomicLong errors = new AtomicLong();
        long[][] latencies = new long[clients][];
        int[] counts = new int[clients];
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < clients; t++) {
            int id = t;
            Thread thread = new Thread(() -> {
                long[] mine = new long[1 << 16];
                int n = 0;
                int i = id * 7;
                while (System.nanoTime() < end) {
                    Call c = calls.get(i++ % calls.size());
                    long t0 = System.nanoTime();
                    boolean ok;
                    try {
                        HttpResponse<String> r = send(client, base, c);
                        ok = r.statusCode() == 200 && r.body().equals(c.expected());
                    } catch (IOException | InterruptedException e) {
                        ok = false;
                    }
                    long took = System.nanoTime() - t0;
                    if (!ok) {
                        errors.incrementAndGet();
                    }
                    if (n == mine.length) {
                        mine = Arrays.copyOf(mine, n * 2);
                    }
                    mine[n++] = took;
                }
                latencies[id] = mine;
                counts[id] = n;
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        server.stop();
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int t = 0; t < clients; t++) {
            System.arraycopy(latencies[t], 0, all, at, counts[t]);
            at += counts[t];
        }
        Arrays.sort(all);
        System.out.printf(Locale.ROOT, "clients %d, %.1f s, %d distinct calls (%d explain, %d read)%n", clients, elapsed,
                calls.size(), calls.stream().filter(c -> c.path().startsWith("/v1/explain")).count(),
                calls.stream().filter(c -> c.path().startsWith("/v1/read")).count());
        System.out.printf(Locale.ROOT, "requests %d, errors %d, throughput %.0f req/s%n", total, errors.get(),
                total / elapsed);
        System.out.printf(Locale.ROOT, "latency ms: p50 %.2f, p90 %.2f, p99 %.2f, max %.2f%n", pct(all, 50),
                pct(all, 90), pct(all, 99), all.length == 0 ? 0 : all[all.length - 1] / 1e6);
        System.exit(errors.get() == 0 ? 0 : 1);
    }

    private static double pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    private static HttpResponse<String> send(HttpClient client, URI base, Call c) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(base.resolve(c.path())).header("Content-Type", c.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(c.body())).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The explain calls (every evaluation text in its language), with a read call after every fourth. */
    static List<Call> calls() throws IOException {
        Map<String, BounceDoc> docs = Map.of("ja", BounceDoc.builder().locale(Locale.JAPANESE).build(),
                "en", BounceDoc.builder().locale(Locale.ENGLISH).build());
        List<Call> explain = new ArrayList<>();
        for (Map.Entry<String, String> e : ServerFixture.evaluationTexts()) {
            String lang = e.getKey().equals("ja") ? "ja" : "en";
            explain.add(new Call("/v1/explain?lang=" + lang, "text/plain; charset=utf-8",
                    e.getValue().getBytes(StandardCharsets.UTF_8),
                    JsonRenderer.render(docs.get(lang).diagnose(e.getValue(), Locale.forLanguageTag(lang)))));
        }
        List<Call> read = new ArrayList<>();
        Path corpus = Path.of("..", "shared", "corpus", "sisimai");
        List<Path> messages = new ArrayList<>();
        if (Files.isDirectory(corpus)) {
            try (Stream<Path> s = Files.walk(corpus)) {
                s.filter(p -> p.toString().endsWith(".eml")).sorted().forEach(messages::add);
            }
        } else {
            messages.add(Path.of("examples", "bounce-postfix-ja.eml"));
        }
        int i = 0;
        for (Path m : messages) {
            String lang = i++ % 2 == 0 ? "ja" : "en";
            byte[] bytes = Files.readAllBytes(m);
            StringWriter lines = new StringWriter();
            JsonRenderer.writeLines("-", docs.get(lang).read(bytes), lines);
            read.add(new Call("/v1/read?lang=" + lang, "message/rfc822", bytes,
                    "[" + lines.toString().strip().replace("\n", ",") + "]"));
        }
        List<Call> mixed = new ArrayList<>();
        int r = 0;
        for (int k = 0; k < Math.max(explain.size(), read.size() * 4); k++) {
            mixed.add(explain.get(k % explain.size()));
            if (k % 4 == 3) {
                mixed.add(read.get(r++ % read.size()));
            }
        }
        return mixed;
    }
}

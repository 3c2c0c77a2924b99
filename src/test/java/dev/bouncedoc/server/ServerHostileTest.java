package dev.bouncedoc.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bouncedoc.BounceDoc;
import dev.bouncedoc.render.JsonRenderer;
import dev.bouncedoc.vocabulary.Limits;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Clients that misbehave: slow senders holding a connection, bodies beyond the limits in every framing, a
 * burst beyond the concurrency limit. Each gets its status, and no well-formed request loses its answer.
 */
@Timeout(60)
class ServerHostileTest {
    static final String RELAY = "554 5.7.1 <bob@example.com>: Relay access denied";
    static final BounceDoc DOC = BounceDoc.create();

    /** Raw HTTP/1.1 over a socket: what a client sends, byte for byte. */
    static Socket connect(URI base) throws IOException {
        Socket socket = new Socket(base.getHost(), base.getPort());
        socket.setSoTimeout(15_000);
        return socket;
    }

    /** Everything the server sends until it closes the connection (or 15 s pass). */
    static String readAll(Socket socket) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[8192];
        try {
            int n;
            while ((n = in.read(buffer)) != -1) {
                out.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException e) {
            out.write("<still open>".getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            // reset by the server after its answer: what was read stands
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean() && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        assertTrue(condition.getAsBoolean(), "condition not reached in 10 s");
    }

    @Test
    void aSlowSenderIsCutOffByTheIdleTimeoutAndFreesItsPlace() throws Exception {
        ServeOptions options = ServeOptions.DEFAULT.timeouts(Duration.ofSeconds(1), Duration.ofSeconds(60));
        try (ServerFixture f = new ServerFixture(Limits.DEFAULT, options); Socket s = connect(f.server.address())) {
            OutputStream out = s.getOutputStream();
            long start = System.nanoTime();
            out.write(("POST /v1/explain HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 100\r\n\r\n"
                    + "554 5.7.1").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            waitFor(() -> f.server.inFlight() == 1);
            String answer = readAll(s); // the sender stalls: nothing more is sent
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertTrue(answer.isEmpty() || answer.startsWith("HTTP/1.1 408"), answer);
            assertTrue(ms < 8_000, ms + " ms");
            waitFor(() -> f.server.inFlight() == 0);
            // and the server still answers
            assertEquals(200, f.post("/v1/explain", "text/plain", RELAY).statusCode());
        }
    }

    @Test
    void aSenderOfHeadersThatNeverEndIsCutOffToo() throws Exception {
        ServeOptions options = ServeOptions.DEFAULT.timeouts(Duration.ofSeconds(1), Duration.ofSeconds(60));
        try (ServerFixture f = new ServerFixture(Limits.DEFAULT, options); Socket s = connect(f.server.address())) {
            long start = System.nanoTime();
            s.getOutputStream().write("POST /v1/explain HTTP/1.1\r\nHost: x\r\nX-Slow: a".getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().flush();
            String answer = readAll(s);
            assertTrue(!answer.contains("<still open>"), answer);
            assertTrue((System.nanoTime() - start) / 1_000_000 < 8_000);
        }
    }

    @Test
    void aBodyThatTrickles_beyondTheReadTimeoutIs408() throws Exception {
        // idle timeout 2 s: a byte every 300 ms keeps the connection alive; the read timeout (1 s) ends it
        ServeOptions options = ServeOptions.DEFAULT.timeouts(Duration.ofSeconds(2), Duration.ofSeconds(1));
        try (ServerFixture f = new ServerFixture(Limits.DEFAULT, options); Socket s = connect(f.server.address())) {
            OutputStream out = s.getOutputStream();
            out.write("POST /v1/explain HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 60\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            try {
                for (int i = 0; i < 20; i++) {
                    out.write('5');
                    out.flush();
                    Thread.sleep(300);
                }
            } catch (IOException closed) {
                // the server answered and closed while we were still sending
            }
            String answer = readAll(s);
            assertTrue(answer.startsWith("HTTP/1.1 408"), answer);
            assertTrue(answer.contains("\"error\":\"timeout\""), answer);
        }
    }

    @Test
    void oversizedBodiesIn_everyFramingAre413() throws Exception {
        // small limits: 16 characters a text (explain bodies up to 256 bytes), 1,000-byte messages
        Limits tight = new Limits(1_000, 32, 1_000, 1_000, 16);
        try (ServerFixture f = new ServerFixture(tight, ServeOptions.DEFAULT)) {
            URI base = f.server.address();
            // Content-Length beyond the limit: refused before the body is read
            try (Socket s = connect(base)) {
                s.getOutputStream().write(("POST /v1/read HTTP/1.1\r\nHost: x\r\nContent-Type: message/rfc822\r\n"
                        + "Content-Length: 100000000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                String answer = readAll(s);
                assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
                assertTrue(answer.contains("\"error\":\"too-large\""), answer);
            }
            // chunked, no length given: cut off when the limit is passed
            try (Socket s = connect(base)) {
                StringBuilder req = new StringBuilder("POST /v1/explain HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
                        + "Transfer-Encoding: chunked\r\n\r\n");
                for (int i = 0; i < 10; i++) {
                    req.append("40\r\n").append("a".repeat(64)).append("\r\n");
                }
                req.append("0\r\n\r\n");
                s.getOutputStream().write(req.toString().getBytes(StandardCharsets.US_ASCII));
                String answer = readAll(s);
                assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            }
            // Expect: 100-continue (curl's habit for bodies over 1 MiB): the 413 comes instead of the 100
            try (Socket s = connect(base)) {
                s.getOutputStream().write(("POST /v1/read HTTP/1.1\r\nHost: x\r\nContent-Type: message/rfc822\r\n"
                        + "Expect: 100-continue\r\nContent-Length: 5000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                String answer = readAll(s);
                assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            }
            // within the limits: answered
            assertEquals(200, f.post("/v1/explain", "text/plain", "550 5.1.1 unknown").statusCode());
        }
    }

    @Test
    void aQueryThatCannotBeDecodedIs400() throws Exception {
        try (ServerFixture f = ServerFixture.standard(); Socket s = connect(f.server.address())) {
            s.getOutputStream().write("GET /v1/catalog?lang=%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            String answer = readAll(s);
            assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
            assertTrue(answer.contains("\"status\":400"), answer);
        }
    }

    @Test
    void aBurstBeyondTheConcurrencyLimitGets503AndNoAnswerIsLost() throws Exception {
        ServeOptions options = ServeOptions.DEFAULT.limits(2, 100);
        try (ServerFixture f = new ServerFixture(Limits.DEFAULT, options);
             Socket a = connect(f.server.address()); Socket b = connect(f.server.address())) {
            // two requests hold both places: their bodies are on the way
            byte[] body = RELAY.getBytes(StandardCharsets.US_ASCII);
            for (Socket s : List.of(a, b)) {
                s.getOutputStream().write(("POST /v1/explain?lang=ja HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
                        + "Connection: close\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                s.getOutputStream().write(body, 0, 10);
                s.getOutputStream().flush();
            }
            waitFor(() -> f.server.inFlight() == 2);
            List<CompletableFuture<HttpResponse<String>>> burst = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                burst.add(ServerFixture.CLIENT.sendAsync(HttpRequest.newBuilder(f.uri("/v1/explain"))
                        .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(RELAY)).build(),
                        HttpResponse.BodyHandlers.ofString()));
            }
            for (CompletableFuture<HttpResponse<String>> c : burst) {
                HttpResponse<String> r = c.get();
                assertEquals(503, r.statusCode(), r.body());
                assertEquals("1", r.headers().firstValue("Retry-After").orElse(""));
                assertEquals("busy", ((JsonObject) ServerFixture.json(r.body())).getString("error"));
            }
            // the two held requests finish with their answers
            String expected = JsonRenderer.render(DOC.diagnose(RELAY, Locale.JAPANESE));
            for (Socket s : List.of(a, b)) {
                s.getOutputStream().write(body, 10, body.length - 10);
                s.getOutputStream().flush();
                String answer = readAll(s);
                assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
                assertTrue(answer.endsWith(expected), answer);
            }
            waitFor(() -> f.server.inFlight() == 0);
            // a burst of 40 at once with no place held: every answer is the library's, or a 503 to retry
            List<Map.Entry<String, String>> texts = ServerFixture.evaluationTexts();
            List<CompletableFuture<HttpResponse<String>>> second = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                second.add(ServerFixture.CLIENT.sendAsync(HttpRequest.newBuilder(f.uri("/v1/explain?lang=en"))
                        .header("Content-Type", "text/plain")
                        .POST(HttpRequest.BodyPublishers.ofString(texts.get(i).getValue())).build(),
                        HttpResponse.BodyHandlers.ofString()));
            }
            int answered = 0;
            for (int i = 0; i < 40; i++) {
                HttpResponse<String> r = second.get(i).get();
                if (r.statusCode() == 200) {
                    answered++;
                    assertEquals(JsonRenderer.render(DOC.diagnose(texts.get(i).getValue(), Locale.ENGLISH)), r.body());
                } else {
                    assertEquals(503, r.statusCode(), r.body());
                }
            }
            assertTrue(answered >= 2, answered + " answered");
        }
    }

    @Test
    void stoppingLetsARequestInProgressFinishAndThenRefusesConnections() throws Exception {
        ServerFixture f = ServerFixture.standard();
        URI base = f.server.address();
        try (Socket s = connect(base)) {
            byte[] body = RELAY.getBytes(StandardCharsets.US_ASCII);
            s.getOutputStream().write(("POST /v1/explain?lang=en HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
                    + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().write(body, 0, 10);
            s.getOutputStream().flush();
            waitFor(() -> f.server.inFlight() == 1);
            Thread stopping = new Thread(f::close);
            stopping.start();
            Thread.sleep(300); // the server is stopping: no new connection, the one in progress goes on
            s.getOutputStream().write(body, 10, body.length - 10);
            s.getOutputStream().flush();
            String answer = readAll(s);
            assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
            assertTrue(answer.endsWith(JsonRenderer.render(DOC.diagnose(RELAY, Locale.ENGLISH))), answer);
            stopping.join(10_000);
            assertTrue(!stopping.isAlive());
        }
        try (Socket late = new Socket(base.getHost(), base.getPort())) {
            throw new AssertionError("a stopped server accepted a connection");
        } catch (java.net.ConnectException expected) {
            // refused: nothing listens any more
        }
    }

    @Test
    void idleConnectionsBeyondTheLimitWaitUntilOneCloses() throws Exception {
        try (ServerFixture f = new ServerFixture(Limits.DEFAULT, ServeOptions.DEFAULT.limits(1, 100))) {
            int limit = BounceServer.maxConnections(ServeOptions.DEFAULT.limits(1, 100));
            assertEquals(256, limit);
            List<Socket> idle = new ArrayList<>();
            try {
                for (int i = 0; i < limit; i++) {
                    idle.add(connect(f.server.address()));
                }
                waitFor(() -> f.log.isEmpty()); // nothing was asked yet
                Thread.sleep(300); // let the server accept them all
                HttpRequest health = HttpRequest.newBuilder(f.uri("/v1/health")).timeout(Duration.ofSeconds(1)).build();
                CompletableFuture<HttpResponse<String>> waiting = ServerFixture.CLIENT.sendAsync(
                        HttpRequest.newBuilder(f.uri("/v1/health")).timeout(Duration.ofSeconds(20)).build(),
                        HttpResponse.BodyHandlers.ofString());
                try {
                    ServerFixture.CLIENT.send(health, HttpResponse.BodyHandlers.ofString());
                    throw new AssertionError("answered beyond the connection limit");
                } catch (java.net.http.HttpTimeoutException expected) {
                    // not accepted while every connection is taken
                }
                idle.remove(0).close();
                idle.remove(0).close();
                assertEquals(200, waiting.get().statusCode());
            } finally {
                for (Socket s : idle) {
                    s.close();
                }
            }
        }
    }
}

package dev.bouncedoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bouncedoc serve} as a process (mvn verify): it prints the address it bound (port 0), answers with
 * the bearer token of --token-file, and on SIGTERM stops through its shutdown hook.
 */
@Timeout(120)
class ServeIT {
    @TempDir
    Path dir;

    @Test
    void servesOnAFreePortAndStopsOnSigterm() throws Exception {
        Path token = Files.writeString(dir.resolve("token"), "t0ken-of-the-test\n");
        Path err = dir.resolve("err.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "serve", "--port", "0", "--token-file", token.toString()).redirectError(err.toFile()).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            assertTrue(line != null && line.startsWith("bouncedoc serve: listening on http://127.0.0.1:"), line);
            URI base = URI.create(line.substring(line.indexOf("http://"), line.indexOf('/', line.indexOf("//") + 2) + 1));
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(base.resolve("/v1/explain?lang=ja"))
                    .header("Content-Type", "text/plain").header("Authorization", "Bearer t0ken-of-the-test")
                    .POST(HttpRequest.BodyPublishers.ofString("550 5.1.1 User unknown")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.body().contains("\"lang\":\"ja\""), r.body());
            HttpResponse<String> denied = client.send(HttpRequest.newBuilder(base.resolve("/v1/catalog")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(401, denied.statusCode());
            p.destroy(); // SIGTERM
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "still running 30 s after SIGTERM");
            String log = Files.readString(err);
            assertTrue(log.contains(" POST /v1/explain 200 "), log);
            assertTrue(log.contains(" GET /v1/catalog 401 "), log);
            assertTrue(log.strip().endsWith("bouncedoc serve: stopped"), log);
            assertTrue(!log.contains("User unknown") && !log.contains("t0ken"), log);
        } finally {
            p.destroyForcibly();
        }
    }
}

package dev.bouncedoc.server;

import dev.bouncedoc.Catalog;
import dev.bouncedoc.vocabulary.Limits;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The HTTP/JSON service of {@code bouncedoc serve} (README.md, "HTTP service"), on Jetty's core Handler API.
 * {@link #start} binds and returns; {@link #stop} lets requests in progress finish (up to five seconds) and
 * closes. Holds no global state: several servers may run in one JVM.
 */
public final class BounceServer {
    private static final long STOP_MILLIS = 5_000;

    private final Server server;
    private final ServerConnector connector;
    private final Api api;

    private BounceServer(Server server, ServerConnector connector, Api api) {
        this.server = server;
        this.connector = connector;
        this.api = api;
    }

    /**
     * Starts a server.
     *
     * @param catalog the catalog to explain with
     * @param limits  how much of a text and of a message is read; also the largest request bodies
     * @param options address, timeouts and limits of the service
     * @param log     receives one access log line per request, and a line per internal error; never a body
     * @return the running server
     * @throws IOException when the address cannot be bound
     */
    public static BounceServer start(Catalog catalog, Limits limits, ServeOptions options, Consumer<String> log)
            throws IOException {
        Objects.requireNonNull(log, "log");
        QueuedThreadPool threads = new QueuedThreadPool(Math.max(16, options.maxConcurrent() + 32), 4);
        threads.setName("bouncedoc-serve");
        Server server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(options.bind());
        connector.setPort(options.port());
        connector.setIdleTimeout(options.idleTimeout().toMillis());
        server.addConnector(connector);
        // open connections beyond this wait in the listen backlog: idle or slow clients cannot use up the
        // file descriptors (each is closed after the idle timeout)
        server.addBean(new NetworkConnectionLimit(maxConnections(options), connector));
        Api api = new Api(catalog, limits, options, log);
        server.setHandler(new GracefulHandler(api));
        server.setErrorHandler(new JsonErrors());
        server.setRequestLog((request, response) -> log.accept(accessLine(request, response)));
        server.setStopTimeout(STOP_MILLIS);
        server.setStopAtShutdown(false); // the command line registers its own hook; embedders decide
        try {
            server.start();
        } catch (IOException e) {
            stopQuietly(server);
            throw e;
        } catch (Exception e) {
            stopQuietly(server);
            throw new IOException("cannot start the server on " + options.bind() + ":" + options.port() + ": "
                    + e.getMessage(), e);
        }
        return new BounceServer(server, connector, api);
    }

    /** Open connections accepted at once: four per request that may be worked on, at least 256. */
    static int maxConnections(ServeOptions options) {
        return Math.max(256, 4 * options.maxConcurrent());
    }

    private static void stopQuietly(Server server) {
        try {
            server.stop();
        } catch (Exception ignored) {
            // it did not start; nothing more to release
        }
    }

    /** {@return the base address the server answers on, such as {@code http://127.0.0.1:8080/}} */
    public URI address() {
        String host = connector.getHost();
        if (host == null || host.isEmpty() || host.equals("0.0.0.0")) {
            host = "127.0.0.1";
        } else if (host.indexOf(':') >= 0 && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        return URI.create("http://" + host + ":" + connector.getLocalPort() + "/");
    }

    /** {@return the requests being explained or read now (those the concurrency limit counts)} */
    public int inFlight() {
        return api.inFlight();
    }

    /** Stops accepting, lets requests in progress finish (up to five seconds), then closes. */
    public void stop() {
        try {
            server.stop();
        } catch (Exception e) {
            // stopping is best effort: what could not be stopped in time is closed with the JVM
        }
    }

    /**
     * Waits until the server has stopped.
     *
     * @throws InterruptedException if the waiting thread is interrupted
     */
    public void join() throws InterruptedException {
        server.join();
    }

    /** Time, client, method, path (never the query or a body), status, bytes sent, milliseconds. */
    static String accessLine(Request request, Response response) {
        long ms = (System.nanoTime() - request.getBeginNanoTime()) / 1_000_000;
        return Instant.now() + " " + Request.getRemoteAddr(request) + " " + printable(request.getMethod(), 16) + " "
                + printable(request.getHttpURI().getPath(), 200) + " " + response.getStatus() + " "
                + Response.getContentBytesWritten(response) + " " + ms + "ms";
    }

    /** Printable ASCII only, so that a request cannot write lines or terminal controls into the log. */
    static String printable(String s, int max) {
        if (s == null || s.isEmpty()) {
            return "-";
        }
        StringBuilder b = new StringBuilder(Math.min(s.length(), max) + 8);
        for (int i = 0; i < s.length() && b.length() < max; i++) {
            char c = s.charAt(i);
            if (c > 0x20 && c < 0x7f) {
                b.append(c);
            } else {
                b.append('%').append(Character.forDigit(c >> 4 & 0xf, 16)).append(Character.forDigit(c & 0xf, 16));
            }
        }
        if (b.length() >= max && s.length() > max) {
            b.append("...");
        }
        return b.toString();
    }

    /** Errors that Jetty answers itself (a bad request line, headers too large): JSON too, never a stack. */
    private static final class JsonErrors extends ErrorHandler {
        @Override
        protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                        Callback callback) {
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, Api.JSON);
            response.write(true, ByteBuffer.wrap(Api.errorBody(code, "http-" + code, Api.reasonPhrase(code))
                    .getBytes(StandardCharsets.UTF_8)), callback);
        }

        @Override
        public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
            fields.put(new HttpField(HttpHeader.CONTENT_TYPE, Api.JSON));
            return ByteBuffer.wrap(Api.errorBody(status, "http-" + status, Api.reasonPhrase(status))
                    .getBytes(StandardCharsets.UTF_8));
        }
    }
}

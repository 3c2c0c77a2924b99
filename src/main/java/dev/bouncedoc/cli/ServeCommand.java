package dev.bouncedoc.cli;

import dev.bouncedoc.Catalog;
import dev.bouncedoc.CatalogException;
import dev.bouncedoc.server.BounceServer;
import dev.bouncedoc.server.ServeOptions;
import dev.bouncedoc.vocabulary.Limits;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", description = {
        "Answers the HTTP/JSON API (README.md, \"HTTP service\"; GET /v1/openapi.json) until stopped (SIGTERM, Ctrl-C).",
        "Prints the address it listens on; writes one access log line per request on standard error."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {" 0:stopped",
            " 2:usage error, a catalog (--catalog) that cannot be loaded, or a token file that cannot be read",
            " 3:the address cannot be bound",
            "70:internal error (a bug: please report it)"})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    Options options = new Options();

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String bind;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "Port (default: ${DEFAULT-VALUE}); 0 takes a free one.")
    int port;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "Require 'Authorization: Bearer TOKEN' (TOKEN: the file's first line) on every request"
                    + " but /v1/health and /v1/openapi.json.")
    Path tokenFile;

    @Option(names = "--cors-origin", paramLabel = "ORIGIN",
            description = "Allow browser calls from ORIGIN (repeatable; '*' for any). CORS is off without it.")
    List<String> corsOrigins = new ArrayList<>();

    @Option(names = "--max-concurrent", paramLabel = "N", defaultValue = "64",
            description = "Requests explained or read at once (default: ${DEFAULT-VALUE}); more get 503 with Retry-After.")
    int maxConcurrent;

    @Option(names = "--max-batch", paramLabel = "N", defaultValue = "100",
            description = "Texts per /v1/explain/batch request (default: ${DEFAULT-VALUE}).")
    int maxBatch;

    @Option(names = "--idle-timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Close a connection idle this long (default: ${DEFAULT-VALUE}).")
    int idleSeconds;

    @Option(names = "--read-timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "A request body must arrive within this time (default: ${DEFAULT-VALUE}).")
    int readSeconds;

    @Option(names = "--help-base-url", paramLabel = "URL", description = "Where the pages of 'bouncedoc site' are"
            + " published, an absolute http(s) URL (such as https://help.example.jp/bouncedoc/): every diagnosis"
            + " answered (explain, batch, read) then carries helpUrl, the address of its page.")
    String helpBaseUrl;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Catalog catalog;
        try {
            catalog = options.catalog();
        } catch (CatalogException e) {
            err.println(e.getMessage());
            return Main.USAGE;
        }
        String token = null;
        if (tokenFile != null) {
            try {
                List<String> lines = Files.readAllLines(tokenFile, StandardCharsets.UTF_8);
                token = lines.isEmpty() ? "" : lines.get(0).trim();
            } catch (IOException | RuntimeException e) {
                err.println("serve: the token file " + tokenFile + " cannot be read: " + e.getMessage());
                return Main.USAGE;
            }
            if (token.isEmpty()) {
                err.println("serve: the token file " + tokenFile + " is empty");
                return Main.USAGE;
            }
        }
        ServeOptions serve;
        try {
            Locale lang = options.langGiven() ? options.locale() : Locale.ENGLISH;
            serve = ServeOptions.DEFAULT.at(bind, port)
                    .timeouts(Duration.ofSeconds(idleSeconds), Duration.ofSeconds(readSeconds))
                    .limits(maxConcurrent, maxBatch).access(token, corsOrigins).locale(lang).helpBaseUrl(helpBaseUrl);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "serve: " + e.getMessage());
        }
        BounceServer server;
        try {
            server = BounceServer.start(catalog, Limits.DEFAULT, serve, line -> {
                synchronized (err) {
                    err.println(line);
                }
            });
        } catch (IOException e) {
            err.println("serve: cannot listen on " + bind + ":" + port + ": " + e.getMessage());
            return Main.UNREADABLE;
        }
        Thread hook = new Thread(() -> {
            server.stop();
            synchronized (err) {
                err.println("bouncedoc serve: stopped");
            }
        }, "bouncedoc-serve-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        out.println("bouncedoc serve: listening on " + server.address() + " (catalog " + catalog.version() + ")");
        out.flush();
        server.join();
        return 0;
    }
}

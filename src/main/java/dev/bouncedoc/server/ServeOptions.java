package dev.bouncedoc.server;

import dev.bouncedoc.BounceDoc;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How {@code bouncedoc serve} listens and what it allows.
 *
 * @param bind           the address to listen on; 127.0.0.1 by default, so that only this machine can call
 * @param port           the port; 0 takes a free one (the server says which)
 * @param idleTimeout    a connection on which nothing arrives or leaves for this long is closed
 * @param readTimeout    a request body must have arrived whole within this time, or the answer is 408
 * @param maxConcurrent  requests explained or read at once; one more gets 503 with Retry-After
 * @param maxBatch       texts in one {@code /v1/explain/batch} request
 * @param token          the bearer token every request but health and the OpenAPI document must carry; null:
 *                       none
 * @param corsOrigins    origins allowed to call from a browser (CORS); empty: CORS is off; {@code *}: any
 * @param defaultLocale  the language of an answer when the request names none
 * @param helpBaseUrl    where the pages of {@code bouncedoc site} are published, an absolute http(s) URL such as
 *                       {@code https://help.example.jp/bouncedoc/}: every diagnosis answered then carries
 *                       {@code helpUrl}; null: none (answers carry only the entry's id)
 */
public record ServeOptions(String bind, int port, Duration idleTimeout, Duration readTimeout, int maxConcurrent,
                           int maxBatch, String token, List<String> corsOrigins, Locale defaultLocale,
                           String helpBaseUrl) {
    /** Localhost, port 8080, 30 s idle, 60 s to send a body, 64 requests at once, 100 texts a batch. */
    public static final ServeOptions DEFAULT = new ServeOptions("127.0.0.1", 8080, Duration.ofSeconds(30),
            Duration.ofSeconds(60), 64, 100, null, List.of(), Locale.ENGLISH, null);

    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException when a number is out of range, or the help base URL is not an absolute
     *                                  http(s) URL with a host (no query, fragment, spaces or quotes)
     */
    public ServeOptions {
        Objects.requireNonNull(bind, "bind");
        Objects.requireNonNull(defaultLocale, "defaultLocale");
        corsOrigins = List.copyOf(corsOrigins);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0 to 65535");
        }
        if (idleTimeout.isNegative() || idleTimeout.isZero() || readTimeout.isNegative() || readTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
        if (maxConcurrent < 1 || maxBatch < 1) {
            throw new IllegalArgumentException("maxConcurrent and maxBatch must be at least 1");
        }
        if (token != null && token.isEmpty()) {
            throw new IllegalArgumentException("the token is empty");
        }
        if (helpBaseUrl != null) {
            String lower = helpBaseUrl.toLowerCase(Locale.ROOT);
            if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
                throw new IllegalArgumentException("the help base URL must be an absolute http(s) URL (such as"
                        + " https://help.example.jp/bouncedoc/), not " + helpBaseUrl);
            }
            BounceDoc.builder().helpBaseUrl(helpBaseUrl); // the library's own check: host, no query, no quotes
        }
    }

    /** {@return these options on another address and port} */
    public ServeOptions at(String bind, int port) {
        return new ServeOptions(bind, port, idleTimeout, readTimeout, maxConcurrent, maxBatch, token, corsOrigins,
                defaultLocale, helpBaseUrl);
    }

    /** {@return these options with other timeouts} */
    public ServeOptions timeouts(Duration idle, Duration read) {
        return new ServeOptions(bind, port, idle, read, maxConcurrent, maxBatch, token, corsOrigins, defaultLocale,
                helpBaseUrl);
    }

    /** {@return these options with other request limits} */
    public ServeOptions limits(int concurrent, int batch) {
        return new ServeOptions(bind, port, idleTimeout, readTimeout, concurrent, batch, token, corsOrigins,
                defaultLocale, helpBaseUrl);
    }

    /** {@return these options with a bearer token (null: none) and CORS origins} */
    public ServeOptions access(String bearer, List<String> origins) {
        return new ServeOptions(bind, port, idleTimeout, readTimeout, maxConcurrent, maxBatch, bearer, origins,
                defaultLocale, helpBaseUrl);
    }

    /** {@return these options with another default language} */
    public ServeOptions locale(Locale locale) {
        return new ServeOptions(bind, port, idleTimeout, readTimeout, maxConcurrent, maxBatch, token, corsOrigins,
                locale, helpBaseUrl);
    }

    /** {@return these options with a help base URL (null: none), so that diagnoses carry {@code helpUrl}} */
    public ServeOptions helpBaseUrl(String url) {
        return new ServeOptions(bind, port, idleTimeout, readTimeout, maxConcurrent, maxBatch, token, corsOrigins,
                defaultLocale, url);
    }
}

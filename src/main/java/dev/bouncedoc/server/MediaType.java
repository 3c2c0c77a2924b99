package dev.bouncedoc.server;

import java.nio.charset.Charset;
import java.util.Locale;

/**
 * A Content-Type header read by hand (RFC 9110, section 8.3.1): the type and subtype, lower case, and the
 * charset parameter. A charset that Java does not know makes {@link #charset} fail with 415.
 */
record MediaType(String name, String charsetName) {
    static MediaType of(String header) {
        if (header == null) {
            return new MediaType("", null);
        }
        int semi = header.indexOf(';');
        String name = (semi < 0 ? header : header.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
        String charset = null;
        int at = semi;
        while (at >= 0 && at < header.length()) {
            int next = header.indexOf(';', at + 1);
            String param = header.substring(at + 1, next < 0 ? header.length() : next).trim();
            int eq = param.indexOf('=');
            if (eq > 0 && param.substring(0, eq).trim().equalsIgnoreCase("charset")) {
                charset = param.substring(eq + 1).trim();
                if (charset.length() >= 2 && charset.startsWith("\"") && charset.endsWith("\"")) {
                    charset = charset.substring(1, charset.length() - 1);
                }
            }
            at = next;
        }
        return new MediaType(name, charset);
    }

    boolean is(String type) {
        return name.equals(type);
    }

    Charset charset(Charset fallback) throws Api.Refusal {
        if (charsetName == null) {
            return fallback;
        }
        try {
            return Charset.forName(charsetName);
        } catch (IllegalArgumentException e) {
            throw new Api.Refusal(415, "unsupported-media-type", "unknown charset");
        }
    }
}

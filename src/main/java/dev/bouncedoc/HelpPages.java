package dev.bouncedoc;

import java.util.Locale;

/** Where an entry's help page lives in the site of {@code bouncedoc site}: the one place that says so. */
final class HelpPages {
    private HelpPages() {
    }

    /** The page of entry {@code id} in {@code language}, relative to the site's root: {@code ja/<id>.html}. */
    static String path(String language, String id) {
        return language + "/" + id + ".html";
    }

    /**
     * Checks a base URL by hand (no regular expression) and ends it with {@code /}: an absolute http(s) URL
     * with a host, or an absolute path; no query, fragment, spaces, controls or characters that HTML
     * attributes or URLs must escape.
     */
    static String baseUrl(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        int rest;
        if (lower.startsWith("https://")) {
            rest = 8;
        } else if (lower.startsWith("http://")) {
            rest = 7;
        } else if (url.startsWith("/")) {
            rest = 1;
        } else {
            throw new IllegalArgumentException("help base URL must be an absolute http(s) URL or a path beginning with /: "
                    + url);
        }
        if (rest > 1 && (url.length() == rest || url.charAt(rest) == '/')) {
            throw new IllegalArgumentException("help base URL has no host: " + url);
        }
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= 0x20 || c == 0x7f || c == '"' || c == '\'' || c == '<' || c == '>' || c == '\\' || c == '`'
                    || c == '?' || c == '#' || Character.isWhitespace(c) || Character.isISOControl(c)) {
                throw new IllegalArgumentException("help base URL may not contain spaces, controls, quotes, <, >, \\, `,"
                        + " a query or a fragment: " + url);
            }
        }
        return url.endsWith("/") ? url : url + "/";
    }
}

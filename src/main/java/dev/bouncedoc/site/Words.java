package dev.bouncedoc.site;

import dev.bouncedoc.words.UiWords;

/**
 * The site's own words ({@code site.} keys of the shared table, {@link UiWords}), and the words it shares
 * with the renderers and the command line (steps, catalog, former ids, hard bounce); another language gets
 * the English ones.
 */
final class Words {
    private Words() {
    }

    static String get(String language, String key) {
        String words = UiWords.get(language, "site." + key);
        return words != null ? words : UiWords.get(language, key);
    }
}

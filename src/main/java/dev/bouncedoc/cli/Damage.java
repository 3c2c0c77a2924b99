package dev.bouncedoc.cli;

/**
 * Signs that a text was damaged before bouncedoc read it: U+FFFD (a decoder's replacement character), or a
 * run of three or more '?' (what an encoder writes for each character it cannot encode, as a terminal or a
 * program in a non-Japanese locale does with Japanese). Linear, no regular expression.
 */
final class Damage {
    private Damage() {
    }

    /** Whether the text holds U+FFFD or a '?' at all: worth trying to repair. */
    static boolean suspect(String s) {
        return s.indexOf('\uFFFD') >= 0 || s.indexOf("??") >= 0;
    }

    /** What damage the text shows, in a few words; null when it shows none. */
    static String describe(String s) {
        int replacements = 0;
        int run = 0;
        int longest = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\uFFFD') {
                replacements++;
            }
            run = c == '?' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        if (replacements > 0) {
            return replacements + (replacements == 1 ? " replacement character U+FFFD" : " replacement characters U+FFFD");
        }
        if (longest >= 3) {
            return "a run of " + longest + " '?' where characters were";
        }
        return null;
    }
}

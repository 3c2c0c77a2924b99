package dev.bouncedoc.cli;

import dev.bouncedoc.Catalog;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Options that several commands share. */
final class Options {
    private Locale lang;

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--catalog", paramLabel = "PATH",
            description = "An overlay catalog (its catalog.yaml or folder) on top of the bundled one.")
    Path overlay;

    @Option(names = "--catalog-only", description = "With --catalog: use that catalog alone, not as an overlay.")
    boolean catalogOnly;

    /**
     * {@code --lang}: ja or en, also as a locale name such as ja-JP, en-US or ja_JP.UTF-8; anything else is
     * a usage error that names the accepted values.
     */
    @Option(names = "--lang", paramLabel = "ja|en",
            description = "Language of the texts: ja or en (ja-JP, en-US, ja_JP.UTF-8 are accepted too)."
                    + " Default: Japanese when the system locale is Japanese, else English.")
    void lang(String value) {
        if (value == null) { // picocli resets an option to its (absent) default
            lang = null;
            return;
        }
        Locale l = parseLang(value);
        if (l == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Invalid value for option '--lang': '" + value + "' is not a language bouncedoc has;"
                            + " use ja or en (also ja-JP, en-US, ja_JP.UTF-8)");
        }
        lang = l;
    }

    /**
     * The language a {@code --lang} value names: {@code ja} or {@code en}, in any case, optionally followed by
     * a region ({@code -JP}, {@code _US}), a POSIX codeset ({@code .UTF-8}) and modifier ({@code @euro});
     * null for anything else.
     */
    static Locale parseLang(String value) {
        if (value == null) {
            return null;
        }
        String v = value;
        int cut = v.length();
        for (int i = 0; i < v.length(); i++) {
            if (v.charAt(i) == '.' || v.charAt(i) == '@') {
                cut = i;
                break;
            }
        }
        if (cut < v.length() && cut + 1 == v.length()) {
            return null; // "ja." names no codeset
        }
        v = v.substring(0, cut);
        String language = v;
        String region = null;
        for (int i = 0; i < v.length(); i++) {
            if (v.charAt(i) == '-' || v.charAt(i) == '_') {
                language = v.substring(0, i);
                region = v.substring(i + 1);
                break;
            }
        }
        String lower = language.toLowerCase(Locale.ROOT);
        if (!lower.equals("ja") && !lower.equals("en")) {
            return null;
        }
        if (region != null && !isRegion(region)) {
            return null;
        }
        return lower.equals("ja") ? Locale.JAPANESE : Locale.ENGLISH;
    }

    /** A region subtag: two letters (JP, US) or three digits (419). */
    private static boolean isRegion(String s) {
        if (s.length() == 2) {
            return isLetter(s.charAt(0)) && isLetter(s.charAt(1));
        }
        if (s.length() == 3) {
            return isDigit(s.charAt(0)) && isDigit(s.charAt(1)) && isDigit(s.charAt(2));
        }
        return false;
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Sets {@code --lang} to a value {@link #parseLang} accepted (the command line read without picocli). */
    void language(Locale locale) {
        lang = locale;
    }

    /** Whether {@code --lang} was given. */
    boolean langGiven() {
        return lang != null;
    }

    Locale locale() {
        if (lang != null) {
            return lang;
        }
        return Locale.getDefault().getLanguage().equals("ja") ? Locale.JAPANESE : Locale.ENGLISH;
    }

    Catalog catalog() {
        if (overlay == null) {
            return Catalog.bundled();
        }
        return catalogOnly ? Catalog.load(overlay) : Catalog.bundled().withOverlay(overlay);
    }
}

package dev.bouncedoc.cli;

import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The plain {@code explain} command lines read without picocli, whose model of the commands (built by
 * reflection over their annotations, with an annotation proxy per annotation) costs about 60 ms of CPU at
 * every start: as much as loading the catalog. Only the command lines whose meaning is beyond doubt are
 * read here: {@code explain}, then its options, each at most once ({@code --lang}, {@code --format},
 * {@code --charset}, {@code --catalog}, {@code --help-base-url} with their value as the next argument or
 * after {@code =}; {@code -v}, {@code --verbose}, {@code --pretty}, {@code --catalog-only}), the words of
 * the text, and {@code --} before words that begin with a dash. Anything else (help, version, an unknown
 * or repeated option, a missing or invalid value, an argument file {@code @FILE}, no text, {@code --pretty}
 * without {@code --format json}) is left to picocli, which answers as it always has, errors and usage text
 * included. CommandLineFastPathTest runs every kind of command line both ways and compares the output.
 */
final class ExplainArguments {
    private ExplainArguments() {
    }

    /**
     * The explain command of {@code args} (after {@link Main#textAfterOptions}), ready to run, or null when
     * picocli must read them.
     */
    static ExplainCommand read(String[] args, InputStream in, int columns) {
        if (args.length < 2 || !args[0].equals("explain")) {
            return null;
        }
        for (String a : args) {
            if (a.startsWith("@")) {
                return null; // picocli reads the arguments in the file @FILE names
            }
        }
        ExplainCommand command = new ExplainCommand(in, columns);
        command.format = ExplainCommand.Format.text;
        Set<String> seen = new HashSet<>();
        List<String> words = new ArrayList<>();
        boolean optionsEnd = false;
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (optionsEnd || !a.startsWith("-") || a.equals("-")) {
                words.add(a);
                continue;
            }
            if (a.equals("--")) {
                optionsEnd = true;
                continue;
            }
            String name = a;
            String value = null;
            int equals = a.indexOf('=');
            if (a.startsWith("--") && equals > 0) {
                name = a.substring(0, equals);
                value = a.substring(equals + 1);
            }
            if (name.equals("-v")) {
                name = "--verbose";
            }
            if (!seen.add(name)) {
                return null; // picocli: "should be specified only once"
            }
            switch (name) {
                case "--verbose":
                case "--pretty":
                case "--catalog-only":
                    if (value != null) {
                        return null;
                    }
                    if (name.equals("--verbose")) {
                        command.verbose = true;
                    } else if (name.equals("--pretty")) {
                        command.pretty = true;
                    } else {
                        command.options.catalogOnly = true;
                    }
                    continue;
                case "--lang":
                case "--format":
                case "--charset":
                case "--catalog":
                case "--help-base-url":
                    break;
                default:
                    return null; // help, version, an unknown option: picocli's answer
            }
            if (value == null) {
                if (i + 1 == args.length) {
                    return null;
                }
                value = args[++i];
            }
            if (value.isEmpty() || value.startsWith("-")) {
                return null;
            }
            if (!set(command, name, value)) {
                return null;
            }
        }
        if (words.isEmpty() || command.pretty && command.format != ExplainCommand.Format.json) {
            return null;
        }
        command.words = words;
        return command;
    }

    /** Sets option {@code name} to {@code value}; false when picocli would refuse the value. */
    private static boolean set(ExplainCommand command, String name, String value) {
        switch (name) {
            case "--lang": {
                Locale locale = Options.parseLang(value);
                if (locale == null) {
                    return false;
                }
                command.options.language(locale);
                return true;
            }
            case "--format":
                for (ExplainCommand.Format f : ExplainCommand.Format.values()) {
                    if (f.name().equals(value.toLowerCase(Locale.ROOT))) {
                        command.format = f;
                        return true;
                    }
                }
                return false;
            case "--charset":
                try {
                    Charset.forName(value);
                } catch (IllegalArgumentException e) {
                    return false;
                }
                command.charset = value;
                return true;
            case "--catalog":
                try {
                    command.options.overlay = Path.of(value);
                } catch (InvalidPathException e) {
                    return false;
                }
                return true;
            default: // --help-base-url: BounceDoc.Builder checks it, as it does for picocli
                command.helpBaseUrl = value;
                return true;
        }
    }
}

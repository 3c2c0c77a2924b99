package dev.bouncedoc.cli;

import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
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
        ExplainCommand command = new ExplainCommand(in, columns);
        command.format = ExplainCommand.Format.text;
        List<String> words = PlainCommandLine.operands(args, "explain", FLAGS, VALUED, ALIASES,
                (name, value) -> set(command, name, value));
        if (words == null || words.isEmpty() || command.pretty && command.format != ExplainCommand.Format.json) {
            return null;
        }
        command.words = words;
        return command;
    }

    private static final Set<String> FLAGS = Set.of("--verbose", "--pretty", "--catalog-only");
    private static final Set<String> VALUED = Set.of("--lang", "--format", "--charset", "--catalog", "--help-base-url");
    private static final Map<String, String> ALIASES = Map.of("-v", "--verbose");

    /** Sets option {@code name} to {@code value} (null for a flag); false when picocli would refuse the value. */
    private static boolean set(ExplainCommand command, String name, String value) {
        switch (name) {
            case "--verbose":
                command.verbose = true;
                return true;
            case "--pretty":
                command.pretty = true;
                return true;
            case "--catalog-only":
                command.options.catalogOnly = true;
                return true;
            case "--lang":
                return PlainCommandLine.lang(command.options, value);
            case "--format": {
                ExplainCommand.Format f = PlainCommandLine.named(ExplainCommand.Format.values(), value);
                if (f == null) {
                    return false;
                }
                command.format = f;
                return true;
            }
            case "--charset":
                try {
                    Charset.forName(value);
                } catch (IllegalArgumentException e) {
                    return false;
                }
                command.charset = value;
                return true;
            case "--catalog":
                return PlainCommandLine.overlay(command.options, value);
            default: // --help-base-url: BounceDoc.Builder checks it, as it does for picocli
                command.helpBaseUrl = value;
                return true;
        }
    }
}

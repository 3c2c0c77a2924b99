package dev.bouncedoc.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The plain {@code scan} command lines read without picocli, as {@link ExplainArguments} reads the plain
 * {@code explain} ones: picocli's model of the commands costs about 60 ms of CPU at every start, a large
 * part of a scan of a few hundred messages. Only command lines whose meaning is beyond doubt are read here:
 * {@code scan}, then its options, each at most once ({@code --lang}, {@code --format}, {@code --catalog},
 * {@code --help-base-url}, {@code --threads} with their value as the next argument or after {@code =};
 * {@code --pretty}, {@code --catalog-only}), the paths ({@code -} for standard input), and {@code --}
 * before paths that begin with a dash. Anything else (help, version, an unknown or repeated option, a
 * missing or invalid value, {@code --threads} below 1 or not a plain number, an argument file {@code @FILE},
 * no path, {@code --pretty} without {@code --format json}) is left to picocli, which answers as it always
 * has. CommandLineFastPathTest runs every kind of command line both ways and compares the output.
 */
final class ScanArguments {
    private ScanArguments() {
    }

    /**
     * The scan command of {@code args} (after {@link Main#textAfterOptions}), ready to run, or null when
     * picocli must read them.
     */
    static ScanCommand read(String[] args, InputStream in, PrintStream progress, boolean terminal, int columns) {
        ScanCommand command = new ScanCommand(in, progress, terminal, columns);
        command.format = ScanCommand.Format.text;
        List<String> paths = PlainCommandLine.operands(args, "scan", FLAGS, VALUED, Map.of(),
                (name, value) -> set(command, name, value));
        if (paths == null || paths.isEmpty() || command.pretty && command.format != ScanCommand.Format.json) {
            return null;
        }
        command.paths = paths;
        return command;
    }

    private static final Set<String> FLAGS = Set.of("--pretty", "--catalog-only");
    private static final Set<String> VALUED = Set.of("--lang", "--format", "--catalog", "--help-base-url", "--threads");

    /** Sets option {@code name} to {@code value} (null for a flag); false when picocli would refuse the value. */
    private static boolean set(ScanCommand command, String name, String value) {
        switch (name) {
            case "--pretty":
                command.pretty = true;
                return true;
            case "--catalog-only":
                command.options.catalogOnly = true;
                return true;
            case "--lang":
                return PlainCommandLine.lang(command.options, value);
            case "--format": {
                ScanCommand.Format f = PlainCommandLine.named(ScanCommand.Format.values(), value);
                if (f == null) {
                    return false;
                }
                command.format = f;
                return true;
            }
            case "--catalog":
                return PlainCommandLine.overlay(command.options, value);
            case "--threads": {
                // 1 to 9999 in plain digits: read the same whether picocli decodes or parses it
                if (value.length() > 4 || value.charAt(0) == '0') {
                    return false;
                }
                int n = 0;
                for (int i = 0; i < value.length(); i++) {
                    char c = value.charAt(i);
                    if (c < '0' || c > '9') {
                        return false;
                    }
                    n = n * 10 + (c - '0');
                }
                command.threads = n;
                return true;
            }
            default: // --help-base-url: BounceDoc.Builder checks it, as it does for picocli
                command.helpBaseUrl = value;
                return true;
        }
    }
}

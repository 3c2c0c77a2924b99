package dev.bouncedoc.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The option loop that {@link ExplainArguments} and {@link ScanArguments} share: a command line read without
 * picocli when its meaning is beyond doubt. The command's name first, then options, each at most once (a
 * flag alone; an option with its value as the next argument or after {@code =}), operands, and {@code --}
 * before operands that begin with a dash. Anything else (an argument file {@code @FILE}, an unknown or
 * repeated option, a flag with a value, a missing or empty value, a value that begins with a dash, a value
 * the command refuses) gives null: picocli must read the command line.
 */
final class PlainCommandLine {
    private PlainCommandLine() {
    }

    /** Takes one option: {@code value} is null for a flag; false when picocli would refuse it. */
    interface Setter {
        boolean set(String name, String value);
    }

    /**
     * The operands of {@code args} when {@code args[0]} is {@code command} and every option is one of
     * {@code flags} or {@code valued} (after {@code aliases}) and {@code setter} takes it; else null.
     */
    static List<String> operands(String[] args, String command, Set<String> flags, Set<String> valued,
            Map<String, String> aliases, Setter setter) {
        if (args.length < 2 || !args[0].equals(command)) {
            return null;
        }
        for (String a : args) {
            if (a.startsWith("@")) {
                return null; // picocli reads the arguments in the file @FILE names
            }
        }
        Set<String> seen = new HashSet<>();
        List<String> operands = new ArrayList<>();
        boolean optionsEnd = false;
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (optionsEnd || !a.startsWith("-") || a.equals("-")) {
                operands.add(a);
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
            name = aliases.getOrDefault(name, name);
            if (!seen.add(name)) {
                return null; // picocli: "should be specified only once"
            }
            if (flags.contains(name)) {
                if (value != null || !setter.set(name, null)) {
                    return null;
                }
                continue;
            }
            if (!valued.contains(name)) {
                return null; // help, version, an unknown option: picocli's answer
            }
            if (value == null) {
                if (i + 1 == args.length) {
                    return null;
                }
                value = args[++i];
            }
            if (value.isEmpty() || value.startsWith("-") || !setter.set(name, value)) {
                return null;
            }
        }
        return operands;
    }

    /** {@code --lang}: sets the language of {@code options}; false when picocli would refuse the value. */
    static boolean lang(Options options, String value) {
        Locale locale = Options.parseLang(value);
        if (locale == null) {
            return false;
        }
        options.language(locale);
        return true;
    }

    /** {@code --catalog}: sets the overlay of {@code options}; false when the value is no path. */
    static boolean overlay(Options options, String value) {
        try {
            options.overlay = Path.of(value);
        } catch (InvalidPathException e) {
            return false;
        }
        return true;
    }

    /** {@code --format}: the one of {@code values} that {@code value} names in any case, or null. */
    static <E extends Enum<E>> E named(E[] values, String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        for (E e : values) {
            if (e.name().equals(lower)) {
                return e;
            }
        }
        return null;
    }
}

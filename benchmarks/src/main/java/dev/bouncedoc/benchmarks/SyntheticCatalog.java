package dev.bouncedoc.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A synthetic overlay catalog that multiplies the bundled catalog's phrases: {@code (factor - 1)} times the
 * bundled phrase count of new, unique phrases, so the bundled catalog with the overlay has {@code factor}
 * times its phrases. Each new phrase is a real catalog phrase with a generated word appended ("relay access
 * denied qbx"), so on real input the automaton walks as deep as on the real phrase before it misses:
 * the catalog grows without making the input easier. Entries have the shape of the real ones: two rules of
 * five phrases each.
 */
final class SyntheticCatalog {
    private static final int PHRASES_PER_RULE = 5;
    private static final int RULES_PER_ENTRY = 2;
    private static final int ENTRIES_PER_FILE = 2_000;

    private SyntheticCatalog() {
    }

    /** Writes the overlay into a new temporary folder and returns it. */
    static Path write(int factor) {
        List<String> real = Inputs.phrases();
        int wanted = real.size() * (factor - 1);
        try {
            Path dir = Files.createTempDirectory("bouncedoc-synthetic-x" + factor);
            StringBuilder manifest = new StringBuilder("format: 1\nname: synthetic\nversion: " + factor
                    + "x\nlanguages: [en, ja]\nfiles:\n");
            int n = 0;
            int entry = 0;
            for (int file = 0; n < wanted; file++) {
                // one file per ENTRIES_PER_FILE entries: the YAML parser refuses documents over 8 M characters
                String name = "synthetic-" + file + ".yaml";
                manifest.append("  - ").append(name).append('\n');
                try (Writer w = Files.newBufferedWriter(dir.resolve(name), StandardCharsets.UTF_8)) {
                    w.write("entries:\n");
                    for (int e = 0; e < ENTRIES_PER_FILE && n < wanted; e++) {
                        List<List<String>> rules = new ArrayList<>();
                        for (int r = 0; r < RULES_PER_ENTRY; r++) {
                            List<String> phrases = new ArrayList<>();
                            for (int p = 0; p < PHRASES_PER_RULE && n < wanted; p++, n++) {
                                phrases.add(phrase(real, n));
                            }
                            if (!phrases.isEmpty()) {
                                rules.add(phrases);
                            }
                        }
                        writeEntry(w, entry++, rules);
                    }
                }
            }
            Files.writeString(dir.resolve("catalog.yaml"), manifest);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a folder written by {@link #write}. */
    static void delete(Path dir) {
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
            Files.delete(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The n-th synthetic phrase. */
    static String phrase(List<String> real, int n) {
        return real.get(n % real.size()) + " " + word(n);
    }

    /** A unique lower-case word for n: letters only, so it is matched at word edges like a real word. */
    private static String word(int n) {
        StringBuilder b = new StringBuilder("q");
        int v = n;
        do {
            b.append((char) ('a' + v % 26));
            v /= 26;
        } while (v > 0);
        return b.toString();
    }

    private static void writeEntry(Writer w, int n, List<List<String>> rules) throws IOException {
        w.write("  - id: synthetic.entry-" + n + "\n    kind: delivery\n    reason: undefined\n    hardBounce: false\n"
                + "    whoActs: sender\n    retry: later\n    match:\n");
        for (List<String> phrases : rules) {
            w.write("      - phrase: [");
            for (int i = 0; i < phrases.size(); i++) {
                w.write((i > 0 ? ", " : "") + quote(phrases.get(i)));
            }
            w.write("]\n");
        }
        w.write("    texts:\n");
        for (String lang : List.of("en", "ja")) {
            w.write("      " + lang + ":\n        title: Synthetic entry " + n + "\n        summary: A generated entry.\n"
                    + "        steps: [Nothing to do.]\n        adminNotes: [Generated for a benchmark.]\n");
        }
        w.write("    references: [benchmarks/SyntheticCatalog.java]\n    examples: [" + quote(rules.get(0).get(0)) + "]\n");
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}

package dev.bouncedoc.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** Realistic inputs and the catalog's phrases, read from the project and, when present, ../shared/corpus. */
final class Inputs {
    private Inputs() {
    }

    /** The project root: the benchmarks are run from it or from benchmarks/. */
    static Path root() {
        Path here = Path.of("").toAbsolutePath();
        return Files.isDirectory(here.resolve("catalog")) ? here : here.getParent();
    }

    /** The single texts of the evaluation set: short inputs as users paste them. */
    static List<String> shortTexts() {
        try {
            List<String> lines = Files.readAllLines(root().resolve("src/test/resources/evaluation/single-texts.tsv"));
            List<String> texts = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                texts.add(line.split("\t", -1)[3].replace("\\n", "\n"));
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whole bounce messages of the corpus (a few KB each), as a help desk might paste them. */
    static List<String> wholeBounces() {
        Path corpus = root().resolve("../shared/corpus/sisimai/maildir/bsd").normalize();
        if (!Files.isDirectory(corpus)) {
            return shortTexts();
        }
        try (Stream<Path> files = Files.list(corpus)) {
            List<String> texts = new ArrayList<>();
            for (Path file : files.sorted().toList()) {
                texts.add(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every phrase and hint of the bundled catalog, as written. */
    @SuppressWarnings("unchecked")
    static List<String> phrases() {
        List<String> phrases = new ArrayList<>();
        try (Stream<Path> files = Files.list(root().resolve("catalog"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                Object doc = new Load(LoadSettings.builder().build()).loadFromString(Files.readString(file));
                if (!(doc instanceof Map) || !((Map<String, Object>) doc).containsKey("entries")) {
                    continue;
                }
                for (Object entry : (List<Object>) ((Map<String, Object>) doc).get("entries")) {
                    Object match = ((Map<String, Object>) entry).get("match");
                    if (match == null) {
                        continue;
                    }
                    for (Object rule : (List<Object>) match) {
                        for (String key : List.of("phrase", "hint")) {
                            Object values = ((Map<String, Object>) rule).get(key);
                            if (values instanceof List) {
                                ((List<Object>) values).forEach(v -> phrases.add(String.valueOf(v)));
                            } else if (values != null) {
                                phrases.add(String.valueOf(values));
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return phrases;
    }
}

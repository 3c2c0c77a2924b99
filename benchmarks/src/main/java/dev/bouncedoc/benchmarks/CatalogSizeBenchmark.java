package dev.bouncedoc.benchmarks;

import dev.bouncedoc.BounceDoc;
import dev.bouncedoc.Catalog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Matching cost against catalog size: the bundled catalog ({@code x1}) and the bundled catalog with a
 * synthetic overlay that brings it to 10 and 100 times its phrases ({@link SyntheticCatalog}), over the
 * corpus's reply lines. {@code bouncedoc} is the whole {@link BounceDoc#diagnose}; {@code containsPerPhrase}
 * ({@code String.contains} for every phrase on the lower-cased text) is the baseline whose cost grows with
 * the catalog. The claim under test: bouncedoc's cost stays flat.
 *
 * <p>Run from the project root (set-up writes the synthetic catalogs to a temporary folder):
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar CatalogSizeBenchmark -rf json -rff benchmarks/results/catalog-size.json
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CatalogSizeBenchmark {
    @Param({"bouncedoc", "containsPerPhrase"})
    public String implementation;

    @Param({"x1", "x10", "x100"})
    public String catalog;

    private List<String> texts;
    private List<String> lowerPhrases;
    private BounceDoc doc;
    private int next;

    @Setup
    public void setUp() {
        texts = Inputs.replyLines(false);
        int factor = Integer.parseInt(catalog.substring(1));
        List<String> phrases = new ArrayList<>(Inputs.phrases());
        Catalog c = Catalog.bundled();
        if (factor > 1) {
            // the same phrases for the baseline as in the overlay; only bouncedoc loads the overlay
            // (seconds at x100)
            List<String> real = List.copyOf(phrases);
            for (int n = 0; n < real.size() * (factor - 1); n++) {
                phrases.add(SyntheticCatalog.phrase(real, n));
            }
            if (implementation.equals("bouncedoc")) {
                Path overlay = SyntheticCatalog.write(factor);
                long t0 = System.nanoTime();
                c = c.withOverlay(overlay);
                System.out.printf("%nloaded the synthetic overlay in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
                SyntheticCatalog.delete(overlay);
            }
        }
        lowerPhrases = new ArrayList<>();
        for (String p : phrases) {
            lowerPhrases.add(p.toLowerCase(Locale.ROOT));
        }
        doc = BounceDoc.builder().catalog(c).build();
        System.out.println("\n" + catalog + ": " + phrases.size() + " phrases and hints, " + c.entries().size() + " entries");
    }

    @Benchmark
    public void match(Blackhole bh) {
        String text = texts.get(next);
        next = (next + 1) % texts.size();
        if (implementation.equals("bouncedoc")) {
            bh.consume(doc.diagnose(text, Locale.ENGLISH));
        } else {
            String lower = text.toLowerCase(Locale.ROOT);
            int found = 0;
            for (String p : lowerPhrases) {
                if (lower.contains(p)) {
                    found++;
                }
            }
            bh.consume(found);
        }
    }
}

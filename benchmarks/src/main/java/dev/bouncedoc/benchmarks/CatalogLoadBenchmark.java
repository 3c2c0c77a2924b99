package dev.bouncedoc.benchmarks;

import dev.bouncedoc.BounceDoc;
import dev.bouncedoc.Catalog;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Catalog load time. The CLI pays it on every start, so the cold figure is the one that matters.
 *
 * <ul>
 *   <li>{@code coldBundled}: the first {@link BounceDoc#create()} in a fresh JVM: class loading and reading
 *       the bundled catalog's compiled form (the build compiles the YAML; without the compiled form, YAML
 *       parsing, validation, normalising the phrases and building the automaton). Single shot, one per
 *       fork, 10 forks.</li>
 *   <li>{@code warmLoad}: {@link Catalog#load(java.nio.file.Path)} of the project's catalog folder in a warm
 *       JVM: the loading work itself, without class loading and JIT warm-up.</li>
 * </ul>
 * Run from the project root:
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar CatalogLoadBenchmark -rf json -rff benchmarks/results/catalog-load.json
 * </pre>
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CatalogLoadBenchmark {
    private Path folder;

    @Setup
    public void setUp() {
        folder = Inputs.root().resolve("catalog");
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(10)
    public Object coldBundled() {
        return BounceDoc.create();
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    @Fork(1)
    public Object warmLoad() {
        return Catalog.load(folder);
    }
}

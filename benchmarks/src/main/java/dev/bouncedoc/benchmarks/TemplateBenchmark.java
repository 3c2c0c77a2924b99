package dev.bouncedoc.benchmarks;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import dev.bouncedoc.catalog.CatalogData;
import dev.bouncedoc.catalog.CatalogLoader;
import dev.bouncedoc.catalog.CatalogProblem;
import dev.bouncedoc.catalog.CatalogSource;
import dev.bouncedoc.catalog.EntryData;
import dev.bouncedoc.catalog.TextSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * The texts of one answer: every pattern of one entry in one language (title, summary, steps, notes)
 * formatted with the three template arguments, cycling through every entry and language of the bundled
 * catalog.
 *
 * <ul>
 *   <li>{@code compiled}: {@code TextSet.format}, the patterns parsed once into templates (internal).</li>
 *   <li>{@code messageFormat}: an ICU {@code MessageFormat} made for every pattern with an argument or a
 *       quote, as every diagnosis did before the templates.</li>
 * </ul>
 * Run from the project root:
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar TemplateBenchmark -prof gc
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TemplateBenchmark {
    @Param({"compiled", "messageFormat"})
    public String implementation;

    private final Map<String, String> arguments = Map.of("host", "mail.example.jp", "address", "bob@example.com",
            "code", "5.7.1");
    private List<TextSet> sets;
    private int next;

    @Setup
    public void setUp() throws CatalogProblem {
        CatalogData data = CatalogLoader.load(CatalogSource.folder(Inputs.root().resolve("catalog")));
        sets = new ArrayList<>();
        for (EntryData e : data.entries()) {
            sets.addAll(e.texts().values());
        }
    }

    @Benchmark
    public void format(Blackhole bh) {
        TextSet set = sets.get(next);
        next = next + 1 == sets.size() ? 0 : next + 1;
        if (implementation.equals("compiled")) {
            bh.consume(set.format(arguments));
            return;
        }
        ULocale locale = new ULocale(set.language());
        for (Map.Entry<String, String> p : set.patterns()) {
            String pattern = p.getValue();
            bh.consume(pattern.indexOf('{') < 0 && pattern.indexOf('\'') < 0 ? pattern
                    : new MessageFormat(pattern, locale).format(arguments));
        }
    }
}

package dev.bouncedoc.benchmarks;

import dev.bouncedoc.BounceDoc;
import dev.bouncedoc.match.PhraseAutomaton;
import dev.bouncedoc.match.TextNormalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
 * Matching cost against input length, 100 characters to 1,000,000 (ASCII, so characters are bytes). The
 * input is the corpus's bounces joined and cut to {@code length}; one operation processes it once.
 *
 * <ul>
 *   <li>{@code rawPass}: one pass lower-casing every character: the floor.</li>
 *   <li>{@code automaton}: the catalog's Aho–Corasick automaton (internal {@code PhraseAutomaton}) over the
 *       text normalised beforehand: the matcher's pass itself, on any length.</li>
 *   <li>{@code normalize}: the normaliser (internal {@code TextNormalizer}), which reads at most
 *       {@link BounceDoc#MAX_INPUT_CHARS} characters.</li>
 *   <li>{@code bouncedoc}: the whole {@link BounceDoc#diagnose}, which also reads at most 65,536 characters
 *       by design (the diagnosis says it cut the text), so its cost stops growing there.</li>
 * </ul>
 * Divide the time by {@code length} for the cost per character; linear growth keeps it constant.
 *
 * <p>Run from the project root:
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar InputLengthBenchmark -rf json -rff benchmarks/results/input-length.json
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class InputLengthBenchmark {
    @Param({"bouncedoc", "normalize", "automaton", "rawPass"})
    public String stage;

    @Param({"100", "1000", "10000", "100000", "1000000"})
    public int length;

    private String text;
    private String normalized;
    private PhraseAutomaton automaton;
    private BounceDoc doc;

    @Setup
    public void setUp() {
        StringBuilder b = new StringBuilder(length + 10_000);
        List<String> bounces = Inputs.wholeBounces();
        for (int i = 0; b.length() < length; i = (i + 1) % bounces.size()) {
            bounces.get(i).chars().filter(c -> c < 0x80).forEach(c -> b.append((char) c));
        }
        text = b.substring(0, length);
        // normalise in pieces below the normaliser's limit; cut at spaces, so the result is the same text
        StringBuilder n = new StringBuilder(length);
        for (int from = 0; from < length; ) {
            int to = Math.min(length, from + 60_000);
            while (to < length && text.charAt(to) != ' ') {
                to++;
            }
            n.append(TextNormalizer.normalize(text.substring(from, to)).text());
            from = to;
        }
        normalized = n.toString();
        Set<String> phrases = new LinkedHashSet<>();
        for (String p : Inputs.phrases()) {
            phrases.add(TextNormalizer.normalizePhrase(p));
        }
        automaton = PhraseAutomaton.build(new ArrayList<>(phrases));
        doc = BounceDoc.create();
    }

    @Benchmark
    public void process(Blackhole bh) {
        switch (stage) {
            case "bouncedoc" -> bh.consume(doc.diagnose(text, Locale.ENGLISH));
            case "normalize" -> bh.consume(TextNormalizer.normalize(text));
            case "automaton" -> bh.consume(automaton.search(normalized));
            case "rawPass" -> {
                int h = 0;
                for (int i = 0; i < text.length(); i++) {
                    h = 31 * h + Character.toLowerCase(text.charAt(i));
                }
                bh.consume(h);
            }
            default -> throw new IllegalArgumentException(stage);
        }
    }
}

package dev.bouncedoc.benchmarks;

import dev.bouncedoc.BounceDoc;
import dev.bouncedoc.match.RuleSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
 * The matching core against plain baselines, over the same real inputs, in one run (Caffeine's way: the
 * implementation is a {@code @Param}).
 *
 * <ul>
 *   <li>{@code bouncedoc}: the whole {@link BounceDoc#diagnose} path: ICU normalisation, code scanning,
 *       the Aho–Corasick pass, rule scoring and the texts of the answer.</li>
 *   <li>{@code matcher}: the matching core alone ({@code RuleSet.match}, internal): normalisation, code
 *       scanning, the Aho–Corasick pass and rule scoring, without building the answer.</li>
 *   <li>{@code rawPass}: one pass over the characters, lower-casing them: the floor of any matcher.</li>
 *   <li>{@code regexAlternation}: one java.util.regex alternation of every catalog phrase, case-insensitive,
 *       over the lower-cased text (no normalisation, no codes).</li>
 *   <li>{@code containsPerPhrase}: {@code String.contains} for every phrase on the lower-cased text.</li>
 * </ul>
 * The baselines do less work than bouncedoc (no normalisation, no codes, no answer), so they bound it from
 * below. Per operation, one input of the set is processed, cycling through the set. Inputs:
 * {@code reply}, the remote servers' reply lines and Diagnostic-Code texts of the corpus's failed recipients
 * without Japanese (what a bounce processor diagnoses); {@code replyJa}, those with Japanese and the lines
 * with Japanese of the bounces' bodies (what Japanese MTAs and carriers write); {@code short},
 * the 248 pasted texts of the evaluation set (client error dialogs and reply lines, English and Japanese);
 * {@code bounce}, the 498 whole bounce messages of the corpus pasted as one text. The corpus must be at
 * ../shared/corpus; without it set-up fails.
 *
 * <p>Run from the project root:
 * <pre>
 * mvn -B -q install -DskipTests &amp;&amp; mvn -B -q -f benchmarks/pom.xml package &amp;&amp; \
 *   java -jar benchmarks/target/benchmarks.jar MatchBenchmark -rf json -rff benchmarks/results/match.json
 * java -jar benchmarks/target/benchmarks.jar MatchBenchmark -p inputs=reply   # one input set
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MatchBenchmark {
    @Param({"bouncedoc", "matcher", "rawPass", "regexAlternation", "containsPerPhrase"})
    public String implementation;

    /** See the class comment. */
    @Param({"reply", "replyJa", "short", "bounce"})
    public String inputs;

    private List<String> texts;
    private List<String> lowerPhrases;
    private Pattern alternation;
    private BounceDoc doc;
    private RuleSet rules;
    private int next;

    @Setup
    public void setUp() {
        switch (inputs) {
            case "reply" -> texts = Inputs.replyLines(false);
            case "replyJa" -> texts = Inputs.replyLines(true);
            case "short" -> texts = Inputs.shortTexts();
            case "bounce" -> texts = Inputs.wholeBounces();
            default -> throw new IllegalArgumentException(inputs);
        }
        System.out.printf("%n%s: %d texts, %.0f characters on average%n", inputs, texts.size(),
                texts.stream().mapToInt(String::length).average().orElse(0));
        List<String> phrases = Inputs.phrases();
        lowerPhrases = new ArrayList<>();
        for (String p : phrases) {
            lowerPhrases.add(p.toLowerCase(Locale.ROOT));
        }
        alternation = Pattern.compile(phrases.stream().map(Pattern::quote).collect(Collectors.joining("|")),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        doc = BounceDoc.create();
        rules = Inputs.bundledRules();
    }

    private String nextText() {
        String t = texts.get(next);
        next = (next + 1) % texts.size();
        return t;
    }

    @Benchmark
    public void match(Blackhole bh) {
        String text = nextText();
        switch (implementation) {
            case "bouncedoc":
                bh.consume(doc.diagnose(text, Locale.ENGLISH));
                break;
            case "matcher":
                bh.consume(rules.match(text));
                break;
            case "rawPass": {
                int h = 0;
                for (int i = 0; i < text.length(); i++) {
                    h = 31 * h + Character.toLowerCase(text.charAt(i));
                }
                bh.consume(h);
                break;
            }
            case "regexAlternation": {
                Matcher m = alternation.matcher(text);
                int found = 0;
                while (m.find()) {
                    found++;
                }
                bh.consume(found);
                break;
            }
            case "containsPerPhrase": {
                String lower = text.toLowerCase(Locale.ROOT);
                int found = 0;
                for (String p : lowerPhrases) {
                    if (lower.contains(p)) {
                        found++;
                    }
                }
                bh.consume(found);
                break;
            }
            default:
                throw new IllegalArgumentException(implementation);
        }
    }
}

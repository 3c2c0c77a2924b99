package dev.bouncedoc.benchmarks;

import dev.bouncedoc.BounceDoc;
import java.nio.charset.StandardCharsets;
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

/**
 * ReDoS-style inputs: the patterns that make backtracking matchers and naive scanners blow up, as the body
 * of a bounce from 1 KB to 1 MB, read whole with {@link BounceDoc#read(byte[])} (MIME, the format
 * recognisers, the generic reader's address and code scanners, and the diagnosis of every recipient).
 * Linear time keeps the time per byte flat as the length grows by 1,000×.
 *
 * <ul>
 *   <li>{@code atSigns}: {@code "a@"} repeated (each @ starts an address scan backwards and forwards);</li>
 *   <li>{@code dots}: {@code "5."} repeated (a status code that never ends);</li>
 *   <li>{@code angles}: {@code "<"} repeated (quoted addresses that never close);</li>
 *   <li>{@code codes}: {@code "550 5.1.1 <u1@example.org>... "} repeated (every token is a code or address);</li>
 *   <li>{@code addresses}: one distinct address per line (a report naming everyone);</li>
 *   <li>{@code fullWidth}: full-width text and ideographic spaces (the normaliser's worst case).</li>
 * </ul>
 *
 * <p>Run from the project root:
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar AdversarialBenchmark -rf json -rff benchmarks/results/adversarial.json
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class AdversarialBenchmark {
    @Param({"atSigns", "dots", "angles", "codes", "addresses", "fullWidth"})
    public String pattern;

    @Param({"1000", "10000", "100000", "1000000"})
    public int length;

    private byte[] message;
    private BounceDoc doc;

    @Setup
    public void setUp() {
        StringBuilder body = new StringBuilder(length + 64);
        int i = 0;
        while (body.length() < length) {
            switch (pattern) {
                case "atSigns" -> body.append("a@");
                case "dots" -> body.append("5.");
                case "angles" -> body.append('<');
                case "codes" -> body.append("550 5.1.1 <u1@example.org>... ");
                case "addresses" -> body.append("<u").append(i++).append("@example.org>: mailbox unavailable\n");
                case "fullWidth" -> body.append("５５０　ＵＳＥＲ　ＵＮＫＮＯＷＮ　宛先不明　");
                default -> throw new IllegalArgumentException(pattern);
            }
        }
        String head = "From: MAILER-DAEMON@example.jp\nSubject: Returned mail: see transcript for details\n"
                + "Content-Type: text/plain; charset=utf-8\n\nThe following addresses had permanent fatal errors\n";
        message = (head + body.substring(0, length) + "\n").getBytes(StandardCharsets.UTF_8);
        doc = BounceDoc.create();
    }

    @Benchmark
    public Object read() {
        return doc.read(message);
    }
}

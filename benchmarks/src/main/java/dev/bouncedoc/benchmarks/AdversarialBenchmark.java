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
 * <p>And the shapes of issue 13, each where it does its harm:
 * <ul>
 *   <li>{@code recipientsOnOneLine}: one line naming a recipient every 18 characters (each recipient's
 *       diagnostic used to be the whole line: output and time grew with the square of the line);</li>
 *   <li>{@code unclosedWords}: the Subject is {@code "=?utf-8?q?x "} repeated, RFC 2047 words that never close
 *       (a search for "?=" from each one was quadratic);</li>
 *   <li>{@code longBoundary}: a multipart whose boundary is {@code length} characters long (RFC 2046 allows 70;
 *       Jakarta Mail's parser is quadratic in it);</li>
 *   <li>{@code foldedField}: a delivery-status Diagnostic-Code folded over {@code length / 12} lines
 *       (Jakarta Mail's InternetHeaders joined each continuation by string concatenation);</li>
 *   <li>{@code combiningMarks}: a letter followed by alternating U+0301 and U+0316 (canonical reordering sorts a
 *       run of combining marks by insertion). Its cost is in normalising a text, so its benchmark is
 *       {@link #diagnose()}: the body as one pasted text, up to the 65,536 characters a text is read.</li>
 * </ul>
 *
 * <p>Run from the project root:
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar AdversarialBenchmark -rf json -rff benchmarks/results/adversarial.json
 * </pre>
 * Issue 13's shapes at two sizes (1x and 4x), as recorded in benchmarks/README.md:
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar 'AdversarialBenchmark.read' -f 1 -wi 2 -i 3 \
 *     -p pattern=recipientsOnOneLine,unclosedWords,longBoundary,foldedField -p length=50000,200000
 * java -jar benchmarks/target/benchmarks.jar 'AdversarialBenchmark.diagnose' -f 1 -wi 2 -i 3 \
 *     -p pattern=combiningMarks -p length=16000,64000
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class AdversarialBenchmark {
    @Param({"atSigns", "dots", "angles", "codes", "addresses", "fullWidth", "recipientsOnOneLine", "unclosedWords",
        "longBoundary", "foldedField", "combiningMarks"})
    public String pattern;

    @Param({"1000", "10000", "100000", "1000000"})
    public int length;

    private byte[] message;
    private BounceDoc doc;

    @Setup
    public void setUp() {
        doc = BounceDoc.create();
        String head = "From: MAILER-DAEMON@example.jp\nSubject: Returned mail: see transcript for details\n"
                + "Content-Type: text/plain; charset=utf-8\n\nThe following addresses had permanent fatal errors\n";
        switch (pattern) {
            case "unclosedWords" -> {
                message = bytes("From: MAILER-DAEMON@example.jp\nSubject: " + repeat("=?utf-8?q?x ", length)
                        + "\n\n<bob@example.org>: 550 5.1.1 User unknown\n");
                return;
            }
            case "longBoundary" -> {
                String b = repeat("b", length);
                message = bytes("From: MAILER-DAEMON@example.jp\nSubject: Returned mail\nContent-Type: multipart/mixed; "
                        + "boundary=\"" + b + "\"\n\n--" + b + "\nContent-Type: text/plain\n\n<bob@example.org>: 550 5.1.1 "
                        + "User unknown\n--" + b + "\nContent-Type: text/plain\n\nmore\n--" + b + "--\n");
                return;
            }
            case "foldedField" -> {
                message = bytes("From: MAILER-DAEMON@example.jp\nSubject: Undelivered Mail\nContent-Type: multipart/report; "
                        + "report-type=delivery-status; boundary=\"B\"\n\n--B\nContent-Type: text/plain\n\nfailed\n--B\n"
                        + "Content-Type: message/delivery-status\n\nReporting-MTA: dns; example.jp\n\n"
                        + "Final-Recipient: rfc822; bob@example.org\nAction: failed\nStatus: 5.1.1\n"
                        + "Diagnostic-Code: smtp; 550 5.1.1 User unknown\n" + repeat("  more text\n", length) + "\n--B--\n");
                return;
            }
            default -> {
            }
        }
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
                case "recipientsOnOneLine" -> body.append(i == 0 ? "550 5.1.1 User unknown:" : "").append(" <u")
                        .append(i++ % 100_000).append("@example.org>");
                case "combiningMarks" -> body.append(i++ == 0 ? "550 user unknown a" : "\u0301\u0316");
                default -> throw new IllegalArgumentException(pattern);
            }
        }
        text = body.substring(0, length);
        message = bytes(head + text + "\n");
    }

    private String text = "";

    private static String repeat(String unit, int length) {
        return unit.repeat(Math.max(1, length / unit.length()));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Benchmark
    public Object read() {
        return doc.read(message);
    }

    /** The body as one pasted text (empty for the patterns that are about a message's structure). */
    @Benchmark
    public Object diagnose() {
        return doc.diagnose(text);
    }
}

package dev.bouncedoc.benchmarks;

import dev.bouncedoc.BounceDoc;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;
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
 * Whole messages per second: one operation reads one message of the corpus's 498 bounces
 * (../shared/corpus/sisimai/maildir/bsd, 3.2 MB), cycling through them, on one thread.
 *
 * <ul>
 *   <li>{@code bouncedoc}: {@link BounceDoc#read(byte[])}: MIME parsing, charset decoding, the format
 *       readers, and a diagnosis per recipient.</li>
 *   <li>{@code mimeOnly}: Angus Mail alone: parse the message and read every part's content, as any
 *       MIME-based reader must; bouncedoc's floor when it uses the same parser.</li>
 *   <li>{@code rawPass}: one pass over the bytes counting lines: the floor of reading the bytes at all.</li>
 * </ul>
 * Run with the allocation profiler, from the project root:
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar MessageBenchmark -prof gc -rf json -rff benchmarks/results/message.json
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 5) // 3 x 2 s left read() still warming up (README)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MessageBenchmark {
    @Param({"bouncedoc", "mimeOnly", "rawPass"})
    public String implementation;

    private List<byte[]> messages;
    private BounceDoc doc;
    private Session session;
    private int next;

    @Setup
    public void setUp() {
        messages = Inputs.messages();
        doc = BounceDoc.create();
        session = Session.getInstance(new Properties());
    }

    @Benchmark
    public void read(Blackhole bh) throws Exception {
        byte[] message = messages.get(next);
        next = (next + 1) % messages.size();
        switch (implementation) {
            case "bouncedoc" -> bh.consume(doc.read(message));
            case "mimeOnly" -> {
                MimeMessage m = new MimeMessage(session, new ByteArrayInputStream(message));
                walk(m, bh, 0);
            }
            case "rawPass" -> {
                int lines = 0;
                for (byte b : message) {
                    if (b == '\n') {
                        lines++;
                    }
                }
                bh.consume(lines);
            }
            default -> throw new IllegalArgumentException(implementation);
        }
    }

    private static void walk(Part part, Blackhole bh, int depth) {
        try {
            Object content = part.getContent();
            if (content instanceof Multipart mp && depth < 32) {
                for (int i = 0; i < mp.getCount(); i++) {
                    walk(mp.getBodyPart(i), bh, depth + 1);
                }
            } else if (content instanceof InputStream in) {
                bh.consume(in.readAllBytes());
            } else {
                bh.consume(content);
            }
        } catch (Exception e) {
            bh.consume(e); // a broken part: bouncedoc reports these as problems
        }
    }
}

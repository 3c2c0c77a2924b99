package dev.bouncedoc.benchmarks;

import dev.bouncedoc.BounceDoc;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

/**
 * Cost per operation in the measuring thread's own CPU time, for a machine shared with other work: JMH's
 * wall-clock figures swing several-fold when other processes take the cores, while the thread's CPU time
 * barely moves. Warms up for 15 s of CPU, then prints five rounds of 3 s.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.bouncedoc.benchmarks.CpuTime reply     # µs per diagnosis
 * java -cp benchmarks/target/benchmarks.jar dev.bouncedoc.benchmarks.CpuTime replyJa
 * java -cp benchmarks/target/benchmarks.jar dev.bouncedoc.benchmarks.CpuTime short
 * java -cp benchmarks/target/benchmarks.jar dev.bouncedoc.benchmarks.CpuTime read      # messages per second
 * </pre>
 * The inputs are {@link MatchBenchmark}'s and {@link MessageBenchmark}'s (the corpus at ../shared/corpus).
 */
public final class CpuTime {
    static volatile Object sink;

    private CpuTime() {
    }

    public static void main(String[] args) {
        String what = args.length > 0 ? args[0] : "reply";
        BounceDoc doc = BounceDoc.create();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Runnable op;
        if (what.equals("read")) {
            List<byte[]> messages = Inputs.messages();
            int[] i = {0};
            op = () -> sink = doc.read(messages.get(i[0]++ % messages.size()));
        } else {
            List<String> texts = what.equals("short") ? Inputs.shortTexts() : Inputs.replyLines(what.equals("replyJa"));
            int[] i = {0};
            op = () -> sink = doc.diagnose(texts.get(i[0]++ % texts.size()));
        }
        long warm = mx.getCurrentThreadCpuTime() + 15_000_000_000L;
        while (mx.getCurrentThreadCpuTime() < warm) {
            op.run();
        }
        StringBuilder out = new StringBuilder(what + ":");
        for (int round = 0; round < 5; round++) {
            long ops = 0;
            long t0 = mx.getCurrentThreadCpuTime();
            long end = t0 + 3_000_000_000L;
            long t;
            while ((t = mx.getCurrentThreadCpuTime()) < end) {
                for (int k = 0; k < 20; k++) {
                    op.run();
                }
                ops += 20;
            }
            out.append(what.equals("read") ? String.format(" %.0f", ops * 1e9 / (t - t0))
                    : String.format(" %.2f", (t - t0) / 1000.0 / ops));
        }
        System.out.println(out + (what.equals("read") ? " messages/s" : " µs/op") + " (thread CPU time)");
    }
}

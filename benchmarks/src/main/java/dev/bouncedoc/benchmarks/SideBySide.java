package dev.bouncedoc.benchmarks;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * {@code BounceDoc.read} of two or more library jars in one JVM, each in its own class loader, with their
 * rounds interleaved: on a machine shared with other work, every jar meets the same load in the same
 * seconds, which separate runs of {@link CpuTime} do not. Each jar is warmed for {@code -Dwarm} seconds of
 * the thread's CPU (default 25), then {@code -Drounds} rounds (default 20) each read the corpus three times
 * per jar, in alternating order. Prints per jar the median, lowest and highest messages per second of
 * thread CPU time, and the bytes the thread allocated per message (exact, unaffected by the load).
 *
 * <pre>
 * javac -cp target/bouncedoc-cli.jar -d /tmp/bench benchmarks/src/main/java/dev/bouncedoc/benchmarks/{SideBySide,Inputs}.java
 * java -cp /tmp/bench:target/bouncedoc-cli.jar dev.bouncedoc.benchmarks.SideBySide before.jar after.jar
 * </pre>
 * The jars are the CLI's (bouncedoc-cli.jar, with their dependencies); the class path above serves only the
 * corpus reading of {@link Inputs}.
 */
public final class SideBySide {
    static volatile Object sink;

    private SideBySide() {
    }

    public static void main(String[] args) throws Exception {
        List<byte[]> messages = Inputs.messages();
        int n = args.length;
        Object[] docs = new Object[n];
        Method[] reads = new Method[n];
        ClassLoader[] loaders = new ClassLoader[n];
        for (int j = 0; j < n; j++) {
            ClassLoader loader = new URLClassLoader(new URL[] {Path.of(args[j]).toUri().toURL()},
                    ClassLoader.getPlatformClassLoader());
            loaders[j] = loader;
            // Jakarta Mail looks its StreamProvider up through the context class loader: the jar's own
            Thread.currentThread().setContextClassLoader(loader);
            Class<?> c = Class.forName("dev.bouncedoc.BounceDoc", true, loader);
            docs[j] = c.getMethod("create").invoke(null);
            reads[j] = c.getMethod("read", byte[].class);
        }
        ThreadMXBean mx = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        int rounds = Integer.getInteger("rounds", 20);
        long warm = Long.getLong("warm", 25) * 1_000_000_000L;
        for (int j = 0; j < n; j++) {
            Thread.currentThread().setContextClassLoader(loaders[j]);
            long end = mx.getCurrentThreadCpuTime() + warm;
            for (int i = 0; mx.getCurrentThreadCpuTime() < end; i++) {
                sink = reads[j].invoke(docs[j], messages.get(i % messages.size()));
            }
        }
        double[][] rates = new double[n][rounds];
        double[] allocated = new double[n];
        for (int round = 0; round < rounds; round++) {
            for (int k = 0; k < n; k++) {
                int j = round % 2 == 0 ? k : n - 1 - k;
                Thread.currentThread().setContextClassLoader(loaders[j]);
                long t0 = mx.getCurrentThreadCpuTime();
                long a0 = mx.getCurrentThreadAllocatedBytes();
                long ops = 0;
                for (int rep = 0; rep < 3; rep++) {
                    for (byte[] m : messages) {
                        sink = reads[j].invoke(docs[j], m);
                        ops++;
                    }
                }
                rates[j][round] = ops * 1e9 / (mx.getCurrentThreadCpuTime() - t0);
                allocated[j] = (mx.getCurrentThreadAllocatedBytes() - a0) / (double) ops;
            }
        }
        for (int j = 0; j < n; j++) {
            double[] sorted = rates[j].clone();
            Arrays.sort(sorted);
            System.out.printf("%s: median %.0f (%.0f-%.0f) messages/s per thread (CPU time), %.1f KB allocated per message%n",
                    args[j], sorted[rounds / 2], sorted[0], sorted[rounds - 1], allocated[j] / 1024);
        }
    }
}

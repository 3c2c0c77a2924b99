// The main thread's CPU per phase of explain's first answer, in a fresh JVM with the launcher's archive.
// From the project root: javac -cp target/bouncedoc-cli.jar -d /tmp/p benchmarks/results/2026-12-07-h38-harness/Phases.java
// java -XX:SharedArchiveFile=target/bouncedoc-cli-java….jsa -XX:TieredStopAtLevel=1 -cp target/bouncedoc-cli.jar:/tmp/p dev.bouncedoc.cli.Phases
// (the archive is the one bin/bouncedoc made; appending a folder to the class path keeps it usable)
package dev.bouncedoc.cli;

import dev.bouncedoc.BounceDoc;
import dev.bouncedoc.Catalog;
import dev.bouncedoc.Diagnosis;
import java.util.Locale;

public class Phases {
    public static void main(String[] a) throws Exception {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        String text = "554 5.7.1 Relay access denied";
        long[] w = new long[8];
        long[] c = new long[8];
        int k = 0;
        w[k] = System.nanoTime(); c[k++] = mx.getCurrentThreadCpuTime();
        Catalog.bundled();
        w[k] = System.nanoTime(); c[k++] = mx.getCurrentThreadCpuTime();
        Diagnosis d = BounceDoc.create().diagnose(text, Locale.ENGLISH);
        w[k] = System.nanoTime(); c[k++] = mx.getCurrentThreadCpuTime();
        dev.bouncedoc.render.TextRenderer.render(d, 80, false);
        w[k] = System.nanoTime(); c[k++] = mx.getCurrentThreadCpuTime();
        dev.bouncedoc.render.JsonRenderer.render(d).toString();
        w[k] = System.nanoTime(); c[k++] = mx.getCurrentThreadCpuTime();
        java.io.PrintStream ps = new java.io.PrintStream(new java.io.ByteArrayOutputStream(), true, "UTF-8");
        Main.run(new String[] {"explain", text}, ps, ps, System.in);
        w[k] = System.nanoTime(); c[k++] = mx.getCurrentThreadCpuTime();
        String[] names = {"catalog", "diagnose", "text", "json", "Main.run (the rest: command line)"};
        for (int i = 1; i < k; i++) {
            System.out.printf("%-34s %6.1f ms wall %6.1f ms cpu%n", names[i - 1], (w[i] - w[i - 1]) / 1e6, (c[i] - c[i - 1]) / 1e6);
        }
    }
}

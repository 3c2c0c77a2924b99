package dev.bouncedoc.cli;
import java.lang.management.ManagementFactory;
import java.nio.file.*;
public class TW {
    public static void main(String[] a) throws Exception {
        String s = Files.readString(Path.of(a[0]));
        var bean = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < 5; round++) {
            long t0 = bean.getCurrentThreadCpuTime();
            TerminalWriter w = new TerminalWriter(java.io.Writer.nullWriter());
            // as Parsson writes: blocks of up to 4096 chars
            for (int i = 0; i < s.length(); i += 4096) w.write(s, i, Math.min(4096, s.length() - i));
            System.out.printf("round %d: %.1f ms for %d chars%n", round, (bean.getCurrentThreadCpuTime() - t0) / 1e6, s.length());
        }
    }
}

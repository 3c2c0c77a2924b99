// Run from the project root: javac -cp target/bouncedoc-cli.jar -d /tmp/h benchmarks/results/2026-12-07-h13-harness/Cold.java && java -cp target/bouncedoc-cli.jar:/tmp/h Cold
import dev.bouncedoc.*;
import java.util.Locale;
import java.lang.management.*;
public class Cold {
  public static void main(String[] a) {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long c0 = mx.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    Catalog c = Catalog.bundled();
    long t1 = System.nanoTime();
    long c1 = mx.getCurrentThreadCpuTime();
    BounceDoc d = BounceDoc.create();
    Diagnosis x = d.diagnose("554 5.7.1 <bob@example.com>: Relay access denied", Locale.JAPANESE);
    x.title();
    long t2 = System.nanoTime();
    long c2 = mx.getCurrentThreadCpuTime();
    System.out.printf("catalog %.1f ms (cpu %.1f), first diagnosis %.1f ms (cpu %.1f)%n", (t1-t0)/1e6, (c1-c0)/1e6, (t2-t1)/1e6, (c2-c1)/1e6);
  }
}

// Run from the project root: javac -cp target/bouncedoc-cli.jar -d /tmp/h benchmarks/results/2026-12-07-h13-harness/Cpu.java && java -cp target/bouncedoc-cli.jar:/tmp/h Cpu
import dev.bouncedoc.*;
import java.nio.file.*;
import java.util.*;
import java.lang.management.*;
/** CPU time of the calling thread per diagnosis, over the evaluation texts (single-texts.tsv), after warm-up. */
public class Cpu {
  public static void main(String[] a) throws Exception {
    List<String> lines = Files.readAllLines(Path.of("src/test/resources/evaluation/single-texts.tsv"));
    List<String> texts = new ArrayList<>();
    for (String l : lines.subList(1, lines.size())) texts.add(l.split("\t", -1)[3].replace("\\n", "\n"));
    BounceDoc doc = BounceDoc.create();
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long sink = 0;
    for (int round = 0; round < 14; round++) {
      long c0 = mx.getCurrentThreadCpuTime();
      int n = 0;
      for (int k = 0; k < 100; k++) for (String t : texts) { sink += doc.diagnose(t, (n++ & 1) == 0 ? Locale.JAPANESE : Locale.ENGLISH).title().length(); }
      long c1 = mx.getCurrentThreadCpuTime();
      if (round >= 3) System.out.printf("round %d: %.2f us cpu per diagnosis%n", round, (c1 - c0) / 1e3 / n);
    }
    if (sink == 42) System.out.println();
  }
}

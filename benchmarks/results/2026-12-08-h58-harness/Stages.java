package dev.bouncedoc.benchmarks;
import dev.bouncedoc.BounceDoc;
import dev.bouncedoc.match.*;
import java.lang.management.*;
import java.util.*;
/** µs of thread CPU per text for each stage of a diagnosis, one after the other in one JVM. */
public class Stages {
  static volatile Object sink;
  static double time(Runnable op, double seconds) {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long t0 = mx.getCurrentThreadCpuTime(), end = t0 + (long) (seconds * 1e9), t; long n = 0;
    while ((t = mx.getCurrentThreadCpuTime()) < end) { for (int q = 0; q < 20; q++) op.run(); n += 20; }
    return (t - t0) / 1000.0 / n;
  }
  public static void main(String[] a) {
    List<String> texts = a[0].equals("short") ? Inputs.shortTexts() : Inputs.replyLines(a[0].equals("replyJa"));
    String[] t = texts.toArray(new String[0]);
    String[] nt = new String[t.length];
    for (int i = 0; i < t.length; i++) nt[i] = TextNormalizer.normalize(t[i]).text();
    RuleSet rs = Inputs.bundledRules();
    PhraseAutomaton auto = rs.automaton();
    BounceDoc doc = BounceDoc.create();
    int[] i = {0};
    Map<String, Runnable> ops = new LinkedHashMap<>();
    ops.put("normalize", () -> sink = TextNormalizer.normalize(t[i[0]++ % t.length]));
    ops.put("automaton", () -> sink = auto.search(nt[i[0]++ % t.length]));
    ops.put("codes", () -> sink = CodeScanner.scan(nt[i[0]++ % t.length]));
    ops.put("sentences", () -> sink = Sentences.index(nt[i[0]++ % t.length]));
    ops.put("match", () -> sink = rs.match(t[i[0]++ % t.length]));
    ops.put("diagnose", () -> sink = doc.diagnose(t[i[0]++ % t.length]));
    for (Runnable op : ops.values()) time(op, 3);
    StringBuilder out = new StringBuilder(a[0] + ":");
    for (int r = 0; r < 3; r++) for (Map.Entry<String, Runnable> e : ops.entrySet()) out.append(r == 0 ? " " + e.getKey() : "").append(String.format(" %.2f", time(e.getValue(), 2)));
    System.out.println(out);
  }
}

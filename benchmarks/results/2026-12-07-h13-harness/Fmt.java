// Run from the project root: javac -cp target/bouncedoc-cli.jar -d /tmp/h benchmarks/results/2026-12-07-h13-harness/Fmt.java && java -cp target/bouncedoc-cli.jar:/tmp/h dev.bouncedoc.catalog.Fmt
package dev.bouncedoc.catalog;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.*;
import java.lang.management.*;
/** CPU per TextSet formatted: ICU MessageFormat parsed per pattern (as before) against the compiled templates. */
public class Fmt {
  public static void main(String[] a) throws Exception {
    CatalogData d = CompiledCatalog.bundled();
    List<TextSet> sets = new ArrayList<>();
    for (EntryData e : d.entries()) sets.addAll(e.texts().values());
    Map<String, String> args = new HashMap<>(Map.of("host", "mail.example.jp", "address", "bob@example.com", "code", "5.7.1"));
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long sink = 0;
    List<Double> old = new ArrayList<>(), neu = new ArrayList<>();
    for (int round = 0; round < 16; round++) {
      boolean useOld = (round & 1) == 0;
      long c0 = mx.getCurrentThreadCpuTime();
      int n = 0;
      for (int k = 0; k < 20; k++) for (TextSet t : sets) {
        n++;
        if (useOld) { for (var p : t.patterns()) { String s = p.getValue(); sink += (s.indexOf('{') < 0 && s.indexOf('\'') < 0) ? s.length() : new MessageFormat(s, new ULocale(t.language())).format(args).length(); } }
        else { TextSet f = t.format(args); sink += f.title().length(); }
      }
      double us = (mx.getCurrentThreadCpuTime() - c0) / 1e3 / n;
      if (round >= 4) (useOld ? old : neu).add(us);
    }
    Collections.sort(old); Collections.sort(neu);
    System.out.printf("per text set: MessageFormat per call %s us; compiled %s us%n", old, neu);
    if (sink == 42) System.out.println();
  }
}

import java.lang.management.*;
import java.lang.reflect.*;
import java.net.*;
import java.nio.file.*;
import java.util.*;
import java.lang.invoke.MethodHandle;
/** java Compare INPUT ROUNDS cpA cpB ... : one JVM, each class path in its own loader, rounds alternated; µs per op of thread CPU. */
public class Compare {
  static volatile Object sink;
  public static void main(String[] a) throws Exception {
    String input = a[0]; int rounds = Integer.parseInt(a[1]);
    String mode = input.contains(":") ? input.split(":")[1] : "diagnose"; input = input.split(":")[0];
    int k = a.length - 2;
    Runnable[] ops = new Runnable[k];
    for (int j = 0; j < k; j++) {
      List<URL> urls = new ArrayList<>();
      urls.add(Path.of("/tmp/bench-h58").toUri().toURL());
      for (String p : a[j + 2].split(":")) urls.add(Path.of(p).toUri().toURL());
      ClassLoader cl = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
      Class<?> inputs = cl.loadClass("dev.bouncedoc.benchmarks.Inputs");
      List<String> texts;
      if (input.equals("short")) { Method m = inputs.getDeclaredMethod("shortTexts"); m.setAccessible(true); texts = (List<String>) m.invoke(null); }
      else { Method m = inputs.getDeclaredMethod("replyLines", boolean.class); m.setAccessible(true); texts = (List<String>) m.invoke(null, input.equals("replyJa")); }
      String[] t = texts.toArray(new String[0]);
      int[] i = {0};
      if (mode.equals("auto") || mode.equals("norm")) {
        Method br = inputs.getDeclaredMethod("bundledRules"); br.setAccessible(true);
        Object rules = br.invoke(null);
        Object auto = rules.getClass().getMethod("automaton").invoke(rules);
        Class<?> tn = cl.loadClass("dev.bouncedoc.match.TextNormalizer");
        Method norm = tn.getMethod("normalize", CharSequence.class);
        String[] nt = new String[t.length];
        for (int q = 0; q < t.length; q++) { Object o = norm.invoke(null, t[q]); nt[q] = (String) o.getClass().getMethod("text").invoke(o); }
        MethodHandle mh = mode.equals("auto") ? java.lang.invoke.MethodHandles.lookup().unreflect(auto.getClass().getMethod("search", CharSequence.class)).bindTo(auto)
            : java.lang.invoke.MethodHandles.lookup().unreflect(norm);
        String[] src = mode.equals("auto") ? nt : t;
        ops[j] = () -> { try { sink = mh.invoke((CharSequence) src[i[0]++ % src.length]); } catch (Throwable e) { throw new RuntimeException(e); } };
      } else if (mode.equals("match")) {
        Method br = inputs.getDeclaredMethod("bundledRules"); br.setAccessible(true);
        Object rules = br.invoke(null);
        Method match = rules.getClass().getMethod("match", CharSequence.class);
        MethodHandle mh = java.lang.invoke.MethodHandles.lookup().unreflect(match).bindTo(rules);
        ops[j] = () -> { try { sink = mh.invoke((CharSequence) t[i[0]++ % t.length]); } catch (Throwable e) { throw new RuntimeException(e); } };
      } else {
        Class<?> bd = cl.loadClass("dev.bouncedoc.BounceDoc");
        Object doc = bd.getMethod("create").invoke(null);
        MethodHandle mh = java.lang.invoke.MethodHandles.lookup().unreflect(bd.getMethod("diagnose", String.class)).bindTo(doc);
        ops[j] = () -> { try { sink = mh.invoke(t[i[0]++ % t.length]); } catch (Throwable e) { throw new RuntimeException(e); } };
      }
    }
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    double[][] res = new double[k][rounds];
    for (int r = -3; r < rounds; r++) {
      for (int j = 0; j < k; j++) {
        long t0 = mx.getCurrentThreadCpuTime(), end = t0 + (r < 0 ? 4_000_000_000L : 2_000_000_000L), t; long n = 0;
        while ((t = mx.getCurrentThreadCpuTime()) < end) { for (int q = 0; q < 20; q++) ops[j].run(); n += 20; }
        if (r >= 0) res[j][r] = (t - t0) / 1000.0 / n;
      }
    }
    com.sun.management.ThreadMXBean amx = (com.sun.management.ThreadMXBean) mx;
    long tid = Thread.currentThread().getId();
    double[] bytes = new double[k];
    for (int j = 0; j < k; j++) {
      long b0 = amx.getThreadAllocatedBytes(tid);
      for (int q = 0; q < 200_000; q++) ops[j].run();
      bytes[j] = (amx.getThreadAllocatedBytes(tid) - b0) / 200_000.0;
    }
    for (int j = 0; j < k; j++) { double[] x = res[j].clone(); Arrays.sort(x);
      System.out.printf("%s %s: median %.2f min %.2f  bytes/op %.0f  all %s%n", input+":"+mode, a[j + 2].replaceAll(":.*",""), x[x.length/2], x[0], bytes[j], Arrays.toString(res[j]).replaceAll("(\\.\\d\\d)\\d+","$1")); }
  }
}

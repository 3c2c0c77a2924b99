import java.lang.management.ManagementFactory;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;

/** CPU time of the main thread to read dev/bouncedoc/catalog/catalog.bin from the jar given, in a fresh JVM. */
public class ReadBin {
    public static void main(String[] args) throws Exception {
        var bean = ManagementFactory.getThreadMXBean();
        try (URLClassLoader cl = new URLClassLoader(new URL[] {Path.of(args[0]).toUri().toURL()}, null)) {
            try (var in = cl.getResourceAsStream("META-INF/MANIFEST.MF")) { // the jar opened, its classes loaded
                in.readAllBytes();
            }
            long t0 = bean.getCurrentThreadCpuTime();
            byte[] b;
            try (var in = cl.getResourceAsStream("dev/bouncedoc/catalog/catalog.bin")) {
                b = in.readAllBytes();
            }
            long t1 = bean.getCurrentThreadCpuTime();
            System.out.printf("%s %d bytes %.1f ms CPU%n", args[0].replaceAll(".*/", ""), b.length, (t1 - t0) / 1e6);
        }
    }
}

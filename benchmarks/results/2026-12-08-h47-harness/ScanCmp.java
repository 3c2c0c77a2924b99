import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Random;
public class ScanCmp {
    public static void main(String[] a) throws Exception {
        Method old = m(a[0]), neu = m(a[1]);
        Random r = new Random(Long.parseLong(a[2]));
        String[] w = {"550", "5.1.1", "550-5.7.1", "0x800ccc0e", "800ccc0e", "-2146644978", "10061", "socket", "mail.example.com",
                "bob@example.com", "[in-use]", "[alert]", "-err", "abc", "a-b", "x.y", "1.2.3.4", "ab1", "def", "a.", "-", ".", "@", "[", "]",
                "ns1.example.jp", "4.7.0", "255.255.1.1", "winsock", "zz", "Ab", "mail-server", "e-mail"};
        int n = Integer.parseInt(a[3]);
        for (int t = 0; t < n; t++) {
            StringBuilder sb = new StringBuilder();
            int k = r.nextInt(10);
            for (int i = 0; i < k; i++) {
                sb.append(r.nextInt(5) == 0 ? String.valueOf((char) r.nextInt(128)) : w[r.nextInt(w.length)]);
                if (r.nextInt(3) > 0) sb.append(r.nextBoolean() ? " " : r.nextBoolean() ? "." : "-");
            }
            String s = sb.toString().toLowerCase();
            String x = String.valueOf(old.invoke(null, s)), y = String.valueOf(neu.invoke(null, s));
            if (!x.equals(y)) { System.out.println("DIFF [" + s + "]\n" + x + "\n" + y); System.exit(1); }
        }
        System.out.println("same: " + n);
    }
    static Method m(String cp) throws Exception {
        URL[] u = java.util.Arrays.stream(cp.split(":")).map(p -> { try { return Path.of(p).toUri().toURL(); } catch (Exception e) { throw new RuntimeException(e); } }).toArray(URL[]::new);
        return new URLClassLoader(u, ClassLoader.getPlatformClassLoader()).loadClass("dev.bouncedoc.match.CodeScanner").getMethod("scan", String.class);
    }
}

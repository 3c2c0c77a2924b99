import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Random;

public class NormCmp {
    public static void main(String[] a) throws Exception {
        Method[] old = methods(a[0]);
        Method[] neu = methods(a[1]);
        Random r = new Random(Long.parseLong(a[2]));
        String[] words = {"can't", "couldn't", "sign in", "log", "in", "was", "were", "550", "550-5.7.1", "5.1.1", "e-mail", "mail", "server",
                "user", "name", "time", "out", "timed-out", "has", "expired", "did", "not", "unable", "to", "A", "Was", "WAS", "x", "y", "signin",
                "failed", "unsuccessful", "421", "421-4.7.0", "  ", "\t", "\r\n", " ", "-", ".", "@example.com", "logon", "had expired", "mail box", "\u00A0", "\u3000", "サーバー", "é", "\u2003", "ログオン", "ＡＢＣ"};
        int n = Integer.parseInt(a[3]);
        for (int t = 0; t < n; t++) {
            StringBuilder sb = new StringBuilder();
            int k = r.nextInt(12);
            for (int i = 0; i < k; i++) {
                if (r.nextInt(4) == 0) sb.append((char) (r.nextInt(128))); else if (r.nextInt(200) == 0) sb.append((char) (r.nextInt(0x3100)));
                else sb.append(words[r.nextInt(words.length)]);
                if (r.nextBoolean()) sb.append(r.nextInt(5) == 0 ? "  " : " ");
            }
            String s = sb.toString();
            int max = r.nextInt(5) == 0 ? 2 + r.nextInt(40) : 65536;
            String x = dump(old, s, max), y = dump(neu, s, max);
            if (!x.equals(y)) {
                System.out.println("DIFF for [" + s.replace("\n", "\\n") + "] max " + max + "\n" + x + "\n" + y);
                System.exit(1);
            }
        }
        System.out.println("same: " + n);
    }

    static Method[] methods(String jar) throws Exception {
        ClassLoader l = new URLClassLoader(java.util.Arrays.stream(jar.split(":")).map(p -> { try { return Path.of(p).toUri().toURL(); } catch (Exception e) { throw new RuntimeException(e); } }).toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        Class<?> tn = l.loadClass("dev.bouncedoc.match.TextNormalizer");
        Class<?> nt = l.loadClass("dev.bouncedoc.match.NormalizedText");
        return new Method[]{tn.getMethod("normalize", CharSequence.class, int.class), nt.getMethod("text"),
                nt.getMethod("originalStart", int.class), nt.getMethod("originalEnd", int.class), nt.getMethod("truncated")};
    }

    static Object call(Method m, Object o, int i) {
        try { return m.invoke(o, i); } catch (Exception e) { return "E" + e.getCause().getClass().getSimpleName(); }
    }

    static String dump(Method[] m, String s, int max) throws Exception {
        Object nt = m[0].invoke(null, s, max);
        String text = (String) m[1].invoke(nt);
        StringBuilder b = new StringBuilder(text).append('|').append(m[4].invoke(nt));
        for (int i = 0; i <= (text.isEmpty() ? 0 : text.length() + 1); i++) {
            b.append(' ').append(call(m[2], nt, i)).append(',').append(call(m[3], nt, i));
        }
        return b.toString();
    }
}

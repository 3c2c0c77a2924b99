import java.lang.management.ManagementFactory;
import java.util.Locale;

/** CPU time of the main thread for the scan summary's first ICU MessageFormat (plural) and ICU's line breaker, in a fresh JVM. */
public class Plural {
    public static void main(String[] args) {
        var bean = ManagementFactory.getThreadMXBean();
        Locale l = args[0].equals("ja") ? Locale.JAPANESE : Locale.ENGLISH;
        String p = args[0].equals("ja") ? "メッセージ {0} 通" : "{0, plural, one{# message} other{# messages}}";
        long t0 = bean.getCurrentThreadCpuTime();
        String s = new com.ibm.icu.text.MessageFormat(p, l).format(new Object[] {2490});
        long t1 = bean.getCurrentThreadCpuTime();
        var b = com.ibm.icu.text.BreakIterator.getLineInstance(new com.ibm.icu.util.ULocale(args[0].equals("ja") ? "ja@lb=strict" : "en"));
        b.setText("Relay access denied: the server refused to pass the message on to another domain.");
        int n = 0;
        while (b.next() != com.ibm.icu.text.BreakIterator.DONE) n++;
        long t2 = bean.getCurrentThreadCpuTime();
        System.out.printf("%s: MessageFormat %.1f ms, BreakIterator %.1f ms (%s, %d)%n", args[0], (t1 - t0) / 1e6, (t2 - t1) / 1e6, s, n);
    }
}

package dev.bouncedoc.message.format;

import dev.bouncedoc.BounceDoc;
import dev.bouncedoc.message.MailMessage;
import dev.bouncedoc.vocabulary.Limits;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Throw-away: thread CPU per message of parse, of the readers, and of the whole read, warmed. */
public class Split {
    static volatile Object sink;
    public static void main(String[] a) throws Exception {
        List<byte[]> msgs = new ArrayList<>();
        try (Stream<Path> s = Files.walk(Path.of(a[0]))) {
            for (Path p : (Iterable<Path>) s.filter(Files::isRegularFile).sorted()::iterator) msgs.add(Files.readAllBytes(p));
        }
        BounceDoc doc = BounceDoc.create();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        List<MailMessage> parsed = new ArrayList<>();
        for (byte[] m : msgs) parsed.add(MailMessage.parse(m, Limits.DEFAULT));
        for (int round = 0; round < 6; round++) {
            long t0 = mx.getCurrentThreadCpuTime();
            for (int k = 0; k < 5; k++) for (byte[] m : msgs) sink = MailMessage.parse(m, Limits.DEFAULT);
            long t1 = mx.getCurrentThreadCpuTime();
            for (int k = 0; k < 5; k++) for (MailMessage m : parsed) sink = Recognizers.read(m);
            long t2 = mx.getCurrentThreadCpuTime();
            for (int k = 0; k < 5; k++) for (byte[] m : msgs) sink = doc.read(m);
            long t3 = mx.getCurrentThreadCpuTime();
            double n = 5.0 * msgs.size();
            System.out.printf("round %d: parse %.1f us, readers %.1f us, whole read %.1f us per message%n", round,
                    (t1 - t0) / n / 1000, (t2 - t1) / n / 1000, (t3 - t2) / n / 1000);
        }
        // per reader, warmed: CPU per message of each reader's read() alone
        List<FormatReader> all = Recognizers.all();
        long[] per = new long[all.size()];
        for (int k = 0; k < 3; k++) {
            for (MailMessage m : parsed) {
                ReportView v = new ReportView(m);
                v.lowerBody(); v.lines(); v.plainLines(); v.addressIndex();
                for (int i = 0; i < all.size(); i++) {
                    long t = mx.getCurrentThreadCpuTime();
                    try { sink = all.get(i).read(v); } catch (RuntimeException e) { }
                    per[i] += mx.getCurrentThreadCpuTime() - t;
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) out.add(String.format("%8.2f us %s", per[i] / 3.0 / parsed.size() / 1000, all.get(i).name()));
        out.sort(null);
        java.util.Collections.reverse(out);
        out.stream().limit(15).forEach(System.out::println);
    }
}

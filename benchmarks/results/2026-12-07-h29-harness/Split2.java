package dev.bouncedoc.message.format;

import dev.bouncedoc.BounceDoc;
import dev.bouncedoc.message.MailMessage;
import dev.bouncedoc.vocabulary.Limits;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.*;
import java.util.*;
import java.util.stream.Stream;

/** Throw-away: like h25's Split, but the readers run on a freshly parsed message each time (no memo kept across passes). */
public class Split2 {
    static volatile Object sink;
    public static void main(String[] a) throws Exception {
        List<byte[]> msgs = new ArrayList<>();
        try (Stream<Path> s = Files.walk(Path.of(a[0]))) {
            for (Path p : (Iterable<Path>) s.filter(Files::isRegularFile).sorted()::iterator) msgs.add(Files.readAllBytes(p));
        }
        BounceDoc doc = BounceDoc.create();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < 8; round++) {
            long t0 = mx.getCurrentThreadCpuTime();
            for (int k = 0; k < 5; k++) for (byte[] m : msgs) sink = MailMessage.parse(m, Limits.DEFAULT);
            long t1 = mx.getCurrentThreadCpuTime();
            for (int k = 0; k < 5; k++) for (byte[] m : msgs) sink = Recognizers.read(MailMessage.parse(m, Limits.DEFAULT));
            long t2 = mx.getCurrentThreadCpuTime();
            for (int k = 0; k < 5; k++) for (byte[] m : msgs) sink = doc.read(m);
            long t3 = mx.getCurrentThreadCpuTime();
            double n = 5.0 * msgs.size() * 1000;
            System.out.printf("round %d: parse %.0f, readers on a fresh message %.0f, the rest %.0f, whole read %.0f us%n", round,
                    (t1 - t0) / n, (t2 - t1 - (t1 - t0)) / n, (t3 - t2 - (t2 - t1)) / n, (t3 - t2) / n);
        }
    }
}

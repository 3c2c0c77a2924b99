package dev.bouncedoc.message.format;

import dev.bouncedoc.message.MailMessage;
import dev.bouncedoc.vocabulary.Limits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

public class ParseOnly {
    static volatile Object sink;
    public static void main(String[] a) throws Exception {
        List<byte[]> msgs = new ArrayList<>();
        try (Stream<Path> s = Files.walk(Path.of(a[0]))) {
            for (Path p : (Iterable<Path>) s.filter(Files::isRegularFile).sorted()::iterator) msgs.add(Files.readAllBytes(p));
        }
        long end = System.nanoTime() + Long.parseLong(a[1]) * 1_000_000_000L;
        while (System.nanoTime() < end) for (byte[] m : msgs) sink = MailMessage.parse(m, Limits.DEFAULT);
    }
}

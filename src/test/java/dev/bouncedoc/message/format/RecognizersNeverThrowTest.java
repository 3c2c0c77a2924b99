package dev.bouncedoc.message.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bouncedoc.message.MailMessage;
import dev.bouncedoc.message.MboxReader;
import dev.bouncedoc.message.Report;
import dev.bouncedoc.vocabulary.BounceKind;
import dev.bouncedoc.vocabulary.Limits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every recogniser, called directly (without the catch of {@link Recognizers#read}), reads the fuzz seeds
 * and every message of ../shared/corpus/sisimai without an exception; and a recogniser that does throw is
 * named in the report's problems while the next one reads the message.
 */
class RecognizersNeverThrowTest {
    private static final Path FUZZ_TEXTS = Path.of("src", "test", "resources", "fuzztests");
    private static final Path FUZZ_MESSAGES = Path.of("src", "test", "resources", "dev", "bouncedoc", "ReadFuzzTestInputs");
    private static final Path CORPUS = Path.of("..", "shared", "corpus", "sisimai");

    @Test
    void fuzzSeedsCrashNoRecogniser() throws IOException {
        List<String> crashes = new ArrayList<>();
        int read = readAll(FUZZ_TEXTS, crashes) + readAll(FUZZ_MESSAGES, crashes);
        assertEquals(List.of(), crashes);
        assertEquals(true, read >= 22, "the fuzz seeds were found: " + read);
    }

    @Test
    void corpusCrashesNoRecogniser() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "../shared/corpus/sisimai is absent");
        List<String> crashes = new ArrayList<>();
        readAll(CORPUS, crashes);
        assertEquals(List.of(), crashes);
    }

    @Test
    void aCrashIsNamedAndTheNextRecogniserReads() {
        FormatReader boom = new FormatReader() {
            @Override
            public String name() {
                return "boom";
            }

            @Override
            Report read(ReportView message) {
                throw new IllegalStateException("odd input");
            }
        };
        Report report = Recognizers.read(message("Subject: hello\n\nhello\n"), List.of(boom, new Generic()));
        assertEquals(BounceKind.NOT_BOUNCE, report.kind());
        assertEquals(List.of("recogniser boom failed: IllegalStateException"), report.problems());
    }

    private static MailMessage message(String raw) {
        return MailMessage.parse(raw.getBytes(StandardCharsets.UTF_8), Limits.DEFAULT);
    }

    /** Runs every recogniser over every message below the folder; returns the number of messages read. */
    private static int readAll(Path dir, List<String> crashes) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        int n = 0;
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (name.equals("LICENSE") || name.endsWith(".jsonl") || name.endsWith(".md")) {
                continue;
            }
            byte[] bytes = Files.readAllBytes(file);
            if (MboxReader.isMbox(bytes)) {
                try (InputStream in = Files.newInputStream(file); MboxReader mbox = new MboxReader(in, 16 << 20)) {
                    int i = 0;
                    for (byte[] m = mbox.next(); m != null; m = mbox.next()) {
                        readOne(file + "#" + i++, m, crashes);
                        n++;
                    }
                }
            } else {
                readOne(file.toString(), bytes, crashes);
                n++;
            }
        }
        return n;
    }

    private static void readOne(String where, byte[] bytes, List<String> crashes) {
        MailMessage message = MailMessage.parse(bytes, Limits.DEFAULT);
        ReportView view = new ReportView(message);
        for (FormatReader r : Recognizers.all()) {
            try {
                r.read(view);
            } catch (RuntimeException e) {
                StackTraceElement at = e.getStackTrace().length == 0 ? null : e.getStackTrace()[0];
                crashes.add(r.name() + " on " + where + ": " + e + " at " + at);
            }
        }
    }
}

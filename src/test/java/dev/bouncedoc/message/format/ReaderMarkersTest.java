package dev.bouncedoc.message.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bouncedoc.message.Lines;
import dev.bouncedoc.message.MailMessage;
import dev.bouncedoc.message.Report;
import dev.bouncedoc.vocabulary.Limits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A reader passed over for its markers ({@link FormatReader#mayApply}) is one that would have found nothing:
 * over every format sample and the corpus, each reader whose markers are absent reads null from the message
 * (and does not fail on it); and the plain lines, shared with the body's lines or not, are the plain text's own.
 */
class ReaderMarkersTest {
    private static final Path SAMPLES = Path.of("src", "test", "resources", "formats");
    private static final Path CORPUS = Path.of("..", "shared", "corpus", "sisimai", "maildir");

    private static List<Path> messages(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".tsv")).sorted().toList();
        }
    }

    /** The number of (message, reader) pairs passed over; each asserted to read null. */
    private static int passedOver(List<Path> files) throws IOException {
        int skipped = 0;
        for (Path file : files) {
            MailMessage message = MailMessage.parse(Files.readAllBytes(file), Limits.DEFAULT);
            for (FormatReader r : Recognizers.all()) {
                if (r.mayApply(new ReportView(message))) {
                    continue;
                }
                Report report = r.read(new ReportView(message));
                assertNull(report, () -> r.name() + " passed over " + file + " yet reads it");
                skipped++;
            }
            ReportView view = new ReportView(message);
            assertEquals(Lines.of(view.plainText()), view.plainLines(), file::toString); // shared or not, its own lines
        }
        return skipped;
    }

    @Test
    void aReaderPassedOverReadsNothingFromAnySample() throws IOException {
        List<Path> files = messages(SAMPLES);
        // every sample passes over at least the readers whose markers it lacks: each of the nine gated readers
        // is passed over for most of the ~190 samples
        assertEquals(true, passedOver(files) > files.size() * 5, "readers passed over");
    }

    @Test
    void aReaderPassedOverReadsNothingFromTheCorpus() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "../shared/corpus is absent");
        List<Path> files = messages(CORPUS);
        assertEquals(true, passedOver(files) > files.size() * 5, "readers passed over");
    }
}

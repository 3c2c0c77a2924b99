package dev.bouncedoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's training run: every command runs, nothing is printed, and only a missing MESSAGE is an error. */
class TrainingTest {
    private static String run(int expected, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(expected, Training.run(args, new PrintStream(err, true, StandardCharsets.UTF_8)));
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void trainsOnAMessageAndFoldersSilently(@TempDir Path dir) throws Exception {
        Path message = dir.resolve("dsn.eml");
        Files.copy(Path.of("src/test/resources/formats/postfix/01.eml"), message);
        assertEquals("", run(0, message.toString()));
        assertEquals("", run(0, message.toString(), "src/test/resources/formats/exim", dir.resolve("missing").toString()));
    }

    @Test
    void aMissingMessageIsAUsageError(@TempDir Path dir) {
        assertEquals("bouncedoc training: " + dir.resolve("none.eml") + ": could not be read\n",
                run(2, dir.resolve("none.eml").toString()));
        assertEquals("usage: java -cp bouncedoc-cli.jar dev.bouncedoc.cli.Training MESSAGE [PATH...]\n", run(2));
    }
}

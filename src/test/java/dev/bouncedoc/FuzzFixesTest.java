package dev.bouncedoc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Inputs that once broke something, or that are built to (lone surrogates, control characters, endless
 * combining marks, huge lines), replayed as jsoup does with its fuzz fixes: src/test/resources/fuzztests.
 */
class FuzzFixesTest {
    static Stream<Path> inputs() throws IOException {
        return Files.list(Path.of("src/test/resources/fuzztests")).sorted();
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void diagnosesWithoutThrowing(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.UTF_8);
        DiagnoseFuzzTest.check(text, Locale.ENGLISH);
        DiagnoseFuzzTest.check(text, Locale.JAPANESE);
        DiagnoseFuzzTest.check(new String(bytes, StandardCharsets.ISO_8859_1), Locale.ENGLISH);
    }
}

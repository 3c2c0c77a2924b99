package dev.bouncedoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A plain {@code explain} is read without picocli (ExplainArguments); every command line gives the same
 * standard output, standard error and exit status either way, and the ones picocli must read (help, errors,
 * argument files) are left to it.
 */
class CommandLineFastPathTest {
    record Run(int status, String out, String err) {
    }

    private static Run run(boolean quick, String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), false, 60, quick);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static final String RELAY = "554 5.7.1 <bob@example.com>: Relay access denied";

    /** Command lines read without picocli: the standard input, then the arguments. */
    static Stream<Arguments> quick() {
        return Stream.of(
                Arguments.of("", new String[] {"explain", RELAY}),
                Arguments.of("", new String[] {"explain", "554", "5.7.1", "Relay", "access", "denied"}),
                Arguments.of("", new String[] {"explain", "--lang", "ja", RELAY}),
                Arguments.of("", new String[] {"explain", "--lang=en-US", RELAY}),
                Arguments.of("", new String[] {"explain", "--lang", "ja_JP.UTF-8", "-v", "0x800CCC0E"}),
                Arguments.of("", new String[] {"explain", "--verbose", "--lang", "en", "550 5.1.1 User unknown"}),
                Arguments.of("", new String[] {"explain", "--format", "json", "--lang", "en", RELAY}),
                Arguments.of("", new String[] {"explain", "--format=JSON", "--pretty", RELAY}),
                Arguments.of("", new String[] {"explain", "--format", "html", "--lang", "ja", RELAY}),
                Arguments.of("", new String[] {"explain", "--format", "jsonl", "--lang", "en", RELAY}),
                Arguments.of("", new String[] {"explain", "--format", "json", "--help-base-url",
                    "https://help.example.jp/bouncedoc/", RELAY}),
                Arguments.of("", new String[] {"explain", "--format", "json", "--help-base-url", "ftp:x", RELAY}),
                Arguments.of("", new String[] {"explain", "--catalog", "/nonexistent/overlay", RELAY}),
                Arguments.of("", new String[] {"explain", "--catalog-only", "--lang", "en", RELAY}),
                Arguments.of("", new String[] {"explain", "--lang", "en", "hello", "world"}),
                Arguments.of("", new String[] {"explain", "--lang", "en", "-ERR", "[IN-USE]", "mailbox", "locked"}),
                Arguments.of("", new String[] {"explain", "--lang", "en", "--", "--lang", "ja"}),
                Arguments.of("", new String[] {"explain", "--lang", "en", "-vh", RELAY}), // a text: "--" goes before it
                Arguments.of("", new String[] {"explain", "550", "5.1.1", "--lang", "en"}),
                Arguments.of("", new String[] {"explain", "--lang", "ja", "メールボックスが一杯です"}),
                Arguments.of("", new String[] {"explain", "--lang", "en", "bad\u001b[31m text\u202e"}),
                Arguments.of("", new String[] {"explain", "--lang", "en", ""}),
                Arguments.of("550 5.1.1 <a@example.com>: User unknown\n", new String[] {"explain", "--lang", "en", "-"}),
                Arguments.of("550 5.1.1 unknown\n452 4.2.2 mailbox full\n\nhello\n",
                    new String[] {"explain", "--format", "jsonl", "--lang", "en", "-"}),
                Arguments.of("554 relay denied\n", new String[] {"explain", "--charset", "Shift_JIS", "--lang", "ja", "-"}));
    }

    /** Command lines left to picocli. */
    static Stream<Arguments> picocli() {
        return Stream.of(
                Arguments.of("", new String[] {"explain"}),
                Arguments.of("", new String[] {"explain", "--lang", "en"}),
                Arguments.of("", new String[] {"explain", "-h"}),
                Arguments.of("", new String[] {"explain", "--help"}),
                Arguments.of("", new String[] {"explain", "-V", RELAY}),
                Arguments.of("", new String[] {"explain", "--lang", "fr", RELAY}),
                Arguments.of("", new String[] {"explain", "--lang=", RELAY}),
                Arguments.of("", new String[] {"explain", "--lang", "en", "--lang", "ja", RELAY}),
                Arguments.of("", new String[] {"explain", "-v", "--verbose", RELAY}),
                Arguments.of("", new String[] {"explain", "--verbose=true", RELAY}),
                Arguments.of("", new String[] {"explain", "--format", "yaml", RELAY}),
                Arguments.of("", new String[] {"explain", "--format", "--lang", "en", RELAY}),
                Arguments.of("", new String[] {"explain", "--pretty", RELAY}),
                Arguments.of("", new String[] {"explain", "--format", "jsonl", "--pretty", RELAY}),
                Arguments.of("", new String[] {"explain", "--charset", "no-such-charset", "-"}),
                Arguments.of("", new String[] {"explain", "--lang", "en", "--fromat", "json", RELAY}),
                Arguments.of("", new String[] {"explain", "--lang", "en", "@/nonexistent/args", RELAY}),
                Arguments.of("", new String[] {"explain", "--lang", "en", "-v", "-h", RELAY}),
                Arguments.of("", new String[] {"explain", "--lang", "en", "550", "--x"}),
                Arguments.of("", new String[] {"explain", "--catalog", "nul\u0000", RELAY}),
                Arguments.of("", new String[] {"--lang", "en", "explain", RELAY}),
                Arguments.of("", new String[] {"scan", "--lang", "en", "/nonexistent"}),
                Arguments.of("", new String[] {"catalog", "show", "delivery.user-unknown", "--lang", "en"}),
                Arguments.of("", new String[] {}));
    }

    @ParameterizedTest
    @MethodSource("quick")
    void aPlainExplainSkipsPicocliAndAnswersTheSame(String stdin, String[] args) {
        assertNotNull(ExplainArguments.read(Main.textAfterOptions(args), System.in, 60), String.join(" ", args));
        assertEquals(run(false, stdin, args), run(true, stdin, args));
    }

    @ParameterizedTest
    @MethodSource("picocli")
    void everythingElseIsPicocliAsBefore(String stdin, String[] args) {
        assertNull(ExplainArguments.read(Main.textAfterOptions(args), System.in, 60), String.join(" ", args));
        assertEquals(run(false, stdin, args), run(true, stdin, args));
    }
}

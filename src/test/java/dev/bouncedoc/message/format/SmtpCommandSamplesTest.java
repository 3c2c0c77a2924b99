package dev.bouncedoc.message.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bouncedoc.Fixtures;
import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Report;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The "command" column of formats/expected.tsv: the SMTP command a reader found the reply to answer. The
 * public API does not carry it (it only steers the reason), so it is checked here, on the readers' report.
 */
class SmtpCommandSamplesTest {
    static Stream<Arguments> rows() {
        List<Map<String, String>> rows = Fixtures.table(Fixtures.FORMAT_TABLE);
        return rows.stream().filter(r -> !r.get("command").isEmpty())
                .map(r -> Arguments.of(r.get("file"), Integer.parseInt(r.get("rcpt")), r.get("command")));
    }

    @ParameterizedTest(name = "{0} rcpt {1}: {2}")
    @MethodSource("rows")
    void theReaderNamesTheCommandTheReplyAnswered(String file, int rcpt, String command) {
        Report report = Recognizers.read(Fixtures.message("formats/" + file));
        assertTrue(rcpt >= 1 && rcpt <= report.failures().size(), file + ": no recipient " + rcpt);
        Failure f = report.failures().get(rcpt - 1);
        assertEquals(command.equals("-") ? null : command, f.command(), file + " rcpt " + rcpt + " command");
    }
}

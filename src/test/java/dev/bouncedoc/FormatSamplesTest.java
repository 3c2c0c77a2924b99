package dev.bouncedoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The format samples: every message under src/test/resources/formats/FORMAT/NN.eml is read through the
 * public API and compared with its rows in formats/expected.tsv (the table's header says how to read a
 * cell); then invariants that hold for any report are checked over all samples, and over Sisimai's
 * maildir/bsd corpus when ../shared is present.
 *
 * <p>To add a sample: put the message in formats/FORMAT/NN.eml (FORMAT as the reader reports it), add one
 * row per recipient to expected.tsv, and run {@code mvn -o test -Dtest=FormatSamplesTest}.
 */
class FormatSamplesTest {
    private static final BounceDoc DOC = BounceDoc.create();
    private static final List<String> REPORT_COLUMNS = List.of("kind", "format", "reportingMta", "feedbackType",
            "originalMessageId", "originalSubject");
    private static final List<String> RECIPIENT_COLUMNS = List.of("address", "action", "status", "reply",
            "diagnostic", "remoteMta", "lastAttempt", "reason", "hardBounce");
    private static final Path CORPUS = Path.of("..", "shared", "corpus", "sisimai", "maildir", "bsd");

    /** The rows of expected.tsv by sample file, in table order. */
    static Map<String, List<Map<String, String>>> rowsByFile() {
        Map<String, List<Map<String, String>>> byFile = new LinkedHashMap<>();
        for (Map<String, String> row : Fixtures.table(Fixtures.FORMAT_TABLE)) {
            byFile.computeIfAbsent(row.get("file"), f -> new ArrayList<>()).add(row);
        }
        return byFile;
    }

    static Stream<Arguments> samples() {
        return rowsByFile().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void sampleReadsAsTheTableSays(String file, List<Map<String, String>> rows) {
        BounceReport report = DOC.read(Fixtures.bytes("formats/" + file));
        List<String> wrong = new ArrayList<>();
        int expectedRecipients = 0;
        boolean countKnown = false;
        for (Map<String, String> row : rows) {
            for (String column : REPORT_COLUMNS) {
                check(wrong, file, row.get("rcpt"), column, row.get(column), reportValue(report, column));
            }
            String rcpt = row.get("rcpt");
            if (rcpt.isEmpty()) {
                continue; // a row about the report only
            }
            countKnown = true;
            int n = Integer.parseInt(rcpt);
            expectedRecipients = Math.max(expectedRecipients, n);
            if (n == 0) {
                continue;
            }
            if (n > report.recipients().size()) {
                wrong.add(file + " rcpt " + n + ": no such recipient, the report has " + report.recipients().size());
                continue;
            }
            FailedRecipient r = report.recipients().get(n - 1);
            for (String column : RECIPIENT_COLUMNS) {
                check(wrong, file, rcpt, column, row.get(column), recipientValue(r, column));
            }
        }
        if (countKnown && report.recipients().size() != expectedRecipients) {
            wrong.add(file + ": " + report.recipients().size() + " recipients, want " + expectedRecipients);
        }
        if (!wrong.isEmpty()) {
            fail(String.join("\n", wrong));
        }
    }

    /** A blank cell is not checked; "-" wants null; "!x" anything but x; "~x" a value containing x. */
    private static void check(List<String> wrong, String file, String rcpt, String column, String want, String got) {
        if (want == null || want.isEmpty()) {
            return;
        }
        boolean ok;
        if (want.equals("-")) {
            ok = got == null;
        } else if (want.startsWith("!")) {
            ok = !want.substring(1).equals(got);
        } else if (want.startsWith("~")) {
            ok = got != null && got.contains(want.substring(1));
        } else {
            ok = want.equals(got);
        }
        if (!ok) {
            wrong.add(file + " rcpt " + (rcpt.isEmpty() ? "-" : rcpt) + " " + column + ": want [" + want + "] got ["
                    + got + "]");
        }
    }

    private static String reportValue(BounceReport r, String column) {
        switch (column) {
            case "kind": return r.kind().name();
            case "format": return r.format();
            case "reportingMta": return r.reportingMta();
            case "feedbackType": return r.feedbackType();
            case "originalMessageId": return r.original().messageId();
            case "originalSubject": return r.original().subject();
            default: throw new IllegalArgumentException(column);
        }
    }

    private static String recipientValue(FailedRecipient r, String column) {
        switch (column) {
            case "address": return r.address();
            case "action": return r.action();
            case "status": return r.status();
            case "reply": return r.replyCode();
            case "diagnostic": return r.diagnosticCode();
            case "remoteMta": return r.remoteMta();
            case "lastAttempt": return r.lastAttempt();
            case "reason": return r.reason();
            case "hardBounce": return String.valueOf(r.hardBounce());
            default: throw new IllegalArgumentException(column);
        }
    }

    @Test
    void everySampleHasRowsAndEveryRowItsSample() throws IOException, URISyntaxException {
        Set<String> onDisk = new TreeSet<>();
        Path root = Path.of(Fixtures.class.getClassLoader().getResource("formats").toURI());
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(p -> p.toString().endsWith(".eml"))
                    .forEach(p -> onDisk.add(root.relativize(p).toString().replace('\\', '/')));
        }
        Set<String> inTable = new TreeSet<>(rowsByFile().keySet());
        assertEquals(onDisk, inTable, "the sample files and the files named in " + Fixtures.FORMAT_TABLE);
        assertTrue(onDisk.size() >= 95, "samples found: " + onDisk.size());
        List<String> misplaced = new ArrayList<>();
        for (Map<String, String> row : Fixtures.table(Fixtures.FORMAT_TABLE)) {
            String format = row.get("format");
            boolean plain = !format.isEmpty() && !format.startsWith("!") && !format.startsWith("~");
            if (plain && !row.get("file").startsWith(format + "/")) {
                misplaced.add(row.get("file") + " is read as " + format + ": move it to formats/" + format + "/");
            }
        }
        assertEquals(List.of(), misplaced);
    }

    @Test
    void invariantsHoldForEverySample() {
        List<String> wrong = new ArrayList<>();
        for (String file : rowsByFile().keySet()) {
            Invariants.check("formats/" + file, Fixtures.bytes("formats/" + file), DOC, wrong);
        }
        Invariants.assertOnlyKnown(wrong, known -> known.startsWith("formats/"));
    }

    @Test
    void invariantsHoldForTheSisimaiCorpus() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "../shared/corpus is absent");
        List<String> wrong = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(CORPUS)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path p : files) {
            Invariants.check(p.getFileName().toString(), Files.readAllBytes(p), DOC, wrong);
        }
        assertTrue(files.size() > 100, "corpus files: " + files.size());
        Invariants.assertOnlyKnown(wrong, known -> !known.startsWith("formats/"));
    }
}

package dev.bouncedoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Scores the engine on src/test/resources/client-errors/program-errors.tsv: the real error texts of
 * Thunderbird, Evolution, Claws Mail, Sylpheed, Mutt, NeoMutt, Geary, msmtp, fetchmail and the OS texts
 * they embed, taken from their Debian packages (see the README beside the table).
 *
 * <p>Each row is diagnosed in its own language. A row is right when the diagnosis's id is the expected id,
 * or, for a {@code reason:} row, when the diagnosis's reason is that Sisimai reason. An expected id that
 * is not in the catalog yet counts as a miss. The report (accuracy per program, per language and per
 * expected id, the confusions, "confident wrong" answers and every miss) is written to
 * target/program-errors.txt.
 *
 * <p>This is development data: its failures may be studied, but a fix must be a general rule for a
 * format or a wording, never a copy of a row.
 */
class ProgramErrorsTest {
    /**
     * Measured on 2026-12-07: 385/848 (45.4 %) before the new client ids of issue #10; 843/848 (99.4 %; en
     * 457/460, ja 386/388) with 1 confident wrong answer after them and the programs' own wordings. This is
     * development data (the rules were written while reading its misses), so the floor guards against
     * regressions; it does not measure generalisation. The floor sits just under the measured score.
     */
    static final double FLOOR = 0.99;
    /** At most this share of the rows may be answered wrongly with confidence (issue #10: under 2 %). */
    static final double MAX_CONFIDENT_WRONG = 0.005;
    /** A wrong answer given with at least this confidence is "confident wrong". */
    static final double CONFIDENT = 0.5;

    record Row(int line, String expect, String lang, String program, String key, String text) {
    }

    @Test
    void scoresTheProgramErrorTable() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/client-errors/program-errors.tsv"),
                StandardCharsets.UTF_8);
        assertEquals("expect\tlang\tprogram\tpackage\tversion\tfile\tkey\ttext", lines.get(0));
        BounceDoc doc = BounceDoc.create();
        Catalog catalog = doc.catalog();
        Map<String, int[]> byProgram = new TreeMap<>();
        Map<String, int[]> byLang = new TreeMap<>();
        Map<String, int[]> byExpect = new TreeMap<>();
        Map<String, Integer> confusions = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        List<String> confidentWrong = new ArrayList<>();
        int right = 0;
        int pending = 0;
        for (int i = 1; i < lines.size(); i++) {
            String[] c = lines.get(i).split("\t", -1);
            assertEquals(8, c.length, "line " + (i + 1));
            Row row = new Row(i + 1, c[0], c[1], c[2], c[6], c[7].replace("\\n", "\n"));
            Diagnosis d = doc.diagnose(row.text(), "ja".equals(row.lang()) ? Locale.JAPANESE : Locale.ENGLISH);
            boolean reasonRow = row.expect().startsWith("reason:");
            boolean ok = reasonRow ? row.expect().substring(7).equals(d.reason()) : row.expect().equals(d.id());
            if (!reasonRow && catalog.entry(row.expect()) == null) {
                pending++;
            }
            count(byProgram, row.program(), ok);
            count(byLang, row.lang(), ok);
            count(byExpect, row.expect(), ok);
            if (ok) {
                right++;
                continue;
            }
            String got = reasonRow ? d.id() + " (reason " + d.reason() + ")" : d.id();
            confusions.merge(row.expect() + " -> " + d.id(), 1, Integer::sum);
            String miss = String.format(Locale.ROOT, "line %d %s [%s %s %s] got %s %.2f: %s", row.line(),
                    row.expect(), row.program(), row.lang(), row.key(), got, d.confidence(),
                    row.text().replace('\n', ' '));
            misses.add(miss);
            if (d.confidence() >= CONFIDENT && !Diagnosis.UNKNOWN.equals(d.id())) {
                confidentWrong.add(miss);
            }
        }
        int total = lines.size() - 1;
        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT,
                "program errors: %d/%d right (%.1f %%); confident wrong (confidence >= %.1f): %d; rows whose "
                        + "expected id is not in the catalog yet: %d%n",
                right, total, 100.0 * right / total, CONFIDENT, confidentWrong.size(), pending));
        section(report, "per program", byProgram);
        section(report, "per language", byLang);
        section(report, "per expected answer", byExpect);
        report.append("\nconfusions (expected -> got: count)\n");
        confusions.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> report.append(String.format(Locale.ROOT, "  %4d  %s%n", e.getValue(), e.getKey())));
        report.append("\nconfident wrong\n");
        confidentWrong.forEach(m -> report.append("  ").append(m).append('\n'));
        report.append("\nmisses\n");
        misses.forEach(m -> report.append("  ").append(m).append('\n'));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/program-errors.txt"), report, StandardCharsets.UTF_8);
        System.out.print(report.substring(0, report.indexOf("\nconfusions")));
        System.out.println("confident wrong: " + confidentWrong.size() + " (details in target/program-errors.txt)");
        assertTrue(confidentWrong.size() <= MAX_CONFIDENT_WRONG * total, "confident wrong answers: " + confidentWrong);
        assertTrue(right >= FLOOR * total, String.format(Locale.ROOT,
                "program errors: %d/%d is under the floor %.2f (see target/program-errors.txt)", right, total, FLOOR));
    }

    private static void count(Map<String, int[]> table, String key, boolean ok) {
        int[] cell = table.computeIfAbsent(key, k -> new int[2]);
        cell[1]++;
        if (ok) {
            cell[0]++;
        }
    }

    private static void section(StringBuilder report, String title, Map<String, int[]> table) {
        report.append('\n').append(title).append('\n');
        table.forEach((k, v) -> report.append(String.format(Locale.ROOT, "  %-42s %4d/%4d  %5.1f %%%n", k, v[0],
                v[1], 100.0 * v[0] / v[1])));
    }
}

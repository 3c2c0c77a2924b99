package dev.bouncedoc;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

/**
 * Scores the engine on a labelled table of mail programs' error texts (src/test/resources/client-errors,
 * README beside the tables): each row diagnosed in its own language; right when the id is the expected id,
 * or for a {@code reason:} row when the reason is that Sisimai reason. Writes the accuracy per program, per
 * program and language, per language and per expected id, the confusions, the confident wrong answers and
 * every miss to a report under target/.
 */
final class ErrorTextTable {
    /** A wrong answer given with at least this confidence is "confident wrong". */
    static final double CONFIDENT = 0.5;

    /** The score of one table. */
    record Score(int right, int total, List<String> confidentWrong) {
    }

    private record Row(int line, String expect, String lang, String program, String key, String text) {
    }

    private ErrorTextTable() {
    }

    static Score score(String table, String title, String reportFile) throws IOException {
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/client-errors", table), StandardCharsets.UTF_8);
        assertEquals("expect\tlang\tprogram\tpackage\tversion\tfile\tkey\ttext", lines.get(0));
        BounceDoc doc = BounceDoc.create();
        Catalog catalog = doc.catalog();
        Map<String, int[]> byProgram = new TreeMap<>();
        Map<String, int[]> byProgramLang = new TreeMap<>();
        Map<String, int[]> byLang = new TreeMap<>();
        Map<String, int[]> byExpect = new TreeMap<>();
        Map<String, Integer> confusions = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        List<String> confidentWrong = new ArrayList<>();
        int right = 0;
        int pending = 0;
        for (int i = 1; i < lines.size(); i++) {
            String[] c = lines.get(i).split("\t", -1);
            assertEquals(8, c.length, table + " line " + (i + 1));
            Row row = new Row(i + 1, c[0], c[1], c[2], c[6], c[7].replace("\\n", "\n"));
            Diagnosis d = doc.diagnose(row.text(), "ja".equals(row.lang()) ? Locale.JAPANESE : Locale.ENGLISH);
            boolean reasonRow = row.expect().startsWith("reason:");
            boolean ok = reasonRow ? row.expect().substring(7).equals(d.reason()) : row.expect().equals(d.id());
            if (!reasonRow && catalog.entry(row.expect()) == null) {
                pending++;
            }
            count(byProgram, row.program(), ok);
            count(byProgramLang, row.program() + " / " + row.lang(), ok);
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
                "%s: %d/%d right (%.1f %%); confident wrong (confidence >= %.1f): %d; rows whose "
                        + "expected id is not in the catalog yet: %d%n",
                title, right, total, 100.0 * right / total, CONFIDENT, confidentWrong.size(), pending));
        section(report, "per program", byProgram);
        section(report, "per program and language", byProgramLang);
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
        Files.writeString(Path.of("target", reportFile), report, StandardCharsets.UTF_8);
        System.out.print(report.substring(0, report.indexOf("\nconfusions")));
        System.out.println("confident wrong: " + confidentWrong.size() + " (details in target/" + reportFile + ")");
        return new Score(right, total, List.copyOf(confidentWrong));
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

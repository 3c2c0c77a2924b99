package dev.bouncedoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scores message reading against Sisimai's labels, per recipient in order: reason, status and hard bounce.
 * Two sets: the subset bundled in src/test/resources/sisimai (always, so a bare clone holds the scores) and
 * the whole ../shared/corpus/sisimai (skipped when ../shared is absent). Each writes every figure and every
 * miss to target/corpus-scores[-bundled].txt and holds its scores above floors just under the measured ones.
 *
 * <p>Label conventions (corpus README): a status of {@code 5.0.9xx} or an empty one means the message
 * gave no code, so a recipient for which we report no status code counts as right.
 */
class CorpusScoreTest {
    static final Path CORPUS = Path.of("..", "shared", "corpus", "sisimai");
    static final Path BUNDLED = Path.of("src", "test", "resources", "sisimai");
    static final BounceDoc DOC = BounceDoc.create();

    static Map<String, List<JsonObject>> labels(Path root) throws IOException {
        Map<String, List<JsonObject>> labels = new LinkedHashMap<>();
        Path file = root.resolve("labels.jsonl");
        if (!Files.isRegularFile(file)) {
            return labels;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            try (JsonReader r = Json.createReader(new StringReader(line))) {
                JsonObject o = r.readObject();
                labels.computeIfAbsent(o.getString("file"), k -> new ArrayList<>()).add(o);
            }
        }
        return labels;
    }

    static List<BounceReport> reports(Path file) {
        try (Stream<ScannedMessage> s = DOC.scan(List.of(file))) {
            return s.map(ScannedMessage::report).collect(Collectors.toList());
        }
    }

    static boolean statusMatches(String expected, String got) {
        if (expected.isEmpty() || expected.matches("[45]\\.0\\.9\\d\\d") || expected.matches("[45]\\.9\\.\\d+")) {
            return got == null || got.equals(expected);
        }
        return expected.equals(got);
    }

    /** The scores of one labelled set. */
    record Scores(int total, int reason, int status, int hard, int notBounce, int notBounceRight) {
        String line() {
            return String.format("reason %.1f %%, status %.1f %%, hardBounce %.1f %% of %d recipients",
                    100.0 * reason / total, 100.0 * status / total, 100.0 * hard / total, total);
        }

        void holds(double reasonFloor, double statusFloor, double hardFloor) {
            assertTrue(notBounceRight >= notBounce - DISPUTED_NOT_BOUNCE, "messages that are not bounces must report nothing");
            assertTrue(reason >= total * reasonFloor, "reason score fell: " + line());
            assertTrue(status >= total * statusFloor, "status score fell: " + line());
            assertTrue(hard >= total * hardFloor, "hardBounce score fell: " + line());
        }
    }

    @Test
    void scoresOnTheBundledSubset() throws IOException {
        Map<String, List<JsonObject>> labels = labels(BUNDLED);
        assertTrue(labels.size() > 250, "the bundled subset is missing: " + labels.size() + " files");
        score(BUNDLED, labels, "corpus-scores-bundled.txt").holds(BUNDLED_FLOOR_REASON, BUNDLED_FLOOR_STATUS, BUNDLED_FLOOR_HARD);
    }

    @Test
    void scoresOnTheLabelledCorpus() throws IOException {
        Map<String, List<JsonObject>> labels = labels(CORPUS);
        assumeTrue(!labels.isEmpty(), "../shared/corpus is absent");
        score(CORPUS, labels, "corpus-scores.txt").holds(FLOOR_REASON, FLOOR_STATUS, FLOOR_HARD);
    }

    static Scores score(Path root, Map<String, List<JsonObject>> labels, String reportName) throws IOException {
        int total = 0;
        int reason = 0;
        int status = 0;
        int hard = 0;
        int found = 0;
        int extra = 0;
        int notBounce = 0;
        int notBounceRight = 0;
        Map<String, int[]> byMta = new TreeMap<>();
        Map<String, Integer> confusion = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        for (Map.Entry<String, List<JsonObject>> e : labels.entrySet()) {
            Path file = root.resolve(e.getKey());
            List<FailedRecipient> got = new ArrayList<>();
            boolean anyBounce = false;
            String format = "";
            for (BounceReport r : reports(file)) {
                if (r == null) {
                    continue;
                }
                got.addAll(r.recipients());
                anyBounce |= r.bounce();
                format = r.format();
            }
            if (e.getValue().size() == 1 && e.getValue().get(0).containsKey("bounce")) {
                notBounce++;
                if (!anyBounce && got.isEmpty()) {
                    notBounceRight++;
                } else {
                    misses.add("NOT-BOUNCE " + e.getKey() + " reported as " + format + " with " + got.size() + " recipient(s)");
                }
                continue;
            }
            List<JsonObject> want = e.getValue();
            if (got.size() > want.size()) {
                extra += got.size() - want.size();
                misses.add("EXTRA " + e.getKey() + " [" + format + "]: " + got.size() + " recipients, labels " + want.size()
                        + ": " + got.stream().map(FailedRecipient::address).collect(Collectors.toList()));
            }
            for (int i = 0; i < want.size(); i++) {
                JsonObject w = want.get(i);
                String mta = w.getString("mta", "?");
                int[] m = byMta.computeIfAbsent(mta, k -> new int[4]);
                m[0]++;
                total++;
                FailedRecipient g = i < got.size() ? got.get(i) : null;
                String wr = w.isNull("reason") ? "" : w.getString("reason");
                String ws = w.getString("status", "");
                boolean wh = w.getBoolean("hardbounce", false);
                if (g == null) {
                    misses.add("MISSING " + e.getKey() + " #" + (i + 1) + " [" + format + "] want " + wr + " " + ws);
                    continue;
                }
                found++;
                boolean okR = wr.equals(g.reason());
                boolean okS = statusMatches(ws, g.status());
                boolean okH = wh == g.hardBounce();
                if (okR) {
                    reason++;
                    m[1]++;
                } else {
                    confusion.merge(wr + " -> " + g.reason(), 1, Integer::sum);
                }
                if (okS) {
                    status++;
                    m[2]++;
                }
                if (okH) {
                    hard++;
                    m[3]++;
                }
                if (!okR || !okS || !okH) {
                    misses.add((okR ? "" : "REASON ") + (okS ? "" : "STATUS ") + (okH ? "" : "HARD ") + e.getKey() + " #"
                            + (i + 1) + " [" + format + "] want " + wr + "/" + ws + "/" + wh + " got " + g.reason() + "/"
                            + g.status() + "/" + g.hardBounce() + " id=" + g.diagnosis().id() + " rcpt=" + g.address()
                            + " | " + abbreviate(g.diagnosticCode()));
                }
            }
        }
        StringBuilder out = new StringBuilder();
        out.append(String.format("recipients %d, found %d (%.1f %%)%n", total, found, 100.0 * found / total));
        out.append(String.format("reason     %d/%d = %.1f %%%n", reason, total, 100.0 * reason / total));
        out.append(String.format("status     %d/%d = %.1f %%%n", status, total, 100.0 * status / total));
        out.append(String.format("hardBounce %d/%d = %.1f %%%n", hard, total, 100.0 * hard / total));
        out.append(String.format("extra recipients %d; not-bounce messages right %d/%d%n%n", extra, notBounceRight, notBounce));
        out.append("by MTA label: recipients, reason, status, hardBounce\n");
        byMta.forEach((k, v) -> out.append(String.format("  %-20s %3d %3d %3d %3d%n", k, v[0], v[1], v[2], v[3])));
        out.append("\nreason confusions (label -> ours)\n");
        confusion.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue())
                .forEach(c -> out.append(String.format("  %3d  %s%n", c.getValue(), c.getKey())));
        out.append("\nmisses\n");
        misses.forEach(s -> out.append("  ").append(s).append('\n'));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", reportName), out, StandardCharsets.UTF_8);
        System.out.println(out.substring(0, out.indexOf("by MTA")));

        return new Scores(total, reason, status, hard, notBounce, notBounceRight);
    }

    /** One shared instance used by 16 threads over the corpus gives exactly the single-thread results. */
    @Test
    void sixteenThreadsGiveTheSingleThreadResults() throws Exception {
        Path dir = BUNDLED.resolve("maildir/bsd");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.sorted().collect(Collectors.toList());
        }
        List<String> expected = new ArrayList<>();
        for (Path f : files) {
            expected.add(summary(DOC.read(f)));
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(16);
        try {
            List<java.util.concurrent.Future<String>> got = new ArrayList<>();
            for (int round = 0; round < 2; round++) {
                for (Path f : files) {
                    got.add(pool.submit(() -> summary(DOC.read(f))));
                }
            }
            for (int i = 0; i < got.size(); i++) {
                assertEquals(expected.get(i % files.size()), got.get(i).get(), files.get(i % files.size()).toString());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String summary(BounceReport r) {
        StringBuilder sb = new StringBuilder(r.kind() + " " + r.format() + " " + r.original());
        for (FailedRecipient f : r.recipients()) {
            sb.append(" | ").append(f.address()).append(' ').append(f.status()).append(' ').append(f.reason())
                    .append(' ').append(f.diagnosis().id()).append(' ').append(f.diagnosis().title());
        }
        return sb.toString();
    }

    /** Malformed and unusual messages, and the mbox files: each gives a report, none an error or exception. */
    @Test
    void everyUnlabelledMessageIsRead() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS.resolve("maildir")), "../shared/corpus is absent");
        int messages = 0;
        for (String dir : List.of("maildir/err", "maildir/tmp", "mailbox")) {
            try (Stream<ScannedMessage> s = DOC.scan(List.of(CORPUS.resolve(dir)))) {
                for (ScannedMessage m : (Iterable<ScannedMessage>) s::iterator) {
                    messages++;
                    assertTrue(m.ok() || m.source().contains("size-"), m.source() + ": " + m.error());
                }
            }
        }
        assertTrue(messages > 40, "messages read: " + messages);
    }

    /**
     * maildir/not/rb-issue-368-bug.eml is labelled "not a bounce", but it is a German provider's bounce
     * notification ("reject reason: Mailbox full", "target mail address: ..."). We report it, and say so in
     * the issue note rather than fit the label.
     */
    static final int DISPUTED_NOT_BOUNCE = 1;

    // Floors just under the measured scores; raise them as the scores rise, never lower them to pass.
    // Whole corpus (641 recipients), measured 2026-12-08 (after the Sisimai second opinion's fixes, h51/h53):
    // reason 95.2 %, status 98.9 %, hardBounce 96.9 % (a bare unknown user with no command is hard: Sisimai
    // labels those soft, see catalog/README.md).
    static final double FLOOR_REASON = 0.95;
    static final double FLOOR_STATUS = 0.985;
    static final double FLOOR_HARD = 0.965;
    // Bundled subset (284 recipients), measured the same night: reason 93.3 %, status 98.9 %, hardBounce 97.5 %.
    static final double BUNDLED_FLOOR_REASON = 0.93;
    static final double BUNDLED_FLOOR_STATUS = 0.985;
    static final double BUNDLED_FLOOR_HARD = 0.97;

    private static String abbreviate(String s) {
        if (s == null) {
            return "(no diagnostic text)";
        }
        return s.length() > 160 ? s.substring(0, 160) + "..." : s;
    }
}

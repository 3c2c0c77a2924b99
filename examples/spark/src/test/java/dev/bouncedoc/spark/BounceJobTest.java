package dev.bouncedoc.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bouncedoc.BounceDoc;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job in local mode: its rows are {@code scan --format jsonl}'s, and nothing a file holds fails it. */
class BounceJobTest {
    private static final Path CORPUS = Path.of("..", "..", "..", "shared", "corpus", "sisimai");
    private static final BounceDoc DOC = BounceDocs.forLanguage("en");
    private static final String VERSION = DOC.catalog().version();

    @TempDir
    Path dir;

    private static SparkSession spark() {
        return LocalSpark.session();
    }

    @Test
    void aFolderOfMboxArchivesFilesAndAMaildirGivesScansRows() throws IOException {
        new Messages(7).folder(dir, 3, 40, 25);
        List<Row> rows = BounceJob.files(spark(), List.of(dir.toString()), Locale.ENGLISH, 4).collectAsList();
        ScanLines.assertSame(ScanLines.of(DOC, List.of(dir)), rows, VERSION);
        // 3 archives of 40, 25 files, new/ and cur/ of the Maildir (not tmp/)
        assertEquals(3 * 40 + 25 + 3, rows.stream().map(r -> r.getString(0)).distinct().count());
    }

    @Test
    void theCorpusGivesScansRows() {
        assumeTrue(Files.isDirectory(CORPUS), "../shared/corpus is absent");
        List<Row> rows = BounceJob.files(spark(), List.of(CORPUS.toString()), Locale.ENGLISH, 8).collectAsList();
        ScanLines.assertSame(ScanLines.of(DOC, List.of(CORPUS)), rows, VERSION);
    }

    @Test
    void japaneseTitlesAreTheJapaneseCatalogs() throws IOException {
        Files.write(dir.resolve("a.mbox"), new Messages(11).mbox(12));
        List<Row> rows = BounceJob.files(spark(), List.of(dir.toString()), Locale.JAPANESE, 2).collectAsList();
        ScanLines.assertSame(ScanLines.of(BounceDocs.forLanguage("ja"), List.of(dir)), rows, VERSION);
    }

    @Test
    void aPathThatIsNotThereGivesAnErrorRowAsScanDoes() {
        Path missing = dir.resolve("no-such-folder");
        List<Row> rows = BounceJob.files(spark(), List.of(missing.toString()), Locale.ENGLISH, 1).collectAsList();
        ScanLines.assertSame(ScanLines.of(DOC, List.of(missing)), rows, VERSION);
        assertEquals("no such file", rows.get(0).getAs("error"));
    }

    @Test
    void aPoisonedArchiveAmongGoodMessagesGivesOneErrorRowAndTheJobSucceeds() throws IOException {
        Path good = dir.resolve("good");
        Messages messages = new Messages(3);
        messages.folder(good, 2, 30, 10);
        // hostile messages the library reads without failing: their rows carry what was cut, as scan's do
        Files.write(good.resolve("nested.eml"), nested(5000));
        Files.write(good.resolve("junk.eml"), junk(1 << 20));
        Files.write(good.resolve("long-line.eml"), longLine(3 << 20));
        // a compressed archive whose second half is missing: it cannot be read
        Path poison = dir.resolve("poison");
        Files.createDirectories(poison);
        byte[] gz = gzip(messages.mbox(20));
        Files.write(poison.resolve("2025.mbox.gz"), Arrays.copyOf(gz, gz.length / 2));
        Path out = dir.resolve("out.parquet");

        BounceJob.Arguments a = BounceJob.Arguments.parse(new String[] {"--output", out.toString(), "--partitions", "3",
                good.toString(), poison.toString()});
        List<Row> rows = BounceJob.run(spark(), a).collectAsList();

        List<Row> errors = rows.stream().filter(r -> r.getAs("error") != null).toList();
        assertEquals(1, errors.size(), "one error row");
        Row error = errors.get(0);
        assertEquals(poison.resolve("2025.mbox.gz").toString(), error.getAs("source"));
        // Hadoop's gzip reader (java.util.zip's inflater or native zlib) meets the end of the file
        assertEquals("could not be read: Unexpected end of input stream", error.getAs("error"));
        assertNull(error.getAs("bounce"));
        assertEquals(VERSION, error.getAs("catalog_version"));
        // the rest, read back from Parquet, is scan's
        List<Row> rest = rows.stream().filter(r -> r.getAs("error") == null).toList();
        ScanLines.assertSameBySource(ScanLines.of(DOC, List.of(good)), rest, VERSION);
    }

    @Test
    void aCompressedArchiveGivesTheRowsOfTheArchiveItHolds() throws IOException {
        Messages messages = new Messages(5);
        Path plain = dir.resolve("plain");
        Path packed = dir.resolve("packed");
        Files.createDirectories(plain);
        Files.createDirectories(packed);
        byte[] mbox = messages.mbox(25);
        byte[] one = messages.dsn(2);
        Files.write(plain.resolve("a.mbox"), mbox);
        Files.write(plain.resolve("b.eml"), one);
        Files.write(packed.resolve("a.mbox.gz"), gzip(mbox));
        Files.write(packed.resolve("b.eml.gz"), gzip(one));

        List<Row> rows = BounceJob.files(spark(), List.of(packed.toString()), Locale.ENGLISH, 2).collectAsList();
        List<JsonObject> expected = new ArrayList<>();
        for (JsonObject line : ScanLines.of(DOC, List.of(plain))) {
            String source = line.getString("source").replace(plain.toString(), packed.toString())
                    .replace("a.mbox", "a.mbox.gz").replace("b.eml", "b.eml.gz");
            expected.add(Json.createObjectBuilder(line).add("source", source).build());
        }
        ScanLines.assertSame(expected, rows, VERSION);
    }

    @Test
    void aReaderThatThrowsGivesAnErrorRowAndTheNextFileIsRead() throws IOException {
        Messages messages = new Messages(9);
        Files.write(dir.resolve("a.eml.gz"), gzip(messages.dsn(1)));
        Files.write(dir.resolve("b.eml"), messages.postfixText());
        Configuration conf = new Configuration();
        List<MessageFiles.Entry> entries = MessageFiles.list(List.of(dir.toString()), conf);
        List<Row> rows = new ArrayList<>();
        try (FileRows it = new FileRows(entries.iterator(), conf, DOC, (doc, bytes) -> {
            throw new IllegalStateException("a reader's bug");
        })) {
            it.forEachRemaining(rows::add);
        }
        assertEquals(dir.resolve("a.eml.gz").toString(), rows.get(0).getAs("source"));
        assertEquals("could not be read: a reader's bug", rows.get(0).getAs("error"));
        ScanLines.assertSame(ScanLines.of(DOC, List.of(dir.resolve("b.eml"))), rows.subList(1, rows.size()), VERSION);
    }

    @Test
    void theSummaryQueriesCountWhatScanSays() throws IOException {
        new Messages(13).folder(dir.resolve("in"), 2, 50, 20);
        Path out = dir.resolve("bounces.parquet");
        BounceJob.run(spark(), BounceJob.Arguments.parse(new String[] {"--output", out.toString(),
                dir.resolve("in").toString()}));
        List<JsonObject> lines = ScanLines.of(DOC, List.of(dir.resolve("in")));

        List<List<Row>> results = new ArrayList<>();
        String sql = Files.readString(Path.of("summary.sql")).replace("${bounces}", out.toString());
        for (String statement : sql.lines().filter(l -> !l.startsWith("--")).collect(Collectors.joining("\n")).split(";")) {
            if (!statement.isBlank()) {
                results.add(spark().sql(statement).collectAsList());
            }
        }
        Row totals = results.get(1).get(0);
        assertEquals(lines.size(), totals.getLong(0));
        assertEquals(lines.stream().map(l -> l.getString("source")).distinct().count(), totals.getLong(1));
        assertEquals(0L, totals.getLong(2));
        assertEquals(VERSION, totals.getString(3));

        Map<String, Long> byReason = new TreeMap<>();
        Map<String, Long> hard = new HashMap<>();
        TreeSet<String> suppress = new TreeSet<>();
        for (JsonObject l : lines) {
            if (l.isNull("recipient") || !List.of("failure", "delay").contains(l.getString("kind"))) {
                continue;
            }
            byReason.merge(l.getString("reason"), 1L, Long::sum);
            hard.merge(l.getString("reason"), l.getBoolean("hardBounce") ? 1L : 0L, Long::sum);
            if (l.getString("kind").equals("failure") && l.getBoolean("hardBounce")) {
                suppress.add(l.getString("recipient").toLowerCase(Locale.ROOT));
            }
        }
        Map<String, Long> gotByReason = new TreeMap<>();
        for (Row r : results.get(2)) {
            gotByReason.put(r.getString(0), r.getLong(1));
            assertEquals(hard.get(r.getString(0)), r.getLong(2), r.getString(0));
        }
        assertEquals(byReason, gotByReason);
        assertEquals(byReason.values().stream().mapToLong(Long::longValue).sum(),
                results.get(3).stream().mapToLong(r -> r.getLong(2)).sum());
        assertEquals(new ArrayList<>(suppress), results.get(4).stream().map(r -> r.getString(0)).toList());
        // the Dataset API's summary says the same
        Dataset<Row> written = spark().read().parquet(out.toString());
        assertEquals(results.get(2), BounceSummary.byReason(written).collectAsList());
        assertEquals(results.get(4), BounceSummary.suppress(written).collectAsList());
    }

    /** A message of {@code depth} multiparts, each inside the one before. */
    static byte[] nested(int depth) {
        StringBuilder s = new StringBuilder("From: MAILER-DAEMON@example.com\nSubject: nested\nMIME-Version: 1.0\n");
        for (int i = 0; i < depth; i++) {
            s.append("Content-Type: multipart/mixed; boundary=\"n").append(i).append("\"\n\n--n").append(i).append('\n');
        }
        s.append("Content-Type: text/plain\n\n550 5.1.1 <x@example.com>: User unknown\n");
        return s.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** Random bytes. */
    static byte[] junk(int size) {
        byte[] b = new byte[size];
        new Random(42).nextBytes(b);
        return b;
    }

    /** A bounce whose diagnostic line goes on for {@code size} characters. */
    static byte[] longLine(int size) {
        String head = "From: MAILER-DAEMON@example.com\nSubject: Undelivered Mail Returned to Sender\n\n"
                + "<a@example.net>: host mx.example.net said: 550 5.1.1 User unknown ";
        return (head + "x".repeat(size) + "\n").getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }
}

package dev.bouncedoc.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.bouncedoc.BounceDoc;
import dev.bouncedoc.Diagnosis;
import dev.bouncedoc.render.JsonRenderer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bounce_read(binary) and bounce_reason(text): the library's answers for bytes and texts already in a table. */
class SqlFunctionsTest {
    private static final BounceDoc DOC = BounceDocs.forLanguage("en");
    private static final String VERSION = DOC.catalog().version();
    private static final StructType MAILS = new StructType().add("id", DataTypes.StringType)
            .add("eml", DataTypes.BinaryType);
    private static List<Row> mails;

    @BeforeAll
    static void register() {
        BounceFunctions.register(spark());
        Messages messages = new Messages(17);
        mails = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            mails.add(RowFactory.create("m" + i, messages.next()));
        }
        mails.add(RowFactory.create("nested", BounceJobTest.nested(3000)));
        mails.add(RowFactory.create("junk", BounceJobTest.junk(100_000)));
        mails.add(RowFactory.create("empty", new byte[0]));
        mails.add(RowFactory.create("null", null));
        spark().createDataFrame(mails, MAILS).createOrReplaceTempView("mails");
    }

    private static SparkSession spark() {
        return LocalSpark.session();
    }

    /** What scan --format jsonl would print for each row's bytes, with the row's id as source. */
    private static List<JsonObject> expected() {
        StringWriter out = new StringWriter();
        for (Row m : mails) {
            byte[] eml = (byte[]) m.get(1);
            if (eml == null) {
                JsonRenderer.writeErrorLine(m.getString(0), "no message bytes", out);
            } else {
                JsonRenderer.writeLines(m.getString(0), DOC.read(eml), out);
            }
        }
        List<JsonObject> lines = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            lines.add(Json.createReader(new StringReader(line)).readObject());
        }
        return lines;
    }

    @Test
    void bounceReadInSqlGivesTheLibrarysRecipients() {
        List<Row> rows = spark().sql("SELECT id AS source, inline(bounce_read(eml)) FROM mails").collectAsList();
        ScanLines.assertSameBySource(expected(), rows, VERSION);
    }

    @Test
    void theJobsTableInputGivesTheSameRows() {
        Dataset<Row> table = spark().createDataFrame(mails, MAILS);
        List<Row> rows = BounceJob.table(table, "eml", "id", Locale.ENGLISH).collectAsList();
        assertEquals(BounceRows.MESSAGE, BounceJob.table(table, "eml", "id", Locale.ENGLISH).schema());
        ScanLines.assertSameBySource(expected(), rows, VERSION);
    }

    @Test
    void theJobReadsTheColumnOfATableFromItsCommandLine(@TempDir Path dir) {
        Path raw = dir.resolve("raw.parquet");
        spark().createDataFrame(mails, MAILS).write().parquet(raw.toString());
        Path out = dir.resolve("bounces.parquet");
        List<Row> rows = BounceJob.run(spark(), BounceJob.Arguments.parse(new String[] {"--output", out.toString(),
                "--table", "parquet.`" + raw + "`", "--content-column", "eml", "--source-column", "id"})).collectAsList();
        ScanLines.assertSameBySource(expected(), rows, VERSION);
    }

    @Test
    void bounceReasonGivesTheDiagnosisOfEachText() {
        List<String> texts = List.of(
                "550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in local recipient table",
                "552 5.2.2 Mailbox full",
                "421 4.7.0 Try again later, closing connection.",
                "554 5.7.1 <bob@example.com>: Relay access denied",
                "Socket Error: 10061, Error Number: 0x800CCC0E",
                "-ERR [IN-USE] Mailbox is locked by another POP3 session.",
                "5.1.1",
                "nothing here to explain");
        List<Row> input = new ArrayList<>();
        texts.forEach(t -> input.add(RowFactory.create(t)));
        input.add(RowFactory.create((Object) null));
        spark().createDataFrame(input, new StructType().add("t", DataTypes.StringType)).createOrReplaceTempView("texts");

        List<Row> rows = spark().sql("SELECT t, bounce_reason(t) AS d FROM texts").collectAsList();
        assertEquals(texts.size() + 1, rows.size());
        for (Row r : rows) {
            String t = r.getString(0);
            Row d = r.getStruct(1);
            if (t == null) {
                assertNull(d);
                continue;
            }
            assertDiagnosis(DOC.diagnose(t), d);
        }
    }

    @Test
    void bounceReasonInJapaneseGivesJapaneseTitles() {
        String text = "550 5.1.1 <taro@example.jp>: Recipient address rejected: User unknown";
        Dataset<Row> one = spark().createDataFrame(List.of(RowFactory.create(text)),
                new StructType().add("t", DataTypes.StringType));
        Row d = one.select(BounceFunctions.reason(Locale.JAPANESE).apply(functions.col("t"))).first().getStruct(0);
        assertDiagnosis(BounceDocs.forLanguage("ja").diagnose(text), d);
    }

    private static void assertDiagnosis(Diagnosis want, Row d) {
        assertEquals(want.id(), d.getAs("catalog_id"), want.input());
        assertEquals(want.reason(), d.getAs("reason"), want.input());
        assertEquals(want.hardBounce(), d.getAs("hard_bounce"), want.input());
        assertEquals(want.kind().id(), d.getAs("entry_kind"), want.input());
        assertEquals(want.title(), d.getAs("title"), want.input());
        assertEquals(want.whoActs() == null ? null : want.whoActs().id(), d.getAs("who_acts"), want.input());
        assertEquals(want.retry() == null ? null : want.retry().id(), d.getAs("retry"), want.input());
        assertEquals(want.codes().status() == null ? null : want.codes().status().toString(), d.getAs("status"));
        assertEquals(want.codes().reply() == null ? null : want.codes().reply().value(), d.<Integer>getAs("reply_code"));
        assertEquals(want.confidence(), (double) d.getAs("confidence"), 0.0);
        assertEquals(VERSION, d.getAs("catalog_version"));
    }
}

package dev.bouncedoc.spark;

import dev.bouncedoc.BounceReport;
import dev.bouncedoc.Diagnosis;
import dev.bouncedoc.FailedRecipient;
import dev.bouncedoc.ScannedMessage;
import dev.bouncedoc.vocabulary.OriginalMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The table the job writes: one row per reported recipient, one row with a null {@code recipient} for a
 * message that reports on no recipient (not a bounce), and one row with {@code error} set for a message or
 * path that could not be read. The columns are the fields of {@code scan --format jsonl} in snake_case
 * (README.md, "Command line"), less the long texts (summary, steps, evidence), plus {@code domain} and
 * {@code error}. {@code catalog_version} is set in every row, error rows included.
 */
public final class BounceRows {
    /** The columns of {@link #MESSAGE} after {@code source}, in order. */
    private static final StructField[] FIELDS = {
            field("bounce", DataTypes.BooleanType),
            field("kind", DataTypes.StringType),
            field("format", DataTypes.StringType),
            field("reporting_mta", DataTypes.StringType),
            field("recipient", DataTypes.StringType),
            field("domain", DataTypes.StringType),
            field("action", DataTypes.StringType),
            field("status", DataTypes.StringType),
            field("reply_code", DataTypes.IntegerType),
            field("diagnostic_code", DataTypes.StringType),
            field("remote_mta", DataTypes.StringType),
            field("last_attempt", DataTypes.StringType),
            field("reason", DataTypes.StringType),
            field("hard_bounce", DataTypes.BooleanType),
            field("catalog_id", DataTypes.StringType),
            field("entry_kind", DataTypes.StringType),
            field("title", DataTypes.StringType),
            field("who_acts", DataTypes.StringType),
            field("retry", DataTypes.StringType),
            field("catalog_version", DataTypes.StringType),
            field("original_message_id", DataTypes.StringType),
            field("original_subject", DataTypes.StringType),
            field("original_from", DataTypes.StringType),
            field("original_to", DataTypes.StringType),
            field("original_date", DataTypes.StringType),
            field("feedback_type", DataTypes.StringType),
            field("problems", DataTypes.createArrayType(DataTypes.StringType, false)),
            field("error", DataTypes.StringType),
    };

    /** What {@code bounce_read(binary)} gives per element: every column but {@code source}. */
    public static final StructType RECIPIENT = new StructType(FIELDS);

    /** The job's rows: {@code source} (a path, plus {@code #N} for the N-th message of an mbox), then the rest. */
    public static final StructType MESSAGE;

    static {
        StructField[] all = new StructField[FIELDS.length + 1];
        all[0] = field("source", DataTypes.StringType);
        System.arraycopy(FIELDS, 0, all, 1, FIELDS.length);
        MESSAGE = new StructType(all);
    }

    private BounceRows() {
    }

    private static StructField field(String name, DataType type) {
        return DataTypes.createStructField(name, type, true);
    }

    /** The job's rows for one message of a batch, each starting with its source. */
    public static List<Row> of(ScannedMessage m, String catalogVersion) {
        List<Object[]> values = m.ok() ? values(m.report(), catalogVersion)
                : List.<Object[]>of(error(m.error(), catalogVersion));
        List<Row> rows = new ArrayList<>(values.size());
        for (Object[] v : values) {
            Object[] withSource = new Object[v.length + 1];
            withSource[0] = m.source();
            System.arraycopy(v, 0, withSource, 1, v.length);
            rows.add(new GenericRowWithSchema(withSource, MESSAGE));
        }
        return rows;
    }

    /** The {@link #RECIPIENT} rows of one report. */
    static List<Row> recipients(BounceReport report, String catalogVersion) {
        List<Row> rows = new ArrayList<>();
        for (Object[] v : values(report, catalogVersion)) {
            rows.add(new GenericRowWithSchema(v, RECIPIENT));
        }
        return rows;
    }

    /** The {@link #RECIPIENT} row of a message that could not be read. */
    static Row errorRecipient(String error, String catalogVersion) {
        return new GenericRowWithSchema(error(error, catalogVersion), RECIPIENT);
    }

    /** One value array per recipient; one with a null recipient when the report names none, as jsonl does. */
    private static List<Object[]> values(BounceReport r, String catalogVersion) {
        List<Object[]> out = new ArrayList<>(Math.max(1, r.recipients().size()));
        if (r.recipients().isEmpty()) {
            out.add(values(r, null, catalogVersion));
        }
        for (FailedRecipient f : r.recipients()) {
            out.add(values(r, f, catalogVersion));
        }
        return out;
    }

    private static Object[] values(BounceReport r, FailedRecipient f, String catalogVersion) {
        OriginalMessage o = r.original();
        Diagnosis d = f == null ? null : f.diagnosis();
        return new Object[] {
                r.bounce(),
                r.kind().id(),
                r.format(),
                r.reportingMta(),
                f == null ? null : f.address(),
                f == null ? null : domain(f.address()),
                f == null ? null : f.action(),
                f == null ? null : f.status(),
                f == null ? null : replyCode(f.replyCode()), // a number, as scan's JSON writes it
                f == null ? null : f.diagnosticCode(),
                f == null ? null : f.remoteMta(),
                f == null ? null : f.lastAttempt(),
                f == null ? null : f.reason(),
                f == null ? null : f.hardBounce(),
                d == null ? null : d.id(),
                d == null ? null : d.kind().id(),
                d == null ? null : d.title(),
                d == null || d.whoActs() == null ? null : d.whoActs().id(), // null: nothing was recognised
                d == null || d.retry() == null ? null : d.retry().id(),
                d == null ? catalogVersion : d.catalogVersion(),
                o.messageId(),
                o.subject(),
                o.from(),
                o.to(),
                o.date(),
                r.feedbackType(),
                r.problems().toArray(new String[0]),
                null,
        };
    }

    private static Object[] error(String error, String catalogVersion) {
        Object[] v = new Object[FIELDS.length];
        v[RECIPIENT.fieldIndex("catalog_version")] = catalogVersion;
        v[RECIPIENT.fieldIndex("error")] = error;
        return v;
    }

    /**
     * The recipient's domain as the command line's summary counts it: after the last {@code @}, in lower
     * case; null for an address without one.
     */
    static String domain(String address) {
        if (address == null) {
            return null;
        }
        int at = address.lastIndexOf('@');
        return at < 0 ? null : address.substring(at + 1).toLowerCase(Locale.ROOT);
    }

    /** A reply code as written ("550") as the number scan's JSON gives; null when there is none or it is not one. */
    static Integer replyCode(String code) {
        if (code == null || code.length() != 3) {
            return null;
        }
        for (int i = 0; i < 3; i++) {
            if (code.charAt(i) < '0' || code.charAt(i) > '9') {
                return null;
            }
        }
        return Integer.valueOf(code);
    }
}

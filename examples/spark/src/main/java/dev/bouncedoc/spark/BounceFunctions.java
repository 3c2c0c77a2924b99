package dev.bouncedoc.spark;

import dev.bouncedoc.BounceDoc;
import dev.bouncedoc.Diagnosis;
import dev.bouncedoc.vocabulary.Codes;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Spark SQL functions for data that is already in a table:
 *
 * <ul>
 *   <li>{@code bounce_reason(text)}: the diagnosis of one text (an SMTP reply, a Diagnostic-Code, a status
 *       code), a struct of {@link #DIAGNOSIS}'s fields; null for a null text.</li>
 *   <li>{@code bounce_read(binary)}: a whole message's bytes read as a bounce, an array of
 *       {@link BounceRows#RECIPIENT} structs, one per recipient (one for a message that is not a bounce;
 *       one with its {@code error} for null bytes). Use it with {@code inline(...)} or {@code explode}.</li>
 * </ul>
 *
 * <pre>{@code
 * BounceFunctions.register(spark);
 * spark.sql("SELECT id AS source, inline(bounce_read(eml)) FROM raw");
 * }</pre>
 *
 * The functions carry only a language tag; each executor makes its {@link BounceDoc} on first use
 * ({@link BounceDocs}).
 */
public final class BounceFunctions {
    /** The fields of {@code bounce_reason(text)}. */
    public static final StructType DIAGNOSIS = new StructType()
            .add("catalog_id", DataTypes.StringType)
            .add("reason", DataTypes.StringType)
            .add("hard_bounce", DataTypes.BooleanType)
            .add("entry_kind", DataTypes.StringType)
            .add("title", DataTypes.StringType)
            .add("who_acts", DataTypes.StringType)
            .add("retry", DataTypes.StringType)
            .add("status", DataTypes.StringType)
            .add("reply_code", DataTypes.IntegerType)
            .add("confidence", DataTypes.DoubleType)
            .add("catalog_version", DataTypes.StringType);

    private BounceFunctions() {
    }

    /** Registers {@code bounce_reason} and {@code bounce_read} with English titles. */
    public static void register(SparkSession spark) {
        register(spark, Locale.ENGLISH);
    }

    /** Registers {@code bounce_reason} and {@code bounce_read} with titles in {@code locale}'s language. */
    public static void register(SparkSession spark, Locale locale) {
        spark.udf().register("bounce_reason", reason(locale));
        spark.udf().register("bounce_read", read(locale));
    }

    /** {@code bounce_reason} as a column function, for the Dataset API. */
    public static UserDefinedFunction reason(Locale locale) {
        return functions.udf(new Reason(locale.toLanguageTag()), DIAGNOSIS)
                .withName("bounce_reason");
    }

    /** {@code bounce_read} as a column function, for the Dataset API. */
    public static UserDefinedFunction read(Locale locale) {
        return functions.udf(new Read(locale.toLanguageTag()), DataTypes.createArrayType(BounceRows.RECIPIENT, false))
                .withName("bounce_read");
    }

    /** Serialised to the executors: a language tag, nothing else. */
    private record Reason(String lang) implements UDF1<String, Row> {
        @Override
        public Row call(String text) {
            if (text == null) {
                return null;
            }
            Diagnosis d = BounceDocs.forLanguage(lang).diagnose(text);
            Codes c = d.codes();
            return RowFactory.create(d.id(), d.reason(), d.hardBounce(), d.kind().id(), d.title(),
                    d.whoActs() == null ? null : d.whoActs().id(), d.retry() == null ? null : d.retry().id(),
                    c.status() == null ? null : c.status().toString(),
                    c.reply() == null ? null : c.reply().value(), d.confidence(), d.catalogVersion());
        }
    }

    /** Serialised to the executors: a language tag, nothing else. */
    private record Read(String lang) implements UDF1<byte[], List<Row>> {
        @Override
        public List<Row> call(byte[] message) {
            BounceDoc doc = BounceDocs.forLanguage(lang);
            String version = doc.catalog().version();
            if (message == null) {
                return List.of(BounceRows.errorRecipient("no message bytes", version));
            }
            try {
                return BounceRows.recipients(doc.read(message), version);
            } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
                // the library does not throw for any bytes; should it ever, one row says so and the query goes on
                String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                return List.of(BounceRows.errorRecipient("could not be read: " + why, version));
            }
        }
    }
}

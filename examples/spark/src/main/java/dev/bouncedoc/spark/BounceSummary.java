package dev.bouncedoc.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The summary of a table of {@link BounceRows}: what a mail service provider looks at after a run. The
 * same queries in SQL are in {@code summary.sql}; {@code main} prints them for a table already written:
 *
 * <pre>
 * spark-submit --class dev.bouncedoc.spark.BounceSummary bouncedoc-spark.jar OUT [parquet|orc|json]
 * </pre>
 */
public final class BounceSummary {
    private BounceSummary() {
    }

    /** One row: rows, messages (distinct sources), error rows, and the catalog versions seen. */
    public static Dataset<Row> totals(Dataset<Row> rows) {
        return rows.agg(count("*").as("rows"), countDistinct(col("source")).as("messages"),
                count(col("error")).as("errors"),
                concat_ws(",", collect_set(col("catalog_version"))).as("catalog_versions"));
    }

    /** Failed and delayed recipients by reason: how many, how many of them hard bounces. */
    public static Dataset<Row> byReason(Dataset<Row> rows) {
        return recipients(rows).groupBy(col("reason"))
                .agg(count("*").as("recipients"), sum(when(col("hard_bounce"), 1).otherwise(0)).as("hard"))
                .orderBy(col("recipients").desc(), col("reason"));
    }

    /** Recipients by domain and reason: which receiving systems refuse what. */
    public static Dataset<Row> byDomain(Dataset<Row> rows) {
        return recipients(rows).groupBy(col("domain"), col("reason")).agg(count("*").as("recipients"))
                .orderBy(col("recipients").desc(), col("domain"), col("reason"));
    }

    /**
     * The addresses to stop sending to: every recipient that some failure reported as a hard bounce, with
     * its reason (the most recent one is not known from the rows; the first by name is shown), how many
     * reports said so, and the catalog version that decided it.
     */
    public static Dataset<Row> suppress(Dataset<Row> rows) {
        return rows.where(col("kind").equalTo("failure").and(col("hard_bounce")))
                .groupBy(lower(col("recipient")).as("address"))
                .agg(min(col("reason")).as("reason"), count("*").as("reports"),
                        max(col("catalog_version")).as("catalog_version"))
                .orderBy(col("address"));
    }

    private static Dataset<Row> recipients(Dataset<Row> rows) {
        return rows.where(col("recipient").isNotNull().and(col("kind").isin("failure", "delay")));
    }

    /** Prints the totals and the three summaries (the first 20 rows of each). */
    public static void show(Dataset<Row> rows) {
        totals(rows).show(false);
        byReason(rows).show(20, false);
        byDomain(rows).show(20, false);
        Dataset<Row> suppress = suppress(rows);
        System.out.println("addresses to suppress: " + suppress.count());
        suppress.show(20, false);
    }

    public static void main(String[] args) {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: BounceSummary TABLE_PATH [parquet|orc|json]");
            System.exit(2);
        }
        SparkSession.Builder builder = SparkSession.builder().appName("bouncedoc-summary");
        if (!new org.apache.spark.SparkConf().contains("spark.master")) {
            builder.master("local[*]");
        }
        SparkSession spark = builder.getOrCreate();
        try {
            show(spark.read().format(args.length == 2 ? args[1] : "parquet").load(args[0]));
        } finally {
            spark.stop();
        }
    }
}

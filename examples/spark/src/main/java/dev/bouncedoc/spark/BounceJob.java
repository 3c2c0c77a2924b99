package dev.bouncedoc.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SerializableWritable;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * Reads bounces with bouncedoc on a Spark cluster and writes one row per recipient ({@link BounceRows}).
 *
 * <pre>
 * spark-submit --class dev.bouncedoc.spark.BounceJob bouncedoc-spark.jar --output OUT [options] PATH...
 * spark-submit --class dev.bouncedoc.spark.BounceJob bouncedoc-spark.jar --output OUT --table T --content-column C [--source-column S]
 *
 *   PATH...              message files, mbox archives, Maildir folders, directories (recursively); any
 *                        Hadoop file system (hdfs://, s3a://, file:); .gz and .bz2 files are decompressed
 *   --table T            read a table (or a view) instead, whose column C holds each message's bytes
 *   --output OUT         where the rows go (required)
 *   --format F           parquet (default), orc, json, or any format Spark writes that holds an array column
 *   --mode M             errorifexists (default), overwrite, append
 *   --lang en|ja         language of the title column (default en)
 *   --partitions N       tasks for the files (default: 3 per core of the cluster)
 *   --summary            print the summary of what was written (by reason, by domain, addresses to suppress)
 * </pre>
 *
 * Without {@code --master} (spark-submit sets it) the job runs in local mode on all cores.
 */
public final class BounceJob {
    private BounceJob() {
    }

    /**
     * The rows of every message under {@code paths}, in {@code scan}'s order (the order is kept through
     * the partitions), made lazily when an action runs.
     *
     * @param partitions how many tasks share the files; 0 for three per core
     */
    public static Dataset<Row> files(SparkSession spark, List<String> paths, Locale locale, int partitions) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        List<MessageFiles.Entry> entries = MessageFiles.list(paths, conf);
        int slices = partitions > 0 ? partitions : 3 * jsc.defaultParallelism();
        List<List<MessageFiles.Entry>> runs = MessageFiles.slices(entries, slices);
        Broadcast<SerializableWritable<Configuration>> hadoop = jsc.broadcast(new SerializableWritable<>(conf));
        String lang = locale.toLanguageTag();
        JavaRDD<Row> rows = jsc.parallelize(runs, Math.max(1, runs.size())).mapPartitions(it -> {
            List<MessageFiles.Entry> files = new ArrayList<>();
            it.forEachRemaining(files::addAll);
            FileRows out = new FileRows(files.iterator(), hadoop.value().value(), BounceDocs.forLanguage(lang),
                    (doc, bytes) -> doc.read(bytes));
            TaskContext task = TaskContext.get();
            if (task != null) {
                task.addTaskCompletionListener((org.apache.spark.util.TaskCompletionListener) t -> out.close()); // a task ended early still deletes its copy
            }
            return out;
        });
        return spark.createDataFrame(rows, BounceRows.MESSAGE);
    }

    /**
     * The rows of the messages in a table whose {@code contentColumn} holds each message's bytes; the
     * {@code source} column is {@code sourceColumn}'s value as a string (null without one).
     */
    public static Dataset<Row> table(Dataset<Row> table, String contentColumn, String sourceColumn, Locale locale) {
        Column source = sourceColumn == null ? functions.lit(null).cast("string") : functions.col(sourceColumn).cast("string");
        return table.select(source.as("source"),
                        functions.explode(BounceFunctions.read(locale).apply(functions.col(contentColumn))).as("r"))
                .select("source", "r.*");
    }

    public static void main(String[] args) {
        Arguments a;
        try {
            a = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(Arguments.USAGE);
            System.exit(2);
            return;
        }
        SparkSession.Builder builder = SparkSession.builder().appName("bouncedoc");
        if (!new org.apache.spark.SparkConf().contains("spark.master")) {
            builder.master("local[*]");
        }
        SparkSession spark = builder.getOrCreate();
        try {
            run(spark, a);
        } finally {
            spark.stop();
        }
    }

    /** Runs the job of the command line {@code args} in {@code spark}; returns the table it wrote, read back. */
    static Dataset<Row> run(SparkSession spark, Arguments a) {
        long start = System.nanoTime();
        Dataset<Row> rows = a.table != null
                ? table(spark.table(a.table), a.contentColumn, a.sourceColumn, a.locale)
                : files(spark, a.paths, a.locale, a.partitions);
        rows.write().format(a.format).mode(a.mode).save(a.output);
        double seconds = (System.nanoTime() - start) / 1e9;
        Dataset<Row> written = spark.read().format(a.format).load(a.output);
        Row totals = BounceSummary.totals(written).first();
        System.out.printf(Locale.ROOT, "%s: %d rows, %d messages, %d errors, catalog %s; listed, read and written in %.1f s"
                        + " (%.0f messages/s)%n", a.output, totals.getLong(0), totals.getLong(1), totals.getLong(2),
                totals.get(3), seconds, totals.getLong(1) / seconds);
        if (a.summary) {
            BounceSummary.show(written);
        }
        return written;
    }

    /** The command line. */
    static final class Arguments {
        static final String USAGE = "usage: BounceJob --output OUT [--format parquet|orc|json] [--mode errorifexists|overwrite|append]\n"
                + "                 [--lang en|ja] [--partitions N] [--summary] (PATH... | --table T --content-column C [--source-column S])";
        final List<String> paths = new ArrayList<>();
        String output;
        String format = "parquet";
        SaveMode mode = SaveMode.ErrorIfExists;
        Locale locale = Locale.ENGLISH;
        int partitions;
        boolean summary;
        String table;
        String contentColumn;
        String sourceColumn;

        static Arguments parse(String[] args) {
            Arguments a = new Arguments();
            Iterator<String> it = List.of(args).iterator();
            while (it.hasNext()) {
                String arg = it.next();
                switch (arg) {
                    case "--output" -> a.output = value(it, arg);
                    case "--format" -> a.format = value(it, arg);
                    case "--mode" -> a.mode = mode(value(it, arg));
                    case "--lang" -> a.locale = Locale.forLanguageTag(value(it, arg));
                    case "--partitions" -> a.partitions = partitions(value(it, arg));
                    case "--summary" -> a.summary = true;
                    case "--table" -> a.table = value(it, arg);
                    case "--content-column" -> a.contentColumn = value(it, arg);
                    case "--source-column" -> a.sourceColumn = value(it, arg);
                    case "--" -> it.forEachRemaining(a.paths::add);
                    default -> {
                        if (arg.startsWith("--")) {
                            throw new IllegalArgumentException("unknown option " + arg);
                        }
                        a.paths.add(arg);
                    }
                }
            }
            if (a.output == null) {
                throw new IllegalArgumentException("--output is required");
            }
            if (a.table == null && a.paths.isEmpty()) {
                throw new IllegalArgumentException("give paths to read, or --table");
            }
            if (a.table != null && (a.contentColumn == null || !a.paths.isEmpty())) {
                throw new IllegalArgumentException("--table takes --content-column and no paths");
            }
            return a;
        }

        private static String value(Iterator<String> it, String option) {
            if (!it.hasNext()) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return it.next();
        }

        private static SaveMode mode(String s) {
            return switch (s) {
                case "errorifexists" -> SaveMode.ErrorIfExists;
                case "overwrite" -> SaveMode.Overwrite;
                case "append" -> SaveMode.Append;
                default -> throw new IllegalArgumentException("--mode is errorifexists, overwrite or append");
            };
        }

        private static int partitions(String s) {
            try {
                int n = Integer.parseInt(s);
                if (n > 0) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // said below
            }
            throw new IllegalArgumentException("--partitions is a positive number");
        }
    }
}

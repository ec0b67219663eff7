package org.kpi4j.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.kpi4j.KpiDataException;

/**
 * Reads and writes tidy facts with Spark, as CSV (the format of {@code FactsCsv}: a header row, UTF-8,
 * RFC 4180 quoting) and Parquet, in one explicit schema: {@link #schema()}.
 *
 * <p>Every field is text, as printed: a value keeps its decimals ({@code 61400.30} is not
 * {@code 61400.3}: the rounding a check allows for depends on them), a period stays a label
 * ({@code 2024} is not the number 2024), a date is checked by kpi4j's rules, which name the row,
 * rather than turned into null by a cast. Nothing is inferred. A file's columns must be tidy
 * fields (any order, any subset that includes the required ones), as for {@code FactsCsv}; Parquet
 * may hold {@code value}, {@code reported_change_pct} and {@code reported_cagr_pct} as numbers and
 * {@code as_of} as a date, which the operations of {@link SparkKpi} accept as they are.
 *
 * <pre>{@code
 * Dataset<Row> facts = SparkFacts.readCsv(spark, "facts.csv");    // or "s3a://bucket/facts/*.csv"
 * SparkFacts.writeParquet(facts, "facts.parquet", SaveMode.Overwrite);
 * SparkFacts.writeCsv(SparkKpi.standard().yoy(facts, GrowthConvention.FILING), "yoy", SaveMode.Overwrite);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SparkFacts {

    private static final StructType SCHEMA;

    static {
        List<StructField> f = new ArrayList<>();
        for (String name : FactColumns.FIELDS) {
            f.add(DataTypes.createStructField(name, DataTypes.StringType, true));
        }
        SCHEMA = new StructType(f.toArray(new StructField[0]));
    }

    private static final Set<String> NUMERIC = Set.of("value", "reported_change_pct", "reported_cagr_pct");

    private SparkFacts() {
    }

    /**
     * Returns the tidy facts schema: the fields of {@link FactColumns#FIELDS} in that order, each a
     * nullable string.
     *
     * <pre>{@code
     * Dataset<Row> none = spark.createDataFrame(List.of(), SparkFacts.schema());
     * }</pre>
     *
     * @return the schema, not null
     */
    public static StructType schema() {
        return SCHEMA;
    }

    /**
     * Reads tidy facts CSV: one file, a directory or a glob, each file with a header row of tidy
     * fields (the same in every file). Columns a file lacks are null. A malformed row fails the read
     * rather than becoming nulls (Spark's FAILFAST mode); quotes are RFC 4180's ({@code ""} inside a
     * quoted field).
     *
     * <pre>{@code
     * Dataset<Row> facts = SparkFacts.readCsv(spark, "facts.csv");
     * facts.first().getAs("value");   // "10": the figure as printed
     * }</pre>
     *
     * @param spark the session, not null
     * @param paths the files, directories or globs, at least one, not null
     * @return the facts in {@link #schema()}, not null
     * @throws KpiDataException if the header names an unknown field or lacks a required one
     */
    public static Dataset<Row> readCsv(SparkSession spark, String... paths) {
        Objects.requireNonNull(spark, "spark");
        checkPaths(paths);
        // the header alone (Spark reads one line of the first file to name the columns)
        String[] header = csv(spark).csv(paths).columns();
        String source = String.join(", ", paths);
        check(source, Arrays.asList(header));
        List<StructField> f = new ArrayList<>();
        for (String h : header) {
            f.add(DataTypes.createStructField(h, DataTypes.StringType, true));
        }
        // enforceSchema=false: every file's header is checked against these names
        Dataset<Row> raw = csv(spark).schema(new StructType(f.toArray(new StructField[0])))
                .option("enforceSchema", "false").csv(paths);
        return conform(raw);
    }

    /**
     * Reads tidy facts Parquet.
     *
     * <pre>{@code
     * SparkFacts.writeParquet(facts, "facts.parquet", SaveMode.Overwrite);
     * Dataset<Row> back = SparkFacts.readParquet(spark, "facts.parquet");
     * }</pre>
     *
     * @param spark the session, not null
     * @param paths the files or directories, at least one, not null
     * @return the facts: the columns of {@link #schema()}, text or (value, reported_*, as_of) the
     *     file's numbers and dates; columns the file lacks are null; not null
     * @throws KpiDataException if a column is not a tidy field, a required one is missing, or a
     *     column's type cannot hold its field
     */
    public static Dataset<Row> readParquet(SparkSession spark, String... paths) {
        Objects.requireNonNull(spark, "spark");
        checkPaths(paths);
        Dataset<Row> raw = spark.read().parquet(paths);
        check(String.join(", ", paths), Arrays.asList(raw.columns()));
        for (StructField f : raw.schema().fields()) {
            if (!fits(f.name(), f.dataType())) {
                throw KpiDataException.at(String.join(", ", paths), 0, f.name(), f.dataType().simpleString(),
                        f.name() + " is stored as " + f.dataType().simpleString() + "; expected "
                                + (NUMERIC.contains(f.name()) ? "string, a number or decimal"
                                        : f.name().equals("as_of") ? "string or date" : "string"));
            }
        }
        return conform(raw);
    }

    /**
     * Writes rows (facts, or an operation's result) as CSV with a header row, RFC 4180 quoting and
     * UTF-8, one file per partition in the directory {@code path}.
     *
     * <pre>{@code
     * SparkFacts.writeCsv(kpi.ttm(facts).coalesce(1), "ttm", SaveMode.Overwrite);   // ttm/part-00000-….csv
     * }</pre>
     *
     * @param rows the rows, not null
     * @param path the output directory, not null
     * @param mode what to do when it exists, not null
     */
    public static void writeCsv(Dataset<Row> rows, String path, SaveMode mode) {
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(mode, "mode");
        rows.write().mode(mode).option("header", "true").option("quote", "\"").option("escape", "\"")
                .option("encoding", "UTF-8").option("emptyValue", "").csv(path);
    }

    /**
     * Writes rows as Parquet in the directory {@code path}.
     *
     * <pre>{@code
     * SparkFacts.writeParquet(kpi.yoy(facts, GrowthConvention.FILING), "yoy.parquet", SaveMode.Overwrite);
     * }</pre>
     *
     * @param rows the rows, not null
     * @param path the output directory, not null
     * @param mode what to do when it exists, not null
     */
    public static void writeParquet(Dataset<Row> rows, String path, SaveMode mode) {
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(mode, "mode");
        rows.write().mode(mode).parquet(path);
    }

    private static org.apache.spark.sql.DataFrameReader csv(SparkSession spark) {
        return spark.read().option("header", "true").option("inferSchema", "false").option("mode", "FAILFAST")
                .option("quote", "\"").option("escape", "\"").option("encoding", "UTF-8");
    }

    private static void checkPaths(String[] paths) {
        Objects.requireNonNull(paths, "paths");
        if (paths.length == 0) {
            throw new IllegalArgumentException("paths must name at least one file");
        }
    }

    /** FactsCsv's header rules: tidy fields only, the required ones present. */
    private static void check(String source, List<String> header) {
        for (String h : header) {
            if (!FactColumns.FIELDS.contains(h)) {
                throw KpiDataException.at(source, 1, h, h, "unknown column '" + h + "'; expected columns "
                        + String.join(", ", FactColumns.FIELDS));
            }
        }
        for (String r : FactColumns.REQUIRED) {
            if (!header.contains(r) && !(r.equals("value") && header.contains("reported_cagr_pct"))) {
                throw KpiDataException.at(source, 1, r, null, "the header lacks the required column '" + r
                        + "' (required: " + String.join(", ", FactColumns.REQUIRED) + ")");
            }
        }
    }

    private static boolean fits(String field, DataType t) {
        if (t.equals(DataTypes.StringType)) {
            return true;
        }
        if (NUMERIC.contains(field)) {
            return t.equals(DataTypes.DoubleType) || t.equals(DataTypes.FloatType) || t.equals(DataTypes.LongType)
                    || t.equals(DataTypes.IntegerType) || t instanceof DecimalType;
        }
        return field.equals("as_of") && t.equals(DataTypes.DateType);
    }

    /** The columns of the schema in its order, absent ones as null text. */
    private static Dataset<Row> conform(Dataset<Row> raw) {
        List<String> have = Arrays.asList(raw.columns());
        List<Column> cols = new ArrayList<>();
        for (String f : FactColumns.FIELDS) {
            cols.add(have.contains(f) ? BySeries.column(f) : functions.lit(null).cast(DataTypes.StringType).as(f));
        }
        return raw.select(cols.toArray(new Column[0]));
    }
}

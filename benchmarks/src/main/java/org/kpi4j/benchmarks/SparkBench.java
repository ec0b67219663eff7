package org.kpi4j.benchmarks;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.first;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.kpi4j.datasets.SyntheticPanel;
import org.kpi4j.growth.GrowthConvention;
import org.kpi4j.io.PanelCsv;
import org.kpi4j.series.KpiPanel;
import org.kpi4j.series.SeriesKey;
import org.kpi4j.spark.SparkFacts;
import org.kpi4j.spark.SparkKpi;

/**
 * The Spark path next to {@link KpiPanel} on the same facts, in one JVM and one run, so that the
 * ratios compare like with like on this machine: {@code SparkBench [entities=12500] [metrics=8]
 * [quarters=100] [repeats=3]} writes {@code SyntheticPanel}'s tidy CSV (seed 42; 12,500 × 8 × 100 is
 * the 10M-point panel of {@code PanelBench}), then times, best of {@code repeats}:
 *
 * <ul>
 *   <li>one machine: {@code PanelCsv.read} + {@code yoy(FILING)}, and {@code yoy} alone on the panel
 *       in memory;</li>
 *   <li>Spark ({@code local[2]}): session start; {@code SparkFacts.readCsv} + {@code SparkKpi.yoy} +
 *       {@code count()}; the same from Parquet; {@code yoy} of cached facts; {@code ytdToDiscrete}
 *       of cached facts; and, as a reference, YoY of the cached discrete quarters two ways:
 *       {@code SparkKpi.yoy} and a window over the quarter ordinal ({@code RANGE BETWEEN 4 PRECEDING
 *       AND 4 PRECEDING}, the filing formula in Spark SQL).</li>
 * </ul>
 *
 * <p>Every Spark result is checked equal to the core's, cell by cell, through an order-independent
 * 64-bit checksum of (series, quarter, value bits) and the count of cells; a mismatch stops the run.
 */
public final class SparkBench {

    private SparkBench() {
    }

    public static void main(String[] args) throws IOException {
        int entities = args.length > 0 ? Integer.parseInt(args[0]) : 12_500;
        int metrics = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int quarters = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        int repeats = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        Path dir = Files.createTempDirectory("kpi4j-spark-bench");
        Path csv = dir.resolve("facts.csv");
        long facts = SyntheticPanel.writeTidyCsv(csv, 42, entities, metrics, quarters);
        System.out.printf(Locale.ROOT, "%s: %,d facts (%,d series x %d quarters), %,d MB%n", csv, facts,
                (long) entities * metrics, quarters, Files.size(csv) >> 20);
        List<String> rows = new ArrayList<>();

        // one machine
        KpiPanel[] panel = new KpiPanel[1];
        double coreCsv = best(repeats, () -> {
            panel[0] = PanelCsv.read(csv);
            return sum(panel[0].yoy(GrowthConvention.FILING));
        });
        KpiPanel yoy = panel[0].yoy(GrowthConvention.FILING);
        long coreSum = sum(yoy);
        long coreCells = cells(yoy);
        double coreOp = best(Math.max(repeats, 5), () -> cells(panel[0].yoy(GrowthConvention.FILING)));
        long discreteSum = sum(panel[0]);
        rows.add(row("KpiPanel: PanelCsv.read + yoy", coreCsv));
        rows.add(row("KpiPanel: yoy of the panel in memory", coreOp));

        // Spark
        long t0 = System.nanoTime();
        SparkSession spark = SparkSession.builder().master("local[2]").appName("kpi4j-spark-bench")
                .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1").getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        spark.range(1).count();
        double start = (System.nanoTime() - t0) / 1e9;
        rows.add(row("Spark: session start and a first job", start));
        SparkKpi kpi = SparkKpi.standard();
        String parquet = dir.resolve("facts.parquet").toString();
        SparkFacts.writeParquet(SparkFacts.readCsv(spark, csv.toString()), parquet, SaveMode.Overwrite);

        check("yoy from CSV", kpi.yoy(SparkFacts.readCsv(spark, csv.toString()), GrowthConvention.FILING),
                coreSum, coreCells);
        rows.add(row("Spark: readCsv + yoy + count", best(repeats, () ->
                kpi.yoy(SparkFacts.readCsv(spark, csv.toString()), GrowthConvention.FILING).count())));
        rows.add(row("Spark: readParquet + yoy + count", best(repeats, () ->
                kpi.yoy(SparkFacts.readParquet(spark, parquet), GrowthConvention.FILING).count())));
        Dataset<Row> cached = SparkFacts.readParquet(spark, parquet).cache();
        cached.count();
        rows.add(row("Spark: yoy of cached facts + count", best(repeats, () ->
                kpi.yoy(cached, GrowthConvention.FILING).count())));
        rows.add(row("Spark: ytdToDiscrete of cached facts + count", best(repeats, () ->
                kpi.ytdToDiscrete(cached).count())));
        Dataset<Row> discrete = kpi.ytdToDiscrete(cached).cache();
        check("ytdToDiscrete", discrete, discreteSum, cells(panel[0]));
        check("yoy of discrete", kpi.yoy(discrete, GrowthConvention.FILING), coreSum, coreCells);
        check("window yoy of discrete", windowYoy(kpi, discrete), coreSum, coreCells);
        rows.add(row("Spark: yoy of cached discrete quarters (mapPartitions)", best(repeats, () ->
                kpi.yoy(discrete, GrowthConvention.FILING).count())));
        rows.add(row("Spark: yoy of cached discrete quarters (RANGE window)", best(repeats, () ->
                windowYoy(kpi, discrete).count())));
        spark.stop();
        // the CSV (~460 MB at 10M facts) and its Parquet copy
        try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }

        System.out.printf(Locale.ROOT, "%n%-58s %9s %12s %12s%n", "best of " + repeats + " (s)", "time",
                "vs read+yoy", "vs yoy");
        for (String r : rows) {
            String[] p = r.split("\t");
            double t = Double.parseDouble(p[1]);
            System.out.printf(Locale.ROOT, "%-58s %9.3f %11.1fx %11.0fx%n", p[0], t, t / coreCsv, t / coreOp);
        }
        System.out.printf(Locale.ROOT, "every Spark result equals the core's: %,d YoY cells, checksum %016x%n",
                coreCells, coreSum);
    }

    /**
     * YoY as a window over the quarter ordinal: the base is the row whose ordinal is exactly four
     * less (a RANGE frame, so a missing quarter gives no base), the filing formula (v − b) / |b|,
     * nothing from a zero base.
     */
    private static Dataset<Row> windowYoy(SparkKpi kpi, Dataset<Row> discrete) {
        WindowSpec w = Window.partitionBy("entity", "metric", "segment").orderBy("q").rangeBetween(-4, -4);
        return discrete.withColumn("q", kpi.quarterOrdinal(col("period")))
                .withColumn("b", first(col("value")).over(w))
                .where(col("b").isNotNull().and(col("b").notEqual(0)))
                .select(col("entity"), col("metric"), col("segment"), col("period"),
                        col("value").minus(col("b")).divide(abs(col("b"))).as("value"),
                        col("unit"));
    }

    private static void check(String what, Dataset<Row> result, long sum, long cells) {
        long n = result.count();
        long s = result.javaRDD().map(r -> mix(r.getString(0), r.getString(1), r.getString(2), r.getString(3),
                r.getDouble(4))).reduce(Long::sum);
        if (n != cells || s != sum) {
            throw new IllegalStateException(what + ": Spark gives " + n + " cells (checksum " + Long.toHexString(s)
                    + "), the core " + cells + " (" + Long.toHexString(sum) + ")");
        }
    }

    /** The order-independent checksum of a panel's present cells. */
    private static long sum(KpiPanel p) {
        long s = 0;
        for (int i = 0; i < p.seriesCount(); i++) {
            SeriesKey k = p.key(i);
            double[] v = p.row(i);
            for (int c = 0; c < v.length; c++) {
                if (!Double.isNaN(v[c])) {
                    s += mix(k.entity(), k.metric(), k.segment(), p.quarter(c).toString(), v[c]);
                }
            }
        }
        return s;
    }

    private static long cells(KpiPanel p) {
        long n = 0;
        for (int i = 0; i < p.seriesCount(); i++) {
            for (double v : p.row(i)) {
                n += Double.isNaN(v) ? 0 : 1;
            }
        }
        return n;
    }

    private static long mix(String entity, String metric, String segment, String period, double value) {
        long h = ((entity.hashCode() * 31L + metric.hashCode()) * 31 + segment.hashCode()) * 31 + period.hashCode();
        h = h * 0x9E3779B97F4A7C15L ^ Double.doubleToRawLongBits(value);
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }

    private static double best(int repeats, LongSupplier run) {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < repeats; i++) {
            long t = System.nanoTime();
            run.getAsLong();
            best = Math.min(best, (System.nanoTime() - t) / 1e9);
        }
        return best;
    }

    private static String row(String name, double seconds) {
        System.out.printf(Locale.ROOT, "%-58s %9.3f s%n", name, seconds);
        return name + "\t" + seconds;
    }
}

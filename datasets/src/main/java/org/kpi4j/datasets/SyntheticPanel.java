package org.kpi4j.datasets;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.kpi4j.series.SeriesKey;
import org.kpi4j.metric.Metric;
import org.kpi4j.metric.MetricCatalog;
import org.kpi4j.metric.MetricKind;
import org.kpi4j.series.KpiPanel;
import org.kpi4j.series.KpiPanelBuilder;
import org.kpi4j.series.Transform;
import org.kpi4j.time.Period;
import org.kpi4j.unit.Unit;

/**
 * A reproducible, seeded generator of synthetic financial-KPI panels for tests and benchmarks:
 * N entities × M metrics × Q quarters, with the features of real filings.
 *
 * <ul>
 *   <li><b>Flows</b> ({@code revenue, net_profit, operating_cash_flow, gross_profit, rd_expense})
 *       are reported <b>year-to-date</b>: the column of Q2 holds H1, Q3 holds Q1-Q3, Q4 the year.
 *       {@link KpiPanel#toDiscreteQuarters()} turns those rows back into discrete quarters.</li>
 *   <li><b>Stocks</b> ({@code total_assets, total_liabilities, receivables}) are balance-sheet
 *       instants at quarter end.</li>
 *   <li>Seasonality, trend and noise; profit-like metrics ({@code net_profit, operating_cash_flow})
 *       have loss spells and turnarounds (negative values, sign changes).</li>
 *   <li>Gaps: about 2% of points are missing (NaN) at random, and about 5% of series start late (as
 *       after a listing), missing their first quarters.</li>
 * </ul>
 *
 * <p>Metric {@code j} is {@code METRICS[j % 8]}, with a suffix {@code _k} for {@code k = j / 8 > 0}
 * (such metrics are not in the standard catalog; the CSV carries their basis so that
 * {@link org.kpi4j.io.FactsCsv} infers their kind). Entities are {@code E000000, E000001, ...}; the
 * unit is 万元; the axis ends at 2024Q4 (so {@code quarters} divisible by 4 starts on a Q1). Series
 * are ordered entity-major: series {@code e * metrics + j}. Every series is generated from its own
 * random stream derived from the seed, so the result does not depend on thread scheduling.
 *
 * <pre>{@code
 * KpiPanel reported = SyntheticPanel.generate(42, 1_000, 8, 40);     // 8,000 series × 40 quarters
 * KpiPanel growth = reported.toDiscreteQuarters().yoy(GrowthConvention.FILING);
 * long facts = SyntheticPanel.writeTidyCsv(Path.of("facts.csv"), 42, 1_000, 8, 40);
 * FactSet back = FactsCsv.read(Path.of("facts.csv"));             // back.size() == facts
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SyntheticPanel {

    /** The base metric ids, in the order they are assigned; the first five are flows. */
    public static final String[] METRICS = {"revenue", "net_profit", "operating_cash_flow", "gross_profit",
        "rd_expense", "total_assets", "total_liabilities", "receivables"};

    private static final int FLOWS = 5;
    private static final Period LAST = Period.quarter(2024, 4);

    private SyntheticPanel() {
    }

    /**
     * Generates a panel as reported: flows year-to-date, stocks at quarter end, NaN for gaps.
     *
     * @param seed the seed; the same seed and sizes give the same panel
     * @param entities the number of entities, 1 or more
     * @param metrics the number of metrics per entity, 1 or more
     * @param quarters the number of quarters, 1 or more
     * @return the panel of {@code entities * metrics} series, not null
     * @throws IllegalArgumentException if a size is out of range or the panel exceeds 2^31 − 1 points
     */
    public static KpiPanel generate(long seed, int entities, int metrics, int quarters) {
        double[][] rows = rows(seed, entities, metrics, quarters);
        KpiPanelBuilder b = KpiPanel.builder(firstQuarter(quarters), quarters);
        for (int e = 0; e < entities; e++) {
            String entity = entity(e);
            for (int j = 0; j < metrics; j++) {
                Metric m = metricOf(j);
                b.add(SeriesKey.of(entity, m.id()), m, Unit.WAN_YUAN, isFlow(j) ? Transform.YEAR_TO_DATE
                        : Transform.REPORTED, rows[e * metrics + j]);
                rows[e * metrics + j] = null;
            }
        }
        return b.build();
    }

    /** The metric of index j: a standard one, or one of its kind under the suffixed id. */
    private static Metric metricOf(int j) {
        String id = metric(j);
        return MetricCatalog.standard().get(id).orElseGet(() -> Metric.of(id, id, id,
                isFlow(j) ? MetricKind.FLOW : MetricKind.STOCK, Metric.UnitFamily.MONEY));
    }

    /**
     * Writes the panel {@link #generate(long, int, int, int)} returns as tidy CSV readable by
     * {@link org.kpi4j.io.FactsCsv}: columns {@code entity,metric,segment,period,basis,value,unit}, one
     * row per present value; flows as {@code 2024Q3,ytd}, stocks as {@code 2024Q3,instant}.
     *
     * @param file the file to write (replaced), not null
     * @param seed the seed
     * @param entities the number of entities, 1 or more
     * @param metrics the number of metrics per entity, 1 or more
     * @param quarters the number of quarters, 1 or more
     * @return the number of facts (data rows) written
     * @throws UncheckedIOException if the file cannot be written
     */
    public static long writeTidyCsv(Path file, long seed, int entities, int metrics, int quarters) {
        Objects.requireNonNull(file, "file");
        double[][] rows = rows(seed, entities, metrics, quarters);
        int first = firstQuarter(quarters).endQuarterIndex();
        String[] periods = new String[quarters];
        for (int t = 0; t < quarters; t++) {
            periods[t] = Period.ofQuarterIndex(first + t).toString();
        }
        long n = 0;
        StringBuilder sb = new StringBuilder(128);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("entity,metric,segment,period,basis,value,unit\n");
            for (int e = 0; e < entities; e++) {
                String entity = entity(e);
                for (int j = 0; j < metrics; j++) {
                    String metric = metric(j);
                    String basis = isFlow(j) ? "ytd" : "instant";
                    double[] v = rows[e * metrics + j];
                    for (int t = 0; t < quarters; t++) {
                        if (Double.isNaN(v[t])) {
                            continue;
                        }
                        sb.setLength(0);
                        sb.append(entity).append(',').append(metric).append(",,").append(periods[t]).append(',')
                                .append(basis).append(',').append(v[t]).append(",万元\n");
                        w.append(sb);
                        n++;
                    }
                }
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return n;
    }

    /**
     * Says whether metric {@code j} is a flow (reported year-to-date) rather than a stock.
     *
     * @param metric the metric index, 0 or more
     * @return true for a flow
     */
    public static boolean isFlow(int metric) {
        return Math.floorMod(metric, METRICS.length) < FLOWS;
    }

    /**
     * Returns the id of metric {@code j}.
     *
     * @param metric the metric index, 0 or more
     * @return the id, not null
     */
    public static String metric(int metric) {
        String base = METRICS[metric % METRICS.length];
        int k = metric / METRICS.length;
        return k == 0 ? base : base + "_" + k;
    }

    /**
     * Returns the first quarter of the axis of a panel of this many quarters (the axis ends at 2024Q4).
     *
     * @param quarters the number of quarters, 1 or more
     * @return the first quarter, not null
     */
    public static Period firstQuarter(int quarters) {
        if (quarters < 1) {
            throw new IllegalArgumentException("quarters must be >= 1 but was " + quarters);
        }
        return Period.ofQuarterIndex(LAST.endQuarterIndex() - quarters + 1);
    }

    private static String entity(int e) {
        return String.format("E%06d", e);
    }

    private static double[][] rows(long seed, int entities, int metrics, int quarters) {
        if (entities < 1 || metrics < 1 || quarters < 1) {
            throw new IllegalArgumentException("entities, metrics and quarters must be >= 1 but were " + entities
                    + ", " + metrics + ", " + quarters);
        }
        if ((long) entities * metrics * quarters > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("the panel would exceed 2^31 - 1 points");
        }
        int q0 = Math.floorMod(firstQuarter(quarters).endQuarterIndex(), 4);
        double[][] rows = new double[entities * metrics][];
        IntStream.range(0, entities).parallel().forEach(e -> {
            // one stream per entity (for shared scale), one per series derived from it
            SplittableRandom er = new SplittableRandom(mix(seed, e));
            double scale = Math.exp(8 + 2.5 * er.nextDouble()); // about 3,000 to 36,000 万元 a quarter
            for (int j = 0; j < metrics; j++) {
                // hashed twice: a seed of the form f(seed, j) + g(e) would give (e, j) and (e + 1, j - 1)
                // the same stream
                SplittableRandom r = new SplittableRandom(mix(mix(seed, e), j));
                rows[e * metrics + j] = series(r, scale, j, quarters, q0);
            }
        });
        return rows;
    }

    private static double[] series(SplittableRandom r, double scale, int j, int n, int q0) {
        double[] out = new double[n];
        int base = j % METRICS.length;
        double growth = 0.005 + 0.03 * r.nextGaussian(); // per quarter
        double level = scale * (0.5 + r.nextDouble());
        double[] season = {0.85 + 0.1 * r.nextDouble(), 0.95 + 0.1 * r.nextDouble(), 0.95 + 0.1 * r.nextDouble(),
            1.1 + 0.2 * r.nextDouble()};
        int start = r.nextDouble() < 0.05 ? r.nextInt(Math.max(1, n / 2) + 1) : 0;
        boolean profitLike = base == 1 || base == 2;
        if (base < FLOWS) {
            double margin = base == 0 ? 1 : base == 3 ? 0.3 : base == 4 ? 0.05 : 0.08 + 0.05 * r.nextGaussian();
            double ytd = 0;
            for (int t = 0; t < n; t++) {
                int fq = (q0 + t) % 4;
                if (fq == 0) {
                    ytd = 0;
                }
                level *= Math.exp(growth + 0.03 * r.nextGaussian());
                if (profitLike) {
                    // margin drifts; occasional shocks give loss spells and turnarounds
                    margin += 0.01 * r.nextGaussian() + (r.nextDouble() < 0.03 ? -0.15 : 0)
                            + (margin < 0 && r.nextDouble() < 0.2 ? 0.1 : 0);
                }
                double q = round2(level * season[fq] * margin * (1 + 0.05 * r.nextGaussian()));
                ytd = round2(ytd + q);
                out[t] = ytd;
            }
        } else {
            double ratio = base == 5 ? 3 : base == 6 ? 1.6 + r.nextDouble() : 0.4;
            for (int t = 0; t < n; t++) {
                level *= Math.exp(growth * 0.8 + 0.02 * r.nextGaussian());
                out[t] = round2(level * ratio * (1 + 0.01 * r.nextGaussian()));
            }
        }
        for (int t = 0; t < n; t++) {
            if (t < start || r.nextDouble() < 0.02) {
                out[t] = Double.NaN;
            }
        }
        return out;
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static long mix(long seed, long i) {
        long z = seed + 0x9E3779B97F4A7C15L * (i + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}

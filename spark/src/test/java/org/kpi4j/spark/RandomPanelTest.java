package org.kpi4j.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Month;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kpi4j.growth.GrowthConvention;
import org.kpi4j.metric.MetricCatalog;
import org.kpi4j.series.KpiPanel;
import org.kpi4j.series.PanelLayout;
import org.kpi4j.series.SeriesKey;
import org.kpi4j.time.FiscalCalendar;

/**
 * Property test: on seeded random facts (a few hundred series with gaps, zero and negative bases,
 * year-to-date filings under every label, restated vintages, stocks dated or labelled, ratios,
 * a per-share flow, metrics outside the catalog, a parent segment, fiscal years ending in December,
 * in March and on the last Saturday of September (52/53 weeks, Apple's calendar)) every operation gives
 * on Spark exactly the cells the core gives on one machine: the same cells present, in the same
 * units (a ratio's change in pp), the same doubles bit for bit, the same series left out with the
 * same notes. The expected cells come from io and core without Spark, by two routes:
 * PanelCsv.read then KpiPanel's operation (which the Spark path must equal), and, as a second
 * opinion on that expectation, FactsCsv.read → FactSet → KpiSeries → KpiPanel.of then the
 * operation, on every series, restated ones included (both routes leave out a figure of a restated
 * fiscal year that was last filed before the restatement). Larger and more cases with
 * -Dkpi4j.spark.large=true.
 */
class RandomPanelTest {

    private static final boolean LARGE = Boolean.getBoolean("kpi4j.spark.large");

    @TempDir
    static Path dir;

    static Stream<Arguments> cases() {
        Stream<Arguments> base = Stream.of(
                Arguments.of(7L, FiscalCalendar.endingIn(Month.MARCH), 300, PanelLayout.QUARTERLY),
                Arguments.of(20240917L, FiscalCalendar.calendarYear(), 300, PanelLayout.AS_REPORTED),
                Arguments.of(53L, FiscalCalendar.lastWeekday(DayOfWeek.SATURDAY, Month.SEPTEMBER).withExtraWeekIn(1),
                        150, PanelLayout.QUARTERLY));
        if (!LARGE) {
            return base;
        }
        return Stream.concat(base, Stream.of(
                Arguments.of(10L, FiscalCalendar.calendarYear(), 300, PanelLayout.QUARTERLY),
                Arguments.of(11L, FiscalCalendar.endingIn(Month.JUNE), 3_000, PanelLayout.QUARTERLY),
                Arguments.of(12L, FiscalCalendar.endingIn(Month.SEPTEMBER), 3_000, PanelLayout.AS_REPORTED),
                Arguments.of(13L, FiscalCalendar.calendarYear(), 20_000, PanelLayout.QUARTERLY)));
    }

    @ParameterizedTest(name = "seed {0}, {1}, {2} series, {3}")
    @MethodSource("cases")
    void everyOperation_equalsTheCore_cellByCell(long seed, FiscalCalendar calendar, int series, PanelLayout layout)
            throws IOException {
        String csv = RandomFacts.csv(seed, series, calendar);
        Path file = dir.resolve("random-" + seed + ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        Dataset<Row> facts = SparkFacts.readCsv(LocalSpark.session(), file.toString());
        SparkKpi kpi = SparkKpi.of(MetricCatalog.standard(), calendar).withLayout(layout);
        KpiPanel panel = CorePaths.panelCsv(csv, calendar, layout);
        // the series route gives discrete quarters: a second opinion on the quarterly layout only
        KpiPanel viaSeries = layout == PanelLayout.QUARTERLY ? CorePaths.seriesPanel(csv, calendar) : null;
        Set<SeriesKey> restated = CorePaths.restated(CorePaths.factSet(csv, calendar));

        // every operation in one Spark job (a union tagged by operation), to keep the suite quick
        Map<String, Dataset<Row>> spark = new java.util.LinkedHashMap<>();
        Map<String, UnaryOperator<KpiPanel>> core = new java.util.LinkedHashMap<>();
        spark.put("discrete", kpi.ytdToDiscrete(facts));
        core.put("discrete", KpiPanel::toDiscreteQuarters);
        for (GrowthConvention c : GrowthConvention.values()) {
            spark.put("yoy " + c, kpi.yoy(facts, c));
            core.put("yoy " + c, p -> p.yoy(c));
        }
        spark.put("qoq", kpi.qoq(facts, GrowthConvention.FILING));
        core.put("qoq", p -> p.qoq(GrowthConvention.FILING));
        spark.put("ttm", kpi.ttm(facts));
        core.put("ttm", KpiPanel::ttm);
        Dataset<Row> all = null;
        for (Map.Entry<String, Dataset<Row>> e : spark.entrySet()) {
            Dataset<Row> tagged = e.getValue().withColumn("op", functions.lit(e.getKey()));
            all = all == null ? tagged : all.union(tagged);
        }
        Map<String, List<Row>> byOp = new java.util.HashMap<>();
        for (Row r : all.collectAsList()) {
            byOp.computeIfAbsent(r.getString(7), k -> new java.util.ArrayList<>()).add(r);
        }
        for (String op : core.keySet()) {
            check(seed, op, byOp.getOrDefault(op, List.of()), panel, viaSeries, restated, core.get(op));
        }
    }

    private static void check(long seed, String op, List<Row> spark, KpiPanel panel, KpiPanel viaSeries,
            Set<SeriesKey> restated, UnaryOperator<KpiPanel> f) {
        // a YoY of figures kept year-to-date is labelled with its span (2024H1), as SparkKpi documents
        Map<String, Double> expected = CorePaths.cells(panel, f, op.startsWith("yoy"));
        assertThat(expected).as("seed %d, %s: the core's panel has cells to compare", seed, op).hasSizeGreaterThan(100);
        assertThat(CorePaths.diff(expected, CorePaths.cells(spark))).as("seed %d, %s: Spark vs core", seed, op).isEmpty();
        if (viaSeries != null) {
            assertThat(expected.size() - CorePaths.without(expected, restated).size())
                    .as("seed %d, %s: cells of restated series", seed, op).isGreaterThan(20);
            assertThat(CorePaths.diff(expected, CorePaths.cells(viaSeries, f, false)))
                    .as("seed %d, %s: FactSet/KpiSeries route vs PanelCsv route", seed, op).isEmpty();
        }
        // the series the operation leaves out (the TTM of stocks and ratios), with the core's words
        assertThat(CorePaths.notes(spark)).as("seed %d, %s: notes", seed, op)
                .containsExactlyInAnyOrderElementsOf(CorePaths.notes(panel, f));
    }
}

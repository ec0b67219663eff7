package org.kpi4j.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Month;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpi4j.growth.GrowthConvention;
import org.kpi4j.metric.MetricCatalog;
import org.kpi4j.time.FiscalCalendar;

/**
 * The panel operations on small facts whose results are worked out by hand (each expected value's
 * arithmetic is in the comment beside it).
 */
class SparkKpiTest {

    private static final double EXACT = 1e-12;

    @TempDir
    static Path dir;

    private static int files;

    /** Facts from CSV text, read as a user reads a file. */
    static Dataset<Row> facts(String csv) throws IOException {
        Path f = dir.resolve("facts-" + files++ + ".csv");
        Files.writeString(f, csv, StandardCharsets.UTF_8);
        return SparkFacts.readCsv(LocalSpark.session(), f.toString());
    }

    /** period → value of one series in a result. */
    static Map<String, Double> series(Dataset<Row> result, String entity, String metric) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (Row r : result.filter("note is null").orderBy("period").collectAsList()) {
            if (r.getString(0).equals(entity) && r.getString(1).equals(metric)) {
                m.put(r.getString(3), r.getDouble(4));
            }
        }
        return m;
    }

    @Test
    void ytdToDiscrete_differencesWithinTheFiscalYear() throws IOException {
        Dataset<Row> f = facts("entity,metric,period,basis,value,unit\n"
                + "acme,revenue,2023Q1,,10,万元\n"
                + "acme,revenue,2023H1,,25,万元\n"
                + "acme,revenue,2023Q3,ytd,45,万元\n"
                + "acme,revenue,2023,,70,万元\n"
                + "acme,revenue,2024Q1,,12,万元\n");
        Map<String, Double> d = series(SparkKpi.standard().ytdToDiscrete(f), "acme", "revenue");
        // Q2 = H1 − Q1 = 25 − 10; Q3 = 45 − 25; Q4 = 70 − 45; a new fiscal year starts again at Q1
        assertThat(d).containsExactly(Map.entry("2023Q1", 10.0), Map.entry("2023Q2", 15.0),
                Map.entry("2023Q3", 20.0), Map.entry("2023Q4", 25.0), Map.entry("2024Q1", 12.0));
    }

    @Test
    void yoy_acrossMissingQuarter_isEmpty_whereLagOverRowsComparesTheWrongQuarter() throws IOException {
        // 2023Q2 was never filed
        Dataset<Row> f = facts("entity,metric,period,value,unit\n"
                + "acme,net_profit,2023Q1,100,元\n"
                + "acme,net_profit,2023Q3,120,元\n"
                + "acme,net_profit,2023Q4,130,元\n"
                + "acme,net_profit,2024Q1,110,元\n"
                + "acme,net_profit,2024Q2,90,元\n"
                + "acme,net_profit,2024Q3,132,元\n"
                + "acme,net_profit,2024Q4,143,元\n");
        Map<String, Double> yoy = series(SparkKpi.standard().yoy(f, GrowthConvention.FILING), "acme", "net_profit");
        // 2024Q1: 110/100 − 1; 2024Q3: 132/120 − 1; 2024Q4: 143/130 − 1; 2024Q2: its base 2023Q2 is missing
        assertThat(yoy).containsOnlyKeys("2024Q1", "2024Q3", "2024Q4");
        assertThat(yoy.get("2024Q1")).isCloseTo(0.1, within(EXACT));
        assertThat(yoy.get("2024Q3")).isCloseTo(0.1, within(EXACT));
        assertThat(yoy.get("2024Q4")).isCloseTo(0.1, within(EXACT));

        // the trap this avoids: lag(value, 4) over rows takes the fourth row back, not the quarter a
        // year back, so 2024Q2 is compared with 2023Q1 (90/100 − 1) and 2024Q1 gets nothing
        Dataset<Row> naive = f.withColumn("v", col("value").cast("double"))
                .withColumn("base", lag(col("v"), 4).over(Window.partitionBy("entity", "metric").orderBy("period")));
        Map<String, Row> byPeriod = new LinkedHashMap<>();
        naive.collectAsList().forEach(r -> byPeriod.put(r.getAs("period"), r));
        assertThat((Double) byPeriod.get("2024Q2").getAs("base")).isEqualTo(100.0);
        assertThat((Object) byPeriod.get("2024Q1").getAs("base")).isNull();
    }

    @Test
    void yoy_fromLossAndZeroBases_followsTheConvention() throws IOException {
        Dataset<Row> f = facts("entity,metric,period,value,unit\n"
                + "acme,net_profit,2023Q1,-10,元\n"
                + "acme,net_profit,2023Q2,0,元\n"
                + "acme,net_profit,2024Q1,5,元\n"
                + "acme,net_profit,2024Q2,5,元\n");
        SparkKpi kpi = SparkKpi.standard();
        // filing: (5 − (−10)) / |−10| = 1.5, as a report prints a narrowed loss turned profit
        assertThat(series(kpi.yoy(f, GrowthConvention.FILING), "acme", "net_profit"))
                .containsExactly(Map.entry("2024Q1", 1.5));
        // plain: (5 − (−10)) / −10 = −1.5, as pandas' pct_change gives
        assertThat(series(kpi.yoy(f, GrowthConvention.PLAIN), "acme", "net_profit"))
                .containsExactly(Map.entry("2024Q1", -1.5));
        // nm: no number from a base that is not positive; a zero base gives none under any convention
        assertThat(series(kpi.yoy(f, GrowthConvention.NM), "acme", "net_profit")).isEmpty();
    }

    @Test
    void fiscalYearEndingInMarch_placesDatesAndHalvesInFiscalQuarters() throws IOException {
        Dataset<Row> f = facts("entity,metric,period,value,unit\n"
                + "acme,total_assets,2023-06-30,100,万元\n"
                + "acme,total_assets,2024-06-30,120,万元\n"
                + "acme,revenue,2024Q1,10,万元\n"
                + "acme,revenue,2024H1,25,万元\n");
        SparkKpi march = SparkKpi.of(MetricCatalog.standard(), FiscalCalendar.endingIn(Month.MARCH));
        // with the year ending in March, June 30 closes the first fiscal quarter of the next fiscal
        // year: 2023-06-30 is 2024Q1; YoY 120/100 − 1
        assertThat(series(march.yoy(f, GrowthConvention.FILING), "acme", "total_assets"))
                .containsOnlyKeys("2025Q1").hasEntrySatisfying("2025Q1", v -> assertThat(v).isCloseTo(0.2,
                        within(EXACT)));
        // fiscal H1 2024 (April..September 2023) − Q1 = 25 − 10
        assertThat(series(march.ytdToDiscrete(f), "acme", "revenue"))
                .containsExactly(Map.entry("2024Q1", 10.0), Map.entry("2024Q2", 15.0));
        // on the calendar year the same dates are second quarters
        assertThat(series(SparkKpi.standard().ytdToDiscrete(f), "acme", "total_assets"))
                .containsOnlyKeys("2023Q2", "2024Q2");
    }

    @Test
    void weekBasedFiscalYear_placesQuarterEndDatesByTheCalendarTheExecutorsRebuild() throws IOException {
        // A year ending on the last Saturday of September, the extra week of a 53-week year in Q1
        // (Apple's). Fiscal 2021 ended 2021-09-25, so 2022Q2 ended 26 weeks later on 2022-03-26;
        // fiscal 2022 ended 2022-09-24 and 2023Q1 ran 14 weeks (2023 has 53), so 2023Q2 ended
        // 14 + 13 weeks later on 2023-04-01 — in April, which a month-end September calendar would
        // put in the third quarter.
        Dataset<Row> f = facts("entity,metric,period,value,unit\n"
                + "acme,total_assets,2022-03-26,100,亿元\n"
                + "acme,total_assets,2023-04-01,110,亿元\n"
                + "acme,revenue,2023Q1,30,亿元\n"
                + "acme,revenue,2023H1,50,亿元\n");
        SparkKpi weeks = SparkKpi.of(MetricCatalog.standard(),
                FiscalCalendar.lastWeekday(java.time.DayOfWeek.SATURDAY, Month.SEPTEMBER).withExtraWeekIn(1));
        // (110 − 100) / |100|, both second fiscal quarters
        assertThat(series(weeks.yoy(f, GrowthConvention.FILING), "acme", "total_assets"))
                .containsExactly(Map.entry("2023Q2", (110.0 - 100.0) / 100.0));
        // H1 − Q1 = 50 − 30
        assertThat(series(weeks.ytdToDiscrete(f), "acme", "revenue"))
                .containsExactly(Map.entry("2023Q1", 30.0), Map.entry("2023Q2", 20.0));
    }

    @Test
    void ttm_needsFourQuarters() throws IOException {
        Dataset<Row> f = facts("entity,metric,period,value,unit\n"
                + "acme,revenue,2023Q1,10,万元\n"
                + "acme,revenue,2023H1,25,万元\n"
                + "acme,revenue,2023Q1-Q3,45,万元\n"
                + "acme,revenue,2023,70,万元\n"
                + "acme,revenue,2024H1,30,万元\n");
        // 2023Q4: 10 + 15 + 20 + 25; 2024Q1 is missing, so no TTM ends at 2024Q1 or 2024Q2
        // (2024Q2 itself is missing: H1 − Q1 needs Q1)
        assertThat(series(SparkKpi.standard().ttm(f), "acme", "revenue")).containsExactly(Map.entry("2023Q4", 70.0));
    }

    @Test
    void results_doNotDependOnRowOrderPartitionsOrBatchSize() throws IOException {
        String csv = RandomFacts.csv(99, 120, FiscalCalendar.calendarYear());
        Dataset<Row> f = facts(csv);
        SparkKpi kpi = SparkKpi.standard();
        Map<String, Double> expected = CorePaths.cells(kpi.yoy(f, GrowthConvention.FILING));
        // rows shuffled over 7 partitions, and the core given three rows at a time (one series a batch)
        Dataset<Row> shuffled = f.orderBy(org.apache.spark.sql.functions.rand(5)).repartition(7);
        assertThat(CorePaths.diff(expected, CorePaths.cells(kpi.withBatchRows(3).yoy(shuffled,
                GrowthConvention.FILING)))).isEmpty();
        assertThat(expected).hasSizeGreaterThan(100);
    }
}

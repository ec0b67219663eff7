package org.kpi4j.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpi4j.fact.Fact;
import org.kpi4j.fact.FactSet;
import org.kpi4j.metric.MetricCatalog;
import org.kpi4j.reconcile.Reconciliation;
import org.kpi4j.time.FiscalCalendar;

/** reconcile, latestAsOf and filedBy: by hand on fixtures, and against FactSet and Reconciliation on random facts. */
class FactsOpsTest {

    @TempDir
    static Path dir;

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(FactsOpsTest.class.getResource(name).toURI());
    }

    private static Path write(String name, String csv) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, csv, StandardCharsets.UTF_8);
        return f;
    }

    /** A check row as the tuple kpi check prints, with the numbers as they are. */
    private static List<Object> tupleOf(Row r) {
        List<Object> t = new ArrayList<>();
        for (int i = 0; i < r.length(); i++) {
            t.add(r.get(i));
        }
        return t;
    }

    /** A row of kpi check --format csv (TidyRows.checks), numbers as doubles as in SparkKpi.checkSchema(). */
    private static List<Object> tupleOf(Map<String, Object> m) {
        List<Object> t = new ArrayList<>();
        for (String c : org.kpi4j.io.TidyRows.CHECK_COLUMNS) {
            Object v = m.get(c);
            t.add(v instanceof java.math.BigDecimal ? (List.of("computed_pct", "base_value", "implied_base").contains(c)
                    ? (Object) ((java.math.BigDecimal) v).doubleValue() : ((java.math.BigDecimal) v).toPlainString()) : v);
        }
        return t;
    }

    @Test
    void reconcile_checksEachPrintedFigure_asWorkedOutByHand() throws Exception {
        Dataset<Row> f = SparkFacts.readCsv(LocalSpark.session(), resource("checks.csv").toString());
        Map<String, Row> rows = new HashMap<>();
        for (Row r : SparkKpi.standard().reconcile(f).collectAsList()) {
            rows.put(r.getString(1) + " " + r.getString(5), r);
        }
        assertThat(rows).containsOnlyKeys("revenue change", "net_profit change", "capex change", "debt_ratio points",
                "net_profit_attributable flag", "compute cagr");
        // (148.27 − 100) / 100 = 48.27%
        Row rev = rows.get("revenue change");
        assertThat(rev.<String>getAs("status")).isEqualTo("ok");
        assertThat(rev.<Double>getAs("computed_pct")).isCloseTo(48.27, within(1e-9));
        // (50 − 40) / 40 = 25%, printed 20%
        assertThat(rows.get("net_profit change").<String>getAs("status")).isEqualTo("mismatch");
        assertThat(rows.get("net_profit change").<Double>getAs("computed_pct")).isCloseTo(25.0, within(1e-9));
        // no 2023 capex: the printed 10% implies a base of 11 / 1.1 = 10
        assertThat(rows.get("capex change").<String>getAs("status")).isEqualTo("unverifiable");
        assertThat(rows.get("capex change").<Double>getAs("implied_base")).isCloseTo(10.0, within(1e-9));
        // 55% − 50% = 5 points
        assertThat(rows.get("debt_ratio points").<String>getAs("status")).isEqualTo("ok");
        assertThat(rows.get("debt_ratio points").<Double>getAs("computed_pct")).isCloseTo(5.0, within(1e-9));
        // −5 to +10 is a turnaround (扭亏为盈)
        assertThat(rows.get("net_profit_attributable flag").<String>getAs("status")).isEqualTo("ok");
        // (3241.5 / 485.3)^(1/5) − 1 = 46.1999%, printed 46.2
        assertThat(rows.get("compute cagr").<String>getAs("status")).isEqualTo("ok");
        assertThat(rows.get("compute cagr").<Double>getAs("computed_pct")).isCloseTo(46.199924, within(1e-6));
    }

    @Test
    void reconcile_onRandomFacts_givesKpiChecksRows() throws IOException {
        long seed = 314;
        for (FiscalCalendar cal : List.of(FiscalCalendar.calendarYear(), FiscalCalendar.endingIn(Month.JUNE))) {
            String csv = RandomFacts.csv(seed, 300, cal);
            Dataset<Row> f = SparkFacts.readCsv(LocalSpark.session(), write("r-" + cal.yearEndMonth() + ".csv", csv)
                    .toString());
            // what kpi check computes: FactsCsv.read, then Reconciliation.check on the whole fact set
            List<List<Object>> expected = new ArrayList<>();
            for (Map<String, Object> r : org.kpi4j.io.TidyRows.checks(Reconciliation.check(CorePaths.factSet(csv, cal)))) {
                expected.add(tupleOf(r));
            }
            List<List<Object>> actual = new ArrayList<>();
            for (Row r : SparkKpi.of(MetricCatalog.standard(), cal).reconcile(f).collectAsList()) {
                actual.add(tupleOf(r));
            }
            assertThat(expected).as("seed %d: printed changes to check", seed).hasSizeGreaterThan(50);
            assertThat(actual).as("seed %d, %s", seed, cal).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void latestAsOf_keepsTheLatestReportOnOrBeforeTheDate() throws IOException {
        // one figure (2024Q1-Q3 revenue) in three reports, once labelled 2024Q3 with basis ytd
        Path f = write("vintages.csv", "entity,metric,period,basis,value,unit,as_of,source\n"
                + "acme,revenue,2024Q1-Q3,,44,万元,,preliminary\n"
                + "acme,revenue,2024Q1-Q3,,45,万元,2024-10-30,Q3 report\n"
                + "acme,revenue,2024Q3,ytd,46,万元,2025-04-28,restated in the annual report\n"
                + "acme,revenue,2024,,70,万元,2025-04-28,annual report\n");
        Dataset<Row> facts = SparkFacts.readCsv(LocalSpark.session(), f.toString());
        SparkKpi kpi = SparkKpi.standard();
        // before any dated report only the undated row is known
        assertThat(kpi.latestAsOf(facts, LocalDate.of(2024, 1, 1)).collectAsList())
                .extracting(r -> r.getAs("value"), r -> r.getAs("source")).containsExactly(tuple("44", "preliminary"));
        // at year end the Q3 report's figure; the annual report is not out yet
        assertThat(kpi.latestAsOf(facts, LocalDate.of(2024, 12, 31)).collectAsList())
                .extracting(r -> r.getAs("value"), r -> r.getAs("source")).containsExactly(tuple("45", "Q3 report"));
        // on the annual report's day (inclusive) its restated figure, under its own label, and the year
        assertThat(kpi.latestAsOf(facts, LocalDate.of(2025, 4, 28)).collectAsList())
                .extracting(r -> r.getAs("period"), r -> r.getAs("basis"), r -> r.getAs("value"))
                .containsExactlyInAnyOrder(tuple("2024Q3", "ytd", "46"), tuple("2024", null, "70"));
        assertThat(kpi.latestAsOf(facts, LocalDate.of(2025, 4, 28)).schema()).isEqualTo(SparkFacts.schema());
    }

    @Test
    void filedBy_keepsEveryVintage_soTheRestatementRuleApplies() throws IOException {
        // Apple's fiscal 2008 revenue (USD M, hand-made dates): the year 32,479 restated to 37,491 on
        // 2010-01-25, its Q1-Q3 24,584 never restated; one undated row, which no date can show filed
        Path f = write("restated.csv", "entity,metric,period,value,unit,as_of\n"
                + "apple,revenue,2008,32479,USD,2009-10-27\n"
                + "apple,revenue,2008Q1-Q3,24584,USD,2009-07-22\n"
                + "apple,revenue,2008,37491,USD,2010-01-25\n"
                + "apple,revenue,2009Q1,11880,USD,\n");
        Dataset<Row> facts = SparkFacts.readCsv(LocalSpark.session(), f.toString());
        SparkKpi kpi = SparkKpi.standard();
        assertThat(kpi.filedBy(facts, LocalDate.of(2010, 6, 30)).collectAsList()).hasSize(3);
        assertThat(kpi.filedBy(facts, LocalDate.of(2010, 6, 30)).schema()).isEqualTo(SparkFacts.schema());
        // filed by mid-2010: the year is restated, so the Q1-Q3 filed before is on the old basis and no
        // Q4 is derived (37,491 - 24,584 would be on no basis)
        assertThat(q4(kpi.ytdToDiscrete(kpi.filedBy(facts, LocalDate.of(2010, 6, 30))))).isEmpty();
        // one row per figure hides the restatement: latestAsOf is for looking at, not for the operations
        assertThat(q4(kpi.ytdToDiscrete(kpi.latestAsOf(facts, LocalDate.of(2010, 6, 30))))).containsExactly(12907.0);
        // filed by the end of 2009, both on the first basis: 32,479 - 24,584
        assertThat(q4(kpi.ytdToDiscrete(kpi.filedBy(facts, LocalDate.of(2009, 12, 31))))).containsExactly(7895.0);
    }

    private static List<Double> q4(Dataset<Row> result) {
        List<Double> v = new ArrayList<>();
        for (Row r : result.collectAsList()) {
            if ("2008Q4".equals(r.getAs("period"))) {
                v.add(r.getAs("value"));
            }
        }
        return v;
    }

    @Test
    void latestAsOf_onRandomFacts_equalsFactSetsLatest() throws IOException {
        long seed = 2718;
        FiscalCalendar cal = FiscalCalendar.endingIn(Month.MARCH);
        String csv = RandomFacts.csv(seed, 300, cal);
        Path file = write("latest.csv", csv);
        Dataset<Row> facts = SparkFacts.readCsv(LocalSpark.session(), file.toString());
        FactSet all = CorePaths.factSet(csv, cal);
        Random rnd = new Random(seed);
        for (int k = 0; k < 2; k++) {
            LocalDate date = LocalDate.of(2017 + rnd.nextInt(8), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
            // FactSet's answer: among the vintages known on the date, FactSet.latest of each figure
            FactSet known = all.filter(x -> x.asOf() == null || !x.asOf().isAfter(date));
            List<List<Object>> expected = new ArrayList<>();
            for (Fact x : known.facts()) {
                if (known.latest(x.key(), x.period()).orElseThrow() == x) {
                    expected.add(List.of(x.key(), x.period(), x.value(), String.valueOf(x.asOf())));
                }
            }
            // Spark's rows, read back by FactsCsv so that labels compare as periods
            Path out = dir.resolve("latest-" + k);
            SparkFacts.writeCsv(SparkKpi.of(MetricCatalog.standard(), cal).latestAsOf(facts, date).coalesce(1),
                    out.toString(), org.apache.spark.sql.SaveMode.Overwrite);
            Path part;
            try (var s = Files.list(out)) {
                part = s.filter(p -> p.getFileName().toString().endsWith(".csv")).findFirst().orElseThrow();
            }
            List<List<Object>> actual = new ArrayList<>();
            for (Fact x : CorePaths.factSet(Files.readString(part), cal).facts()) {
                actual.add(List.of(x.key(), x.period(), x.value(), String.valueOf(x.asOf())));
            }
            assertThat(expected).as("seed %d, %s: figures known", seed, date).hasSizeGreaterThan(100);
            assertThat(actual).as("seed %d, %s", seed, date).containsExactlyInAnyOrderElementsOf(expected);
        }
    }
}

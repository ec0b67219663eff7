package org.kpi4j.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.kpi4j.fact.FactSet;
import org.kpi4j.growth.GrowthConvention;
import org.kpi4j.growth.GrowthKind;
import org.kpi4j.growth.GrowthRow;
import org.kpi4j.reconcile.CheckReport;
import org.kpi4j.reconcile.CheckRow;
import org.kpi4j.reconcile.CheckStatus;
import org.kpi4j.reconcile.Reconciliation;
import org.kpi4j.series.KpiSeries;
import org.kpi4j.series.SeriesKey;
import org.kpi4j.time.FiscalCalendar;
import org.kpi4j.time.Period;
import org.kpi4j.unit.Unit;

/**
 * The readers on real filings, read where they lie (the system property {@code kpi4j.realData},
 * else {@code ../shared/data/real} beside the reactor root); skipped, saying so, when absent.
 * Expected figures are the filings' own (Apple's and Snowflake's 10-K/10-Q, as their EDGAR facts
 * carry them, and Apple's and Snowflake's quarterly results releases), or differences of them
 * computed by hand as the comments say.
 */
class RealFilingsIT {

    static Path real(String name) {
        String prop = System.getProperty("kpi4j.realData");
        Path dir = prop != null ? Path.of(prop) : null;
        if (dir == null || !Files.isDirectory(dir)) {
            Path here = Path.of(System.getProperty("user.dir")).toAbsolutePath();
            for (Path p = here; p != null; p = p.getParent()) {
                Path candidate = p.resolve("../shared/data/real").normalize();
                if (Files.isDirectory(candidate)) {
                    dir = candidate;
                    break;
                }
            }
        }
        Path file = dir == null ? null : dir.resolve(name);
        Assumptions.assumeTrue(file != null && Files.isRegularFile(file), "real filing " + name
                + " not found (kpi4j.realData=" + prop + ", or ../shared/data/real beside the project): skipped");
        return file;
    }

    static final String APPLE = "Apple Inc.";

    @Test
    void apple_discreteRevenue_everyQuarterFY2012ToFY2026Q1_acrossThreeConcepts() {
        FactSet f = EdgarFacts.read(real("CIK0000320193_apple_companyfacts.json"));
        assertThat(f.calendar()).isEqualTo(FiscalCalendar.lastWeekday(DayOfWeek.SATURDAY, Month.SEPTEMBER).withExtraWeekIn(1));
        KpiSeries q = f.series(APPLE, "revenue").toDiscreteQuarters();
        for (int i = Period.parse("2012Q1").endQuarterIndex(); i <= Period.parse("2026Q1").endQuarterIndex(); i++) {
            assertThat(q.get(Period.ofQuarterIndex(i))).as("revenue " + Period.ofQuarterIndex(i)).isPresent();
        }
        // fourth quarters Apple's results state, derived as the 10-K's year less the Q3 10-Q's nine months:
        // FY2024 391,035 − 296,105 = 94,930M; FY2021 365,817 − 282,457 = 83,360M; FY2025 416,161 − 313,695 = 102,466M
        assertThat(q.get(Period.parse("2024Q4")).getAsDouble()).isEqualTo(94_930e6);
        assertThat(q.provenance(q.indexOf(Period.parse("2024Q4")).getAsInt()).derived()).isTrue();
        assertThat(q.get(Period.parse("2021Q4")).getAsDouble()).isEqualTo(83_360e6);
        assertThat(q.get(Period.parse("2025Q4")).getAsDouble()).isEqualTo(102_466e6);
        // concepts: SalesRevenueNet (Q1 FY2012, the 14-week quarter: 46,333M), Revenues (Q4 FY2018,
        // 62,900M filed), RevenueFromContractWithCustomerExcludingAssessedTax (Q1 FY2026: 143,756M)
        assertThat(q.get(Period.parse("2012Q1")).getAsDouble()).isEqualTo(46_333e6);
        assertThat(q.get(Period.parse("2018Q4")).getAsDouble()).isEqualTo(62_900e6);
        assertThat(q.get(Period.parse("2026Q1")).getAsDouble()).isEqualTo(143_756e6);
        // YoY of FY2024Q4 on FY2023Q4 (383,285 − 293,787 = 89,498M): 94,930 / 89,498 − 1
        GrowthRow yoy = q.yoy().rows().stream().filter(r -> r.period().equals(Period.parse("2024Q4"))).findFirst()
                .orElseThrow();
        assertThat(yoy.baseValue()).isEqualTo(89_498e6);
        assertThat(yoy.growth()).isCloseTo(94_930.0 / 89_498 - 1, within(1e-12));
    }

    @Test
    void apple_totalAssetsAtFY2008YearEnd_asFiledAndAsRestated() {
        FactSet f = EdgarFacts.read(real("CIK0000320193_apple_companyfacts.json"));
        SeriesKey k = SeriesKey.of(APPLE, "total_assets");
        Period ye08 = Period.parse("2008-09-27");
        // 10-K of 2009-10-27: 39,572M; 10-K/A of 2010-01-25 (retrospective revenue-recognition change): 36,171M
        assertThat(f.asOf(LocalDate.of(2009, 12, 31)).series(k).get(ye08).getAsDouble()).isEqualTo(39_572e6);
        assertThat(f.series(k).get(ye08).getAsDouble()).isEqualTo(36_171e6);
        assertThat(f.vintages(k, ye08)).hasSize(2);
        // EPS is a flow per share; the cover's share count is a stock of shares
        assertThat(f.series(APPLE, "eps_diluted").unit()).isEqualTo(Unit.USD_PER_SHARE);
        assertThat(f.series(APPLE, "eps_diluted").unit().isPerShare()).isTrue();
        assertThat(f.series(APPLE, "shares_outstanding").unit()).isEqualTo(Unit.SHARES);
        // nothing is dropped without a note
        assertThat(f.notes().stream().mapToInt(n -> n.skipped()).sum()).isPositive();
    }

    @Test
    void snowflake_yearEndingJanuary_labelledByTheYearItEndsIn() {
        FactSet f = FactSet.read(real("CIK0001640147_snowflake_companyfacts.json"));
        assertThat(f.calendar()).isEqualTo(FiscalCalendar.endingIn(Month.JANUARY));
        KpiSeries rev = f.series(f.entities().get(0), "revenue");
        // 10-K for the year to 2025-01-31: 3,626,396,000 USD; 10-Q for the quarter to 2025-04-30: 1,042,074,000
        assertThat(rev.get(Period.parse("2025")).getAsDouble()).isEqualTo(3_626_396_000.0);
        assertThat(rev.get(Period.parse("2026Q1")).getAsDouble()).isEqualTo(1_042_074_000.0);
        assertThat(f.calendar().startDate(Period.parse("2025"))).isEqualTo(LocalDate.of(2024, 2, 1));
    }

    @Test
    void sina_everyPrintedYoYWithItsBaseInTheFileReproduces() {
        FactSet f = FactSet.read(real("sina_getFinanceReport2022_lrb_sh603596.json"));
        CheckReport r = Reconciliation.check(f);
        List<CheckRow> checked = r.rows().stream().filter(x -> x.status() != CheckStatus.UNVERIFIABLE).toList();
        assertThat(r.hasMismatch()).isFalse();
        // 213 printed changes have their base (a year earlier) in the file, 41 of them a negative one
        // (counted in the file: reports 2024H1..2025Q1-Q3 against 2023H1..2024Q1-Q3)
        assertThat(checked).hasSize(213).allMatch(x -> x.status() == CheckStatus.OK);
        assertThat(checked).filteredOn(x -> x.baseValue() < 0).hasSize(41);
        // the unverifiable ones are exactly those whose base is not a report date of the file
        // (2023Q1 and the 2022 periods)
        java.util.Set<Period> inFile = new java.util.HashSet<>();
        f.facts().forEach(x -> inFile.add(x.period()));
        assertThat(r.rows()).filteredOn(x -> x.status() == CheckStatus.UNVERIFIABLE)
                .allMatch(x -> !inFile.contains(x.basePeriod()) && x.note().startsWith("no "));
        assertThat(f.series("sh603596", "eps_basic").unit()).isEqualTo(Unit.YUAN_PER_SHARE);
        // single quarters from the cumulative figures: 2024Q4 = 9,936,599,426.94 − 6,578,233,006.32
        KpiSeries q = f.series("sh603596", "revenue").toDiscreteQuarters();
        assertThat(q.get(Period.parse("2024Q4")).getAsDouble()).isCloseTo(3_358_366_420.62, within(1e-3));
        assertThat(f.growth(GrowthKind.YOY, GrowthConvention.FILING, true).rows()).isNotEmpty();
    }
}

package org.kpi4j.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpi4j.KpiDataException;
import org.kpi4j.fact.Fact;
import org.kpi4j.fact.FactSet;
import org.kpi4j.fact.ReadNote;
import org.kpi4j.series.SeriesKey;
import org.kpi4j.time.Period;
import org.kpi4j.unit.Unit;

/**
 * TushareCsv on exports made for these tests in the shape tushare's documentation gives its tables
 * ({@code tushare.pro/document/2?doc_id=33} income and its report_type table) and pandas'
 * {@code to_csv} writes (a leading index column); values are the fixtures'.
 */
class TushareCsvTest {

    static final SeriesKey REVENUE = SeriesKey.of("600000.SH", "revenue");

    static FactSet income() {
        return TushareCsv.read(FactsCsvTest.resource("filings/tushare_income_600000.SH.csv"));
    }

    @Test
    void reportTypes_cumulativeSingleQuarterAndParentCompany() {
        FactSet f = income();
        // report_type 1: 2024Q1-Q3 cumulative; report_type 2: the single quarter 2024Q3
        assertThat(f.latest(REVENUE, Period.parse("2024Q1-Q3")).orElseThrow().value())
                .isEqualTo(new BigDecimal("1000000000.0"));
        assertThat(f.latest(REVENUE, Period.parse("2024Q3")).orElseThrow().value())
                .isEqualTo(new BigDecimal("400000000.0"));
        assertThat(f.latest(REVENUE, Period.parse("2024Q3")).orElseThrow().asOf()).isEqualTo(LocalDate.of(2024, 10, 30));
        // the parent company's H1 (report_type 6, 300M) is not the group's
        assertThat(f.latest(REVENUE, Period.parse("2024H1")).orElseThrow().value()).isEqualTo(new BigDecimal("600000000.0"));
        assertThat(f.notes()).anySatisfy(n -> assertThat(n.text()).startsWith("rows of the parent company's own"));
        Fact eps = f.latest(SeriesKey.of("600000.SH", "eps_basic"), Period.parse("2024Q1-Q3")).orElseThrow();
        assertThat(eps.unit()).isEqualTo(Unit.YUAN_PER_SHARE);
        assertThat(f.keys()).contains(SeriesKey.of("600000.SH", "tushare_total_revenue"));
    }

    @Test
    void vintages_firstPublishedThenRestated() {
        FactSet f = income();
        Period y23 = Period.year(2023);
        // 2024-03-30: report_type 1 says 1,300M, report_type 5 (as first published) 1,250M: 5 holds for
        // that day; 2025-03-28: report_type 4 restates it at 1,300M
        assertThat(f.vintages(REVENUE, y23)).extracting(Fact::value).containsExactly(new BigDecimal("1250000000.0"),
                new BigDecimal("1300000000.0"));
        assertThat(f.asOf(LocalDate.of(2024, 12, 31)).series(REVENUE).get(y23).getAsDouble()).isEqualTo(1.25e9);
        assertThat(f.series(REVENUE).get(y23).getAsDouble()).isEqualTo(1.3e9);
        // rd_exp agrees in both rows; the seven columns that disagree are superseded
        assertThat(f.notes()).filteredOn(n -> n.text().startsWith("rows superseded")).extracting(ReadNote::skipped)
                .containsExactly(7);
        // 2023Q1-Q3 was filed before FY2023 was restated: out of the latest series, in the earlier view
        assertThat(f.series(REVENUE).get(Period.parse("2023Q1-Q3"))).isEmpty();
        assertThat(f.asOf(LocalDate.of(2024, 12, 31)).series(REVENUE).get(Period.parse("2023Q1-Q3")).getAsDouble())
                .isEqualTo(8e8);
    }

    @Test
    void balanceSheet_instantsSharesAndAmounts() {
        FactSet f = TushareCsv.read(FactsCsvTest.resource("filings/tushare_balancesheet_600000.SH.csv"));
        Fact shares = f.latest(SeriesKey.of("600000.SH", "shares_outstanding"), Period.parse("2024-09-30")).orElseThrow();
        assertThat(shares.unit()).isEqualTo(Unit.SHARES);
        assertThat(f.latest(SeriesKey.of("600000.SH", "total_assets"), Period.parse("2023-12-31")).orElseThrow().value())
                .isEqualTo(new BigDecimal("5200000000.0"));
        assertThat(f.keys()).contains(SeriesKey.of("600000.SH", "tushare_money_cap"));
    }

    @Test
    void finaIndicator_ratiosInPercent_growthAndUnknownColumnsCounted() {
        FactSet f = TushareCsv.read(FactsCsvTest.resource("filings/tushare_fina_indicator_600000.SH.csv"));
        Fact gm = f.latest(SeriesKey.of("600000.SH", "gross_margin"), Period.parse("2024Q1-Q3")).orElseThrow();
        assertThat(gm.unit()).isEqualTo(Unit.PERCENT);
        // a balance-sheet ratio is measured at the period's end
        assertThat(f.latest(SeriesKey.of("600000.SH", "debt_ratio"), Period.parse("2024-09-30"))).isPresent();
        // no f_ann_date: the ann_date is the as_of
        assertThat(gm.asOf()).isEqualTo(LocalDate.of(2024, 10, 30));
        // or_yoy and netprofit_yoy: 2 cells; ar_turn (unit unknown): 2 cells
        assertThat(f.notes()).filteredOn(n -> n.text().contains("growth columns")).extracting(ReadNote::skipped)
                .containsExactly(2);
        assertThat(f.notes()).filteredOn(n -> n.text().contains("unit kpi4j does not know"))
                .extracting(ReadNote::skipped).containsExactly(2);
    }

    @Test
    void badCells_nameLineAndColumn(@TempDir Path dir) throws Exception {
        Path p = Files.writeString(dir.resolve("income.csv"), "ts_code,ann_date,end_date,revenue\n"
                + "600000.SH,20241030,20240930,1.0e9\n600000.SH,20240830,2024-06-30,6e8\n");
        assertThatThrownBy(() -> TushareCsv.read(p)).isInstanceOf(KpiDataException.class)
                .hasMessageContaining("income.csv:3").hasMessageContaining("column 'end_date'")
                .hasMessageContaining("'2024-06-30' is not a date");
        Path q = Files.writeString(dir.resolve("income2.csv"), "ts_code,ann_date,end_date,revenue\n"
                + "600000.SH,20241030,20240930,lots\n");
        assertThatThrownBy(() -> TushareCsv.read(q)).isInstanceOf(KpiDataException.class)
                .hasMessageContaining("income2.csv:2").hasMessageContaining("column 'revenue'")
                .hasMessageContaining("'lots' is not a number");
        Path r = Files.writeString(dir.resolve("other.csv"), "ts_code,end_date,foo\n600000.SH,20240930,1\n");
        assertThatThrownBy(() -> TushareCsv.read(r)).isInstanceOf(KpiDataException.class)
                .hasMessageContaining("the table cannot be told");
    }

    @Test
    void aColumnGivenTwice_isAnError_notTheLastOneSilently(@TempDir Path dir) throws Exception {
        // revenue twice (1.0e9 and 2.0e9): neither may win unseen, as in the tidy reader
        Path p = Files.writeString(dir.resolve("twice.csv"), "ts_code,ann_date,end_date,revenue,revenue\n"
                + "600000.SH,20241030,20240930,1.0e9,2.0e9\n");
        assertThatThrownBy(() -> TushareCsv.read(p)).isInstanceOf(KpiDataException.class)
                .hasMessageContaining("twice.csv:1").hasMessageContaining("'revenue' is given twice (fields 4 and 5)");
        assertThat(Files.readString(p)).startsWith("ts_code,ann_date,end_date,revenue,revenue");
    }
}

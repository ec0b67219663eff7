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
import org.kpi4j.fact.ReadOptions;
import org.kpi4j.reconcile.CheckReport;
import org.kpi4j.reconcile.CheckRow;
import org.kpi4j.reconcile.CheckStatus;
import org.kpi4j.reconcile.Reconciliation;
import org.kpi4j.series.KpiSeries;
import org.kpi4j.series.SeriesKey;
import org.kpi4j.time.Period;
import org.kpi4j.unit.Unit;

/**
 * SinaReports on fixtures made for these tests in the layout of Sina's getFinanceReport2022 feed
 * ({@code filings/sina_lrb_sh600000.json}: three report dates of a made-up company; every
 * {@code item_tongbi} was computed by hand as (v − b) / |b|, see the script comments in the fixture's
 * making and the expectations below).
 */
class SinaReportsTest {

    static FactSet lrb() {
        return SinaReports.read(FactsCsvTest.resource("filings/sina_lrb_sh600000.json"));
    }

    @Test
    void periodsUnitsAndDates() {
        FactSet f = lrb();
        assertThat(f.entities()).containsExactly("sh600000");
        Fact rev = f.latest(SeriesKey.of("sh600000", "revenue"), Period.parse("2024Q1-Q3")).orElseThrow();
        // "1000000000.000000" at item_precision f2
        assertThat(rev.value()).isEqualTo(new BigDecimal("1000000000.00"));
        assertThat(rev.unit()).isEqualTo(Unit.YUAN);
        assertThat(rev.asOf()).isEqualTo(LocalDate.of(2024, 10, 29));
        // item_tongbi 0.25 is +25%
        assertThat(rev.reportedChangePct().percent()).isEqualByComparingTo("25");
        assertThat(rev.source()).isEqualTo("Sina lrb 20240930 BIZINCO 营业收入 (定期报告, 未审计)");
        Fact eps = f.latest(SeriesKey.of("sh600000", "eps_basic"), Period.parse("2024Q1-Q3")).orElseThrow();
        assertThat(eps.unit()).isEqualTo(Unit.YUAN_PER_SHARE);
        assertThat(eps.value()).isEqualByComparingTo("0.60");
        // an item outside the synonym table keeps its field and title
        Fact fin = f.latest(SeriesKey.of("sh600000", "sina_finexpe"), Period.parse("2024Q1-Q3")).orElseThrow();
        assertThat(fin.metric().nameZh()).isEqualTo("财务费用");
        assertThat(f.notes()).extracting(n -> n.text()).contains("3 items have no value (lines that do not apply to "
                + "the company, such as 已赚保费 for a manufacturer)");
    }

    @Test
    void check_reproducesEveryPrintedChange_includingFromANegativeBase() {
        CheckReport r = Reconciliation.check(lrb());
        // printed in 2024Q1-Q3 against 2023Q1-Q3: revenue, cost, financial expense (base −5M), investment
        // income (base −1M, a turnaround), net profit attributable, EPS; 2023Q1-Q3's own +30% has no base
        assertThat(r.rows()).filteredOn(row -> row.status() == CheckStatus.OK).hasSize(6);
        assertThat(r.rows()).filteredOn(row -> row.status() == CheckStatus.UNVERIFIABLE)
                .extracting(CheckRow::period).containsExactly(Period.parse("2023Q1-Q3"));
        assertThat(r.hasMismatch()).isFalse();
        CheckRow fin = r.rows().stream().filter(x -> x.metric().equals("sina_finexpe")).findFirst().orElseThrow();
        // (−3 − (−5)) / |−5| = +40%
        assertThat(fin.computedPct()).isCloseTo(40.0, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void check_findsAPrintedChangeThatTheFiguresDoNotGive() {
        // the same file with revenue's +25% printed as +26%
        FactSet bad = SinaReports.read(FactsCsvTest.resource("filings/sina_lrb_mismatch_sh600000.json"));
        CheckReport r = Reconciliation.check(bad);
        assertThat(r.hasMismatch()).isTrue();
        assertThat(r.rows()).filteredOn(row -> row.status() == CheckStatus.MISMATCH).extracting(CheckRow::metric)
                .containsExactly("revenue");
    }

    @Test
    void singleQuarters_deriveFromTheCumulativeFigures() {
        KpiSeries q = lrb().series("sh600000", "revenue").toDiscreteQuarters();
        // 2024Q3 = (Q1-Q3) − H1 = 1,000M − 600M; 2023 has Q1-Q3 alone, so no quarter
        assertThat(q.periods()).containsExactly(Period.parse("2024Q3"));
        assertThat(q.values()).containsExactly(400e6);
        assertThat(q.provenance(0).derived()).isTrue();
    }

    @Test
    void balanceSheet_instantsComparedWithTheSameDateAYearEarlier() {
        FactSet f = SinaReports.read(FactsCsvTest.resource("filings/sina_fzb_sh600000.json"));
        Fact assets = f.latest(SeriesKey.of("sh600000", "total_assets"), Period.parse("2024-09-30")).orElseThrow();
        assertThat(assets.comparisonPeriod()).isEqualTo(Period.parse("2023-09-30"));
        CheckReport r = Reconciliation.check(f);
        // (5,500 − 5,000) / 5,000 = +10%; (2,200 − 2,500) / 2,500 = −12%
        assertThat(r.rows()).extracting(CheckRow::status).containsExactly(CheckStatus.OK, CheckStatus.OK);
    }

    @Test
    void entity_fromOptions_orTheFileName(@TempDir Path dir) throws Exception {
        Path p = Files.copy(FactsCsvTest.resource("filings/sina_lrb_sh600000.json"), dir.resolve("report.json"));
        FactSet f = SinaReports.read(p);
        assertThat(f.entities()).containsExactly("report");
        assertThat(f.notes().get(0).text()).contains("no stock code");
        assertThat(SinaReports.read(p, ReadOptions.defaults().withEntity("sz000001")).entities())
                .containsExactly("sz000001");
    }

    @Test
    void notSina_andBadNumbers_areErrors(@TempDir Path dir) throws Exception {
        Path p = Files.writeString(dir.resolve("x_sh600000.json"), "{\"result\": {\"data\": {}}}");
        assertThatThrownBy(() -> SinaReports.read(p)).isInstanceOf(KpiDataException.class)
                .hasMessageContaining("not a Sina finance-report file");
        String json = Files.readString(FactsCsvTest.resource("filings/sina_lrb_sh600000.json"));
        Path q = Files.writeString(dir.resolve("y_sh600000.json"), json.replace("\"600000000.000000\"", "\"6e+\""));
        assertThatThrownBy(() -> SinaReports.read(q)).isInstanceOf(KpiDataException.class)
                .hasMessageContaining("report 20240630 item BIZINCO (营业收入)").hasMessageContaining("'6e+'");
        Path t = Files.writeString(dir.resolve("z_sh600000.json"), json.substring(0, json.length() / 2));
        assertThatThrownBy(() -> SinaReports.read(t)).isInstanceOf(KpiDataException.class)
                .hasMessageContaining("truncated or malformed JSON");
    }

    @Test
    void anItemGivenTwice_andFiguresAtTheExtremes_areErrorsNamingTheFile(@TempDir Path dir) throws Exception {
        String json = Files.readString(FactsCsvTest.resource("filings/sina_lrb_sh600000.json"));
        // found by ImportersFuzzTest: a report holding one item twice was a duplicate fact naming only the
        // file name, "at line 0"
        Path twice = Files.writeString(dir.resolve("twice_sh600000.json"), json.replaceFirst(
                "\\{\\s*\"item_field\": \"BIZINCO\"", "{\"item_field\": \"BIZINCO\", \"item_value\": \"1\", "
                + "\"item_source\": \"lrb\"}, $0"));
        assertThatThrownBy(() -> SinaReports.read(twice)).isInstanceOf(KpiDataException.class)
                .hasMessageStartingWith(twice + ": column 'item_field': report 20240930: item 'BIZINCO' is given twice");
        // a key given twice in one object: the last one used to win silently
        Path key = Files.writeString(dir.resolve("key_sh600000.json"), json.replaceFirst("\"rType\"", "\"rCurrency\": \"CNY\", \"rType\""));
        assertThatThrownBy(() -> SinaReports.read(key)).isInstanceOf(KpiDataException.class)
                .hasMessageStartingWith(key + ":").hasMessageContaining("the key 'rCurrency' is given twice in one object");
        // an item_field that makes no snake_case id was an IllegalArgumentException with no file
        Path odd = Files.writeString(dir.resolve("odd_sh600000.json"), json.replace("\"BIZCOST\"", "\"BIZ-COST\""));
        assertThatThrownBy(() -> SinaReports.read(odd)).isInstanceOf(KpiDataException.class)
                .hasMessageStartingWith(odd.toString()).hasMessageContaining("item_field makes no metric id");
        for (String[] c : new String[][] {{"1e999999999", "is beyond the range of a double"},
            {"1e-400", "is too small for a double"}}) {
            Path p = Files.writeString(dir.resolve("x_sh600000.json"), json.replace("\"600000000.000000\"", c[0]));
            assertThatThrownBy(() -> SinaReports.read(p)).isInstanceOf(KpiDataException.class)
                    .hasMessageStartingWith(p.toString()).hasMessageContaining("report 20240630 item BIZINCO (营业收入): "
                            + "item_value '" + c[0] + "' " + c[1]);
        }
    }
}

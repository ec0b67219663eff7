package org.kpi4j.fact;

import org.kpi4j.Origin;
import org.kpi4j.series.SeriesKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kpi4j.KpiDataException;
import org.kpi4j.metric.Metric;
import org.kpi4j.metric.MetricCatalog;
import org.kpi4j.metric.MetricKind;
import org.kpi4j.series.KpiSeries;
import org.kpi4j.time.Period;
import org.kpi4j.unit.Unit;

class FactSetTest {

    private static final Metric REVENUE = MetricCatalog.standard().get("revenue").orElseThrow();
    private static final Metric ORDERS = Metric.of("orders", "Orders", "订单", MetricKind.FLOW, Metric.UnitFamily.ANY);
    private static final LocalDate AS_OF = LocalDate.of(2025, 4, 20);

    private static Fact fact(Metric m, String period, String value, Unit unit, LocalDate asOf, int line) {
        return Fact.builder("acme", m, Period.parse(period), new BigDecimal(value), unit).asOf(asOf)
                .origin(new Origin("facts.csv", line)).build();
    }

    @Test
    void duplicateFact_sameAsOf_throwsNamingBothLines() {
        List<Fact> facts = List.of(
                fact(REVENUE, "2024", "61400.33", Unit.WAN_YUAN, AS_OF, 2),
                fact(REVENUE, "2023", "41411.16", Unit.WAN_YUAN, AS_OF, 3),
                fact(REVENUE, "2024", "61400.33", Unit.WAN_YUAN, AS_OF, 5));
        assertThatThrownBy(() -> FactSet.of(facts))
                .isInstanceOf(KpiDataException.class)
                .hasMessageContaining("facts.csv:5")
                .hasMessageContaining("line 2")
                .hasMessageContaining("duplicate");
    }

    @Test
    void samePeriod_differentAsOf_areVintages_latestWins() {
        Fact early = fact(REVENUE, "2023", "100.00", Unit.WAN_YUAN, LocalDate.of(2024, 3, 28), 2);
        Fact late = fact(REVENUE, "2023", "101.00", Unit.WAN_YUAN, LocalDate.of(2025, 3, 28), 3);
        FactSet set = FactSet.of(List.of(late, early));
        SeriesKey k = SeriesKey.of("acme", "revenue");
        assertThat(set.vintages(k, Period.parse("2023"))).containsExactly(early, late);
        assertThat(set.latest(k, Period.parse("2023"))).contains(late);
        assertThat(set.inReport(k, Period.parse("2023"), LocalDate.of(2024, 3, 28))).contains(early);
        // a report that did not print it falls back to the latest vintage
        assertThat(set.inReport(k, Period.parse("2023"), LocalDate.of(2024, 8, 1))).contains(late);
        assertThat(set.series(k).get(Period.parse("2023")).getAsDouble()).isCloseTo(101.00, within(1e-9));
    }

    @Test
    void series_yuanAndWanRows_convertedToMajorityUnit() {
        FactSet set = FactSet.of(List.of(
                fact(REVENUE, "2022", "300000000", Unit.YUAN, AS_OF, 2),
                fact(REVENUE, "2023", "41411.16", Unit.WAN_YUAN, AS_OF, 3),
                fact(REVENUE, "2024", "61400.33", Unit.WAN_YUAN, AS_OF, 4)));
        KpiSeries s = set.series("acme", "revenue");
        // two of three rows in 万元
        assertThat(s.unit()).isEqualTo(Unit.WAN_YUAN);
        // 300,000,000 元 / 10^4 = 30,000 万元
        assertThat(s.get(Period.parse("2022")).getAsDouble()).isCloseTo(30000, within(1e-9));
        // a whole number of 元 is exact to 4 decimals of 万元
        assertThat(s.decimals(0)).isEqualTo(4);
        assertThat(s.get(Period.parse("2024")).getAsDouble()).isCloseTo(61400.33, within(1e-9));
        assertThat(s.provenance(0).source()).contains("facts.csv:2");
    }

    @Test
    void series_majorityYuan_convertsWanRowToYuan() {
        FactSet set = FactSet.of(List.of(
                fact(REVENUE, "2022", "300000000", Unit.YUAN, AS_OF, 2),
                fact(REVENUE, "2023", "414111600", Unit.YUAN, AS_OF, 3),
                fact(REVENUE, "2024", "61400.33", Unit.WAN_YUAN, AS_OF, 4)));
        KpiSeries s = set.series("acme", "revenue");
        assertThat(s.unit()).isEqualTo(Unit.YUAN);
        // 61,400.33 万元 × 10^4 = 614,003,300 元
        assertThat(s.get(Period.parse("2024")).getAsDouble()).isCloseTo(614003300, within(1e-6));
        assertThat(s.decimals(2)).isZero();
    }

    @Test
    void cnyAndUsdInOneSeries_throwsKpiDataException() {
        List<Fact> facts = List.of(
                fact(REVENUE, "2023", "41411.16", Unit.WAN_YUAN, AS_OF, 2),
                fact(REVENUE, "2024", "0.85", Unit.USD_BN, AS_OF, 3));
        assertThatThrownBy(() -> FactSet.of(facts))
                .isInstanceOf(KpiDataException.class)
                .hasMessageContaining("CNY").hasMessageContaining("USD")
                .hasMessageContaining("facts.csv:3").hasMessageContaining("line 2");
    }

    @Test
    void yuanAndPersonsInOneSeries_throwsKpiDataException() {
        List<Fact> facts = List.of(
                fact(ORDERS, "2023", "1000", Unit.YUAN, AS_OF, 2),
                fact(ORDERS, "2024", "83", Unit.PERSONS, AS_OF, 3));
        assertThatThrownBy(() -> FactSet.of(facts))
                .isInstanceOf(KpiDataException.class)
                .hasMessageContaining("PERSONS");
    }

    @Test
    void fact_rejectsUnitOutsideMetricFamily_andPeriodOfWrongKind() {
        assertThatThrownBy(() -> fact(REVENUE, "2024", "83", Unit.PERSONS, AS_OF, 2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> fact(REVENUE, "2024-12-31", "1", Unit.YUAN, AS_OF, 2))
                .isInstanceOf(IllegalArgumentException.class);
        Metric assets = MetricCatalog.standard().get("total_assets").orElseThrow();
        assertThatThrownBy(() -> fact(assets, "2024", "1", Unit.YUAN, AS_OF, 2))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fact_decimalsAreThePrintedScale() {
        assertThat(fact(REVENUE, "2025Q1", "19827.30", Unit.WAN_YUAN, AS_OF, 2).decimals()).isEqualTo(2);
        assertThat(fact(REVENUE, "2024", "6", Unit.YI_YUAN, AS_OF, 2).decimals()).isZero();
    }

    @Test
    void series_unknownKey_throws() {
        FactSet set = FactSet.of(List.of(fact(REVENUE, "2024", "1", Unit.YUAN, AS_OF, 2)));
        assertThatThrownBy(() -> set.series("acme", "capex")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("capex");
        assertThat(set.keys()).containsExactly(SeriesKey.of("acme", "revenue"));
        assertThat(set.entities()).containsExactly("acme");
    }

    @Test
    void asOf_keepsWhatHadBeenFiled_restatementAppearsLater() {
        // a figure filed at 39,572, restated to 36,171 by a later amendment (hand-made dates)
        Metric assets = MetricCatalog.standard().get("total_assets").orElseThrow();
        Fact first = Fact.builder("acme", assets, Period.parse("2008-09-27"), new BigDecimal("39572"), Unit.USD)
                .asOf(LocalDate.of(2009, 7, 22)).build();
        Fact restated = Fact.builder("acme", assets, Period.parse("2008-09-27"), new BigDecimal("36171"), Unit.USD)
                .asOf(LocalDate.of(2010, 1, 25)).build();
        Fact undated = Fact.builder("acme", assets, Period.parse("2007-09-29"), new BigDecimal("25347"), Unit.USD)
                .build();
        FactSet set = FactSet.of(List.of(first, restated, undated))
                .withNotes(List.of(new ReadNote(3, "three figures in EUR skipped")));
        Period p = Period.parse("2008-09-27");
        SeriesKey k = SeriesKey.of("acme", "total_assets");
        assertThat(set.series(k).get(p).getAsDouble()).isEqualTo(36171.0);
        FactSet then = set.asOf(LocalDate.of(2009, 12, 31));
        assertThat(then.series(k).get(p).getAsDouble()).isEqualTo(39572.0);
        // the filing day itself is included
        assertThat(set.asOf(LocalDate.of(2010, 1, 25)).series(k).get(p).getAsDouble()).isEqualTo(36171.0);
        // a fact with no as_of cannot be shown to have been filed by any date
        assertThat(then.facts()).containsExactly(first);
        assertThat(then.notes()).extracting(ReadNote::skipped).containsExactly(3);
        assertThat(set.toString()).contains("3 facts, 1 series, 1 notes");
    }

    @Test
    void readNote_validatesAndPrintsItsCount() {
        assertThat(new ReadNote(2, "x is no fiscal period").toString()).isEqualTo("2 skipped: x is no fiscal period");
        assertThat(new ReadNote(0, "1,234 repeats merged").toString()).isEqualTo("1,234 repeats merged");
        assertThatThrownBy(() -> new ReadNote(-1, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReadNote(0, " ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void read_withoutTheIoModule_saysToAddIt(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        // core's tests run without org.kpi4j.io, so no format is installed
        java.nio.file.Path f = java.nio.file.Files.writeString(dir.resolve("facts.csv"), "entity,metric\n");
        assertThat(FactSet.formats()).isEmpty();
        assertThatThrownBy(() -> FactSet.read(f)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("add kpi4j-io");
    }

    @Test
    void readOptions_withersKeepTheRest() {
        ReadOptions o = ReadOptions.defaults().withFormat(" sina ").withEntity("sh603596")
                .withSynonyms("revenue", List.of("BIZTOTINCO"));
        assertThat(o.format()).contains("sina");
        assertThat(o.entity()).contains("sh603596");
        assertThat(o.calendar()).isEmpty();
        assertThat(o.synonyms()).containsEntry("revenue", List.of("BIZTOTINCO"));
        assertThat(o.catalog()).isSameAs(MetricCatalog.standard());
        assertThat(ReadOptions.defaults().format()).isEmpty();
        assertThatThrownBy(() -> o.withFormat(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void series_afterARestatement_leavesOutTheFiguresOfThatYearFiledBefore() {
        // Apple's fiscal 2008 in its EDGAR facts: the year 32,479M (10-K, 2008-11-05) restated to
        // 37,491M by the 10-K/A of 2010-01-25; Q1-Q3 24,584M (2009-07-22) never restated. A Q4 from
        // the latest of each (37,491 − 24,584 = 12,907) would be on no basis: the stale Q1-Q3 goes.
        Fact year = fact(REVENUE, "2008", "32479", Unit.USD, LocalDate.of(2008, 11, 5), 2);
        Fact nine = fact(REVENUE, "2008Q1-Q3", "24584", Unit.USD, LocalDate.of(2009, 7, 22), 3);
        Fact restated = fact(REVENUE, "2008", "37491", Unit.USD, LocalDate.of(2010, 1, 25), 4);
        // fiscal 2009: the year and its Q1-Q3 both restated, Q1-Q3 later than the year; Q1 first filed
        // on the new basis (2010-01-25, the day of the restatement): all consistent, all kept
        Fact y9 = fact(REVENUE, "2009", "36537", Unit.USD, LocalDate.of(2009, 10, 27), 5);
        Fact y9r = fact(REVENUE, "2009", "42905", Unit.USD, LocalDate.of(2010, 1, 25), 6);
        Fact n9 = fact(REVENUE, "2009Q1-Q3", "26667", Unit.USD, LocalDate.of(2009, 7, 22), 7);
        Fact n9r = fact(REVENUE, "2009Q1-Q3", "30698", Unit.USD, LocalDate.of(2010, 7, 21), 8);
        Fact q9 = fact(REVENUE, "2009Q1", "11880", Unit.USD, LocalDate.of(2010, 1, 25), 9);
        FactSet set = FactSet.of(List.of(year, nine, restated, y9, y9r, n9, n9r, q9));
        KpiSeries s = set.series("acme", "revenue");
        assertThat(s.periods()).extracting(Period::toString).containsExactly("2008", "2009Q1", "2009Q1-Q3", "2009");
        KpiSeries d = s.toDiscreteQuarters();
        assertThat(d.get(Period.parse("2008Q4"))).isEmpty();
        // 42,905 − 30,698 = 12,207, Apple's filed fourth quarter of fiscal 2009
        assertThat(d.get(Period.parse("2009Q4")).getAsDouble()).isEqualTo(12207.0);
        // before the restatement both 2008 figures were on one basis: Q4 = 32,479 − 24,584 = 7,895
        KpiSeries then = set.asOf(LocalDate.of(2009, 12, 31)).series("acme", "revenue").toDiscreteQuarters();
        assertThat(then.get(Period.parse("2008Q4")).getAsDouble()).isEqualTo(7895.0);
        // the stale figure stays among the vintages
        assertThat(set.latest(SeriesKey.of("acme", "revenue"), Period.parse("2008Q1-Q3"))).contains(nine);
        // and the series says what it left out, and why
        assertThat(s.notes()).containsExactly("acme/revenue: 2008Q1-Q3: filed 2009-07-22, before fiscal 2008 was "
                + "restated on 2010-01-25, so left out (kept among the vintages): a quarter derived or growth "
                + "compared across a restatement would mix two bases");
        assertThat(d.notes()).hasSize(1);
    }

    @Test
    void series_restatedOnADateBeyondAnIntOfDays_followsTheRuleWithoutOverflow() {
        // a fact built in code may carry any LocalDate; the rule compares dates, not epoch days in an int
        LocalDate far = LocalDate.of(10_000_000, 1, 1);
        Fact q1 = fact(REVENUE, "2024Q1", "10", Unit.WAN_YUAN, LocalDate.of(2024, 4, 28), 2);
        Fact h1 = fact(REVENUE, "2024H1", "25", Unit.WAN_YUAN, LocalDate.of(2024, 8, 30), 3);
        Fact h1r = fact(REVENUE, "2024H1", "26", Unit.WAN_YUAN, far, 4);
        KpiSeries s = FactSet.of(List.of(q1, h1, h1r)).series("acme", "revenue");
        // H1 restated (on the far date): the Q1 filed before is on the old basis and left out
        assertThat(s.periods()).extracting(Period::toString).containsExactly("2024H1");
        assertThat(s.get(Period.parse("2024H1")).getAsDouble()).isEqualTo(26.0);
    }
}

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
}

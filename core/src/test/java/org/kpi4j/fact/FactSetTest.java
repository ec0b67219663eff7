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
}

package org.kpi4j.fact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kpi4j.KpiDataException;
import org.kpi4j.Origin;
import org.kpi4j.metric.Metric;
import org.kpi4j.metric.MetricCatalog;
import org.kpi4j.time.Period;
import org.kpi4j.unit.Unit;

/** What a fact set refuses at construction, from issue 11: contradictions within a report, figures a scale cannot hold. */
class FactSetExtremesTest {

    private static final Metric REVENUE = MetricCatalog.standard().get("revenue").orElseThrow();

    private static Fact fact(String period, String value, Unit unit, LocalDate asOf, int line) {
        return Fact.builder("acme", REVENUE, Period.parse(period), new BigDecimal(value), unit).asOf(asOf)
                .origin(new Origin("facts.csv", line)).build();
    }

    @Test
    void oneReportsQuartersAndHalf_mustAgree() {
        // Q1 + Q2 = 10 + 9 = 19, but H1 = 10, all in one report
        LocalDate d = LocalDate.of(2024, 8, 20);
        assertThatThrownBy(() -> FactSet.of(List.of(fact("2024Q1", "10", Unit.WAN_YUAN, d, 2),
                fact("2024Q2", "9", Unit.WAN_YUAN, d, 3), fact("2024H1", "10", Unit.WAN_YUAN, d, 4))))
                .isInstanceOf(KpiDataException.class).hasMessage("facts.csv:4: column 'value': series acme/revenue "
                        + "contradicts itself: 2024H1 = 10 (line 4) but 2024Q1 + 2024Q2 = 19 (lines 2, 3), beyond the "
                        + "rounding of the figures; correct one of them, or give a revised figure its as_of");
    }

    @Test
    void aLaterReport_mayRestate() {
        // the half-year report says H1 = 19 (Q1 10 + Q2 9); the annual report restates H1 as 10: no contradiction
        LocalDate h1 = LocalDate.of(2024, 8, 20);
        LocalDate annual = LocalDate.of(2025, 3, 28);
        FactSet set = FactSet.of(List.of(fact("2024Q1", "10", Unit.WAN_YUAN, h1, 2), fact("2024Q2", "9", Unit.WAN_YUAN, h1, 3),
                fact("2024H1", "10", Unit.WAN_YUAN, annual, 4)));
        assertThat(set.size()).isEqualTo(3);
    }

    @Test
    void mixedScales_mustFitADoubleInEveryScale() {
        // 1e305 亿元 is 1e313 元, beyond a double; the series mixes 亿元 with 元 (line 3)
        assertThatThrownBy(() -> FactSet.of(List.of(fact("2024", "1e305", Unit.YI_YUAN, null, 2),
                fact("2023", "1", Unit.YUAN, null, 3))))
                .isInstanceOf(KpiDataException.class).hasMessage("facts.csv:2: column 'value': series acme/revenue "
                        + "mixes 亿元 with 元, and 1E+305 亿元 is too large for a double in 元; give the series in one scale");
    }
}

package org.kpi4j.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.kpi4j.metric.MetricCatalog;
import org.kpi4j.series.KpiSeries;
import org.kpi4j.time.Period;
import org.kpi4j.unit.Unit;
import org.junit.jupiter.api.Test;

class ObservationsTest {

    private static final org.kpi4j.metric.Metric REVENUE = MetricCatalog.standard().get("revenue").orElseThrow();

    @Test
    void ytdFlow_isConvertedToDiscreteQuarters() {
        KpiSeries ytd = KpiSeries.of("a", REVENUE, Unit.WAN_YUAN,
                List.of(Period.parse("2024Q1"), Period.parse("2024H1"), Period.parse("2024Q1-Q3"), Period.parse("2024")),
                new double[] {100, 250, 420, 600});
        Observations o = Observations.of(ytd);
        // 100, 250 − 100, 420 − 250, 600 − 420
        assertThat(o.values()).containsExactly(100, 150, 170, 180);
        assertThat(o.stepQuarters()).isEqualTo(1);
        assertThat(o.futurePeriods(2)).containsExactly(Period.parse("2025Q1"), Period.parse("2025Q2"));
    }

    @Test
    void years_areUsedYearByYear() {
        KpiSeries y = KpiSeries.of("a", REVENUE, Unit.WAN_YUAN, List.of(Period.year(2022), Period.year(2023)),
                new double[] {1, 2});
        Observations o = Observations.of(y);
        assertThat(o.stepQuarters()).isEqualTo(4);
        assertThat(o.futurePeriods(1)).containsExactly(Period.year(2024));
    }

    @Test
    void gap_isAnErrorNamingTheMissingQuarter() {
        KpiSeries q = KpiSeries.of("a", REVENUE, Unit.WAN_YUAN,
                List.of(Period.parse("2024Q1"), Period.parse("2024Q2"), Period.parse("2024Q4")), new double[] {1, 2, 3});
        // Q3 cannot be derived (no Q1-Q3 figure), so the discrete series has a gap at 2024Q3
        assertThatThrownBy(() -> Observations.of(q)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2024Q3 is missing");
    }
}

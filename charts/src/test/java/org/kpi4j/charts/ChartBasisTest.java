package org.kpi4j.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.kpi4j.forecast.Forecast;
import org.kpi4j.forecast.TrendForecast;
import org.kpi4j.growth.GrowthKind;
import org.kpi4j.metric.Metric;
import org.kpi4j.metric.MetricCatalog;
import org.kpi4j.series.KpiSeries;
import org.kpi4j.series.KpiSeriesBuilder;
import org.kpi4j.time.Period;
import org.kpi4j.unit.Unit;

/**
 * One basis per chart: a flow filed year-to-date is never drawn as its cumulative sawtooth, a year
 * never beside a quarter, a forecast continues the history on its basis. Expected values are worked
 * by hand from {@link Fixtures#revenueYtd()} (Q1, H1, Q1-Q3, year = 10, 21, 33, 46 and 12, 26, 41, 57
 * 亿元).
 */
class ChartBasisTest {

    private static final double EPS = 1e-9;

    private static List<String> labels(ChartData d) {
        return d.periods().stream().map(Period::toString).toList();
    }

    private static double[] values(ChartData d, String series) {
        return d.points(series).stream().mapToDouble(ChartPoint::value).toArray();
    }

    @Test
    void lineOfAYearToDateFlow_drawsDiscreteQuarters_notTheSawtooth() {
        KpiChart c = Charts.line(Fixtures.revenueYtd(), ChartOptions.en());
        ChartData d = c.data();
        assertThat(d.basis()).contains(ChartBasis.DISCRETE);
        assertThat(labels(d)).containsExactly("2023Q1", "2023Q2", "2023Q3", "2023Q4", "2024Q1", "2024Q2", "2024Q3",
                "2024Q4");
        // Q2 = H1 − Q1 = 21 − 10, Q3 = 33 − 21, Q4 = 46 − 33; 2024: 12, 26 − 12, 41 − 26, 57 − 41
        assertThat(values(d, "Revenue")).containsExactly(10, 11, 12, 13, 12, 14, 15, 16);
        // what is drawn is what the data say (the old chart drew 10, 21, 33, 46 over 2023Q1, 2023H1, ...)
        CategoryChart x = (CategoryChart) c.toXChart();
        assertThat(x.getSeries("Revenue").getXData()).map(Object::toString).containsExactlyElementsOf(labels(d));
        assertThat(x.getSeries("Revenue").getYData()).containsExactly(10, 11, 12, 13, 12, 14, 15, 16);
        assertThat(c.xAxisTitle()).isEqualTo("Period (single quarters)");
        assertThat(c.notes()).singleElement().asString().startsWith("Derived, not reported: 2023Q2");
    }

    @Test
    void ttmAndYearBases_sumFourQuarters() {
        ChartData ttm = LineSpec.builder().series(Fixtures.revenueYtd()).basis(ChartBasis.TTM).build().data();
        assertThat(labels(ttm)).containsExactly("2023Q4", "2024Q1", "2024Q2", "2024Q3", "2024Q4");
        // 10+11+12+13 = 46; then 46 − 10 + 12 = 48, 48 − 11 + 14 = 51, 51 − 12 + 15 = 54, 54 − 13 + 16 = 57
        assertThat(values(ttm, "Revenue")).containsExactly(46, 48, 51, 54, 57);
        assertThat(ttm.basis()).contains(ChartBasis.TTM);
        ChartData years = LineSpec.builder().series(Fixtures.revenueYtd()).basis(ChartBasis.YEAR).build().data();
        assertThat(labels(years)).containsExactly("2023", "2024");
        assertThat(values(years, "Revenue")).containsExactly(46, 57);
    }

    @Test
    void asReported_refusesPeriodsOfDifferentLength() {
        LineSpec spec = LineSpec.builder().series(Fixtures.revenueYtd()).basis(ChartBasis.AS_REPORTED).build();
        assertThatThrownBy(spec::data).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sawtooth")
                .hasMessageContaining("discrete, ttm or year");
    }

    @Test
    void aYearIsNeverDrawnBesideAQuarter_autoKeepsTheBasisWithMoreFigures() {
        KpiSeriesBuilder b = KpiSeries.builder("acme", Fixtures.REVENUE, Unit.YI_YUAN);
        b.add(Period.year(2021), 40, 0).add(Period.year(2022), 44, 0).add(Period.year(2023), 46, 0)
                .add(Period.quarter(2024, 1), 12, 0).add(Period.quarter(2024, 2), 14, 0);
        KpiChart c = Charts.line(b.build(), ChartOptions.en());
        // three years against two quarters: fiscal years win, the quarters are named in a note
        assertThat(labels(c.data())).containsExactly("2021", "2022", "2023");
        assertThat(c.data().basis()).contains(ChartBasis.YEAR);
        assertThat(c.notes()).anySatisfy(n -> assertThat(n).contains("fiscal years").contains("2024Q1, 2024Q2"));
        assertThat(c.xAxisTitle()).isEqualTo("Period (fiscal years)");
        ChartData quarters = LineSpec.builder().series(b.build()).basis(ChartBasis.DISCRETE).build().data();
        assertThat(labels(quarters)).containsExactly("2024Q1", "2024Q2");
    }

    @Test
    void aStockHasNoTtm_andItsYearBasisKeepsFiscalYearEnds() {
        Metric headcount = MetricCatalog.standard().get("headcount").orElseThrow();
        KpiSeries h = KpiSeries.of("acme", headcount, Unit.PERSONS, List.of(Period.parse("2023-12-31"),
                Period.parse("2024-06-30"), Period.parse("2024-12-31")), new double[] {100, 120, 130});
        assertThatThrownBy(() -> LineSpec.builder().series(h).basis(ChartBasis.TTM).build().data())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no TTM");
        ChartData d = LineSpec.builder().series(h).basis(ChartBasis.YEAR).build().data();
        assertThat(labels(d)).containsExactly("2023-12-31", "2024-12-31");
        assertThat(LineSpec.builder().series(h).build().data().basis()).contains(ChartBasis.AS_REPORTED);
    }

    @Test
    void aRatioIsDrawnInOnePeriodLength() {
        Metric margin = Metric.ratio("gross_margin", "Gross margin", "毛利率", false);
        KpiSeries m = KpiSeries.builder("acme", margin, Unit.PERCENT).add(Period.year(2024), 32, 0)
                .add(Period.quarter(2025, 1), 27, 0).build();
        // one figure each: quarters win the tie (the IR record's question compared Q1 2025 with FY2024)
        assertThat(labels(LineSpec.builder().series(m).build().data())).containsExactly("2025Q1");
        assertThat(labels(LineSpec.builder().series(m).basis(ChartBasis.YEAR).build().data())).containsExactly("2024");
        assertThatThrownBy(() -> LineSpec.builder().series(m).basis(ChartBasis.TTM).build().data())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no TTM");
    }

    @Test
    void growthOfAYearToDateFlow_comparesSingleQuarters() {
        ChartData d = GrowthSpec.builder().series(Fixtures.revenueYtd()).kind(GrowthKind.YOY).build().data();
        assertThat(labels(d)).containsExactly("2024Q1", "2024Q2", "2024Q3", "2024Q4");
        // 12/10 − 1, 14/11 − 1, 15/12 − 1, 16/13 − 1, in percent
        assertThat(values(d, "YoY growth")).containsExactly(new double[] {20, 27.272727272727, 25, 23.076923076923},
                within(1e-9));
        assertThat(d.unit("YoY growth")).contains(Unit.PERCENT);
        ChartData ttm = GrowthSpec.builder().series(Fixtures.revenueYtd()).kind(GrowthKind.TTM_YOY).build().data();
        // TTM 2024Q4 57 against TTM 2023Q4 46: 57/46 − 1
        assertThat(ttm.value("TTM YoY growth", Period.quarter(2024, 4)).getAsDouble()).isCloseTo(23.913043478261,
                within(1e-9));
        assertThat(ttm.basis()).contains(ChartBasis.TTM);
        assertThatThrownBy(() -> GrowthSpec.builder().series(Fixtures.revenueYtd()).kind(GrowthKind.QOQ)
                .basis(ChartBasis.YEAR).build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("qoq compares single quarters");
    }

    @Test
    void comboOfAYearToDateFlow_barsAndGrowthOnDiscreteQuarters() {
        KpiChart c = ComboSpec.builder().series(Fixtures.revenueYtd()).kind(GrowthKind.YOY).build().chart();
        ChartData d = c.data();
        assertThat(values(d, "Revenue")).containsExactly(10, 11, 12, 13, 12, 14, 15, 16);
        assertThat(d.value("YoY growth", Period.quarter(2024, 1)).getAsDouble()).isCloseTo(20, within(EPS));
        assertThat(c.secondaryYAxisTitle()).contains("YoY growth (%)");
    }

    @Test
    void fanForecastContinuesTheHistoryOnItsBasis() {
        FanSpec spec = FanSpec.builder().history(Fixtures.revenueYtd()).trendForecast(2, 0.95).build();
        assertThat(spec.basis()).isEqualTo(ChartBasis.DISCRETE);
        ChartData d = spec.data();
        assertThat(values(d, "Revenue")).containsExactly(10, 11, 12, 13, 12, 14, 15, 16);
        assertThat(spec.projection().periods()).containsExactly("2025Q1", "2025Q2");
        // the projection is core's log-linear trend of the drawn quarters (TrendForecast matches statsmodels in core)
        Forecast f = TrendForecast.logLinear(new double[] {10, 11, 12, 13, 12, 14, 15, 16}).forecast(2, 0.95);
        assertThat(values(d, "log-linear trend")).containsExactly(f.mean(), within(1e-12));
        assertThat(values(d, "log-linear trend range (lower)")).containsExactly(f.lower(), within(1e-12));
        // a line of years cannot continue quarters
        FanLine years = FanLine.of("Plan", List.of("2025", "2026"), new double[] {60, 70});
        assertThatThrownBy(() -> Charts.fan(Fixtures.revenueYtd(), years, ChartOptions.en()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same basis");
        FanLine early = FanLine.of("Plan", List.of("2024Q3"), new double[] {15});
        assertThatThrownBy(() -> Charts.fan(Fixtures.revenueYtd(), early, ChartOptions.en()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before the history's last period");
    }

    @Test
    void basisParsesItsToString() {
        for (ChartBasis b : ChartBasis.values()) {
            assertThat(ChartBasis.parse(b.toString())).isEqualTo(b);
        }
        assertThatThrownBy(() -> ChartBasis.parse("monthly")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'monthly'");
    }
}

package org.kpi4j.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.internal.chartpart.AxesChart;
import org.kpi4j.growth.GrowthConvention;
import org.kpi4j.growth.GrowthFlag;
import org.kpi4j.growth.GrowthKind;
import org.kpi4j.growth.GrowthRow;
import org.kpi4j.growth.GrowthTable;
import org.kpi4j.series.KpiSeries;
import org.kpi4j.time.Period;
import org.kpi4j.unit.Unit;

/** What each chart type contains: series, point counts, axis titles, units and notes. */
class ChartContentTest {

    @Test
    void lineOfWanYuanRevenueOverTenThousandShowsYiYuanOnTheYAxis() {
        Fixtures.assumeCjkFont();
        KpiChart c = Charts.line(Fixtures.revenueWan(), ChartOptions.zh());
        assertThat(c.type()).isEqualTo(KpiChart.Type.LINE);
        assertThat(c.yAxisTitle()).isEqualTo("营业收入 (亿元)");
        assertThat(c.unitLabel()).isEqualTo("亿元");
        // quarters as reported are single quarters: the basis is named on the x axis
        assertThat(c.xAxisTitle()).isEqualTo("报告期 (单季)");
        assertThat(c.title()).isEqualTo("acme · 营业收入");
        assertThat(c.pointCounts()).containsExactly(entry("营业收入", 12));
        assertThat(c.notes()).isEmpty();
    }

    @Test
    void englishLabelsComeFromNameEn() {
        KpiChart c = Charts.line(Fixtures.revenueUsd(), ChartOptions.en());
        assertThat(c.yAxisTitle()).isEqualTo("Revenue (USD bn)");
        assertThat(c.xAxisTitle()).isEqualTo("Period (single quarters)");
        assertThat(c.seriesNames()).containsExactly("Revenue");
    }

    @Test
    void lineWithSeveralSeriesConvertsUnitsAndNamesSeriesApart() {
        Fixtures.assumeCjkFont();
        KpiSeries q = Fixtures.revenueWan();
        KpiSeries ttm = q.ttm();
        KpiChart c = Charts.line(List.of(q, ttm.to(Unit.YI_YUAN)), ChartOptions.en());
        assertThat(c.seriesNames()).containsExactly("Revenue", "Revenue (TTM)");
        assertThat(c.pointCounts()).containsExactly(entry("Revenue", 12), entry("Revenue (TTM)", ttm.size()));
        // KpiFormat writes 亿元 in English as CNY 100m
        assertThat(c.yAxisTitle()).isEqualTo("Revenue (CNY 100m)");
        // single quarters beside TTM sums of the same quarters: the x axis names both
        assertThat(c.xAxisTitle()).isEqualTo("Period (single quarters, trailing twelve months)");
        CategoryChart x = (CategoryChart) c.toXChart();
        assertThat(x.getSeriesCollection()).extracting(s -> s.getName()).containsExactly("Revenue", "Revenue (TTM)");
        assertThat(x.getSeries("Revenue").getXData()).first().isEqualTo("2022Q1");
        assertThat(x.getSeries("Revenue").getYData()[0]).isEqualTo(1.2);
        // each series' point sits at its period: lines are overlapped, not offset as grouped bars
        assertThat(x.getStyler().isOverlapped()).isTrue();
    }

    @Test
    void lineListsDerivedQuartersInANote() {
        Fixtures.assumeCjkFont();
        KpiSeries ytd = KpiSeries.builder("acme", Fixtures.REVENUE, Unit.WAN_YUAN)
                .add(Period.parse("2024Q1"), 100, 0).add(Period.parse("2024H1"), 250, 0)
                .add(Period.parse("2024Q1-Q3"), 420, 0).add(Period.parse("2024"), 600, 0).build();
        KpiChart c = Charts.line(ytd.toDiscreteQuarters(), ChartOptions.en());
        assertThat(c.notes()).singleElement().asString().contains("2024Q2", "2024Q3", "2024Q4").doesNotContain("2024Q1");
        assertThat(c.yAxisTitle()).isEqualTo("Revenue (CNY 10k)");
    }

    @Test
    void lineRejectsUnitsOfDifferentDimensions() {
        KpiSeries persons = KpiSeries.of("acme", Fixtures.REVENUE, Unit.USD, Fixtures.quarters(2024, 2024),
                new double[] {1, 2, 3, 4});
        KpiSeries eflops = KpiSeries.of("acme", org.kpi4j.metric.Metric.of("compute", "Compute", "算力",
                org.kpi4j.metric.MetricKind.FLOW, org.kpi4j.metric.Metric.UnitFamily.ANY), Unit.EFLOPS,
                Fixtures.quarters(2024, 2024), new double[] {1, 2, 3, 4});
        assertThatThrownBy(() -> Charts.line(List.of(persons, eflops), ChartOptions.en()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dimension");
        assertThatThrownBy(() -> Charts.line(List.of(), ChartOptions.en())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void yoyBarsSkipNullGrowthCountInANoteAndMarkFlags() {
        Fixtures.assumeCjkFont();
        GrowthTable t = Fixtures.profitWan().growth(GrowthKind.YOY, GrowthConvention.FILING);
        long meaningful = t.rows().stream().filter(r -> r.growth() != null).count();
        long nulls = t.rows().size() - meaningful;
        long turnarounds = t.rows().stream().filter(r -> r.growth() != null && r.flag() == GrowthFlag.TURNAROUND).count();
        assertThat(nulls).isPositive();
        assertThat(turnarounds).isPositive();

        KpiChart c = Charts.yoy(t, ChartOptions.zh());
        assertThat(c.type()).isEqualTo(KpiChart.Type.YOY);
        assertThat(c.yAxisTitle()).isEqualTo("同比增长 (%)");
        assertThat(c.unitLabel()).isEqualTo("%");
        assertThat(c.title()).isEqualTo("acme · 净利润 · 同比增长");
        assertThat(c.pointCounts()).containsEntry("同比增长", (int) meaningful).containsEntry("扭亏为盈", (int) turnarounds);
        assertThat(c.seriesNames()).contains("由盈转亏");
        assertThat(c.notes()).singleElement().asString().startsWith(nulls + " 期");

        CategoryChart x = (CategoryChart) c.toXChart();
        double[] pos = x.getSeries("同比增长").getYData();
        double[] neg = x.getSeries("同比增长 (−)").getYData();
        assertThat(pos).hasSize((int) meaningful);
        for (int i = 0; i < pos.length; i++) {
            assertThat(Double.isNaN(pos[i]) ^ Double.isNaN(neg[i])).as("one bar per period").isTrue();
        }
        assertThat(java.util.Arrays.stream(x.getSeries("扭亏为盈").getYData()).filter(d -> !Double.isNaN(d)).count())
                .isEqualTo(turnarounds);
    }

    @Test
    void yoyInEnglishNamesTheMeasureAndCountsSkippedPeriods() {
        GrowthTable t = Fixtures.revenueUsd().yoy();
        KpiChart c = Charts.yoy(t, ChartOptions.en());
        assertThat(c.seriesNames()).containsExactly("YoY growth");
        assertThat(c.pointCounts()).containsExactly(entry("YoY growth", 4));
        assertThat(c.notes()).containsExactly("4 periods without a meaningful YoY growth figure not shown");
        assertThat(c.title()).isEqualTo("acme · Revenue · YoY growth");
    }

    @Test
    void yoyOfARatioShowsTheChangeInPercentagePoints() {
        org.kpi4j.metric.Metric margin = org.kpi4j.metric.Metric.ratio("gross_margin", "Gross margin", "毛利率", false);
        KpiSeries m = KpiSeries.of("acme", margin, Unit.PERCENT, Fixtures.quarters(2023, 2024),
                new double[] {30, 31, 32, 33, 28, 30, 35, 36});
        KpiChart c = Charts.yoy(m.yoy(), ChartOptions.en());
        assertThat(c.yAxisTitle()).isEqualTo("YoY change (pp)");
        CategoryChart x = (CategoryChart) c.toXChart();
        assertThat(x.getSeries("YoY change").getYData()).startsWith(Double.NaN, Double.NaN, 3.0, 3.0);
    }

    @Test
    void yoyRejectsATableOfSeveralSeriesAndATableWithoutGrowth() {
        List<GrowthRow> rows = new java.util.ArrayList<>(Fixtures.revenueUsd().yoy().rows());
        rows.addAll(Fixtures.profitWan().yoy().rows());
        GrowthTable mixed = new GrowthTable(GrowthKind.YOY, GrowthConvention.FILING, rows);
        assertThatThrownBy(() -> Charts.yoy(mixed, ChartOptions.en()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("acme/revenue", "acme/net_profit");
        KpiSeries oneYear = KpiSeries.of("acme", Fixtures.REVENUE, Unit.USD, Fixtures.quarters(2024, 2024),
                new double[] {1, 2, 3, 4});
        assertThatThrownBy(() -> Charts.yoy(oneYear.yoy(), ChartOptions.en()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("meaningful");
    }

    @Test
    void comboPutsGrowthOnASecondaryAxis() {
        Fixtures.assumeCjkFont();
        KpiSeries r = Fixtures.revenueWan();
        KpiChart c = Charts.combo(r, r.yoy(), ChartOptions.zh());
        assertThat(c.type()).isEqualTo(KpiChart.Type.COMBO);
        assertThat(c.yAxisTitle()).isEqualTo("营业收入 (亿元)");
        assertThat(c.secondaryYAxisTitle()).contains("同比增长 (%)");
        assertThat(c.pointCounts()).containsExactly(entry("营业收入", 12), entry("同比增长", 8));
        assertThat(c.notes()).singleElement().asString().startsWith("4 期");
        CategoryChart x = (CategoryChart) c.toXChart();
        assertThat(x.getSeries("同比增长").getYAxisGroup()).isEqualTo(1);
        assertThat(x.getSeries("营业收入").getYAxisGroup()).isEqualTo(0);
        // 2023Q1 over 2022Q1: 15100 / 12000 − 1, as computed by core
        double expected = r.yoy().rows().stream().filter(g -> g.period().toString().equals("2023Q1"))
                .findFirst().orElseThrow().growth() * 100;
        assertThat(x.getSeries("同比增长").getYData()[4]).isCloseTo(expected, org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void comboRejectsAGrowthTableOfAnotherSeries() {
        assertThatThrownBy(() -> Charts.combo(Fixtures.revenueUsd(), Fixtures.profitWan().yoy(), ChartOptions.en()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no rows for acme/revenue");
    }

    @Test
    void fanJoinsHistoryProjectionBandAndScenarios() {
        KpiSeries h = Fixtures.revenueUsd();
        List<String> p = List.of("2025Q1", "2025Q2", "2025Q3");
        KpiChart c = Charts.fan(h, FanLine.of("Base", p, new double[] {3.7e9, 3.9e9, 4.1e9}),
                new double[] {3.4e9, 3.5e9, 3.6e9}, new double[] {4.0e9, 4.3e9, 4.7e9},
                List.of(FanLine.of("Bear", p, new double[] {3.3e9, 3.2e9, 3.1e9})), ChartOptions.en());
        assertThat(c.type()).isEqualTo(KpiChart.Type.FAN);
        assertThat(c.pointCounts()).containsExactly(entry("Revenue", 8), entry("Base", 3),
                entry("Base range (lower)", 3), entry("Base range (upper)", 3), entry("Bear", 3));
        assertThat(c.yAxisTitle()).isEqualTo("Revenue (USD bn)");
        assertThat(c.title()).isEqualTo("acme · Revenue · outlook");
        XYChart x = (XYChart) c.toXChart();
        // the projection starts at the last reported point, 2024Q4 at x = 7
        assertThat(x.getSeries("Base").getXData()).containsExactly(7, 8, 9, 10);
        assertThat(x.getSeries("Base").getYData()[0]).isEqualTo(3.6);
        // the band is a closed polygon: upper forwards, lower backwards
        assertThat(x.getSeries("Base range").getXData()).hasSize(8);
    }

    @Test
    void fanServesForecastsWithoutBandOrScenarios() {
        KpiChart c = Charts.fan(Fixtures.revenueUsd(), FanLine.of("Forecast", List.of("2025Q1"), new double[] {3.8e9}),
                ChartOptions.en().withTitle("Forecast"));
        assertThat(c.seriesNames()).containsExactly("Revenue", "Forecast");
        assertThat(c.title()).isEqualTo("Forecast");
    }

    @Test
    void fanRejectsABadBand() {
        KpiSeries h = Fixtures.revenueUsd();
        FanLine base = FanLine.of("Base", List.of("2025Q1", "2025Q2"), new double[] {1, 2});
        assertThatThrownBy(() -> Charts.fan(h, base, new double[] {1}, new double[] {2}, List.of(), ChartOptions.en()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one lower and one upper");
        assertThatThrownBy(() -> Charts.fan(h, base, new double[] {1, 3}, new double[] {2, 2}, List.of(), ChartOptions.en()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lower ≤ upper");
        assertThatThrownBy(() -> Charts.fan(h, base, new double[] {1, 2}, null, List.of(), ChartOptions.en()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("both band sides");
        assertThatThrownBy(() -> FanLine.of("x", List.of("2025", "2025"), new double[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fanLineIsImmutable() {
        double[] v = {1, 2};
        FanLine l = FanLine.of("x", List.of("2025", "2026"), v);
        v[0] = 99;
        l.values()[1] = 99;
        assertThat(l.values()).containsExactly(1, 2);
    }

    @Test
    void mixStacksSegmentValuesInOneDisplayUnit_andLeavesOutAPeriodWithAPartMissing() {
        Fixtures.assumeCjkFont();
        KpiSeries a = Fixtures.segment("算力服务", Unit.WAN_YUAN, 15000, 17000, 18000, 21000);
        KpiSeries b = Fixtures.segment("智算云", Unit.YI_YUAN, 0.5, 0.7, 0.9);
        KpiChart c = Charts.mix(List.of(a, b), MixMode.VALUES, ChartOptions.zh());
        assertThat(c.type()).isEqualTo(KpiChart.Type.MIX);
        // 2024Q4 has no 智算云 figure: it is not stacked (a missing part is never drawn as 0)
        assertThat(c.pointCounts()).containsExactly(entry("算力服务", 3), entry("智算云", 3));
        assertThat(c.yAxisTitle()).isEqualTo("营业收入 (亿元)");
        assertThat(c.notes()).anySatisfy(n -> assertThat(n).contains("2024Q4 (智算云)"));
        CategoryChart x = (CategoryChart) c.toXChart();
        assertThat(x.getStyler().isStacked()).isTrue();
        assertThat(x.getSeries("智算云").getXData()).map(Object::toString).containsExactly("2024Q1", "2024Q2", "2024Q3");
        // 0.5, 0.7, 0.9 亿元 as given; 算力服务 15000 万元 = 1.5 亿元
        assertThat(x.getSeries("智算云").getYData()).containsExactly(0.5, 0.7, 0.9);
        assertThat(x.getSeries("算力服务").getYData()).containsExactly(1.5, 1.7, 1.8);
    }

    @Test
    void mixOfSharesSumsToOneHundredPercent() {
        Fixtures.assumeCjkFont();
        KpiSeries a = Fixtures.segment("cloud", Unit.WAN_YUAN, 300, 600);
        KpiSeries b = Fixtures.segment("services", Unit.WAN_YUAN, 700, 400);
        KpiChart c = Charts.mix(List.of(a, b), MixMode.SHARES, ChartOptions.en());
        assertThat(c.yAxisTitle()).isEqualTo("Revenue share (%)");
        assertThat(c.unitLabel()).isEqualTo("%");
        CategoryChart x = (CategoryChart) c.toXChart();
        assertThat(x.getSeries("cloud").getYData()).containsExactly(30.0, 60.0);
        assertThat(x.getSeries("services").getYData()).containsExactly(70.0, 40.0);
    }

    @Test
    void mixRejectsTheWholeEntityAndOtherMetrics() {
        KpiSeries whole = Fixtures.revenueUsd();
        KpiSeries seg = Fixtures.segment("cloud", Unit.USD, 1, 2);
        assertThatThrownBy(() -> Charts.mix(List.of(whole, seg), MixMode.VALUES, ChartOptions.en()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whole entity");
        KpiSeries profit = KpiSeries.builder("acme", Fixtures.NET_PROFIT, Unit.USD).segment("x")
                .add(Period.parse("2024Q1"), 1, 0).build();
        assertThatThrownBy(() -> Charts.mix(List.of(seg, profit), MixMode.VALUES, ChartOptions.en()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one metric");
    }

    @Test
    void dashboardDescribesItsPanels() {
        KpiSeries r = Fixtures.revenueUsd();
        KpiChart line = Charts.line(r, ChartOptions.en());
        KpiChart yoy = Charts.yoy(r.yoy(), ChartOptions.en());
        KpiChart combo = Charts.combo(r, r.yoy(), ChartOptions.en());
        KpiChart d = Charts.dashboard(List.of(line, yoy, combo), ChartOptions.en().withTitle("Acme"));
        assertThat(d.type()).isEqualTo(KpiChart.Type.DASHBOARD);
        assertThat(d.panels()).containsExactly(line, yoy, combo);
        assertThat(d.seriesNames()).containsExactly("acme · Revenue", "acme · Revenue · YoY growth", "acme · Revenue (2)");
        assertThat(d.width()).isEqualTo(1280);
        assertThat(d.height()).isEqualTo(840);
        assertThatThrownBy(d::toXChart).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> Charts.dashboard(List.of(), ChartOptions.en())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void toXChartBuildsANewChartEachCall() {
        KpiChart c = Charts.line(Fixtures.revenueUsd(), ChartOptions.en());
        AxesChart<?, ?> a = c.toXChart();
        AxesChart<?, ?> b = c.toXChart();
        assertThat(a).isNotSameAs(b);
        a.setTitle("changed");
        assertThat(c.toXChart().getTitle()).isEqualTo("acme · Revenue");
        assertThat(c.title()).isEqualTo("acme · Revenue");
    }

    @Test
    void legendIsShownOnlyForSeveralSeries() {
        KpiSeries r = Fixtures.revenueUsd();
        assertThat(Charts.line(r, ChartOptions.en()).toXChart().getStyler().isLegendVisible()).isFalse();
        assertThat(Charts.line(List.of(r, r.ttm()), ChartOptions.en()).toXChart().getStyler().isLegendVisible()).isTrue();
    }

    @Test
    void yAxisTicksUseAThousandsSeparatedPattern() {
        KpiSeries persons = KpiSeries.of("acme", org.kpi4j.metric.MetricCatalog.standard().get("headcount").orElseThrow(),
                Unit.PERSONS, List.of(Period.parse("2024-03-31"), Period.parse("2024-06-30"), Period.parse("2024-09-30"),
                        Period.parse("2024-12-31")), new double[] {12000, 12500, 13100, 14000});
        KpiChart c = Charts.line(persons, ChartOptions.en());
        assertThat(c.yAxisTitle()).endsWith("(persons)");
        assertThat(c.toXChart().getStyler().getYAxisDecimalPattern()).startsWith("#,##0");
    }
}

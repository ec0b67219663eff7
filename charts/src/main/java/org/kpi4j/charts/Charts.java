package org.kpi4j.charts;

import java.util.List;
import java.util.Objects;
import org.kpi4j.growth.GrowthTable;
import org.kpi4j.series.KpiSeries;

/**
 * Shortcuts to the chart specs for the common cases: each method builds the spec of its chart type
 * with {@link ChartBasis#AUTO} and returns its chart. Use the specs ({@link LineSpec},
 * {@link GrowthSpec}, {@link ComboSpec}, {@link FanSpec}, {@link MixSpec}, {@link DashboardSpec})
 * for a basis, a kind of growth, a segment hierarchy or a forecast. Charts only draw: values,
 * conversions and growth come from core.
 *
 * <pre>{@code
 * FactSet facts = Datasets.load("paratera");
 * KpiSeries holders = facts.series("paratera", "shareholder_count");
 * Charts.line(holders, ChartOptions.zh()).toPng(Path.of("holders.png"));
 * GrowthTable g = holders.growth(GrowthKind.VS_YEAR_END, GrowthConvention.FILING);   // +127.04%
 * Charts.yoy(g, ChartOptions.en()).toSvg(Path.of("growth.svg"));
 * }</pre>
 *
 * <p>Values are shown in a display unit chosen by {@link DisplayScale} (元 amounts over 1e8 in
 * 亿元, and so on), which is also put in the y axis title. Names come from
 * {@link org.kpi4j.metric.Metric#nameZh()} or {@link org.kpi4j.metric.Metric#nameEn()} by
 * {@link ChartOptions#language()}; numbers and units are written by {@link ChartOptions#format()}.
 */
public final class Charts {

    private Charts() {
    }

    /**
     * A line chart of one series on the basis {@link ChartBasis#AUTO}, with default options.
     *
     * <pre>{@code
     * Charts.line(revenue).toPng(Path.of("revenue.png"));
     * }</pre>
     *
     * @param series the series, not empty, not null
     * @return the chart, not null
     * @throws IllegalArgumentException if the series is empty or has nothing to draw on one basis
     */
    public static KpiChart line(KpiSeries series) {
        return line(List.of(Objects.requireNonNull(series, "series")), ChartOptions.defaults());
    }

    /**
     * A line chart of one series on the basis {@link ChartBasis#AUTO}: a flow filed year-to-date
     * as single quarters.
     *
     * <pre>{@code
     * Charts.line(facts.series("acme", "revenue"), ChartOptions.zh()).yAxisTitle();   // "营业收入 (亿元)"
     * }</pre>
     *
     * @param series the series, not empty, not null
     * @param options the options, not null
     * @return the chart, not null
     * @throws IllegalArgumentException if the series is empty or has nothing to draw on one basis
     * @throws IllegalStateException if Chinese labels are needed and no font can display them
     */
    public static KpiChart line(KpiSeries series, ChartOptions options) {
        return line(List.of(Objects.requireNonNull(series, "series")), options);
    }

    /**
     * A line chart of series whose units share a dimension, on the basis {@link ChartBasis#AUTO}
     * (see {@link LineSpec}).
     *
     * <pre>{@code
     * Charts.line(List.of(revenue, revenue.ttm()), ChartOptions.en()).seriesNames();   // [Revenue, Revenue (TTM)]
     * }</pre>
     *
     * @param series the series, at least one, none empty, not null
     * @param options the options, not null
     * @return the chart, not null
     * @throws IllegalArgumentException if the list or a series is empty, or units differ in dimension
     * @throws IllegalStateException if Chinese labels are needed and no font can display them
     */
    public static KpiChart line(List<KpiSeries> series, ChartOptions options) {
        return LineSpec.builder().series(series).options(options).build().chart();
    }

    /**
     * Growth bars from a growth table of one series, with default options.
     *
     * <pre>{@code
     * Charts.yoy(revenue.yoy()).toPng(Path.of("yoy.png"));
     * }</pre>
     *
     * @param growth the table, rows of one entity, metric and segment, not null
     * @return the chart, not null
     * @throws IllegalArgumentException if the table mixes series or no row has a growth figure
     */
    public static KpiChart yoy(GrowthTable growth) {
        return yoy(growth, ChartOptions.defaults());
    }

    /**
     * Growth bars from a growth table of one series (see {@link GrowthSpec}); rows of the period
     * length most rows have are drawn, the others listed in a note.
     *
     * <pre>{@code
     * KpiChart c = Charts.yoy(profit.growth(GrowthKind.YOY, GrowthConvention.FILING), ChartOptions.zh());
     * c.yAxisTitle();   // "同比增长 (%)"
     * }</pre>
     *
     * @param growth the table, rows of one entity, metric and segment, not null
     * @param options the options; metric names come from its catalog, not null
     * @return the chart, not null
     * @throws IllegalArgumentException if the table mixes series or no row has a growth figure
     * @throws IllegalStateException if Chinese labels are needed and no font can display them
     */
    public static KpiChart yoy(GrowthTable growth, ChartOptions options) {
        return GrowthSpec.builder().table(growth).options(options).build().chart();
    }

    /**
     * Value bars of a series on the basis {@link ChartBasis#AUTO} with the growth rows of those
     * periods as a line on a second axis (see {@link ComboSpec}).
     *
     * <pre>{@code
     * KpiChart c = Charts.combo(revenue, revenue.yoy(), ChartOptions.zh());
     * c.secondaryYAxisTitle().get();      // "同比增长 (%)"
     * }</pre>
     *
     * @param series the series, not empty, not null
     * @param growth growth rows of the series (other series' rows are ignored), not null
     * @param options the options, not null
     * @return the chart, not null
     * @throws IllegalArgumentException if the series is empty or no growth row belongs to its periods
     * @throws IllegalStateException if Chinese labels are needed and no font can display them
     */
    public static KpiChart combo(KpiSeries series, GrowthTable growth, ChartOptions options) {
        return ComboSpec.builder().series(series).growth(Objects.requireNonNull(growth, "growth")).options(options)
                .build().chart();
    }

    /**
     * A fan chart of a history continued by one projected line (see {@link FanSpec}).
     *
     * <pre>{@code
     * FanLine plan = FanLine.of("Plan", List.of("2025Q1", "2025Q2"), new double[] {17, 18});
     * Charts.fan(revenue, plan, ChartOptions.en()).toPng(Path.of("plan.png"));
     * }</pre>
     *
     * @param history the reported series, not empty, not null
     * @param projection the projected or forecast values, in the history's unit, not null
     * @param options the options, not null
     * @return the chart, not null
     * @throws IllegalArgumentException if the history is empty or the projection does not continue it
     *     on its basis
     * @throws IllegalStateException if Chinese labels are needed and no font can display them
     */
    public static KpiChart fan(KpiSeries history, FanLine projection, ChartOptions options) {
        return fan(history, projection, null, null, List.of(), options);
    }

    /**
     * A fan chart with a band and scenarios (see {@link FanSpec}).
     *
     * <pre>{@code
     * List<String> p = List.of("2025Q1", "2025Q2", "2025Q3");
     * KpiChart c = Charts.fan(revenue, FanLine.of("Base", p, new double[] {17, 18, 19}),
     *         new double[] {15, 15.5, 16}, new double[] {19, 20.5, 22},
     *         List.of(FanLine.of("Bull", p, new double[] {18, 20, 23})), ChartOptions.zh());
     * }</pre>
     *
     * @param history the reported series, not empty, not null
     * @param projection the central projected or forecast line, not null
     * @param lower the band's lower values, one per projection point, or null for no band
     * @param upper the band's upper values, one per projection point, or null for no band
     * @param scenarios further named lines, possibly empty, not null
     * @param options the options, not null
     * @return the chart, not null
     * @throws IllegalArgumentException as {@link FanSpec#FanSpec} and {@link FanSpec#data()}
     * @throws IllegalStateException if Chinese labels are needed and no font can display them
     */
    public static KpiChart fan(KpiSeries history, FanLine projection, double[] lower, double[] upper,
            List<FanLine> scenarios, ChartOptions options) {
        return new FanSpec(history, ChartBasis.AUTO, projection, lower, upper, scenarios, options).chart();
    }

    /**
     * Stacked segments of one metric, siblings with no whole known (see {@link MixSpec} for the
     * whole, "other" and a hierarchy); a period in which a segment is not reported is not stacked.
     *
     * <pre>{@code
     * Charts.mix(segments, MixMode.SHARES, ChartOptions.zh()).yAxisTitle();   // "营业收入 占比 (%)"
     * }</pre>
     *
     * @param segments the segment series: one metric, compatible units, each with a segment, not empty
     * @param mode values or shares, not null
     * @param options the options, not null
     * @return the chart, not null
     * @throws IllegalArgumentException as {@link MixSpec#MixSpec} and {@link MixSpec#data()}
     * @throws IllegalStateException if Chinese labels are needed and no font can display them
     */
    public static KpiChart mix(List<KpiSeries> segments, MixMode mode, ChartOptions options) {
        return MixSpec.builder().parts(segments).mode(mode).options(options).build().chart();
    }

    /**
     * Small multiples in two columns (one for a single chart); see {@link DashboardSpec}.
     *
     * <pre>{@code
     * Charts.dashboard(List.of(line, yoy, mix, fan), ChartOptions.zh().withTitle("并行科技")).toPng(Path.of("dash.png"));
     * }</pre>
     *
     * @param charts the panels, not empty, not null
     * @param options the options (title, size), not null
     * @return the dashboard, not null
     * @throws IllegalArgumentException if there are no panels
     */
    public static KpiChart dashboard(List<KpiChart> charts, ChartOptions options) {
        return DashboardSpec.builder().panels(charts).options(options).build().chart();
    }

    /**
     * Small multiples in a given number of columns; see {@link DashboardSpec}.
     *
     * <pre>{@code
     * KpiChart d = Charts.dashboard(List.of(a, b, c), 3, ChartOptions.en().withTitle("Acme"));
     * d.toPdf(Path.of("dashboard.pdf"));
     * }</pre>
     *
     * @param charts the panels, in reading order, not empty, not null
     * @param columns the number of columns, at least 1
     * @param options the options (title, size), not null
     * @return the dashboard, not null
     * @throws IllegalArgumentException if there are no panels or columns is below 1
     * @throws IllegalStateException if the title needs Chinese glyphs and no font has them
     */
    public static KpiChart dashboard(List<KpiChart> charts, int columns, ChartOptions options) {
        return new DashboardSpec(charts, columns, options).chart();
    }
}

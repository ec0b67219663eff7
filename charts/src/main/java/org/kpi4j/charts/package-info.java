/**
 * Charts of kpi4j series and growth, drawn with XChart and written as PNG, SVG or PDF, or given as
 * their data.
 *
 * <p>One spec and builder per chart type ({@link org.kpi4j.charts.LineSpec},
 * {@link org.kpi4j.charts.GrowthSpec}, {@link org.kpi4j.charts.ComboSpec},
 * {@link org.kpi4j.charts.FanSpec}, {@link org.kpi4j.charts.MixSpec},
 * {@link org.kpi4j.charts.DashboardSpec}; {@link org.kpi4j.charts.Charts} has shortcuts) describes
 * a chart; its {@link org.kpi4j.charts.ChartData} is what the chart draws (period, series, value,
 * unit, basis) and its {@link org.kpi4j.charts.KpiChart} the picture, drawn from that data only.
 * Data preparation follows the rules core follows: every chart draws one
 * {@link org.kpi4j.charts.ChartBasis} (a flow filed year-to-date as single quarters, TTM sums or
 * fiscal years, never its cumulative sawtooth; never a year beside a quarter), a forecast continues
 * the history on its basis, a segment mix stacks only siblings of a
 * {@link org.kpi4j.fact.SegmentHierarchy} up to their whole and never stacks ratios. Values are
 * shown in a unit chosen by {@link org.kpi4j.charts.DisplayScale} (元 over 1e8 as 亿元); labels,
 * units and percentages are written by {@link org.kpi4j.format.KpiFormat} in Chinese or English
 * ({@link org.kpi4j.charts.ChartOptions}); Chinese labels are drawn in a CJK font found by
 * {@link org.kpi4j.charts.ChartFonts}.
 *
 * <pre>{@code
 * FactSet facts = Datasets.load("paratera");
 * KpiSeries revenue = facts.series("paratera", "revenue");
 * LineSpec spec = LineSpec.builder().series(revenue).options(ChartOptions.zh()).build();
 * spec.data().toCsv();                    // period,series,value,unit,basis ...
 * KpiChart chart = spec.chart();
 * chart.yAxisTitle();                     // "营业收入 (亿元)"
 * chart.toPng(Path.of("revenue.png"));
 * byte[] png = chart.pngBytes();          // for a notebook
 * }</pre>
 *
 * <p>The library never prints; rendering works headless ({@code java.awt.headless=true}).
 */
package org.kpi4j.charts;

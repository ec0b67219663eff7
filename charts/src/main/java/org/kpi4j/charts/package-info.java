/**
 * Charts of kpi4j series and growth tables, drawn with XChart and written as PNG, SVG or PDF.
 *
 * <p>{@link org.kpi4j.charts.Charts} builds immutable {@link org.kpi4j.charts.KpiChart}s: line
 * charts, growth bars, value-and-growth combos, projection fans, stacked segment mixes and
 * dashboards of several charts. Values are shown in a unit chosen by
 * {@link org.kpi4j.charts.DisplayScale} (元 over 1e8 as 亿元), which the y axis title names; labels
 * are Chinese or English by {@link org.kpi4j.charts.ChartOptions}; Chinese labels are drawn in a
 * CJK font found by {@link org.kpi4j.charts.ChartFonts}.
 *
 * <pre>{@code
 * FactSet facts = Datasets.load("paratera");
 * KpiSeries revenue = facts.series("paratera", "revenue");
 * KpiChart chart = Charts.line(revenue, ChartOptions.zh());
 * chart.yAxisTitle();                     // "营业收入 (亿元)"
 * chart.toPng(Path.of("revenue.png"));
 * byte[] png = chart.pngBytes();          // for a notebook
 * }</pre>
 *
 * <p>The library never prints; rendering works headless ({@code java.awt.headless=true}).
 */
package org.kpi4j.charts;

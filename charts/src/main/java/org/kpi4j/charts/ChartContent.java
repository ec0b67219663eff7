package org.kpi4j.charts;

import java.awt.Font;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a {@link KpiChart} shows, apart from the drawing: its kind and data, the words around it
 * (title, axis titles, display unit, notes), the options and font it was built with, its default
 * size and a dashboard's panels. {@link KpiChart} adds the means to draw it; it extends this class
 * so that both halves stay the public methods of one type. Immutable.
 */
abstract class ChartContent {

    private final Plot plot;
    private final Map<String, Integer> pointCounts;
    private final ChartOptions options;
    private final Font font;
    private final int width;
    private final int height;
    private final List<KpiChart> panels;
    private final int columns;

    ChartContent(Plot plot, Map<String, Integer> pointCounts, ChartOptions options, Font font, int width,
            int height, List<KpiChart> panels, int columns) {
        this.plot = plot;
        this.pointCounts = Collections.unmodifiableMap(new LinkedHashMap<>(pointCounts));
        this.options = options;
        this.font = font;
        this.width = width;
        this.height = height;
        this.panels = List.copyOf(panels);
        this.columns = columns;
    }

    /**
     * Returns the kind of chart.
     *
     * <pre>{@code
     * Charts.yoy(revenue.yoy()).type();   // YOY
     * }</pre>
     *
     * @return the kind, not null
     */
    public KpiChart.Type type() {
        return plot.type();
    }

    /**
     * Returns the title drawn on top.
     *
     * <pre>{@code
     * Charts.line(revenue, ChartOptions.zh()).title();   // "acme · 营业收入"
     * }</pre>
     *
     * @return the title, empty if none, not null
     */
    public String title() {
        return plot.title();
    }

    /**
     * Returns the names of the series, in legend order (the series of {@link #data()}); for a
     * dashboard, the panels' titles.
     *
     * <pre>{@code
     * Charts.mix(segments, MixMode.VALUES, ChartOptions.zh()).seriesNames();   // [通用云, 智算云]
     * }</pre>
     *
     * @return the names, unmodifiable, not null
     */
    public List<String> seriesNames() {
        return List.copyOf(pointCounts.keySet());
    }

    /**
     * Returns how many points each series draws (a missing or not meaningful value is not a point);
     * for a dashboard, the total of each panel.
     *
     * <pre>{@code
     * Charts.line(List.of(revenue), ChartOptions.en()).pointCounts();   // {Revenue=8}
     * }</pre>
     *
     * @return the counts by series name, in legend order, unmodifiable, not null
     */
    public Map<String, Integer> pointCounts() {
        return pointCounts;
    }

    /**
     * Returns the x axis title.
     *
     * <pre>{@code
     * Charts.line(revenue, ChartOptions.en()).xAxisTitle();   // "Period (single quarters)"
     * }</pre>
     *
     * @return the title, empty if none (a dashboard), not null
     */
    public String xAxisTitle() {
        return plot.xTitle();
    }

    /**
     * Returns the (left) y axis title with its display unit.
     *
     * <pre>{@code
     * Charts.line(revenue, ChartOptions.zh()).yAxisTitle();   // "营业收入 (亿元)"
     * }</pre>
     *
     * @return the title, empty for a dashboard, not null
     */
    public String yAxisTitle() {
        return plot.yTitle();
    }

    /**
     * Returns the right y axis title of a combo chart.
     *
     * <pre>{@code
     * Charts.combo(revenue, revenue.yoy(), ChartOptions.zh()).secondaryYAxisTitle();   // Optional[同比增长 (%)]
     * }</pre>
     *
     * @return the title, or empty for charts with one y axis
     */
    public Optional<String> secondaryYAxisTitle() {
        return Optional.ofNullable(plot.y2Title());
    }

    /**
     * Returns the unit the (left) y axis shows values in, chosen by {@link DisplayScale} and written
     * by {@link ChartOptions#format()}: {@code 亿元} for yuan in the hundreds of millions, {@code %}
     * for growth.
     *
     * <pre>{@code
     * Charts.line(revenue, ChartOptions.en()).unitLabel();   // "CNY 100m" (亿元 in Chinese)
     * }</pre>
     *
     * @return the unit label, empty for a dashboard, not null
     */
    public String unitLabel() {
        return plot.unitLabel();
    }

    /**
     * Returns the footnotes drawn under the chart (the notes of {@link #data()}): figures the basis
     * leaves out, derived (not reported) points, periods without a meaningful growth rate, periods
     * not stacked, growth flags.
     *
     * <pre>{@code
     * Charts.yoy(profit.yoy(), ChartOptions.en()).notes();   // [4 periods without a meaningful YoY growth figure not shown]
     * }</pre>
     *
     * @return the notes, unmodifiable, not null
     */
    public List<String> notes() {
        return plot.data().notes();
    }

    /**
     * Returns the options the chart was built with.
     *
     * <pre>{@code
     * Charts.line(revenue, ChartOptions.zh()).options().language();   // zh
     * }</pre>
     *
     * @return the options, not null
     */
    public ChartOptions options() {
        return options;
    }

    /**
     * Returns the family of the font labels are drawn in.
     *
     * <pre>{@code
     * Charts.line(revenue, ChartOptions.zh()).fontFamily();   // "Noto Sans CJK SC"
     * }</pre>
     *
     * @return the family, such as {@code Noto Sans CJK SC}, not null
     */
    public String fontFamily() {
        return font.getFamily(java.util.Locale.ENGLISH);
    }

    /**
     * Returns the panels of a dashboard.
     *
     * <pre>{@code
     * Charts.dashboard(List.of(a, b), ChartOptions.en()).panels();   // [a, b]
     * }</pre>
     *
     * @return the panels in reading order, empty for other charts, not null
     */
    public List<KpiChart> panels() {
        return panels;
    }

    /**
     * Returns the default width, used when no size is given.
     *
     * <pre>{@code
     * Charts.line(revenue, ChartOptions.en().withSize(1000, 600)).width();   // 1000
     * }</pre>
     *
     * @return the width in pixels
     */
    public int width() {
        return width;
    }

    /**
     * Returns the default height, used when no size is given.
     *
     * <pre>{@code
     * Charts.line(revenue, ChartOptions.en().withSize(1000, 600)).height();   // 600
     * }</pre>
     *
     * @return the height in pixels
     */
    public int height() {
        return height;
    }

    /**
     * Returns what the chart draws: every value with its period, series, unit and basis, and the
     * notes under the chart. The picture is drawn from these data and nothing else.
     *
     * <pre>{@code
     * ChartData d = Charts.line(revenue, ChartOptions.en()).data();
     * d.basis();   // Optional[discrete]
     * String csv = d.toCsv();
     * }</pre>
     *
     * @return the data, not null
     */
    public ChartData data() {
        return plot.data();
    }

    Plot plot() {
        return plot;
    }

    Font font() {
        return font;
    }

    int columns() {
        return columns;
    }

    /** @return a one-line description: type, title, series with point counts, axis titles and unit */
    @Override
    public String toString() {
        String y2 = plot.y2Title();
        return "KpiChart[" + plot.type() + (plot.title().isEmpty() ? "" : " '" + plot.title() + "'") + ", series "
                + pointCounts + (plot.xTitle().isEmpty() ? "" : ", x '" + plot.xTitle() + "'")
                + (plot.yTitle().isEmpty() ? "" : ", y '" + plot.yTitle() + "'")
                + (y2 == null ? "" : ", y2 '" + y2 + "'")
                + (plot.unitLabel().isEmpty() ? "" : ", unit " + plot.unitLabel())
                + (notes().isEmpty() ? "" : ", notes " + notes()) + "]";
    }
}

package org.kpi4j.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.CategoryStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.kpi4j.growth.GrowthFlag;
import org.kpi4j.growth.GrowthRow;
import org.kpi4j.growth.GrowthTable;
import org.kpi4j.metric.Metric;
import org.kpi4j.series.KpiSeries;
import org.kpi4j.time.Period;
import org.kpi4j.unit.Dimension;
import org.kpi4j.unit.Unit;

/**
 * Factories of {@link KpiChart}s from kpi4j's core types. Charts only draw: growth comes from a
 * {@link GrowthTable} computed by core, never recomputed here.
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
 * {@link Metric#nameZh()} or {@link Metric#nameEn()} by {@link ChartOptions#language()}.
 */
public final class Charts {

    private Charts() {
    }

    // ---------------------------------------------------------------- line

    /**
     * A line chart of one series over its periods, with default options.
     *
     * <pre>{@code
     * Charts.line(revenue).toPng(Path.of("revenue.png"));
     * }</pre>
     *
     * @param series the series, not empty, not null
     * @return the chart, not null
     * @throws IllegalArgumentException if the series is empty
     */
    public static KpiChart line(KpiSeries series) {
        return line(List.of(series), ChartOptions.defaults());
    }

    /**
     * A line chart of one series over its periods.
     *
     * <pre>{@code
     * Charts.line(revenue, ChartOptions.zh()).yAxisTitle();   // "营业收入 (亿元)"
     * }</pre>
     *
     * @param series the series, not empty, not null
     * @param options the options, not null
     * @return the chart, not null
     * @throws IllegalArgumentException if the series is empty
     * @throws IllegalStateException if Chinese labels are needed and no font can display them
     */
    public static KpiChart line(KpiSeries series, ChartOptions options) {
        return line(List.of(Objects.requireNonNull(series, "series")), options);
    }

    /**
     * A line chart of one or more series whose units share a dimension (万元 and 亿元, say), on one
     * axis of period labels ({@code 2024Q1}, …). Periods missing from a series leave a gap; points
     * core derived rather than read from a report (a Q4 from the year minus Q1-Q3) are listed in a
     * note.
     *
     * <pre>{@code
     * KpiSeries q = revenue.toDiscreteQuarters();
     * Charts.line(List.of(q, q.ttm()), ChartOptions.en()).seriesNames();
     * }</pre>
     *
     * @param series the series, at least one, none empty, not null
     * @param options the options, not null
     * @return the chart, not null
     * @throws IllegalArgumentException if the list or a series is empty, or units differ in dimension
     * @throws IllegalStateException if Chinese labels are needed and no font can display them
     */
    public static KpiChart line(List<KpiSeries> series, ChartOptions options) {
        Objects.requireNonNull(options, "options");
        List<KpiSeries> list = nonEmpty(series, "line");
        ChartOptions.Language lang = options.language();
        Unit unit = list.get(0).unit();
        List<KpiSeries> converted = new ArrayList<>();
        for (KpiSeries s : list) {
            requireCompatible(unit, s);
            converted.add(s.to(unit));
        }
        List<Period> periods = unionPeriods(converted);
        List<String> categories = labels(periods);
        DisplayScale scale = DisplayScale.of(unit, allValues(converted));
        List<String> names = seriesNames(converted, lang);
        List<double[]> ys = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<String> derivedNotes = new ArrayList<>();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < converted.size(); k++) {
            KpiSeries s = converted.get(k);
            double[] y = aligned(s, periods, scale);
            for (double v : y) {
                if (!Double.isNaN(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
            ys.add(y);
            counts.put(names.get(k), s.size());
            List<String> derived = new ArrayList<>();
            for (int i = 0; i < s.size(); i++) {
                if (s.provenance(i).derived()) {
                    derived.add(s.period(i).toString());
                }
            }
            // a TTM or annualised series is derived throughout; list derived points only among reported ones
            if (!derived.isEmpty() && derived.size() < s.size()) {
                derivedNotes.add(Text.derived(lang, (converted.size() > 1 ? names.get(k) + ": " : "") + abbreviate(derived)));
            }
        }
        String metricPart = distinctMetrics(converted).size() == 1 ? converted.get(0).metric().name(lang.chinese())
                : Text.value(lang);
        String yTitle = axisTitle(metricPart, unitLabel(lang, scale.target()));
        String xTitle = Text.period(lang);
        String title = options.title().orElse(defaultTitle(converted, lang, null));
        String pattern = DisplayScale.decimalPattern(min, max);
        Font font = ChartFonts.resolve(options, texts(title, xTitle, yTitle, names, derivedNotes));
        List<String> cats = List.copyOf(categories);
        List<String> nameList = List.copyOf(names);
        boolean legend = names.size() > 1;
        KpiChart.Recipe recipe = (w, h, f) -> {
            CategoryChart c = categoryChart(w, h, f, title, xTitle, yTitle, pattern, legend, cats);
            c.getStyler().setDefaultSeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Line);
            for (int k = 0; k < nameList.size(); k++) {
                c.addSeries(nameList.get(k), cats, boxed(ys.get(k)));
            }
            return c;
        };
        return new KpiChart(KpiChart.Type.LINE, title, counts, xTitle, yTitle, null, unitLabel(lang, scale.target()),
                derivedNotes, options, font, options.width(), options.height(), recipe, List.of(), 1);
    }

    // ---------------------------------------------------------------- yoy

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
     * Growth bars from a growth table of one series: growth in percent, increases and decreases in
     * two colours, and a marker on rows core flagged ({@link GrowthFlag#TURNAROUND},
     * {@link GrowthFlag#TO_LOSS}, a narrowed loss, …) with the flag named in the legend. Rows whose
     * growth is null (a zero base, a missing base, a negative base under the NM convention) are
     * skipped and counted in a note. For a ratio metric (growth null, change in points) the bars
     * show the change in percentage points.
     *
     * <pre>{@code
     * GrowthTable t = profit.growth(GrowthKind.YOY, GrowthConvention.FILING);
     * KpiChart c = Charts.yoy(t, ChartOptions.zh());
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
        Objects.requireNonNull(growth, "growth");
        Objects.requireNonNull(options, "options");
        ChartOptions.Language lang = options.language();
        List<GrowthRow> rows = new ArrayList<>(growth.rows());
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("the growth table is empty; there is nothing to chart");
        }
        requireOneSeries(rows);
        rows.sort(Comparator.comparing(GrowthRow::period));
        GrowthRow first = rows.get(0);
        boolean ratio = rows.stream().allMatch(GrowthRow::ratio);
        String measure = ratio ? Text.change(lang, growth.kind()) : Text.growth(lang, growth.kind());
        List<String> cats = new ArrayList<>();
        List<Double> pos = new ArrayList<>();
        List<Double> neg = new ArrayList<>();
        Map<GrowthFlag, List<Double>> flags = new LinkedHashMap<>();
        List<double[]> plotted = new ArrayList<>();
        int skipped = 0;
        for (GrowthRow r : rows) {
            Double v = change(r, ratio);
            if (v == null) {
                skipped++;
                continue;
            }
            cats.add(r.period().toString());
            pos.add(v >= 0 ? v : Double.NaN);
            neg.add(v < 0 ? v : Double.NaN);
            if (r.flag() != GrowthFlag.NONE) {
                flags.computeIfAbsent(r.flag(), f -> new ArrayList<>());
            }
            plotted.add(new double[] {v, r.flag().ordinal()});
        }
        if (cats.isEmpty()) {
            throw new IllegalArgumentException("no row of the growth table for " + key(first)
                    + " has a meaningful growth figure (" + rows.size() + " rows, all null)");
        }
        for (Map.Entry<GrowthFlag, List<Double>> e : flags.entrySet()) {
            for (double[] p : plotted) {
                e.getValue().add((int) p[1] == e.getKey().ordinal() ? p[0] : Double.NaN);
            }
        }
        String metricName = metricName(options, first.metric());
        String unit = ratio ? "pp" : "%";
        String yTitle = axisTitle(measure, unit);
        String xTitle = Text.period(lang);
        String title = options.title().orElse(join(first.entity(), metricName,
                first.segment().isEmpty() ? null : first.segment(), measure));
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put(measure, cats.size());
        Map<String, GrowthFlag> flagNames = new LinkedHashMap<>();
        for (Map.Entry<GrowthFlag, List<Double>> e : flags.entrySet()) {
            String n = Text.flag(lang, e.getKey());
            flagNames.put(n, e.getKey());
            counts.put(n, (int) e.getValue().stream().filter(d -> !d.isNaN()).count());
        }
        List<String> notes = new ArrayList<>();
        if (skipped > 0) {
            notes.add(Text.skipped(lang, skipped, measure));
        }
        double min = plotted.stream().mapToDouble(p -> p[0]).min().orElse(0);
        double max = plotted.stream().mapToDouble(p -> p[0]).max().orElse(0);
        String pattern = DisplayScale.decimalPattern(Math.min(0, min), Math.max(0, max));
        Font font = ChartFonts.resolve(options, texts(title, xTitle, yTitle, new ArrayList<>(counts.keySet()), notes));
        List<String> catList = List.copyOf(cats);
        List<Double> posList = List.copyOf(pos);
        List<Double> negList = List.copyOf(neg);
        Map<GrowthFlag, List<Double>> flagData = new LinkedHashMap<>();
        flags.forEach((k, v) -> flagData.put(k, List.copyOf(v)));
        boolean legend = !flagData.isEmpty();
        KpiChart.Recipe recipe = (w, h, f) -> {
            CategoryChart c = categoryChart(w, h, f, title, xTitle, yTitle, pattern, legend, catList);
            CategoryStyler st = c.getStyler();
            st.setOverlapped(true);
            CategorySeries p = c.addSeries(measure, catList, posList);
            p.setFillColor(Theme.POSITIVE);
            p.setShowInLegend(false);
            CategorySeries n = c.addSeries(measure + " (−)", catList, negList);
            n.setFillColor(Theme.NEGATIVE);
            n.setShowInLegend(false);
            double s = Theme.scale(w, h);
            for (Map.Entry<String, GrowthFlag> e : flagNames.entrySet()) {
                CategorySeries m = c.addSeries(e.getKey(), catList, flagData.get(e.getValue()));
                m.setChartCategorySeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Scatter);
                m.setMarker(flagMarker(e.getValue()));
                m.setMarkerColor(Theme.FLAG);
                m.setFillColor(Theme.FLAG);
            }
            st.setMarkerSize((int) Math.max(6, Math.round(10 * s)));
            return c;
        };
        return new KpiChart(KpiChart.Type.YOY, title, counts, xTitle, yTitle, null, unit, notes, options, font,
                options.width(), options.height(), recipe, List.of(), 1);
    }

    // ---------------------------------------------------------------- combo

    /**
     * Value bars of a series with its growth as a line on a second (right) y axis. Growth rows are
     * matched to the series by entity, metric, segment and period label; periods with no row or a
     * null growth leave a gap in the line and are counted in a note; flagged rows are listed in a
     * note.
     *
     * <pre>{@code
     * KpiChart c = Charts.combo(revenue, revenue.yoy(), ChartOptions.zh());
     * c.yAxisTitle();                     // "营业收入 (亿元)"
     * c.secondaryYAxisTitle().get();      // "同比增长 (%)"
     * }</pre>
     *
     * @param series the series, not empty, not null
     * @param growth growth rows of the series (other series' rows are ignored), not null
     * @param options the options, not null
     * @return the chart, not null
     * @throws IllegalArgumentException if the series is empty or no growth row belongs to it
     * @throws IllegalStateException if Chinese labels are needed and no font can display them
     */
    public static KpiChart combo(KpiSeries series, GrowthTable growth, ChartOptions options) {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(growth, "growth");
        Objects.requireNonNull(options, "options");
        if (series.isEmpty()) {
            throw new IllegalArgumentException("series " + describe(series) + " is empty; there is nothing to chart");
        }
        ChartOptions.Language lang = options.language();
        Map<String, GrowthRow> byPeriod = new HashMap<>();
        for (GrowthRow r : growth.rows()) {
            if (r.entity().equals(series.entity()) && r.metric().equals(series.metric().id())
                    && r.segment().equals(series.segment())) {
                byPeriod.put(r.period().toString(), r);
            }
        }
        if (byPeriod.isEmpty()) {
            throw new IllegalArgumentException("the growth table has no rows for " + describe(series));
        }
        boolean ratio = byPeriod.values().stream().allMatch(GrowthRow::ratio);
        DisplayScale scale = DisplayScale.of(series.unit(), series.values());
        List<String> cats = labels(series.periods());
        double[] bars = aligned(series, series.periods(), scale);
        double[] line = new double[cats.size()];
        int missing = 0;
        List<String> flagged = new ArrayList<>();
        for (int i = 0; i < cats.size(); i++) {
            GrowthRow r = byPeriod.get(cats.get(i));
            Double v = r == null ? null : change(r, ratio);
            line[i] = v == null ? Double.NaN : v;
            if (v == null) {
                missing++;
            }
            if (r != null && r.flag() != GrowthFlag.NONE) {
                flagged.add(cats.get(i) + " " + Text.flag(lang, r.flag()));
            }
        }
        String measure = ratio ? Text.change(lang, growth.kind()) : Text.growth(lang, growth.kind());
        String barName = seriesNames(List.of(series), lang).get(0);
        String lineName = measure;
        String unit = unitLabel(lang, scale.target());
        String yTitle = axisTitle(series.metric().name(lang.chinese()), unit);
        String y2Title = axisTitle(measure, ratio ? "pp" : "%");
        String xTitle = Text.period(lang);
        String title = options.title().orElse(defaultTitle(List.of(series), lang, null));
        List<String> notes = new ArrayList<>();
        if (missing > 0) {
            notes.add(Text.skipped(lang, missing, measure));
        }
        if (!flagged.isEmpty()) {
            notes.add(Text.flagged(lang, abbreviate(flagged)));
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put(barName, series.size());
        counts.put(lineName, cats.size() - missing);
        String pattern = DisplayScale.decimalPattern(Math.min(0, min(bars)), Math.max(0, max(bars)));
        String pattern2 = DisplayScale.decimalPattern(Math.min(0, min(line)), Math.max(0, max(line)));
        Font font = ChartFonts.resolve(options, texts(title, xTitle, yTitle + y2Title, List.of(barName, lineName), notes));
        List<String> catList = List.copyOf(cats);
        KpiChart.Recipe recipe = (w, h, f) -> {
            CategoryChart c = categoryChart(w, h, f, title, xTitle, yTitle, pattern, true, catList);
            CategoryStyler st = c.getStyler();
            st.setOverlapped(true);
            st.setYAxisGroupPosition(1, Styler.YAxisPosition.Right);
            st.putYAxisGroupDecimalPatternMap(1, pattern2);
            c.setYAxisGroupTitle(1, y2Title);
            CategorySeries b = c.addSeries(barName, catList, boxed(bars));
            b.setChartCategorySeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Bar);
            b.setFillColor(Theme.translucent(Theme.palette(0), 200));
            CategorySeries l = c.addSeries(lineName, catList, boxed(line));
            l.setChartCategorySeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Line);
            l.setYAxisGroup(1);
            l.setLineColor(Theme.palette(1));
            l.setMarkerColor(Theme.palette(1));
            l.setYAxisDecimalPattern(pattern2);
            return c;
        };
        return new KpiChart(KpiChart.Type.COMBO, title, counts, xTitle, yTitle, y2Title, unit, notes, options, font,
                options.width(), options.height(), recipe, List.of(), 1);
    }

    // ---------------------------------------------------------------- fan

    /**
     * A fan chart of a history series continued by one projected line, with default band and no
     * scenarios.
     *
     * <pre>{@code
     * FanLine plan = FanLine.of("Plan", List.of("2025", "2026"), new double[] {90_000, 120_000});
     * Charts.fan(revenue, plan, ChartOptions.en()).toPng(Path.of("plan.png"));
     * }</pre>
     *
     * @param history the reported series, not empty, not null
     * @param projection the projected or forecast values, in the history's unit, not null
     * @param options the options, not null
     * @return the chart, not null
     * @throws IllegalArgumentException if the history is empty
     * @throws IllegalStateException if Chinese labels are needed and no font can display them
     */
    public static KpiChart fan(KpiSeries history, FanLine projection, ChartOptions options) {
        return fan(history, projection, null, null, List.of(), options);
    }

    /**
     * A fan chart: the history series as a solid line, the projection as a dashed line continuing
     * from the last reported point, an optional shaded band from {@code lower} to {@code upper}
     * around the projection, and optional named scenario lines. All values are in the history's
     * unit; projected period labels after the history are appended to the x axis in the order they
     * first appear.
     *
     * <pre>{@code
     * List<String> p = List.of("2025", "2026", "2027");
     * KpiChart c = Charts.fan(revenue, FanLine.of("Base", p, new double[] {8e4, 1.0e5, 1.2e5}),
     *         new double[] {7e4, 8e4, 9e4}, new double[] {9e4, 1.2e5, 1.5e5},
     *         List.of(FanLine.of("Bull", p, new double[] {9e4, 1.3e5, 1.8e5})), ChartOptions.zh());
     * }</pre>
     *
     * @param history the reported series, not empty, not null
     * @param projection the central projected or forecast line, not null
     * @param lower the band's lower values, one per projection point, or null for no band
     * @param upper the band's upper values, one per projection point, or null for no band
     * @param scenarios further named lines, possibly empty, not null
     * @param options the options, not null
     * @return the chart, not null
     * @throws IllegalArgumentException if the history is empty, only one band side is given, a band
     *     has the wrong length, a non-finite value or lower above upper, or a name repeats
     * @throws IllegalStateException if Chinese labels are needed and no font can display them
     */
    public static KpiChart fan(KpiSeries history, FanLine projection, double[] lower, double[] upper,
            List<FanLine> scenarios, ChartOptions options) {
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(projection, "projection");
        Objects.requireNonNull(scenarios, "scenarios");
        Objects.requireNonNull(options, "options");
        if (history.isEmpty()) {
            throw new IllegalArgumentException("history " + describe(history) + " is empty; a fan needs a starting point");
        }
        if ((lower == null) != (upper == null)) {
            throw new IllegalArgumentException("give both band sides (lower and upper) or neither");
        }
        double[] lo = lower == null ? null : lower.clone();
        double[] hi = upper == null ? null : upper.clone();
        if (lo != null) {
            if (lo.length != projection.size() || hi.length != projection.size()) {
                throw new IllegalArgumentException("the band must have one lower and one upper value per projection point ("
                        + projection.size() + ") but had " + lo.length + " and " + hi.length);
            }
            for (int i = 0; i < lo.length; i++) {
                if (!Double.isFinite(lo[i]) || !Double.isFinite(hi[i]) || lo[i] > hi[i]) {
                    throw new IllegalArgumentException("band at " + projection.periods().get(i) + " must be finite with lower ≤ upper but was "
                            + lo[i] + " to " + hi[i]);
                }
            }
        }
        List<FanLine> scen = List.copyOf(scenarios);
        ChartOptions.Language lang = options.language();
        // x axis: history labels, then new projected labels in order of appearance
        LinkedHashSet<String> axis = new LinkedHashSet<>(labels(history.periods()));
        axis.addAll(projection.periods());
        for (FanLine s : scen) {
            axis.addAll(s.periods());
        }
        List<String> xLabels = List.copyOf(axis);
        Map<String, Integer> xIndex = new HashMap<>();
        for (int i = 0; i < xLabels.size(); i++) {
            xIndex.put(xLabels.get(i), i);
        }
        List<Double> all = new ArrayList<>();
        for (double v : history.values()) {
            all.add(v);
        }
        for (double v : projection.values()) {
            all.add(v);
        }
        if (lo != null) {
            for (int i = 0; i < lo.length; i++) {
                all.add(lo[i]);
                all.add(hi[i]);
            }
        }
        for (FanLine s : scen) {
            for (double v : s.values()) {
                all.add(v);
            }
        }
        DisplayScale scale = DisplayScale.of(history.unit(), all.stream().mapToDouble(Double::doubleValue).toArray());
        String historyName = seriesNames(List.of(history), lang).get(0);
        Set<String> used = new LinkedHashSet<>();
        used.add(historyName);
        requireNewName(used, projection.name());
        String bandName = projection.name() + " " + Text.band(lang);
        if (lo != null) {
            requireNewName(used, bandName);
        }
        for (FanLine s : scen) {
            requireNewName(used, s.name());
        }
        int last = history.size() - 1;
        double lastX = xIndex.get(history.period(last).toString());
        double lastY = scale.apply(history.value(last));
        double[] hx = new double[history.size()];
        double[] hy = new double[history.size()];
        for (int i = 0; i < history.size(); i++) {
            hx[i] = xIndex.get(history.period(i).toString());
            hy[i] = scale.apply(history.value(i));
        }
        double[][] proj = continued(projection, xIndex, scale, lastX, lastY);
        double[][] band = null;
        if (lo != null) {
            double[][] lower2 = continued(new FanLine("lower", projection.periods(), lo), xIndex, scale, lastX, lastY);
            double[][] upper2 = continued(new FanLine("upper", projection.periods(), hi), xIndex, scale, lastX, lastY);
            int n = lower2[0].length;
            band = new double[2][2 * n];
            for (int i = 0; i < n; i++) {
                band[0][i] = upper2[0][i];
                band[1][i] = upper2[1][i];
                band[0][2 * n - 1 - i] = lower2[0][i];
                band[1][2 * n - 1 - i] = lower2[1][i];
            }
        }
        List<double[][]> scenData = new ArrayList<>();
        for (FanLine s : scen) {
            scenData.add(continued(s, xIndex, scale, lastX, lastY));
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put(historyName, history.size());
        counts.put(projection.name(), projection.size());
        if (lo != null) {
            counts.put(bandName, projection.size());
        }
        for (FanLine s : scen) {
            counts.put(s.name(), s.size());
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : all) {
            min = Math.min(min, scale.apply(v));
            max = Math.max(max, scale.apply(v));
        }
        String pattern = DisplayScale.decimalPattern(min, max);
        String unit = unitLabel(lang, scale.target());
        String yTitle = axisTitle(history.metric().name(lang.chinese()), unit);
        String xTitle = Text.period(lang);
        String title = options.title().orElse(defaultTitle(List.of(history), lang, Text.outlook(lang)));
        List<String> names = new ArrayList<>(counts.keySet());
        Font font = ChartFonts.resolve(options, texts(title, xTitle, yTitle, names, List.of()));
        String projName = projection.name();
        double[][] bandData = band;
        List<String> scenNames = scen.stream().map(FanLine::name).toList();
        KpiChart.Recipe recipe = (w, h, f) -> {
            XYChart c = new XYChart(w, h);
            XYStyler st = c.getStyler();
            Theme.apply(st, f, w, h, true);
            double s = Theme.scale(w, h);
            c.setTitle(title);
            st.setChartTitleVisible(!title.isEmpty());
            c.setXAxisTitle(xTitle);
            c.setYAxisTitle(yTitle);
            st.setYAxisDecimalPattern(pattern);
            st.setDecimalPattern(pattern);
            st.setxAxisTickLabelsFormattingFunction(d -> {
                long r = Math.round(d);
                return Math.abs(d - r) < 1e-6 && r >= 0 && r < xLabels.size() ? xLabels.get((int) r) : " ";
            });
            if (bandData != null) {
                XYSeries b = c.addSeries(bandName, bandData[0], bandData[1]);
                b.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
                b.setFillColor(Theme.translucent(Theme.palette(0), 48));
                b.setLineColor(Theme.translucent(Theme.palette(0), 0));
                b.setMarker(SeriesMarkers.NONE);
            }
            XYSeries hs = c.addSeries(historyName, hx, hy);
            hs.setLineColor(Theme.HISTORY);
            hs.setMarkerColor(Theme.HISTORY);
            hs.setMarker(SeriesMarkers.CIRCLE);
            XYSeries ps = c.addSeries(projName, proj[0], proj[1]);
            ps.setLineColor(Theme.palette(0));
            ps.setMarkerColor(Theme.palette(0));
            ps.setLineStyle(Theme.dashed(s, 2f));
            ps.setMarker(SeriesMarkers.CIRCLE);
            for (int k = 0; k < scenNames.size(); k++) {
                double[][] d = scenData.get(k);
                XYSeries ss = c.addSeries(scenNames.get(k), d[0], d[1]);
                Color col = Theme.palette(k + 1);
                ss.setLineColor(col);
                ss.setMarkerColor(col);
                ss.setLineStyle(Theme.dashed(s, 1.6f));
                ss.setMarker(SeriesMarkers.DIAMOND);
            }
            AnnotationLine divider = new AnnotationLine(lastX, true, false);
            c.addAnnotation(divider);
            st.setAnnotationLineColor(Theme.GRID.darker());
            st.setAnnotationLineStroke(Theme.dashed(s, 1f));
            return c;
        };
        return new KpiChart(KpiChart.Type.FAN, title, counts, xTitle, yTitle, null, unit, List.of(), options, font,
                options.width(), options.height(), recipe, List.of(), 1);
    }

    // ---------------------------------------------------------------- mix

    /**
     * Stacked bars of several segment series of one metric: their values in one display unit, or
     * each segment's share (in percent) of the sum of the segments charted in that period. A segment
     * missing in a period is stacked as 0 and listed in a note.
     *
     * <pre>{@code
     * KpiSeries services = facts.series(SeriesKey.of("paratera", "revenue", "算力服务"));
     * KpiSeries cloud = facts.series(SeriesKey.of("paratera", "revenue", "智算云"));
     * Charts.mix(List.of(services, cloud), MixMode.SHARES, ChartOptions.zh()).yAxisTitle();   // "营业收入 占比 (%)"
     * }</pre>
     *
     * @param segments the segment series: one metric, compatible units, each with a segment, not empty
     * @param mode values or shares, not null
     * @param options the options, not null
     * @return the chart, not null
     * @throws IllegalArgumentException if the list is empty, the metrics differ, a series has no
     *     segment or is empty, units differ in dimension, or shares meet a negative value
     * @throws IllegalStateException if Chinese labels are needed and no font can display them
     */
    public static KpiChart mix(List<KpiSeries> segments, MixMode mode, ChartOptions options) {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(options, "options");
        List<KpiSeries> list = nonEmpty(segments, "mix");
        ChartOptions.Language lang = options.language();
        Unit unit = list.get(0).unit();
        List<KpiSeries> converted = new ArrayList<>();
        for (KpiSeries s : list) {
            if (!s.metric().id().equals(list.get(0).metric().id())) {
                throw new IllegalArgumentException("a segment mix needs one metric but got " + list.get(0).metric().id()
                        + " and " + s.metric().id());
            }
            if (s.segment().isEmpty()) {
                throw new IllegalArgumentException("a segment mix stacks segments, but " + describe(s)
                        + " is the whole entity (no segment), which would count the segments twice");
            }
            requireCompatible(unit, s);
            converted.add(s.to(unit));
        }
        List<Period> periods = unionPeriods(converted);
        List<String> cats = labels(periods);
        List<String> names = seriesNames(converted, lang);
        DisplayScale scale = mode == MixMode.VALUES ? DisplayScale.of(unit, allValues(converted))
                : new DisplayScale(unit, unit);
        List<double[]> data = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int k = 0; k < converted.size(); k++) {
            KpiSeries s = converted.get(k);
            double[] y = aligned(s, periods, scale);
            for (int i = 0; i < y.length; i++) {
                if (Double.isNaN(y[i])) {
                    missing.add(names.get(k) + " " + cats.get(i));
                    y[i] = 0;
                } else if (mode == MixMode.SHARES && y[i] < 0) {
                    throw new IllegalArgumentException("shares need non-negative values but " + describe(s) + " is "
                            + s.value(i) + " at " + cats.get(i));
                }
            }
            data.add(y);
            counts.put(names.get(k), s.size());
        }
        if (mode == MixMode.SHARES) {
            for (int i = 0; i < cats.size(); i++) {
                double sum = 0;
                for (double[] y : data) {
                    sum += y[i];
                }
                for (double[] y : data) {
                    y[i] = sum > 0 ? y[i] / sum * 100 : 0;
                }
            }
        }
        double top = 0;
        double bottom = 0;
        for (int i = 0; i < cats.size(); i++) {
            double up = 0;
            double down = 0;
            for (double[] y : data) {
                if (y[i] >= 0) {
                    up += y[i];
                } else {
                    down += y[i];
                }
            }
            top = Math.max(top, up);
            bottom = Math.min(bottom, down);
        }
        String metric = converted.get(0).metric().name(lang.chinese());
        String unitLabel = mode == MixMode.SHARES ? "%" : unitLabel(lang, scale.target());
        String yTitle = mode == MixMode.SHARES ? axisTitle(metric + " " + Text.share(lang), "%") : axisTitle(metric, unitLabel);
        String xTitle = Text.period(lang);
        String title = options.title().orElse(defaultTitle(converted, lang, Text.mix(lang)));
        List<String> notes = new ArrayList<>();
        if (!missing.isEmpty()) {
            notes.add(Text.missingAsZero(lang, abbreviate(missing)));
        }
        String pattern = mode == MixMode.SHARES ? "#,##0.#" : DisplayScale.decimalPattern(bottom, top);
        Font font = ChartFonts.resolve(options, texts(title, xTitle, yTitle, names, notes));
        List<String> catList = List.copyOf(cats);
        List<String> nameList = List.copyOf(names);
        boolean legend = names.size() > 1;
        boolean shares = mode == MixMode.SHARES;
        KpiChart.Recipe recipe = (w, h, f) -> {
            CategoryChart c = categoryChart(w, h, f, title, xTitle, yTitle, pattern, legend, catList);
            c.getStyler().setStacked(true);
            if (shares) {
                c.getStyler().setYAxisMax(100.0);
                c.getStyler().setYAxisMin(0.0);
            }
            for (int k = 0; k < nameList.size(); k++) {
                CategorySeries s = c.addSeries(nameList.get(k), catList, boxed(data.get(k)));
                s.setFillColor(Theme.palette(k));
            }
            return c;
        };
        return new KpiChart(KpiChart.Type.MIX, title, counts, xTitle, yTitle, null, unitLabel, notes, options, font,
                options.width(), options.height(), recipe, List.of(), 1);
    }

    // ---------------------------------------------------------------- dashboard

    /**
     * Small multiples in two columns (one for a single chart); see
     * {@link #dashboard(List, int, ChartOptions)}.
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
        return dashboard(charts, Math.min(2, Objects.requireNonNull(charts, "charts").size()), options);
    }

    /**
     * Small multiples: several charts in a grid, rendered into one image, with the options' title
     * (if any) on top. Each panel keeps its own labels and language. The default size is the
     * options' size, enlarged to at least 560 × 350 pixels per panel so that panels stay readable.
     *
     * <pre>{@code
     * KpiChart d = Charts.dashboard(List.of(a, b, c), 3, ChartOptions.en().withTitle("Paratera"));
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
        Objects.requireNonNull(charts, "charts");
        Objects.requireNonNull(options, "options");
        if (charts.isEmpty()) {
            throw new IllegalArgumentException("a dashboard needs at least one chart");
        }
        if (columns < 1) {
            throw new IllegalArgumentException("columns must be at least 1 but was " + columns);
        }
        List<KpiChart> panels = List.copyOf(charts);
        int cols = Math.min(columns, panels.size());
        int rows = (panels.size() + cols - 1) / cols;
        String title = options.title().orElse("");
        Font font = ChartFonts.resolve(options, List.of(title));
        int header = title.isEmpty() ? 0 : 40;
        int width = Math.min(20000, Math.max(options.width(), cols * 640));
        int height = Math.min(20000, Math.max(options.height(), rows * 400 + header));
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int i = 0; i < panels.size(); i++) {
            KpiChart p = panels.get(i);
            String name = p.title().isEmpty() ? "#" + (i + 1) : p.title();
            String unique = name;
            for (int n = 2; counts.containsKey(unique); n++) {
                unique = name + " (" + n + ")";
            }
            counts.put(unique, p.pointCounts().values().stream().mapToInt(Integer::intValue).sum());
        }
        return new KpiChart(KpiChart.Type.DASHBOARD, title, counts, "", "", null, "", List.of(), options, font, width,
                height, null, panels, cols);
    }

    // ---------------------------------------------------------------- helpers

    private static CategoryChart categoryChart(int w, int h, Font f, String title, String xTitle, String yTitle,
            String pattern, boolean legend, List<String> cats) {
        CategoryChart c = new CategoryChart(w, h);
        CategoryStyler st = c.getStyler();
        Theme.apply(st, f, w, h, legend);
        c.setTitle(title);
        st.setChartTitleVisible(!title.isEmpty());
        c.setXAxisTitle(xTitle);
        c.setYAxisTitle(yTitle);
        st.setYAxisDecimalPattern(pattern);
        st.setDecimalPattern(pattern);
        return c;
    }

    private static Marker flagMarker(GrowthFlag f) {
        switch (f) {
            case TURNAROUND:
                return SeriesMarkers.TRIANGLE_UP;
            case TO_LOSS:
                return SeriesMarkers.TRIANGLE_DOWN;
            case LOSS_NARROWED:
                return SeriesMarkers.DIAMOND;
            case LOSS_WIDENED:
                return SeriesMarkers.CROSS;
            default:
                return SeriesMarkers.SQUARE;
        }
    }

    /** Growth in percent, or the change of a ratio in percentage points; null if not meaningful. */
    private static Double change(GrowthRow r, boolean ratio) {
        if (ratio || r.ratio()) {
            if (r.difference() == null) {
                return null;
            }
            // a ratio held in percent is already ×100
            return r.unit().exponent() == -2 ? r.difference() : r.difference() * 100;
        }
        return r.growth() == null ? null : r.growth() * 100;
    }

    private static void requireOneSeries(List<GrowthRow> rows) {
        Set<String> keys = new TreeSet<>();
        for (GrowthRow r : rows) {
            keys.add(key(r));
        }
        if (keys.size() > 1) {
            throw new IllegalArgumentException("a growth chart shows one series but the table holds " + keys.size()
                    + " (" + abbreviate(new ArrayList<>(keys)) + "); keep the rows of one, e.g. "
                    + "new GrowthTable(t.kind(), t.convention(), t.rows().stream().filter(r -> r.metric().equals(\"revenue\")).toList())");
        }
    }

    private static String key(GrowthRow r) {
        return r.entity() + "/" + r.metric() + (r.segment().isEmpty() ? "" : "/" + r.segment());
    }

    private static String describe(KpiSeries s) {
        return s.entity() + "/" + s.metric().id() + (s.segment().isEmpty() ? "" : "/" + s.segment());
    }

    private static String metricName(ChartOptions options, String id) {
        return options.catalog().get(id).map(m -> m.name(options.language().chinese())).orElse(id);
    }

    private static List<KpiSeries> nonEmpty(List<KpiSeries> series, String what) {
        Objects.requireNonNull(series, "series");
        if (series.isEmpty()) {
            throw new IllegalArgumentException("a " + what + " chart needs at least one series");
        }
        List<KpiSeries> list = List.copyOf(series);
        for (KpiSeries s : list) {
            if (s.isEmpty()) {
                throw new IllegalArgumentException("series " + describe(s) + " is empty; there is nothing to chart");
            }
        }
        return list;
    }

    private static void requireCompatible(Unit unit, KpiSeries s) {
        if (!unit.isCompatibleWith(s.unit())) {
            throw new IllegalArgumentException("series on one axis need units of one dimension, but " + describe(s)
                    + " is in " + s.unit() + " and the first series in " + unit);
        }
    }

    private static List<Period> unionPeriods(List<KpiSeries> series) {
        TreeSet<Period> all = new TreeSet<>();
        for (KpiSeries s : series) {
            all.addAll(s.periods());
        }
        return List.copyOf(all);
    }

    private static List<String> labels(List<Period> periods) {
        List<String> out = new ArrayList<>(periods.size());
        for (Period p : periods) {
            out.add(p.toString());
        }
        return out;
    }

    private static double[] allValues(List<KpiSeries> series) {
        return series.stream().flatMapToDouble(s -> Arrays.stream(s.values())).toArray();
    }

    /** The series' values on the given periods, scaled; NaN where the series has no value. */
    private static double[] aligned(KpiSeries s, List<Period> periods, DisplayScale scale) {
        double[] y = new double[periods.size()];
        for (int i = 0; i < y.length; i++) {
            java.util.OptionalDouble v = s.get(periods.get(i));
            y[i] = v.isPresent() ? scale.apply(v.getAsDouble()) : Double.NaN;
        }
        return y;
    }

    /** A projected line's points on the x index, starting from the last history point if it is not in the line. */
    private static double[][] continued(FanLine line, Map<String, Integer> xIndex, DisplayScale scale, double lastX,
            double lastY) {
        double[] v = line.values();
        List<double[]> pts = new ArrayList<>();
        for (int i = 0; i < v.length; i++) {
            pts.add(new double[] {xIndex.get(line.periods().get(i)), scale.apply(v[i])});
        }
        pts.sort(Comparator.comparingDouble(p -> p[0]));
        if (pts.get(0)[0] > lastX) {
            pts.add(0, new double[] {lastX, lastY});
        }
        double[][] out = new double[2][pts.size()];
        for (int i = 0; i < pts.size(); i++) {
            out[0][i] = pts.get(i)[0];
            out[1][i] = pts.get(i)[1];
        }
        return out;
    }

    private static void requireNewName(Set<String> used, String name) {
        if (!used.add(name)) {
            throw new IllegalArgumentException("the series name '" + name + "' is used twice in one chart");
        }
    }

    private static List<Double> boxed(double[] values) {
        List<Double> out = new ArrayList<>(values.length);
        for (double v : values) {
            out.add(v);
        }
        return out;
    }

    private static double min(double[] values) {
        return Arrays.stream(values).filter(d -> !Double.isNaN(d)).min().orElse(0);
    }

    private static double max(double[] values) {
        return Arrays.stream(values).filter(d -> !Double.isNaN(d)).max().orElse(0);
    }

    private static Set<String> distinctMetrics(List<KpiSeries> series) {
        Set<String> ids = new LinkedHashSet<>();
        for (KpiSeries s : series) {
            ids.add(s.metric().id());
        }
        return ids;
    }

    /** Legend names: the parts that tell the series apart (entity, metric, segment), unique. */
    private static List<String> seriesNames(List<KpiSeries> series, ChartOptions.Language lang) {
        Set<String> entities = new LinkedHashSet<>();
        for (KpiSeries s : series) {
            entities.add(s.entity());
        }
        boolean manyEntities = entities.size() > 1;
        boolean manyMetrics = distinctMetrics(series).size() > 1;
        List<String> out = new ArrayList<>();
        Set<String> used = new LinkedHashSet<>();
        for (KpiSeries s : series) {
            List<String> parts = new ArrayList<>();
            if (manyEntities) {
                parts.add(s.entity());
            }
            if (manyMetrics || (!manyEntities && s.segment().isEmpty())) {
                parts.add(s.metric().name(lang.chinese()));
            }
            if (!s.segment().isEmpty()) {
                parts.add(s.segment());
            }
            String name = String.join(" · ", parts);
            if (used.contains(name) && s.transform() != org.kpi4j.series.Transform.REPORTED) {
                name = name + " (" + s.transform().toString().toUpperCase(java.util.Locale.ROOT) + ")";
            }
            String unique = name;
            for (int n = 2; used.contains(unique); n++) {
                unique = name + " (" + n + ")";
            }
            used.add(unique);
            out.add(unique);
        }
        return out;
    }

    private static String defaultTitle(List<KpiSeries> series, ChartOptions.Language lang, String suffix) {
        Set<String> entities = new LinkedHashSet<>();
        Set<String> metrics = new LinkedHashSet<>();
        Set<String> segments = new LinkedHashSet<>();
        for (KpiSeries s : series) {
            entities.add(s.entity());
            metrics.add(s.metric().name(lang.chinese()));
            segments.add(s.segment());
        }
        String segment = segments.size() == 1 && !segments.iterator().next().isEmpty() ? segments.iterator().next() : null;
        return join(entities.size() == 1 ? entities.iterator().next() : null,
                metrics.size() == 1 ? metrics.iterator().next() : null, segment, suffix);
    }

    private static String join(String... parts) {
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isEmpty()) {
                out.add(p);
            }
        }
        return String.join(" · ", out);
    }

    private static String axisTitle(String name, String unit) {
        return unit.isEmpty() ? name : name + " (" + unit + ")";
    }

    /** The unit as printed in an axis title; persons and counts in Chinese. */
    private static String unitLabel(ChartOptions.Language lang, Unit unit) {
        if (lang == ChartOptions.Language.ZH) {
            if (unit.dimension() == Dimension.PERSONS) {
                return "人";
            }
            if (unit.dimension() == Dimension.COUNT) {
                return "个";
            }
        }
        return unit.symbol();
    }

    private static String abbreviate(List<String> items) {
        int max = 6;
        if (items.size() <= max) {
            return String.join(", ", items);
        }
        return String.join(", ", items.subList(0, max)) + ", … (" + items.size() + ")";
    }

    private static List<String> texts(String title, String xTitle, String yTitle, List<String> names, List<String> notes) {
        List<String> out = new ArrayList<>();
        out.add(title);
        out.add(xTitle);
        out.add(yTitle);
        out.addAll(names);
        out.addAll(notes);
        return out;
    }
}

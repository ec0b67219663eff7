package org.kpi4j.charts;

import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.internal.chartpart.AxesChart;
import org.knowm.xchart.style.CategoryStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.kpi4j.charts.Plot.Role;
import org.kpi4j.growth.GrowthFlag;
import org.kpi4j.time.Period;

/**
 * Draws a {@link Plot} with XChart: category charts for line, growth, combo and mix; {@link FanRender}
 * for fans. Rendering only: every value comes from the plot's data.
 */
final class Render {

    /** The colour of the remainder of a stack, quieter than any segment's. */
    private static final Color OTHER = new Color(0xB8, 0xBD, 0xC4);

    private Render() {
    }

    static AxesChart<?, ?> draw(Plot p, int w, int h, Font f) {
        switch (p.type()) {
            case LINE:
                return line(p, w, h, f);
            case YOY:
                return growth(p, w, h, f);
            case COMBO:
                return combo(p, w, h, f);
            case FAN:
                return FanRender.fan(p, w, h, f);
            case MIX:
                return mix(p, w, h, f);
            default:
                throw new UnsupportedOperationException("a dashboard is a grid of charts; draw its panels");
        }
    }

    static List<String> labels(ChartData d) {
        List<String> out = new ArrayList<>();
        for (Period p : d.periods()) {
            out.add(p.toString());
        }
        return out;
    }

    /** A series' values on the chart's periods, NaN where it draws nothing. */
    static double[] aligned(ChartData d, String series) {
        List<Period> ps = d.periods();
        double[] y = new double[ps.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = d.value(series, ps.get(i)).orElse(Double.NaN);
        }
        return y;
    }

    static List<Double> boxed(double[] values) {
        List<Double> out = new ArrayList<>(values.length);
        for (double v : values) {
            out.add(v);
        }
        return out;
    }

    /** The smallest and largest value of some series (0 included when {@code withZero}). */
    static double[] range(ChartData d, List<String> series, boolean withZero) {
        double min = withZero ? 0 : Double.POSITIVE_INFINITY;
        double max = withZero ? 0 : Double.NEGATIVE_INFINITY;
        for (String s : series) {
            for (ChartPoint pt : d.points(s)) {
                min = Math.min(min, pt.value());
                max = Math.max(max, pt.value());
            }
        }
        return Double.isFinite(min) ? new double[] {min, max} : new double[] {0, 0};
    }

    private static List<String> having(Plot p, Role... roles) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Role> e : p.roles().entrySet()) {
            for (Role r : roles) {
                if (e.getValue() == r && p.data().series().contains(e.getKey())) {
                    out.add(e.getKey());
                }
            }
        }
        return out;
    }

    private static CategoryChart categoryChart(Plot p, int w, int h, Font f, String pattern, boolean legend) {
        CategoryChart c = new CategoryChart(w, h);
        CategoryStyler st = c.getStyler();
        Theme.apply(st, f, w, h, legend);
        c.setTitle(p.title());
        st.setChartTitleVisible(!p.title().isEmpty());
        c.setXAxisTitle(p.xTitle());
        c.setYAxisTitle(p.yTitle());
        st.setYAxisDecimalPattern(pattern);
        st.setDecimalPattern(pattern);
        if (p.data().periods().size() <= 2) {
            st.setAvailableSpaceFill(0.3); // one or two bars would otherwise fill the plot
        }
        return c;
    }

    private static AxesChart<?, ?> line(Plot p, int w, int h, Font f) {
        ChartData d = p.data();
        double[] r = range(d, d.series(), false);
        CategoryChart c = categoryChart(p, w, h, f, DisplayScale.decimalPattern(r[0], r[1]), d.series().size() > 1);
        c.getStyler().setDefaultSeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Line);
        // every series' point at its period, not offset sideways as grouped bars are
        c.getStyler().setOverlapped(true);
        List<String> cats = labels(d);
        for (String s : d.series()) {
            c.addSeries(s, cats, boxed(aligned(d, s)));
        }
        return c;
    }

    private static AxesChart<?, ?> growth(Plot p, int w, int h, Font f) {
        ChartData d = p.data();
        List<String> measures = having(p, Role.GROWTH);
        List<String> flags = having(p, Role.FLAG);
        double[] r = range(d, measures, true);
        CategoryChart c = categoryChart(p, w, h, f, DisplayScale.decimalPattern(r[0], r[1]), !flags.isEmpty());
        CategoryStyler st = c.getStyler();
        st.setOverlapped(true);
        List<String> cats = labels(d);
        for (String m : measures) {
            double[] y = aligned(d, m);
            double[] pos = new double[y.length];
            double[] neg = new double[y.length];
            for (int i = 0; i < y.length; i++) {
                pos[i] = y[i] >= 0 ? y[i] : Double.NaN;
                neg[i] = y[i] < 0 ? y[i] : Double.NaN;
            }
            CategorySeries ps = c.addSeries(m, cats, boxed(pos));
            ps.setFillColor(Theme.POSITIVE);
            ps.setShowInLegend(false);
            CategorySeries ns = c.addSeries(m + " (−)", cats, boxed(neg));
            ns.setFillColor(Theme.NEGATIVE);
            ns.setShowInLegend(false);
        }
        for (String fl : flags) {
            CategorySeries ms = c.addSeries(fl, cats, boxed(aligned(d, fl)));
            ms.setChartCategorySeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Scatter);
            ms.setMarker(marker(fl));
            ms.setMarkerColor(Theme.FLAG);
            ms.setFillColor(Theme.FLAG);
        }
        st.setMarkerSize((int) Math.max(6, Math.round(10 * Theme.scale(w, h))));
        return c;
    }

    /** The marker of a flag series, by the flag its name stands for. */
    private static Marker marker(String name) {
        for (GrowthFlag g : GrowthFlag.values()) {
            if (name.equals(Text.flag(org.kpi4j.format.KpiFormat.en(), g)) || name.equals(g.chinese())) {
                switch (g) {
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
        }
        return SeriesMarkers.SQUARE;
    }

    private static AxesChart<?, ?> combo(Plot p, int w, int h, Font f) {
        ChartData d = p.data();
        List<String> bars = having(p, Role.BAR);
        List<String> lines = having(p, Role.GROWTH_LINE);
        double[] r1 = range(d, bars, true);
        double[] r2 = range(d, lines, true);
        String pattern2 = DisplayScale.decimalPattern(r2[0], r2[1]);
        CategoryChart c = categoryChart(p, w, h, f, DisplayScale.decimalPattern(r1[0], r1[1]), true);
        CategoryStyler st = c.getStyler();
        st.setOverlapped(true);
        st.setYAxisGroupPosition(1, Styler.YAxisPosition.Right);
        st.putYAxisGroupDecimalPatternMap(1, pattern2);
        c.setYAxisGroupTitle(1, p.y2Title());
        List<String> cats = labels(d);
        for (String b : bars) {
            CategorySeries s = c.addSeries(b, cats, boxed(aligned(d, b)));
            s.setChartCategorySeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Bar);
            s.setFillColor(Theme.translucent(Theme.palette(0), 200));
        }
        for (String l : lines) {
            CategorySeries s = c.addSeries(l, cats, boxed(aligned(d, l)));
            s.setChartCategorySeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Line);
            s.setYAxisGroup(1);
            s.setLineColor(Theme.palette(1));
            s.setMarkerColor(Theme.palette(1));
            s.setYAxisDecimalPattern(pattern2);
        }
        return c;
    }

    private static AxesChart<?, ?> mix(Plot p, int w, int h, Font f) {
        ChartData d = p.data();
        boolean side = p.roles().containsValue(Role.SIDE);
        List<String> series = d.series();
        double top = 0;
        double bottom = 0;
        if (side) {
            double[] r = range(d, series, true);
            bottom = r[0];
            top = r[1];
        } else {
            for (Period per : d.periods()) {
                double up = 0;
                double down = 0;
                for (String s : series) {
                    double v = d.value(s, per).orElse(0);
                    if (v >= 0) {
                        up += v;
                    } else {
                        down += v;
                    }
                }
                top = Math.max(top, up);
                bottom = Math.min(bottom, down);
            }
        }
        boolean shares = p.shares();
        String pattern = shares ? "#,##0.#" : DisplayScale.decimalPattern(bottom, top);
        CategoryChart c = categoryChart(p, w, h, f, pattern, true); // the legend names the segments
        CategoryStyler st = c.getStyler();
        st.setStacked(!side);
        if (shares) {
            st.setYAxisMax(100.0);
            st.setYAxisMin(0.0);
        }
        List<String> cats = labels(d);
        int k = 0;
        for (String s : series) {
            double[] y = aligned(d, s);
            if (!side) {
                for (int i = 0; i < y.length; i++) {
                    y[i] = Double.isNaN(y[i]) ? 0 : y[i]; // a period is stacked only when every part is known
                }
            }
            CategorySeries cs = c.addSeries(s, cats, boxed(y));
            cs.setFillColor(p.roles().get(s) == Role.OTHER ? OTHER : Theme.palette(k++));
        }
        return c;
    }
}

package org.kpi4j.charts;

import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.AxesChart;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.kpi4j.charts.Plot.Role;
import org.kpi4j.time.Period;

/** Draws a fan: the history solid, projections dashed from its last point, the band shaded. */
final class FanRender {

    private FanRender() {
    }

    static AxesChart<?, ?> fan(Plot p, int w, int h, Font f) {
        ChartData d = p.data();
        List<Period> axis = d.periods();
        List<String> xLabels = Render.labels(d);
        String history = null;
        String projection = null;
        String lower = null;
        String upper = null;
        List<String> scenarios = new ArrayList<>();
        for (Map.Entry<String, Role> e : p.roles().entrySet()) {
            switch (e.getValue()) {
                case HISTORY: history = e.getKey(); break;
                case PROJECTION: projection = e.getKey(); break;
                case BAND_LOWER: lower = e.getKey(); break;
                case BAND_UPPER: upper = e.getKey(); break;
                case SCENARIO: scenarios.add(e.getKey()); break;
                default: break;
            }
        }
        double[][] hist = xy(d, history, axis);
        int last = hist[0].length - 1;
        double lastX = hist[0][last];
        double lastY = hist[1][last];
        double[] r = Render.range(d, d.series(), false);
        String pattern = DisplayScale.decimalPattern(r[0], r[1]);
        XYChart c = new XYChart(w, h);
        XYStyler st = c.getStyler();
        Theme.apply(st, f, w, h, true);
        double s = Theme.scale(w, h);
        c.setTitle(p.title());
        st.setChartTitleVisible(!p.title().isEmpty());
        c.setXAxisTitle(p.xTitle());
        c.setYAxisTitle(p.yTitle());
        st.setYAxisDecimalPattern(pattern);
        st.setDecimalPattern(pattern);
        st.setxAxisTickLabelsFormattingFunction(v -> {
            long k = Math.round(v);
            return Math.abs(v - k) < 1e-6 && k >= 0 && k < xLabels.size() ? xLabels.get((int) k) : " ";
        });
        if (lower != null && upper != null) {
            double[][] lo = continued(xy(d, lower, axis), lastX, lastY);
            double[][] hi = continued(xy(d, upper, axis), lastX, lastY);
            int n = lo[0].length;
            double[] bx = new double[2 * n];
            double[] by = new double[2 * n];
            for (int i = 0; i < n; i++) {
                bx[i] = hi[0][i];
                by[i] = hi[1][i];
                bx[2 * n - 1 - i] = lo[0][i];
                by[2 * n - 1 - i] = lo[1][i];
            }
            XYSeries b = c.addSeries(p.band(), bx, by);
            b.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
            b.setFillColor(Theme.translucent(Theme.palette(0), 48));
            b.setLineColor(Theme.translucent(Theme.palette(0), 0));
            b.setMarker(SeriesMarkers.NONE);
        }
        XYSeries hs = c.addSeries(history, hist[0], hist[1]);
        hs.setLineColor(Theme.HISTORY);
        hs.setMarkerColor(Theme.HISTORY);
        hs.setMarker(SeriesMarkers.CIRCLE);
        if (projection != null) {
            double[][] pr = continued(xy(d, projection, axis), lastX, lastY);
            XYSeries ps = c.addSeries(projection, pr[0], pr[1]);
            ps.setLineColor(Theme.palette(0));
            ps.setMarkerColor(Theme.palette(0));
            ps.setLineStyle(Theme.dashed(s, 2f));
            ps.setMarker(SeriesMarkers.CIRCLE);
        }
        for (int k = 0; k < scenarios.size(); k++) {
            double[][] sc = continued(xy(d, scenarios.get(k), axis), lastX, lastY);
            XYSeries ss = c.addSeries(scenarios.get(k), sc[0], sc[1]);
            Color col = Theme.palette(k + 1);
            ss.setLineColor(col);
            ss.setMarkerColor(col);
            ss.setLineStyle(Theme.dashed(s, 1.6f));
            ss.setMarker(SeriesMarkers.DIAMOND);
        }
        c.addAnnotation(new AnnotationLine(lastX, true, false));
        st.setAnnotationLineColor(Theme.GRID.darker());
        st.setAnnotationLineStroke(Theme.dashed(s, 1f));
        return c;
    }

    /** A series' points as x (index on the axis) and y. */
    private static double[][] xy(ChartData d, String series, List<Period> axis) {
        List<ChartPoint> pts = d.points(series);
        double[][] out = new double[2][pts.size()];
        for (int i = 0; i < pts.size(); i++) {
            out[0][i] = axis.indexOf(pts.get(i).period());
            out[1][i] = pts.get(i).value();
        }
        return out;
    }

    /** A projected line from the last history point, if it does not start there itself. */
    private static double[][] continued(double[][] line, double lastX, double lastY) {
        if (line[0].length > 0 && line[0][0] <= lastX) {
            return line;
        }
        double[][] out = new double[2][line[0].length + 1];
        out[0][0] = lastX;
        out[1][0] = lastY;
        System.arraycopy(line[0], 0, out[0], 1, line[0].length);
        System.arraycopy(line[1], 0, out[1], 1, line[1].length);
        return out;
    }
}

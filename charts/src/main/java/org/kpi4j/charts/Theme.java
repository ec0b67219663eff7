package org.kpi4j.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.Arrays;
import java.util.Locale;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.CategoryStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The one look of every chart: white background, light horizontal grid, no borders, one palette. */
final class Theme {

    static final Color BACKGROUND = Color.WHITE;
    static final Color TEXT = new Color(0x26, 0x2B, 0x33);
    static final Color MUTED = new Color(0x5F, 0x66, 0x70);
    static final Color GRID = new Color(0xE4, 0xE7, 0xEB);
    static final Color POSITIVE = new Color(0x2B, 0x6C, 0xB0);
    static final Color NEGATIVE = new Color(0xD9, 0x5F, 0x3B);
    static final Color HISTORY = new Color(0x26, 0x2B, 0x33);

    /** Blue, orange, green, purple, teal, gold, rose, grey: distinct, print-safe, colour-blind aware. */
    static final Color[] PALETTE = {
        new Color(0x2B, 0x6C, 0xB0), new Color(0xE0, 0x8A, 0x2E), new Color(0x3A, 0x9A, 0x6B),
        new Color(0x7E, 0x5B, 0xA8), new Color(0x2A, 0x9D, 0xB5), new Color(0xC9, 0xA2, 0x27),
        new Color(0xC8, 0x5A, 0x7C), new Color(0x80, 0x86, 0x8F),
    };

    /** The colour of growth-flag markers. */
    static final Color FLAG = new Color(0x1F, 0x1F, 0x1F);

    private Theme() {
    }

    static Color palette(int i) {
        return PALETTE[Math.floorMod(i, PALETTE.length)];
    }

    static Color translucent(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    /** Font scale relative to the 800 × 500 design size. */
    static double scale(int width, int height) {
        double s = Math.min(width / 800.0, height / 500.0);
        return Math.max(0.8, Math.min(2.5, s));
    }

    static float size(double base, double scale) {
        return (float) Math.max(7, Math.round(base * scale * 2) / 2.0);
    }

    static void apply(AxesChartStyler st, Font base, int width, int height, boolean legend) {
        double s = scale(width, height);
        st.setLocale(Locale.US);
        st.setAntiAlias(true);
        st.setTextAntiAlias(true);
        st.setChartBackgroundColor(BACKGROUND);
        st.setPlotBackgroundColor(BACKGROUND);
        st.setChartFontColor(TEXT);
        st.setChartPadding((int) Math.round(12 * s));
        st.setBaseFont(base.deriveFont(Font.PLAIN, size(11, s)));
        st.setChartTitleFont(base.deriveFont(Font.BOLD, size(15, s)));
        st.setChartTitleBoxVisible(false);
        st.setChartTitlePadding((int) Math.round(8 * s));
        st.setPlotBorderVisible(false);
        st.setPlotGridLinesVisible(true);
        st.setPlotGridVerticalLinesVisible(false);
        st.setPlotGridHorizontalLinesVisible(true);
        st.setPlotGridLinesColor(GRID);
        st.setPlotGridLinesStroke(new BasicStroke(1f));
        st.setPlotTicksMarksVisible(false);
        st.setAxisTitleFont(base.deriveFont(Font.PLAIN, size(11.5, s)));
        st.setAxisTickLabelsFont(base.deriveFont(Font.PLAIN, size(10.5, s)));
        st.setAxisTickLabelsColor(MUTED);
        st.setAxisTickMarksColor(GRID);
        st.setAxisTicksMarksVisible(false);
        st.setAxisTicksLineVisible(false);
        st.setAxisTickPadding((int) Math.round(5 * s));
        st.setAxisTitlePadding((int) Math.round(8 * s));
        st.setXAxisTitleColor(MUTED);
        st.setYAxisTitleColor(MUTED);
        st.setLegendVisible(legend);
        st.setLegendPosition(Styler.LegendPosition.OutsideS);
        st.setLegendLayout(Styler.LegendLayout.Horizontal);
        st.setLegendBackgroundColor(BACKGROUND);
        st.setLegendBorderColor(BACKGROUND);
        st.setLegendFont(base.deriveFont(Font.PLAIN, size(10.5, s)));
        st.setLegendPadding((int) Math.round(6 * s));
        st.setLegendSeriesLineLength((int) Math.round(22 * s));
        st.setSeriesColors(PALETTE);
        BasicStroke line = new BasicStroke((float) (2 * s), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        BasicStroke[] lines = new BasicStroke[PALETTE.length];
        Arrays.fill(lines, line);
        st.setSeriesLines(lines);
        Marker[] markers = new Marker[PALETTE.length];
        Arrays.fill(markers, SeriesMarkers.CIRCLE);
        st.setSeriesMarkers(markers);
        st.setMarkerSize((int) Math.max(4, Math.round(6 * s)));
        st.setToolTipFont(base.deriveFont(Font.PLAIN, size(10.5, s)));
        st.setAnnotationTextFont(base.deriveFont(Font.PLAIN, size(10, s)));
        st.setAnnotationTextFontColor(MUTED);
        st.setErrorBarsColorSeriesColor(true);
        if (st instanceof CategoryStyler) {
            CategoryStyler cs = (CategoryStyler) st;
            cs.setAvailableSpaceFill(0.62);
            cs.setLabelsFont(base.deriveFont(Font.PLAIN, size(9.5, s)));
            cs.setLabelsFontColor(MUTED);
        }
    }

    static BasicStroke dashed(double scale, float width) {
        float w = (float) (width * scale);
        return new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                new float[] {(float) (6 * scale), (float) (4 * scale)}, 0f);
    }

}

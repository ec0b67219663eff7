package org.kpi4j.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.knowm.xchart.internal.chartpart.AxesChart;
import org.knowm.xchart.internal.chartpart.IChart;

/** Paints a {@link KpiChart}: the XChart plot, the notes under it, or a dashboard's grid. */
final class Painter {

    private Painter() {
    }

    /** Draws the chart and its notes into an area at the origin of g. */
    static void paint(KpiChart chart, Graphics2D g, int w, int h) {
        paint(chart, g, w, h, UnaryOperator.identity());
    }

    /** Draws the chart with its base font (and its panels') passed through {@code fonts} first. */
    static void paint(KpiChart chart, Graphics2D g, int w, int h, UnaryOperator<Font> fonts) {
        Font font = fonts.apply(chart.font());
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Theme.BACKGROUND);
        g.fillRect(0, 0, w, h);
        double s = Theme.scale(w, h);
        if (chart.type() == KpiChart.Type.DASHBOARD) {
            dashboard(chart, g, w, h, s, font, fonts);
            return;
        }
        List<String> notes = chart.notes();
        Font noteFont = font.deriveFont(Font.PLAIN, Theme.size(9.5, s));
        int lineHeight = (int) Math.ceil(noteFont.getSize2D() * 1.45);
        int footer = notes.isEmpty() ? 0 : lineHeight * notes.size() + (int) Math.round(8 * s);
        int plotHeight = Math.max(40, h - footer);
        AxesChart<?, ?> x = Render.draw(chart.plot(), w, plotHeight, font);
        Graphics2D sub = (Graphics2D) g.create(0, 0, w, plotHeight);
        try {
            x.paint(sub, w, plotHeight);
        } finally {
            sub.dispose();
        }
        int left = (int) Math.round(12 * s);
        int y = plotHeight + lineHeight - (int) Math.round(2 * s);
        for (String note : notes) {
            drawText(g, note, noteFont, Theme.MUTED, left, y);
            y += lineHeight;
        }
    }

    private static void dashboard(KpiChart chart, Graphics2D g, int w, int h, double s, Font font,
            UnaryOperator<Font> fonts) {
        int header = 0;
        String title = chart.title();
        if (!title.isEmpty()) {
            Font f = font.deriveFont(Font.BOLD, Theme.size(17, s));
            header = (int) Math.ceil(f.getSize2D() * 2.2);
            TextLayout tl = new TextLayout(title, f, g.getFontRenderContext());
            int x = (int) Math.round((w - tl.getAdvance()) / 2);
            drawText(g, title, f, Theme.TEXT, x, (int) Math.round(f.getSize2D() * 1.5));
        }
        List<KpiChart> panels = chart.panels();
        int columns = chart.columns();
        int rows = (panels.size() + columns - 1) / columns;
        int cellW = w / columns;
        int cellH = (h - header) / Math.max(1, rows);
        for (int i = 0; i < panels.size(); i++) {
            int r = i / columns;
            int c = i % columns;
            Graphics2D sub = (Graphics2D) g.create(c * cellW, header + r * cellH, cellW, cellH);
            try {
                paint(panels.get(i), sub, Math.max(50, cellW), Math.max(50, cellH), fonts);
            } finally {
                sub.dispose();
            }
        }
    }

    /** Text as outlines, so that SVG and PDF need no font. */
    private static void drawText(Graphics2D g, String text, Font f, Color color, int x, int y) {
        if (text.isEmpty()) {
            return;
        }
        TextLayout tl = new TextLayout(text, f, g.getFontRenderContext());
        Shape outline = tl.getOutline(AffineTransform.getTranslateInstance(x, y));
        g.setColor(color);
        g.fill(outline);
    }

    /** Writes one encoding of a chart. */
    @FunctionalInterface
    interface Encoder {
        void write(OutputStream out) throws IOException;
    }

    /** Writes a file, replacing any existing one. */
    static Path write(Path file, Encoder encoder) throws IOException {
        Objects.requireNonNull(file, "file");
        try (OutputStream out = Files.newOutputStream(file)) {
            encoder.write(out);
        }
        return file;
    }

    /** Adapts a chart to XChart's encoders. */
    static final class Canvas implements IChart {
        private final KpiChart chart;
        private final int width;
        private final int height;

        Canvas(KpiChart chart, int width, int height) {
            this.chart = chart;
            this.width = width;
            this.height = height;
        }

        @Override
        public void paint(Graphics2D g, int w, int h) {
            Painter.paint(chart, g, w, h);
        }

        @Override
        public int getWidth() {
            return width;
        }

        @Override
        public int getHeight() {
            return height;
        }

        @Override
        public String getTitle() {
            return chart.title();
        }
    }
}

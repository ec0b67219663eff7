package org.kpi4j.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.PdfboxGraphicsEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.AxesChart;
import org.knowm.xchart.internal.chartpart.IChart;

/**
 * A chart built by {@link Charts}: a description of what it shows (type, title, series and their
 * point counts, axis titles, display unit, notes) and a recipe to draw it at any size as a PNG,
 * SVG or PDF file, a {@link BufferedImage} or PNG bytes.
 *
 * <pre>{@code
 * KpiChart c = Charts.line(List.of(revenue), ChartOptions.zh());
 * c.yAxisTitle();                     // "营业收入 (亿元)"
 * c.toPng(Path.of("revenue.png"));    // 800 × 500
 * BufferedImage img = c.toImage(1200, 750);
 * }</pre>
 *
 * <p>The XChart object behind the chart is built afresh for every rendering, so a chart can be
 * rendered from several threads at once. This class is immutable and thread-safe; equality is
 * identity.
 */
public final class KpiChart {

    /** The kinds of chart. */
    public enum Type {
        /** One or more series over periods ({@link Charts#line}). */
        LINE,
        /** Growth bars from a growth table ({@link Charts#yoy}). */
        YOY,
        /** Value bars with a growth line on a second axis ({@link Charts#combo}). */
        COMBO,
        /** History, projected lines and a band ({@link Charts#fan}). */
        FAN,
        /** Stacked segment values or shares ({@link Charts#mix}). */
        MIX,
        /** A grid of charts ({@link Charts#dashboard}). */
        DASHBOARD
    }

    /** Builds a fresh XChart chart of a given size in a given base font. */
    @FunctionalInterface
    interface Recipe {
        AxesChart<?, ?> create(int width, int height, Font font);
    }

    private final Type type;
    private final String title;
    private final Map<String, Integer> pointCounts;
    private final String xAxisTitle;
    private final String yAxisTitle;
    private final String secondaryYAxisTitle;
    private final String unitLabel;
    private final List<String> notes;
    private final ChartOptions options;
    private final Font font;
    private final int width;
    private final int height;
    private final Recipe recipe;
    private final List<KpiChart> panels;
    private final int columns;

    KpiChart(Type type, String title, Map<String, Integer> pointCounts, String xAxisTitle, String yAxisTitle,
            String secondaryYAxisTitle, String unitLabel, List<String> notes, ChartOptions options, Font font,
            int width, int height, Recipe recipe, List<KpiChart> panels, int columns) {
        this.type = type;
        this.title = title;
        this.pointCounts = Collections.unmodifiableMap(new LinkedHashMap<>(pointCounts));
        this.xAxisTitle = xAxisTitle;
        this.yAxisTitle = yAxisTitle;
        this.secondaryYAxisTitle = secondaryYAxisTitle;
        this.unitLabel = unitLabel;
        this.notes = List.copyOf(notes);
        this.options = options;
        this.font = font;
        this.width = width;
        this.height = height;
        this.recipe = recipe;
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
    public Type type() {
        return type;
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
        return title;
    }

    /**
     * Returns the names of the series, in legend order; for a dashboard, the panels' titles.
     *
     * <pre>{@code
     * Charts.mix(List.of(cloud, services), MixMode.VALUES, ChartOptions.zh()).seriesNames();   // [智算云, 算力服务]
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
     * Charts.line(revenue, ChartOptions.en()).xAxisTitle();   // "Period"
     * }</pre>
     *
     * @return the title, empty if none (a dashboard), not null
     */
    public String xAxisTitle() {
        return xAxisTitle;
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
        return yAxisTitle;
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
        return Optional.ofNullable(secondaryYAxisTitle);
    }

    /**
     * Returns the unit the (left) y axis shows values in, chosen by {@link DisplayScale}: {@code 亿元}
     * for yuan in the hundreds of millions, {@code %} for growth.
     *
     * <pre>{@code
     * Charts.line(revenue, ChartOptions.en()).unitLabel();   // "亿元"
     * }</pre>
     *
     * @return the unit label, empty for a dashboard, not null
     */
    public String unitLabel() {
        return unitLabel;
    }

    /**
     * Returns the footnotes drawn under the chart: periods skipped for lack of a meaningful growth
     * rate, derived (not reported) points, missing segment values, growth flags.
     *
     * <pre>{@code
     * Charts.yoy(profit.yoy(), ChartOptions.en()).notes();   // [4 periods without a meaningful YoY growth figure not shown]
     * }</pre>
     *
     * @return the notes, unmodifiable, not null
     */
    public List<String> notes() {
        return notes;
    }

    /**
     * Returns the options the chart was built with.
     *
     * <pre>{@code
     * Charts.line(revenue, ChartOptions.zh()).options().language();   // ZH
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
     * Renders the chart at its default size.
     *
     * <pre>{@code
     * BufferedImage img = Charts.line(List.of(revenue), ChartOptions.en()).toImage();
     * }</pre>
     *
     * @return a new ARGB image, not null
     */
    public BufferedImage toImage() {
        return toImage(width, height);
    }

    /**
     * Renders the chart at a size; fonts and strokes scale with it.
     *
     * <pre>{@code
     * BufferedImage img = chart.toImage(1600, 1000);
     * }</pre>
     *
     * @param width the width in pixels, 50 to 20000
     * @param height the height in pixels, 50 to 20000
     * @return a new image of exactly that size, not null
     * @throws IllegalArgumentException if a size is out of range
     */
    public BufferedImage toImage(int width, int height) {
        ChartOptions.checkSize(width, height);
        return BitmapEncoder.getBufferedImage(canvas(width, height));
    }

    /**
     * Encodes the chart at its default size as PNG, for notebooks and web responses.
     *
     * <pre>{@code
     * byte[] png = chart.pngBytes();
     * }</pre>
     *
     * @return the PNG bytes, not null
     */
    public byte[] pngBytes() {
        return pngBytes(width, height);
    }

    /**
     * Encodes the chart at a size as PNG.
     *
     * <pre>{@code
     * byte[] png = chart.pngBytes(400, 250);
     * }</pre>
     *
     * @param width the width in pixels, 50 to 20000
     * @param height the height in pixels, 50 to 20000
     * @return the PNG bytes, not null
     * @throws IllegalArgumentException if a size is out of range
     */
    public byte[] pngBytes(int width, int height) {
        ChartOptions.checkSize(width, height);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            BitmapEncoder.saveBitmap(canvas(width, height), out, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Writes the chart at its default size as a PNG file, replacing any existing file.
     *
     * <pre>{@code
     * chart.toPng(Path.of("revenue.png"));
     * }</pre>
     *
     * @param file the file, not null
     * @return the file, not null
     * @throws IOException if the file cannot be written
     */
    public Path toPng(Path file) throws IOException {
        return write(file, out -> BitmapEncoder.saveBitmap(canvas(width, height), out, BitmapEncoder.BitmapFormat.PNG));
    }

    /**
     * Writes the chart at its default size as an SVG file (text drawn as outlines, so it looks the
     * same without the font), replacing any existing file.
     *
     * <pre>{@code
     * chart.toSvg(Path.of("revenue.svg"));
     * }</pre>
     *
     * @param file the file, not null
     * @return the file, not null
     * @throws IOException if the file cannot be written
     */
    public Path toSvg(Path file) throws IOException {
        return write(file, out -> VectorGraphicsEncoder.saveVectorGraphic(canvas(width, height), out,
                VectorGraphicsEncoder.VectorGraphicsFormat.SVG));
    }

    /**
     * Writes the chart at its default size as a one-page vector PDF (drawn with PDFBox; text as
     * outlines, so Chinese needs no embedded font), replacing any existing file.
     *
     * <pre>{@code
     * chart.toPdf(Path.of("revenue.pdf"));
     * }</pre>
     *
     * @param file the file, not null
     * @return the file, not null
     * @throws IOException if the file cannot be written
     */
    public Path toPdf(Path file) throws IOException {
        return write(file, out -> PdfboxGraphicsEncoder.savePdfboxGraphics(canvas(width, height), out));
    }

    /**
     * Builds a new XChart chart of this chart at its default size, for styling beyond this library;
     * each call returns a new instance, which the caller may change freely (or show in a window with
     * XChart's {@code new SwingWrapper<>(x).displayChart()}). Footnotes are not part of it.
     *
     * <pre>{@code
     * CategoryChart x = (CategoryChart) chart.toXChart();
     * x.getStyler().setLegendVisible(false);
     * }</pre>
     *
     * @return a new XChart chart, not null
     * @throws UnsupportedOperationException for a dashboard, which is a grid of charts
     */
    public AxesChart<?, ?> toXChart() {
        if (recipe == null) {
            throw new UnsupportedOperationException("a dashboard is a grid of charts; call toXChart() on its panels()");
        }
        return recipe.create(width, height, font);
    }

    @FunctionalInterface
    private interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private static Path write(Path file, Writer writer) throws IOException {
        Objects.requireNonNull(file, "file");
        try (OutputStream out = Files.newOutputStream(file)) {
            writer.write(out);
        }
        return file;
    }

    IChart canvas(int w, int h) {
        return new Canvas(this, w, h);
    }

    /** Draws the chart and its notes into an area at the origin of g. */
    void paint(Graphics2D g, int w, int h) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Theme.BACKGROUND);
        g.fillRect(0, 0, w, h);
        double s = Theme.scale(w, h);
        if (type == Type.DASHBOARD) {
            paintDashboard(g, w, h, s);
            return;
        }
        Font noteFont = font.deriveFont(Font.PLAIN, Theme.size(9.5, s));
        int lineHeight = (int) Math.ceil(noteFont.getSize2D() * 1.45);
        int footer = notes.isEmpty() ? 0 : lineHeight * notes.size() + (int) Math.round(8 * s);
        int plotHeight = Math.max(40, h - footer);
        AxesChart<?, ?> chart = recipe.create(w, plotHeight, font);
        Graphics2D sub = (Graphics2D) g.create(0, 0, w, plotHeight);
        try {
            chart.paint(sub, w, plotHeight);
        } finally {
            sub.dispose();
        }
        int x = (int) Math.round(12 * s);
        int y = plotHeight + lineHeight - (int) Math.round(2 * s);
        for (String note : notes) {
            drawText(g, note, noteFont, Theme.MUTED, x, y);
            y += lineHeight;
        }
    }

    private void paintDashboard(Graphics2D g, int w, int h, double s) {
        int header = 0;
        if (!title.isEmpty()) {
            Font f = font.deriveFont(Font.BOLD, Theme.size(17, s));
            header = (int) Math.ceil(f.getSize2D() * 2.2);
            TextLayout tl = new TextLayout(title, f, g.getFontRenderContext());
            int x = (int) Math.round((w - tl.getAdvance()) / 2);
            drawText(g, title, f, Theme.TEXT, x, (int) Math.round(f.getSize2D() * 1.5));
        }
        int rows = (panels.size() + columns - 1) / columns;
        int cellW = w / columns;
        int cellH = (h - header) / Math.max(1, rows);
        for (int i = 0; i < panels.size(); i++) {
            int r = i / columns;
            int c = i % columns;
            Graphics2D sub = (Graphics2D) g.create(c * cellW, header + r * cellH, cellW, cellH);
            try {
                panels.get(i).paint(sub, Math.max(50, cellW), Math.max(50, cellH));
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

    /** Adapts the chart to XChart's encoders. */
    private static final class Canvas implements IChart {
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
            chart.paint(g, w, h);
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
            return chart.title;
        }
    }

    /** @return a one-line description: type, title, series with point counts, axis titles and unit */
    @Override
    public String toString() {
        return "KpiChart[" + type + (title.isEmpty() ? "" : " '" + title + "'") + ", series " + pointCounts
                + (xAxisTitle.isEmpty() ? "" : ", x '" + xAxisTitle + "'")
                + (yAxisTitle.isEmpty() ? "" : ", y '" + yAxisTitle + "'")
                + (secondaryYAxisTitle == null ? "" : ", y2 '" + secondaryYAxisTitle + "'")
                + (unitLabel.isEmpty() ? "" : ", unit " + unitLabel)
                + (notes.isEmpty() ? "" : ", notes " + notes) + "]";
    }
}

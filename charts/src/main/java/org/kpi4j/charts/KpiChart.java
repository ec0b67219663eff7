package org.kpi4j.charts;

import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.PdfboxGraphicsEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.AxesChart;
import org.knowm.xchart.internal.chartpart.IChart;

/**
 * A chart built from a spec ({@link LineSpec}, {@link GrowthSpec}, {@link ComboSpec},
 * {@link FanSpec}, {@link MixSpec}, {@link DashboardSpec}) or by {@link Charts}: what it draws as
 * {@link #data()} (every value with its period, series, unit and basis), the words around it
 * (title, axis titles, display unit, notes), and the means to draw it at any size as a PNG, SVG or
 * PDF file, a {@link BufferedImage} or PNG bytes.
 *
 * <pre>{@code
 * KpiChart c = LineSpec.builder().series(revenue).options(ChartOptions.zh()).build().chart();
 * c.yAxisTitle();                     // "营业收入 (亿元)"
 * c.xAxisTitle();                     // "报告期 (单季)"
 * c.toPng(Path.of("revenue.png"));    // 800 × 500
 * BufferedImage img = c.toImage(1200, 750);
 * }</pre>
 *
 * <p>The XChart object behind the chart is built afresh for every rendering, so a chart can be
 * rendered from several threads at once. This class is immutable and thread-safe; equality is
 * identity.
 */
public final class KpiChart extends ChartContent {

    /** The kinds of chart. */
    public enum Type {
        /** One or more series over periods ({@link LineSpec}). */
        LINE,
        /** Growth bars ({@link GrowthSpec}). */
        YOY,
        /** Value bars with a growth line on a second axis ({@link ComboSpec}). */
        COMBO,
        /** History, projected lines and a band ({@link FanSpec}). */
        FAN,
        /** Stacked segment values or shares, or segment ratios side by side ({@link MixSpec}). */
        MIX,
        /** A grid of charts ({@link DashboardSpec}). */
        DASHBOARD
    }

    KpiChart(Plot plot, Map<String, Integer> pointCounts, ChartOptions options, Font font, int width,
            int height, List<KpiChart> panels, int columns) {
        super(plot, pointCounts, options, font, width, height, panels, columns);
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
        return toImage(width(), height());
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
        return pngBytes(width(), height());
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
        return Painter.write(file, out -> BitmapEncoder.saveBitmap(canvas(width(), height()), out, BitmapEncoder.BitmapFormat.PNG));
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
        return Painter.write(file, out -> VectorGraphicsEncoder.saveVectorGraphic(canvas(width(), height()), out,
                VectorGraphicsEncoder.VectorGraphicsFormat.SVG));
    }

    /**
     * Renders the chart at its default size as SVG whose labels are real {@code <text>} elements
     * (not outlines), for a web page: the reader's browser draws the glyphs in its own fonts, so
     * the chart needs no Chinese font where it is made, and its text can be selected and searched.
     * Each text carries the width measured here ({@code textLength}), so the layout holds in
     * whichever font the browser picks; the families asked for are CJK sans-serif ones, then
     * {@value ChartFonts#BUNDLED_FAMILY}, then {@code sans-serif}.
     *
     * <pre>{@code
     * String svg = chart.svg();
     * svg.contains("<text");   // true
     * }</pre>
     *
     * @return the SVG document (an XML declaration and one {@code <svg>} element), not null
     */
    public String svg() {
        return svg(width(), height());
    }

    /**
     * Renders the chart at a size as SVG with real text; see {@link #svg()}.
     *
     * <pre>{@code
     * String svg = chart.svg(1000, 600);
     * }</pre>
     *
     * @param width the width in pixels, 50 to 20000
     * @param height the height in pixels, 50 to 20000
     * @return the SVG document, not null
     * @throws IllegalArgumentException if a size is out of range
     */
    public String svg(int width, int height) {
        ChartOptions.checkSize(width, height);
        return SvgText.svg(this, width, height);
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
        return Painter.write(file, out -> PdfboxGraphicsEncoder.savePdfboxGraphics(canvas(width(), height()), out));
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
        if (plot().type() == Type.DASHBOARD) {
            throw new UnsupportedOperationException("a dashboard is a grid of charts; call toXChart() on its panels()");
        }
        return Render.draw(plot(), width(), height(), font());
    }

    IChart canvas(int w, int h) {
        return new Painter.Canvas(this, w, h);
    }
}

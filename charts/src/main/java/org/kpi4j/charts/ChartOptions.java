package org.kpi4j.charts;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.kpi4j.format.KpiFormat;
import org.kpi4j.format.Language;
import org.kpi4j.metric.MetricCatalog;

/**
 * Options of a chart: label language, default output size, an optional title override, an
 * optional font and the metric catalog used to name metrics that are known only by id (the rows of
 * a {@link org.kpi4j.growth.GrowthTable}).
 *
 * <pre>{@code
 * ChartOptions zh = ChartOptions.zh().withSize(1000, 600).withTitle("营业收入");
 * ChartOptions en = ChartOptions.defaults();          // English, 800 × 500
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; every {@code with…} method returns a new instance.
 */
public final class ChartOptions {

    /** The default width in pixels. */
    public static final int DEFAULT_WIDTH = 800;
    /** The default height in pixels. */
    public static final int DEFAULT_HEIGHT = 500;

    private static final ChartOptions DEFAULTS = new ChartOptions(Language.EN, DEFAULT_WIDTH, DEFAULT_HEIGHT, null,
            null, MetricCatalog.standard());

    private final Language language;
    private final int width;
    private final int height;
    private final String title;
    private final Font font;
    private final MetricCatalog catalog;

    private ChartOptions(Language language, int width, int height, String title, Font font, MetricCatalog catalog) {
        this.language = language;
        this.width = width;
        this.height = height;
        this.title = title;
        this.font = font;
        this.catalog = catalog;
    }

    /**
     * Returns the defaults: English, 800 × 500 pixels, generated titles, an automatically chosen
     * font and the standard metric catalog.
     *
     * <pre>{@code
     * KpiChart c = Charts.line(List.of(revenue), ChartOptions.defaults());
     * }</pre>
     *
     * @return the default options, not null
     */
    public static ChartOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Returns the defaults with Chinese labels.
     *
     * <pre>{@code
     * KpiChart c = Charts.line(List.of(revenue), ChartOptions.zh());   // y axis "营业收入 (亿元)"
     * }</pre>
     *
     * @return the options, not null
     */
    public static ChartOptions zh() {
        return DEFAULTS.withLanguage(Language.ZH);
    }

    /**
     * Returns the defaults with English labels (the same as {@link #defaults()}).
     *
     * <pre>{@code
     * KpiChart c = Charts.line(List.of(revenue), ChartOptions.en());   // y axis "Revenue (亿元)"
     * }</pre>
     *
     * @return the options, not null
     */
    public static ChartOptions en() {
        return DEFAULTS;
    }

    /**
     * Returns a copy with another label language.
     *
     * <pre>{@code
     * ChartOptions.defaults().withLanguage(Language.ZH);
     * }</pre>
     *
     * @param language the language, not null
     * @return the new options, not null
     */
    public ChartOptions withLanguage(Language language) {
        return new ChartOptions(Objects.requireNonNull(language, "language"), width, height, title, font, catalog);
    }

    /**
     * Returns a copy with another default output size, used by {@link KpiChart#toPng},
     * {@link KpiChart#toSvg}, {@link KpiChart#toPdf}, {@link KpiChart#pngBytes()} and
     * {@link KpiChart#toImage()}.
     *
     * <pre>{@code
     * ChartOptions.defaults().withSize(1200, 700);
     * }</pre>
     *
     * @param width the width in pixels, 50 to 20000
     * @param height the height in pixels, 50 to 20000
     * @return the new options, not null
     * @throws IllegalArgumentException if a size is out of range
     */
    public ChartOptions withSize(int width, int height) {
        checkSize(width, height);
        return new ChartOptions(language, width, height, title, font, catalog);
    }

    /**
     * Returns a copy whose charts use this title instead of the generated one; an empty title
     * leaves the chart untitled.
     *
     * <pre>{@code
     * ChartOptions.zh().withTitle("并行科技 营业收入");
     * }</pre>
     *
     * @param title the title, not null
     * @return the new options, not null
     */
    public ChartOptions withTitle(String title) {
        return new ChartOptions(language, width, height, Objects.requireNonNull(title, "title"), font, catalog);
    }

    /**
     * Returns a copy that draws every label in this font (its family and style; sizes come from the
     * theme). Without it, Chinese labels use an installed CJK font or the bundled
     * {@value ChartFonts#BUNDLED_FAMILY}; load another from a file with {@link ChartFonts#load}.
     *
     * <pre>{@code
     * Font f = ChartFonts.load(fontFile.toPath());   // a .ttf, .otf or .ttc file with Chinese glyphs
     * ChartOptions.zh().withFont(f);
     * }</pre>
     *
     * @param font the font, not null
     * @return the new options, not null
     */
    public ChartOptions withFont(Font font) {
        return new ChartOptions(language, width, height, title, Objects.requireNonNull(font, "font"), catalog);
    }

    /**
     * Returns a copy that draws every label in an installed font family.
     *
     * <pre>{@code
     * ChartOptions.en().withFontFamily("SansSerif");   // Java's logical font, on every machine
     * // for Chinese labels, a family that `fc-list :lang=zh family` lists, e.g. "Noto Sans CJK SC"
     * }</pre>
     *
     * @param family the family name, installed on this machine, not null
     * @return the new options, not null
     * @throws IllegalArgumentException if no such family is installed
     */
    public ChartOptions withFontFamily(String family) {
        Objects.requireNonNull(family, "family");
        ChartFonts.requireFontSystem();
        String[] names = GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ENGLISH);
        boolean known = Arrays.stream(names).anyMatch(n -> n.equalsIgnoreCase(family))
                || Arrays.stream(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames())
                        .anyMatch(n -> n.equalsIgnoreCase(family));
        if (!known) {
            throw new IllegalArgumentException("font family '" + family + "' is not installed on this machine");
        }
        return withFont(new Font(family, Font.PLAIN, 12));
    }

    /**
     * Returns a copy that names metrics known only by id (growth rows) from this catalog.
     *
     * <pre>{@code
     * ChartOptions.zh().withCatalog(Datasets.catalog());
     * }</pre>
     *
     * @param catalog the catalog, not null
     * @return the new options, not null
     */
    public ChartOptions withCatalog(MetricCatalog catalog) {
        return new ChartOptions(language, width, height, title, font, Objects.requireNonNull(catalog, "catalog"));
    }

    /**
     * Returns the label language.
     *
     * <pre>{@code
     * ChartOptions.zh().language();   // zh
     * }</pre>
     *
     * @return the language, not null
     */
    public Language language() {
        return language;
    }

    /**
     * Returns the format labels, units and percentages are written in: {@link KpiFormat#of} the
     * language.
     *
     * <pre>{@code
     * ChartOptions.zh().format().unit(Unit.YI_YUAN);   // "亿元"
     * ChartOptions.en().format().unit(Unit.YI_YUAN);   // "CNY 100m"
     * }</pre>
     *
     * @return the format, not null
     */
    public KpiFormat format() {
        return KpiFormat.of(language);
    }

    /**
     * Returns the default width.
     *
     * <pre>{@code
     * ChartOptions.defaults().width();   // 800
     * }</pre>
     *
     * @return the width in pixels
     */
    public int width() {
        return width;
    }

    /**
     * Returns the default height.
     *
     * <pre>{@code
     * ChartOptions.defaults().height();   // 500
     * }</pre>
     *
     * @return the height in pixels
     */
    public int height() {
        return height;
    }

    /**
     * Returns the title override.
     *
     * <pre>{@code
     * ChartOptions.zh().withTitle("营收").title();   // Optional[营收]
     * }</pre>
     *
     * @return the title, or empty to generate titles
     */
    public Optional<String> title() {
        return Optional.ofNullable(title);
    }

    /**
     * Returns the font override.
     *
     * <pre>{@code
     * ChartOptions.defaults().font();   // Optional.empty
     * }</pre>
     *
     * @return the font, or empty to choose one automatically
     */
    public Optional<Font> font() {
        return Optional.ofNullable(font);
    }

    /**
     * Returns the catalog that names metrics known only by id.
     *
     * <pre>{@code
     * ChartOptions.defaults().catalog().get("revenue");   // Optional[revenue]
     * }</pre>
     *
     * @return the catalog, not null
     */
    public MetricCatalog catalog() {
        return catalog;
    }

    static void checkSize(int width, int height) {
        if (width < 50 || width > 20000 || height < 50 || height > 20000) {
            throw new IllegalArgumentException("chart size must be 50 to 20000 pixels each way but was "
                    + width + " × " + height);
        }
    }

    @Override
    public String toString() {
        return "ChartOptions[" + language + ", " + width + "×" + height
                + (title == null ? "" : ", title '" + title + "'")
                + (font == null ? "" : ", font " + font.getFamily(Locale.ENGLISH)) + "]";
    }
}

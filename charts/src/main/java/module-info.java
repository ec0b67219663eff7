/**
 * kpi4j charts: line, YoY, combo, fan, mix and dashboard charts of kpi4j series, drawn with XChart
 * to PNG, SVG, PDF, a {@code BufferedImage} or PNG bytes.
 *
 * <p>Core, {@code java.desktop} ({@code BufferedImage}, {@code Font}) and XChart
 * ({@code KpiChart.toXChart()} returns an XChart chart) are read transitively because exported
 * signatures use their types. XChart 4.0.3 is an automatic module named from its file name, hence
 * the suppressed lint. SVG and PDF export use XChart's optional encoders: VectorGraphics2D and
 * pdfbox-graphics2d (with pdfbox) must be on the module path, where XChart, being automatic, reads
 * them; PDF export also needs {@code --add-modules org.apache.commons.logging}, because pdfbox logs
 * through commons-logging, an explicit module that no module requires. {@code KpiChart.svg()}, SVG
 * with real text, uses VectorGraphics2D itself, optionally ({@code requires static}) like XChart's SVG
 * export: an automatic module named from its file name, resolved with XChart when it is on the path.
 * The bundled font ({@code wqy-microhei.ttc}) is a resource of this module's own package,
 * found by {@code Class.getResourceAsStream}.
 */
@SuppressWarnings("requires-transitive-automatic")
module org.kpi4j.charts {
    requires transitive org.kpi4j.core;
    requires transitive java.desktop;
    requires transitive xchart;
    requires static VectorGraphics2D;

    exports org.kpi4j.charts;
}

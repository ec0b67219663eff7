package org.kpi4j.jupyter;

import java.awt.image.RenderedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.kpi4j.charts.KpiChart;
import org.kpi4j.explain.DuPont;
import org.kpi4j.explain.MarginDecomposition;
import org.kpi4j.explain.ShareTable;
import org.kpi4j.explain.Shares;
import org.kpi4j.fact.FactSet;
import org.kpi4j.forecast.Backtest;
import org.kpi4j.forecast.Forecast;
import org.kpi4j.format.Cell;
import org.kpi4j.format.KpiFormat;
import org.kpi4j.format.KpiTable;
import org.kpi4j.growth.GrowthTable;
import org.kpi4j.projection.Projection;
import org.kpi4j.projection.ScenarioFan;
import org.kpi4j.reconcile.CheckReport;
import org.kpi4j.series.KpiPanel;
import org.kpi4j.series.KpiSeries;

/**
 * What a notebook shows for a value: a Jupyter MIME bundle, a map from MIME type to data. A kpi4j
 * value with a table ({@link KpiSeries}, {@link KpiPanel}, {@link GrowthTable}, {@link CheckReport},
 * {@link Forecast}, {@link Backtest}, {@link Projection}, {@link ScenarioFan}, {@link FactSet}, {@link Shares},
 * {@link ShareTable}, {@link MarginDecomposition}, {@link DuPont}, or a {@link KpiTable} itself) is
 * an HTML table ({@code text/html}) of its {@code toTable(KpiFormat.en())}, the same cells its
 * {@code toString()} aligns; a {@link KpiChart} or any {@link RenderedImage} a PNG ({@code image/png},
 * base64 as Jupyter wants it); every value also has its {@code toString()} as {@code text/plain},
 * which a front end without HTML shows.
 *
 * <pre>{@code
 * Map<String, String> bundle = MimeBundles.of(facts.series("paratera", "shareholder_count"));
 * bundle.keySet();                            // [text/html, text/plain]
 * bundle.get("text/html").startsWith("<div"); // true: a caption, a table, footnotes
 * MimeBundles.of(42).get("text/plain");       // "42"
 * }</pre>
 *
 * <p>Every text is escaped by jsoup (a segment named {@code <b>} shows as {@code <b>}); numeric
 * columns are right-aligned; a check report's mismatches are highlighted; a table of more than
 * 200 rows shows its first 200 and says how many more there are. This class is immutable and
 * thread-safe.
 */
public final class MimeBundles {

    /** The most rows an HTML table shows; the text/plain beside it has them all. */
    static final int MAX_ROWS = 200;

    private MimeBundles() {
    }

    /**
     * Returns the MIME bundle of a value.
     *
     * @param value the value, may be null
     * @return MIME type to data, richest first, always with {@code text/plain}; unmodifiable
     * @throws UncheckedIOException if an image cannot be encoded
     * @throws IllegalStateException if a chart cannot be drawn (a Chinese chart without a CJK font)
     */
    public static Map<String, String> of(Object value) {
        Map<String, String> bundle = new LinkedHashMap<>();
        KpiTable table = table(value, KpiFormat.en());
        if (table != null) {
            bundle.put("text/html", html(table));
        } else if (value instanceof KpiChart chart) {
            bundle.put("image/png", Base64.getEncoder().encodeToString(chart.pngBytes()));
        } else if (value instanceof RenderedImage image) {
            bundle.put("image/png", Base64.getEncoder().encodeToString(png(image)));
        }
        bundle.put("text/plain", String.valueOf(value));
        return Collections.unmodifiableMap(bundle);
    }

    /** The table a kpi4j value shows as, or null for a value that has none. */
    private static KpiTable table(Object v, KpiFormat f) {
        return v instanceof KpiTable t ? t
                : v instanceof KpiSeries s ? s.toTable(f)
                : v instanceof GrowthTable g ? g.toTable(f)
                : v instanceof CheckReport c ? c.toTable(f)
                : v instanceof KpiPanel p ? p.toTable(f)
                : v instanceof Forecast fc ? fc.toTable(f)
                : v instanceof Backtest bt ? bt.toTable(f)
                : v instanceof Projection p ? p.toTable(f)
                : v instanceof ScenarioFan sf ? sf.toTable(f)
                : v instanceof FactSet fs ? fs.toTable(f)
                : v instanceof Shares sh ? sh.toTable(f)
                : v instanceof ShareTable st ? st.toTable(f)
                : v instanceof MarginDecomposition m ? m.toTable(f)
                : v instanceof DuPont d ? d.toTable(f)
                : null;
    }

    /** The one place HTML is written: jsoup's DOM escapes every text and attribute. */
    static String html(KpiTable t) {
        Document doc = Document.createShell("");
        doc.outputSettings().prettyPrint(false);
        Element div = doc.body().appendElement("div").addClass("kpi4j");
        Element table = div.appendElement("table").addClass("kpi4j-table");
        if (!t.title().isEmpty()) {
            table.appendElement("caption").attr("style", "text-align:left;font-weight:bold").text(t.title());
        }
        int n = t.columns().size();
        String[] style = new String[n];
        Element head = table.appendElement("thead").appendElement("tr");
        for (int c = 0; c < n; c++) {
            // free text (a note, a source) wraps, but is not squeezed to a few letters a line; a
            // period, date, code or number stays on one line
            String title = t.columns().get(c);
            style[c] = (t.isNumeric(c) ? "text-align:right" : "text-align:left")
                    + (title.equals("note") || title.equals("source") ? ";min-width:14em" : ";white-space:nowrap");
            head.appendElement("th").attr("style", style[c]).text(title);
        }
        int status = t.columns().indexOf("status");
        Element body = table.appendElement("tbody");
        List<List<Cell>> rows = t.rows();
        for (List<Cell> row : rows.subList(0, Math.min(rows.size(), MAX_ROWS))) {
            Element tr = body.appendElement("tr");
            if (status >= 0 && row.get(status).text().equals("mismatch")) {
                tr.addClass("kpi4j-mismatch").attr("style", "background:#fde2e1");
            }
            for (int c = 0; c < n; c++) {
                tr.appendElement("td").attr("style", style[c]).text(row.get(c).text());
            }
        }
        if (rows.size() > MAX_ROWS) {
            div.appendElement("p").attr("style", "font-size:smaller;margin:0.2em 0").text(String.format(Locale.ROOT,
                    "… %,d more rows (the first %d of %,d are shown)", rows.size() - MAX_ROWS, MAX_ROWS, rows.size()));
        }
        for (String note : t.footnotes()) {
            div.appendElement("p").attr("style", "font-size:smaller;margin:0.2em 0").text(note);
        }
        return div.outerHtml();
    }

    private static byte[] png(RenderedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", out)) {
                throw new IllegalStateException("no PNG writer for this image");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}

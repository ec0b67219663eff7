package org.kpi4j.jupyter;

import java.awt.image.RenderedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.kpi4j.charts.KpiChart;
import org.kpi4j.forecast.Forecast;
import org.kpi4j.growth.GrowthFlag;
import org.kpi4j.growth.GrowthRow;
import org.kpi4j.growth.GrowthTable;
import org.kpi4j.reconcile.CheckReport;
import org.kpi4j.reconcile.CheckRow;
import org.kpi4j.reconcile.CheckStatus;
import org.kpi4j.series.KpiPanel;
import org.kpi4j.series.KpiSeries;
import org.kpi4j.series.Provenance;
import org.kpi4j.unit.Unit;

/**
 * What a notebook shows for a value: a Jupyter MIME bundle, a map from MIME type to data. A
 * {@link KpiSeries}, {@link KpiPanel}, {@link GrowthTable}, {@link CheckReport} or {@link Forecast}
 * is an HTML table ({@code text/html}); a {@link KpiChart} or any {@link RenderedImage} a PNG
 * ({@code image/png}, base64 as Jupyter wants it); every value also has its {@code toString()} as
 * {@code text/plain}, which a front end without HTML shows.
 *
 * <pre>{@code
 * Map<String, String> bundle = MimeBundles.of(facts.series("paratera", "shareholder_count"));
 * bundle.keySet();                            // [text/html, text/plain]
 * bundle.get("text/html").startsWith("<div"); // true: a caption, a table, footnotes
 * MimeBundles.of(42).get("text/plain");       // "42"
 * }</pre>
 *
 * <p>Tables are built from each type's public accessors, with every text escaped by jsoup (a
 * segment named {@code <b>} shows as {@code <b>}); numbers carry their reported decimals and
 * thousands separators, growth a sign and two decimals, as the types' own {@code toString()}. This
 * class is immutable and thread-safe.
 */
public final class MimeBundles {

    /** A cell: its text and whether it is a number (right-aligned). */
    private record Cell(String text, boolean numeric) {
        static Cell of(Object text) {
            return new Cell(text == null ? "—" : text.toString(), false);
        }

        static Cell num(String text) {
            return new Cell(text == null ? "—" : text, text != null);
        }
    }

    /** A table before it is written: a caption, column titles, rows, footnotes and rows to highlight. */
    private record Grid(String caption, List<String> columns, List<List<Cell>> rows, List<String> notes,
            List<Integer> highlighted) {
    }

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
        Grid grid = value instanceof KpiSeries s ? series(s)
                : value instanceof GrowthTable g ? growth(g)
                : value instanceof CheckReport c ? checks(c)
                : value instanceof KpiPanel p ? panel(p)
                : value instanceof Forecast f ? forecast(f)
                : null;
        if (grid != null) {
            bundle.put("text/html", html(grid));
        } else if (value instanceof KpiChart chart) {
            bundle.put("image/png", Base64.getEncoder().encodeToString(chart.pngBytes()));
        } else if (value instanceof RenderedImage image) {
            bundle.put("image/png", Base64.getEncoder().encodeToString(png(image)));
        }
        bundle.put("text/plain", String.valueOf(value));
        return java.util.Collections.unmodifiableMap(bundle);
    }

    private static Grid series(KpiSeries s) {
        List<List<Cell>> rows = new ArrayList<>();
        boolean derived = false;
        boolean approximate = false;
        for (int i = 0; i < s.size(); i++) {
            Provenance pv = s.provenance(i);
            derived |= pv.derived();
            approximate |= pv.approximate();
            rows.add(List.of(Cell.of(s.period(i)),
                    Cell.num(number(s.value(i), s.decimals(i)) + (pv.derived() ? "*" : "") + (pv.approximate() ? "~" : "")),
                    Cell.of(s.unit()), Cell.of(pv.derived() ? pv.formula() : pv.source())));
        }
        List<String> notes = new ArrayList<>();
        if (derived) {
            notes.add("* derived from reported figures");
        }
        if (approximate) {
            notes.add("~ approximate (the source says 约 or 近)");
        }
        String caption = s.entity() + " / " + s.metric().id() + (s.segment().isEmpty() ? "" : " [" + s.segment() + "]")
                + (s.transform().isEmpty() ? "" : " (" + s.transform() + ")") + ", " + s.size() + " points";
        return new Grid(caption, List.of("period", "value", "unit", "source"), rows, notes, List.of());
    }

    private static Grid growth(GrowthTable t) {
        List<List<Cell>> rows = new ArrayList<>();
        for (GrowthRow r : t.rows()) {
            String change;
            if (r.ratio()) {
                // a ratio's change is in points; a ratio held in percent (exponent −2) is already ×100
                change = r.difference() == null ? null
                        : signed(r.difference() * 100 / (r.unit().exponent() == -2 ? 100 : 1)) + " pp";
            } else {
                change = r.growth() == null ? null : percent(r.growth());
            }
            String printed = r.reportedPct() == null ? null : (r.reportedPct().signum() > 0 ? "+" : "")
                    + r.reportedPct().toPlainString() + (r.ratio() ? " pp" : "%");
            rows.add(List.of(Cell.of(r.entity()), Cell.of(r.metric()), Cell.of(r.segment().isEmpty() ? null : r.segment()),
                    Cell.of(r.period()), Cell.num(number(r.value(), r.decimals()) + (r.derived() ? "*" : "")),
                    Cell.of(r.unit()), Cell.of(r.basePeriod()),
                    Cell.num(r.baseValue() == null ? null : number(r.baseValue(), r.decimals())), Cell.num(change),
                    Cell.num(printed), Cell.of(r.flag() == GrowthFlag.NONE ? "" : r.flag().code()), Cell.of(r.note())));
        }
        List<String> notes = t.rows().stream().anyMatch(GrowthRow::derived) ? List.of("* derived from reported figures")
                : List.of();
        return new Grid(t.kind().code() + " growth, " + t.convention().name().toLowerCase(Locale.ROOT) + " convention, "
                + t.size() + " rows", List.of("entity", "metric", "segment", "period", "value", "unit", "base period", "base",
                        t.kind().code(), "printed", "flag", "note"), rows, notes, List.of());
    }

    private static Grid checks(CheckReport report) {
        List<List<Cell>> rows = new ArrayList<>();
        List<Integer> highlighted = new ArrayList<>();
        for (CheckRow r : report.rows()) {
            boolean flag = r.what().equals("flag");
            String unit = flag ? "" : r.what().equals("points") ? " pp" : "%";
            if (r.status() == CheckStatus.MISMATCH) {
                highlighted.add(rows.size());
            }
            rows.add(List.of(Cell.of(r.entity()), Cell.of(r.metric()), Cell.of(r.segment().isEmpty() ? null : r.segment()),
                    Cell.of(r.period()), Cell.of(r.asOf()), Cell.of(r.what()),
                    flag ? Cell.of(r.reported()) : Cell.num(signedText(r.reported()) + unit),
                    Cell.num(r.computedPct() == null ? null : signed(r.computedPct()) + unit), Cell.of(r.basePeriod()),
                    Cell.num(r.impliedBase() == null ? null : number(r.impliedBase(), 2)), Cell.of(r.status().code()),
                    Cell.of(r.note())));
        }
        String summary = String.format(Locale.ROOT, "%d ok, %d mismatch, %d unverifiable", report.count(CheckStatus.OK),
                report.count(CheckStatus.MISMATCH), report.count(CheckStatus.UNVERIFIABLE));
        return new Grid("Checks of printed figures: " + summary, List.of("entity", "metric", "segment", "period", "as_of",
                "check", "printed", "computed", "base period", "implied base", "status", "note"), rows, List.of(), highlighted);
    }

    /** At most this many series and quarters of a panel are shown: the first series, the last quarters. */
    private static final int PANEL_ROWS = 20;
    private static final int PANEL_COLUMNS = 8;

    private static Grid panel(KpiPanel p) {
        int cols = Math.min(p.quarterCount(), PANEL_COLUMNS);
        int first = p.quarterCount() - cols;
        List<String> columns = new ArrayList<>(List.of("series", "unit"));
        for (int c = first; c < p.quarterCount(); c++) {
            columns.add(p.quarter(c).toString());
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (int s = 0; s < Math.min(p.seriesCount(), PANEL_ROWS); s++) {
            List<Cell> row = new ArrayList<>(List.of(Cell.of(p.key(s)), Cell.of(p.unit(s))));
            Unit unit = p.unit(s);
            for (int c = first; c < p.quarterCount(); c++) {
                // a RATIO series (a growth panel) holds fractions, shown as signed percents
                java.util.OptionalDouble v = p.get(s, c);
                row.add(Cell.num(v.isEmpty() ? null : unit.equals(Unit.RATIO) ? percent(v.getAsDouble())
                        : number(v.getAsDouble(), 2)));
            }
            rows.add(row);
        }
        List<String> notes = new ArrayList<>();
        if (p.seriesCount() > PANEL_ROWS) {
            notes.add(String.format(Locale.ROOT, "… %,d more series", p.seriesCount() - PANEL_ROWS));
        }
        if (first > 0) {
            notes.add(String.format(Locale.ROOT, "the last %d of %d quarters", cols, p.quarterCount()));
        }
        String caption = p.quarterCount() == 0 ? String.format(Locale.ROOT, "KpiPanel: %,d series × 0 quarters", p.seriesCount())
                : String.format(Locale.ROOT, "KpiPanel: %,d series × %d quarters (%s..%s)", p.seriesCount(),
                        p.quarterCount(), p.quarter(0), p.quarter(p.quarterCount() - 1));
        return new Grid(caption, columns, rows, notes, List.of());
    }

    private static Grid forecast(Forecast f) {
        String pct = String.format(Locale.ROOT, "%.4g", f.level() * 100).replaceAll("\\.?0+$", "");
        double[] mean = f.mean();
        double[] lower = f.lower();
        double[] upper = f.upper();
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 0; i < mean.length; i++) {
            rows.add(List.of(Cell.num(String.valueOf(i + 1)), Cell.num(number(mean[i], 4)), Cell.num(number(lower[i], 4)),
                    Cell.num(number(upper[i], 4))));
        }
        return new Grid("Forecast, " + pct + "% interval (" + f.method() + ")",
                List.of("step", "forecast", "lower " + pct + "%", "upper " + pct + "%"), rows, List.of(), List.of());
    }

    /** The one place HTML is written: jsoup's DOM escapes every text and attribute. */
    private static String html(Grid g) {
        Document doc = Document.createShell("");
        doc.outputSettings().prettyPrint(false);
        Element div = doc.body().appendElement("div").addClass("kpi4j");
        Element table = div.appendElement("table").addClass("kpi4j-table");
        table.appendElement("caption").attr("style", "text-align:left;font-weight:bold").text(g.caption());
        Element head = table.appendElement("thead").appendElement("tr");
        boolean[] numeric = numericColumns(g);
        String[] style = new String[numeric.length];
        for (int c = 0; c < style.length; c++) {
            // free text (a note, a source) wraps, but is not squeezed to a few letters a line; a
            // period, date, code or number stays on one line
            String title = g.columns().get(c);
            style[c] = align(numeric[c]) + (title.equals("note") || title.equals("source") ? ";min-width:14em"
                    : ";white-space:nowrap");
            head.appendElement("th").attr("style", style[c]).text(title);
        }
        Element body = table.appendElement("tbody");
        for (int r = 0; r < g.rows().size(); r++) {
            Element tr = body.appendElement("tr");
            if (g.highlighted().contains(r)) {
                tr.addClass("kpi4j-mismatch").attr("style", "background:#fde2e1");
            }
            List<Cell> row = g.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                tr.appendElement("td").attr("style", style[c]).text(row.get(c).text());
            }
        }
        for (String n : g.notes()) {
            div.appendElement("p").attr("style", "font-size:smaller;margin:0.2em 0").text(n);
        }
        return div.outerHtml();
    }

    /** A column is numeric, and right-aligned, when every cell that holds something is a number. */
    private static boolean[] numericColumns(Grid g) {
        boolean[] numeric = new boolean[g.columns().size()];
        boolean[] text = new boolean[numeric.length];
        for (List<Cell> row : g.rows()) {
            for (int c = 0; c < row.size(); c++) {
                Cell cell = row.get(c);
                if (cell.numeric()) {
                    numeric[c] = true;
                } else if (!cell.text().isEmpty() && !cell.text().equals("—")) {
                    text[c] = true;
                }
            }
        }
        for (int c = 0; c < numeric.length; c++) {
            numeric[c] &= !text[c];
        }
        return numeric;
    }

    private static String align(boolean numeric) {
        return numeric ? "text-align:right" : "text-align:left";
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

    /** A number rounded half up to the decimals given, with thousands separators: 61400.33 → 61,400.33. */
    static String number(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return "—";
        }
        int d = Math.max(0, decimals);
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setMinimumFractionDigits(d);
        f.setMaximumFractionDigits(d);
        return f.format(BigDecimal.valueOf(v).setScale(d, RoundingMode.HALF_UP));
    }

    /** A fraction as a signed percent with two decimals: 1.2704 → +127.04%; 0 has no sign. */
    static String percent(double fraction) {
        return signed(fraction * 100) + "%";
    }

    /** A number with two decimals and a sign when it is positive (after rounding). */
    private static String signed(double v) {
        String s = number(v, 2);
        return v > 0 && !s.equals("0.00") ? "+" + s : s;
    }

    /** A printed percentage as text with a sign when it is positive: 48.27 → +48.27. */
    private static String signedText(String s) {
        return s.startsWith("-") || new BigDecimal(s).signum() == 0 ? s : "+" + s;
    }
}

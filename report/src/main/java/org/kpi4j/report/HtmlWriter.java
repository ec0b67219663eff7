package org.kpi4j.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;
import org.kpi4j.format.Cell;
import org.kpi4j.format.KpiTable;
import org.kpi4j.format.Language;

/**
 * Writes a {@link KpiReport} as one self-contained HTML page (no script, no network: charts are
 * inline SVG whose labels are real text the browser draws), and a single {@link KpiTable} as an
 * HTML table for notebooks. The page is built as a jsoup DOM, so every text and attribute from the
 * data is escaped by construction, never concatenated into markup.
 *
 * <pre>{@code
 * String html = HtmlWriter.table(revenue.toTable(KpiFormat.en()));
 * html.startsWith("<table");   // true
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class HtmlWriter {

    /** The fonts of the page: the charts' CJK sans-serif families first. */
    static final String FONTS = "'Noto Sans CJK SC','Noto Sans SC','Source Han Sans SC','PingFang SC','Microsoft YaHei',"
            + "'Hiragino Sans GB','WenQuanYi Micro Hei',system-ui,sans-serif";

    private static final String STYLE = "body{font-family:" + FONTS + ";max-width:1040px;margin:2em auto;padding:0 1em;"
            + "color:#262b33;line-height:1.55}h1{font-size:1.6em;margin-bottom:.2em}h2{margin-top:2em;border-bottom:1px solid "
            + "#e4e7eb;padding-bottom:.2em}.asof{color:#5f6670;margin-top:0}table.kpi4j-table{border-collapse:collapse;"
            + "margin:1em 0;font-size:14px}table.kpi4j-table caption{text-align:left;font-weight:bold;padding:4px 0}"
            + "table.kpi4j-table td,table.kpi4j-table th{border-bottom:1px solid #e4e7eb;padding:4px 10px;vertical-align:top}"
            + "table.kpi4j-table th{background:#f4f5f7;text-align:left}td.n{text-align:right;white-space:nowrap;"
            + "font-variant-numeric:tabular-nums}td.up{color:#1d5c96}td.down{color:#b3412a}td.m{color:#9aa0a6;"
            + "text-align:right}tfoot td{color:#5f6670;font-size:12px;border:none}figure{margin:1.5em 0}figcaption{color:"
            + "#5f6670;font-size:14px}figure svg{width:100%;height:auto;border:1px solid #eef0f2}details summary{cursor:"
            + "pointer;color:#1d5c96}.notes li{margin:.2em 0}";

    private HtmlWriter() {
    }

    /**
     * Renders a report as an HTML page.
     *
     * <pre>{@code
     * String page = HtmlWriter.render(kpiReport);
     * }</pre>
     *
     * @param report the report, not null
     * @return the page, UTF-8 text starting with {@code <!doctype html>}, not null
     * @throws IllegalStateException if a chart cannot be drawn (no font at all on the machine)
     */
    public static String render(KpiReport report) {
        Objects.requireNonNull(report, "report");
        Document doc = Document.createShell("");
        doc.outputSettings().charset(StandardCharsets.UTF_8).escapeMode(Entities.EscapeMode.base).prettyPrint(false);
        Element html = doc.selectFirst("html");
        boolean zh = report.language() == Language.ZH;
        html.attr("lang", zh ? "zh-Hans" : "en");
        Element head = doc.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("title").text(report.title());
        head.appendElement("style").appendChild(new org.jsoup.nodes.DataNode(STYLE));
        Element body = doc.body();
        body.appendElement("h1").text(report.title());
        body.appendElement("p").addClass("asof").text(zh
                ? "数据截至 " + (report.asOf() == null ? "—" : report.asOf()) + "（最近一份报告的日期）；每个数字的出处见“数据明细”。"
                : "Data as of " + (report.asOf() == null ? "—" : report.asOf())
                        + " (the latest report's date); every figure's source is in Facts.");
        int figure = 0;
        for (ReportSection s : report.sections()) {
            Element sec = body.appendElement("section").attr("id", s.kind().name().toLowerCase(java.util.Locale.ROOT));
            sec.appendElement("h2").text(s.title());
            for (ReportBlock b : s.blocks()) {
                if (b instanceof ReportBlock.Paragraph p) {
                    sec.appendElement("p").text(p.text());
                } else if (b instanceof ReportBlock.Table t) {
                    Element parent = sec;
                    if (s.kind() == ReportOptions.Section.FACTS) {
                        parent = sec.appendElement("details");
                        parent.appendElement("summary").text(zh ? t.table().rows().size() + " 条数据，点击展开"
                                : t.table().rows().size() + " facts (click to open)");
                    }
                    appendTable(parent, t.table());
                } else if (b instanceof ReportBlock.Figure f) {
                    figure++;
                    Element fig = sec.appendElement("figure").attr("id", "chart-" + figure);
                    fig.appendChild(svg(f));
                    fig.appendElement("figcaption").text((zh ? "图 " : "Figure ") + figure + (zh ? "：" : ": ")
                            + f.chart().title() + (zh ? "。" : ". ") + f.caption());
                } else if (b instanceof ReportBlock.Notes n) {
                    Element ul = sec.appendElement("ul").addClass("notes");
                    n.items().forEach(i -> ul.appendElement("li").text(i));
                }
            }
        }
        return "<!doctype html>\n" + html.outerHtml() + "\n";
    }

    /**
     * Writes a report as an HTML page, replacing the file.
     *
     * @param report the report, not null
     * @param file the file, not null
     * @return the file, not null
     * @throws IOException if it cannot be written
     */
    public static Path write(KpiReport report, Path file) throws IOException {
        Files.writeString(Objects.requireNonNull(file, "file"), render(report), StandardCharsets.UTF_8);
        return file;
    }

    /**
     * Renders one table as an HTML {@code <table>} (caption, header, rows, footnotes), styled inline
     * so that it reads well wherever it is shown, a notebook's output included: numbers right-aligned,
     * missing values as an em dash, every text escaped.
     *
     * <pre>{@code
     * String html = HtmlWriter.table(kpiReport.facts());
     * }</pre>
     *
     * @param table the table, not null
     * @return the HTML fragment, not null
     */
    public static String table(KpiTable table) {
        Objects.requireNonNull(table, "table");
        Document doc = Document.createShell("");
        doc.outputSettings().charset(StandardCharsets.UTF_8).escapeMode(Entities.EscapeMode.base).prettyPrint(false);
        Element t = appendTable(doc.body(), table);
        t.attr("style", "border-collapse:collapse;font-variant-numeric:tabular-nums");
        for (Element c : t.select("th,td")) {
            String align = c.hasClass("n") || c.hasClass("m") ? "right" : "left";
            c.attr("style", "padding:3px 8px;border-bottom:1px solid #ddd;text-align:" + align);
        }
        return t.outerHtml();
    }

    private static Element appendTable(Element parent, KpiTable table) {
        Element t = parent.appendElement("table").addClass("kpi4j-table");
        if (!table.title().isEmpty()) {
            t.appendElement("caption").text(table.title());
        }
        Element tr = t.appendElement("thead").appendElement("tr");
        for (String c : table.columns()) {
            tr.appendElement("th").attr("scope", "col").text(c);
        }
        Element body = t.appendElement("tbody");
        for (List<Cell> row : table.rows()) {
            Element r = body.appendElement("tr");
            for (Cell c : row) {
                Element td = r.appendElement("td").text(c.text());
                if (c.kind() == Cell.Kind.MISSING) {
                    td.addClass("m");
                } else if (c.kind().isNumeric()) {
                    td.addClass("n");
                    if (c.kind() == Cell.Kind.CHANGE || c.kind() == Cell.Kind.POINTS) {
                        td.addClass(c.value() > 0 ? "up" : c.value() < 0 ? "down" : "flat");
                    }
                }
            }
        }
        if (!table.footnotes().isEmpty()) {
            Element foot = t.appendElement("tfoot");
            for (String f : table.footnotes()) {
                foot.appendElement("tr").appendElement("td").attr("colspan", Integer.toString(table.columns().size()))
                        .text(f);
            }
        }
        return t;
    }

    /** The chart as an inline {@code <svg>} element, parsed (not pasted) from the chart's SVG. */
    private static Element svg(ReportBlock.Figure f) {
        Document x = Jsoup.parse(f.chart().svg(), "", Parser.xmlParser());
        Element svg = x.selectFirst("svg");
        if (svg == null) {
            throw new IllegalStateException("the chart '" + f.chart().title() + "' gave no SVG");
        }
        svg.removeAttr("width").removeAttr("height").removeAttr("x").removeAttr("y")
                .attr("role", "img").attr("aria-label", f.chart().title())
                .attr("style", "max-width:" + f.chart().width() + "px");
        svg.prependElement("title").text(f.chart().title());
        return svg;
    }
}

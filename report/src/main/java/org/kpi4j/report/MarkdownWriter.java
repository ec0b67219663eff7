package org.kpi4j.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.kpi4j.format.Cell;
import org.kpi4j.format.KpiTable;
import org.kpi4j.format.Language;

/**
 * Writes a {@link KpiReport} as Markdown (CommonMark with GitHub tables), its charts as PNG files
 * in a {@code report-files/} folder beside it. Every text from the data is escaped: Markdown's
 * punctuation ({@code * _ [ ] | < >} and the rest) gets a backslash, so a segment named
 * {@code <td onmouseover=…>} or {@code **x**} reads as those characters, and a table cell holding
 * {@code |} stays one cell.
 *
 * <pre>{@code
 * MarkdownWriter.escape("a*b|c");   // "a\*b\|c"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MarkdownWriter {

    /** The folder beside the Markdown file that holds its charts. */
    public static final String FILES = "report-files";

    private MarkdownWriter() {
    }

    /**
     * Renders a report as Markdown whose charts are {@code report-files/chart-NN.png}.
     *
     * <pre>{@code
     * String md = MarkdownWriter.render(kpiReport);
     * }</pre>
     *
     * @param report the report, not null
     * @return the Markdown text, not null
     */
    public static String render(KpiReport report) {
        Objects.requireNonNull(report, "report");
        boolean zh = report.language() == Language.ZH;
        StringBuilder md = new StringBuilder();
        md.append("# ").append(escape(report.title())).append("\n\n");
        md.append(escape(zh ? "数据截至 " + (report.asOf() == null ? "—" : report.asOf()) + "（最近一份报告的日期）。"
                : "Data as of " + (report.asOf() == null ? "—" : report.asOf()) + " (the latest report's date).")).append("\n\n");
        int figure = 0;
        for (ReportSection s : report.sections()) {
            md.append("## ").append(escape(s.title())).append("\n\n");
            for (ReportBlock b : s.blocks()) {
                if (b instanceof ReportBlock.Paragraph p) {
                    md.append(escape(p.text())).append("\n\n");
                } else if (b instanceof ReportBlock.Table t) {
                    table(md, t.table());
                } else if (b instanceof ReportBlock.Figure f) {
                    figure++;
                    String caption = (zh ? "图 " : "Figure ") + figure + (zh ? "：" : ": ") + f.chart().title();
                    md.append("![").append(escape(caption)).append("](").append(chartFile(figure)).append(")\n\n")
                            .append('*').append(escape(caption + (zh ? "。" : ". ") + f.caption())).append("*\n\n");
                } else if (b instanceof ReportBlock.Notes n) {
                    for (String i : n.items()) {
                        md.append("- ").append(escape(i)).append('\n');
                    }
                    md.append('\n');
                }
            }
        }
        return md.toString();
    }

    /**
     * Writes a report as Markdown, and its charts as 800 × 500 PNG files in {@code report-files/}
     * beside it, replacing those files.
     *
     * @param report the report, not null
     * @param file the Markdown file, not null
     * @return the files written, the Markdown file first, not null
     * @throws IOException if a file cannot be written
     * @throws IllegalStateException if a chart cannot be drawn (no font at all on the machine)
     */
    public static List<Path> write(KpiReport report, Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        List<Path> out = new ArrayList<>();
        Files.writeString(file, render(report), StandardCharsets.UTF_8);
        out.add(file);
        List<ReportBlock.Figure> figures = report.figures();
        if (!figures.isEmpty()) {
            Path dir = file.toAbsolutePath().getParent().resolve(FILES);
            Files.createDirectories(dir);
            for (int i = 0; i < figures.size(); i++) {
                out.add(figures.get(i).chart().toPng(dir.resolve(chartFile(i + 1).substring(FILES.length() + 1))));
            }
        }
        return out;
    }

    static String chartFile(int n) {
        return String.format("%s/chart-%02d.png", FILES, n);
    }

    private static void table(StringBuilder md, KpiTable t) {
        if (!t.title().isEmpty()) {
            md.append("**").append(escape(t.title())).append("**\n\n");
        }
        md.append('|');
        for (String c : t.columns()) {
            md.append(' ').append(escape(c)).append(" |");
        }
        md.append("\n|");
        for (int i = 0; i < t.columns().size(); i++) {
            md.append(t.isNumeric(i) ? "---:|" : "---|");
        }
        md.append('\n');
        for (List<Cell> row : t.rows()) {
            md.append('|');
            for (Cell c : row) {
                md.append(' ').append(escape(c.text())).append(" |");
            }
            md.append('\n');
        }
        md.append('\n');
        for (String f : t.footnotes()) {
            md.append(escape(f)).append("\n\n");
        }
    }

    /**
     * Escapes text for Markdown: a backslash before each ASCII punctuation character that Markdown
     * or a GitHub table gives a meaning anywhere ({@code \ ` * _ [ ] | < > ~ &}), and before
     * {@code # + - =} and a list number's {@code .} or {@code )} at the start, where they would make a
     * heading or a list; line breaks become spaces, so a text stays in its paragraph or table cell.
     *
     * @param text the text, not null
     * @return the escaped text, not null
     */
    public static String escape(String text) {
        Objects.requireNonNull(text, "text");
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') {
                sb.append(' ');
            } else if ("\\`*_[]|<>~&".indexOf(c) >= 0 || (sb.length() == 0 && "#+-=".indexOf(c) >= 0)) {
                sb.append('\\').append(c);
            } else {
                sb.append(c);
            }
        }
        int digits = 0;
        while (digits < sb.length() && Character.isDigit(sb.charAt(digits))) {
            digits++;
        }
        if (digits > 0 && digits < sb.length() && (sb.charAt(digits) == '.' || sb.charAt(digits) == ')')) {
            sb.insert(digits, '\\');
        }
        return sb.toString();
    }
}

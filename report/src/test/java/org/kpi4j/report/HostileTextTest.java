package org.kpi4j.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpi4j.format.Language;

/**
 * A facts file with markup, Markdown and spreadsheet formulas in every text field (entity, segment,
 * source, note): the HTML holds them as text, the Markdown renders them as text, and the workbook
 * stores them as quote-prefixed text, never as formulas.
 */
class HostileTextTest {

    @TempDir
    Path dir;

    private KpiReport report() {
        return KpiReport.of(Fixtures.hostile(), ReportOptions.of(Language.EN));
    }

    @Test
    void html_holdsMarkupAsText() {
        String html = HtmlWriter.render(report());
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("[onmouseover], [onerror], script, b, img")).isEmpty();
        assertThat(doc.body().text()).contains("<td onmouseover=alert(1)>x</td>", "<script>alert(1)</script>",
                "=cmd()|*seg*<b>");
        assertThat(html).doesNotContain("<td onmouseover", "<script>", "<b>", "<img");
        // the charts are inline SVG whose titles name the entity, as text
        assertThat(doc.select("svg text").eachText()).anyMatch(t -> t.contains("<td onmouseover=alert(1)>x</td>"));
    }

    @Test
    void markdown_rendersHostileTextAsText() {
        String md = MarkdownWriter.render(report());
        String html = HtmlRenderer.builder().build().render(Parser.builder().build().parse(md));
        assertThat(html).doesNotContain("<td onmouseover", "<script>", "<b>", "<img src=\"x\"", "<em>seg</em>",
                "<strong>note</strong>");
        // the only images are the report's own charts
        assertThat(Jsoup.parse(html).select("img").eachAttr("src")).allMatch(src -> src.startsWith("report-files/chart-"));
        assertThat(Jsoup.parse(html).text()).contains("<td onmouseover=alert(1)>x</td>", "**note**", "=cmd()|*seg*<b>");
        // a table row keeps its cells: no unescaped | inside a cell
        for (String line : md.split("\n")) {
            if (line.startsWith("| ") && line.contains("cmd()")) {
                long pipes = line.replace("\\|", "").chars().filter(c -> c == '|').count();
                assertThat(pipes).as(line).isGreaterThan(1);
                assertThat(line.replace("\\|", "")).doesNotContain("cmd()|");
            }
        }
    }

    @Test
    void excel_storesFormulasAsQuotedText() throws Exception {
        Path xlsx = ExcelWriter.write(report(), dir.resolve("r.xlsx"));
        int quoted = 0;
        try (InputStream in = Files.newInputStream(xlsx); Workbook wb = WorkbookFactory.create(in)) {
            for (Sheet s : wb) {
                for (Row r : s) {
                    for (org.apache.poi.ss.usermodel.Cell c : r) {
                        assertThat(c.getCellType()).as("%s!%s", s.getSheetName(), c.getAddress())
                                .isNotEqualTo(CellType.FORMULA);
                        if (c.getCellType() == CellType.STRING && !c.getStringCellValue().isEmpty()
                                && "=+-@".indexOf(c.getStringCellValue().charAt(0)) >= 0) {
                            assertThat(c.getCellStyle().getQuotePrefixed()).as("%s!%s %s", s.getSheetName(),
                                    c.getAddress(), c.getStringCellValue()).isTrue();
                            quoted++;
                        }
                    }
                }
            }
        }
        // the =HYPERLINK entity, the =cmd() segment and sources, the +cmd source, the @SUM note, at least
        assertThat(quoted).isGreaterThanOrEqualTo(5);
        assertThat(Files.readString(dir.resolve("r.xlsx"), StandardCharsets.ISO_8859_1)).isNotEmpty();
    }
}

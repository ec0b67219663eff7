package org.kpi4j.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.kpi4j.format.Cell;
import org.kpi4j.format.KpiFormat;
import org.kpi4j.format.KpiTable;
import org.kpi4j.format.Language;

/** The page and the single-table HTML the notebook shows. */
class HtmlWriterTest {

    @Test
    void table_rightAlignsNumbersAndEscapesText() {
        KpiFormat f = KpiFormat.en();
        KpiTable t = KpiTable.builder("period", "value", "yoy").title("a < b")
                .row(Cell.text("2024 <i>"), Cell.number(61400.33, 2, f), Cell.change(0.4827, 2, f))
                .row(Cell.text("2025"), Cell.missing(), Cell.missing()).footnote("* & derived").build();
        String html = HtmlWriter.table(t);
        Element table = Jsoup.parseBodyFragment(html).selectFirst("table");
        assertThat(table.selectFirst("caption").text()).isEqualTo("a < b");
        assertThat(table.select("i")).isEmpty();
        assertThat(table.select("tbody td").eachText()).containsExactly("2024 <i>", "61,400.33", "+48.27%", "2025", "—", "—");
        assertThat(table.select("tbody td").get(1).attr("style")).contains("text-align:right");
        assertThat(table.select("tbody td").get(0).attr("style")).contains("text-align:left");
        assertThat(table.selectFirst("tfoot").text()).isEqualTo("* & derived");
    }

    @Test
    void page_isSelfContainedWithTheSeedsFiguresAndInlineSvgCharts() {
        String html = HtmlWriter.render(Fixtures.seedReport(Language.ZH));
        org.jsoup.nodes.Document doc = Jsoup.parse(html);
        String text = doc.body().text();
        // the record's figures: Q2 65,461.73 and 1,205.67 万元, 扭亏为盈, +48.27%; Q1 the 46.2% CAGR
        assertThat(text).contains("65,461.73", "1,205.67", "扭亏为盈", "48.27%", "46.2%");
        assertThat(doc.select("figure > svg")).hasSizeGreaterThanOrEqualTo(4);
        assertThat(doc.select("figure svg text").eachText()).contains("并行科技 · 股东人数");
        assertThat(doc.select("[src], link, script")).isEmpty();   // nothing fetched: no network needed
        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("zh-Hans");
    }
}

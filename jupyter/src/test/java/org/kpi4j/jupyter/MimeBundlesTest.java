package org.kpi4j.jupyter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kpi4j.jupyter.Fixtures.cells;
import static org.kpi4j.jupyter.Fixtures.facts;
import static org.kpi4j.jupyter.Fixtures.header;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.kpi4j.charts.ChartOptions;
import org.kpi4j.charts.Charts;
import org.kpi4j.fact.FactSet;
import org.kpi4j.forecast.Forecast;
import org.kpi4j.growth.GrowthConvention;
import org.kpi4j.growth.GrowthKind;
import org.kpi4j.metric.MetricCatalog;
import org.kpi4j.reconcile.CheckReport;
import org.kpi4j.reconcile.Reconciliation;
import org.kpi4j.series.KpiPanel;
import org.kpi4j.series.KpiPanelBuilder;
import org.kpi4j.series.KpiSeries;
import org.kpi4j.time.Period;
import org.kpi4j.unit.Unit;

class MimeBundlesTest {

    @Test
    void series_isAnHtmlTable_withItsDecimalsAndThousandsSeparators() {
        FactSet f = facts("acme,revenue,,2023,year,61400.33,万元,,", "acme,revenue,,2024,year,1234567.5,万元,,");
        KpiSeries s = f.series("acme", "revenue");
        var bundle = MimeBundles.of(s);
        assertThat(bundle.keySet()).containsExactly("text/html", "text/plain");
        String html = bundle.get("text/html");
        assertThat(header(html)).containsExactly("period", "value", "unit", "source");
        // each value as printed, with the decimals it was given and a comma every three digits; 万元
        // (10^4 yuan) in English is CNY 10k
        assertThat(cells(html)).extracting(r -> r.subList(0, 3)).containsExactly(
                List.of("2023", "61,400.33", "CNY 10k"), List.of("2024", "1,234,567.5", "CNY 10k"));
        assertThat(Fixtures.table(html).selectFirst("caption").text()).isEqualTo("acme/revenue, 2 points");
        assertThat(bundle.get("text/plain")).isEqualTo(s.toString());
    }

    @Test
    void series_numbersAreRightAligned_textLeft() {
        KpiSeries s = facts("acme,revenue,,2024,year,12,亿元,,").series("acme", "revenue");
        Element table = Fixtures.table(MimeBundles.of(s).get("text/html"));
        assertThat(table.select("thead th").eachAttr("style")).containsExactly("text-align:left;white-space:nowrap",
                "text-align:right;white-space:nowrap", "text-align:left;white-space:nowrap", "text-align:left;min-width:14em");
        assertThat(table.selectFirst("tbody td:eq(1)").attr("style")).isEqualTo("text-align:right;white-space:nowrap");
    }

    @Test
    void derivedQuarter_isMarked_andExplainedInAFootnote() {
        // Q2 = H1 − Q1 = 21 − 10 = 11: derived, so marked with *
        KpiSeries s = facts("acme,revenue,,2023Q1,ytd,10,亿元,,", "acme,revenue,,2023H1,ytd,21,亿元,,")
                .series("acme", "revenue").toDiscreteQuarters();
        String html = MimeBundles.of(s).get("text/html");
        assertThat(cells(html)).extracting(r -> r.get(1)).containsExactly("10", "11*");
        assertThat(Jsoup.parseBodyFragment(html).select("p").eachText()).contains("* derived");
    }

    @Test
    void growthTable_showsGrowthAsASignedPercent() {
        // 18,170 / 8,003 − 1 = 1.270398… → +127.04%
        FactSet f = facts("acme,shareholder_count,,2024-12-31,instant,8003,persons,,",
                "acme,shareholder_count,,2025-03-31,instant,18170,persons,,");
        String html = MimeBundles.of(f.growth(GrowthKind.DEFAULT, GrowthConvention.FILING)).get("text/html");
        List<String> header = header(html);
        List<List<String>> rows = cells(html);
        assertThat(rows.get(0).get(header.indexOf("default"))).as("the first figure has no base").isEqualTo("—");
        List<String> row = rows.get(1);
        assertThat(row.get(header.indexOf("value"))).isEqualTo("18,170");
        assertThat(row.get(header.indexOf("base"))).isEqualTo("8,003");
        assertThat(row.get(header.indexOf("default"))).isEqualTo("+127.04%");
    }

    @Test
    void growthFromALoss_followsTheFilingConvention_andIsFlagged() {
        // filing convention: (30 − (−50)) / |−50| = +160.00%, a turnaround (扭亏为盈)
        FactSet f = facts("acme,net_profit,,2023,year,-50,万元,,", "acme,net_profit,,2024,year,30,万元,,");
        String html = MimeBundles.of(f.growth(GrowthKind.YOY, GrowthConvention.FILING)).get("text/html");
        List<String> header = header(html);
        List<String> row = cells(html).get(1);
        assertThat(row.get(header.indexOf("value"))).isEqualTo("30");
        assertThat(row.get(header.indexOf("base"))).isEqualTo("-50");
        assertThat(row.get(header.indexOf("yoy"))).isEqualTo("+160.00%");
        assertThat(row.get(header.indexOf("flag"))).isEqualTo("turnaround");
    }

    @Test
    void ratioChange_isInPercentagePoints() {
        // a margin from 30% to 32.5%: +2.50 percentage points, printed +2.5
        FactSet f = facts("acme,gross_margin,,2023,year,30,%,,", "acme,gross_margin,,2024,year,32.5,%,,2.5");
        String html = MimeBundles.of(f.growth(GrowthKind.YOY, GrowthConvention.FILING)).get("text/html");
        List<String> header = header(html);
        List<String> row = cells(html).get(1);
        assertThat(row.get(header.indexOf("yoy"))).isEqualTo("+2.50 pp");
        assertThat(row.get(header.indexOf("printed"))).isEqualTo("+2.5 pp");
    }

    @Test
    void everyText_isEscaped() {
        FactSet f = facts("\"<b>acme & co</b>\",revenue,<script>x</script>,2024,year,1,亿元,,");
        String html = MimeBundles.of(f.series(f.keys().get(0))).get("text/html");
        assertThat(html).doesNotContain("<b>").doesNotContain("<script>").contains("&lt;b&gt;acme &amp; co&lt;/b&gt;");
        assertThat(Jsoup.parseBodyFragment(html).select("b, script")).isEmpty();
        assertThat(Fixtures.table(html).selectFirst("caption").text())
                .isEqualTo("<b>acme & co</b>/revenue[<script>x</script>], 1 points");
    }

    @Test
    void checkReport_summarisesAndHighlightsMismatches() {
        // revenue 100 → 150 is +50%, printed +40%: a mismatch; 150 → 180 is +20%, printed +20%: ok
        CheckReport r = Reconciliation.check(facts("acme,revenue,,2022,year,100,亿元,2023-04-01,",
                "acme,revenue,,2023,year,150,亿元,2024-04-01,40", "acme,revenue,,2024,year,180,亿元,2025-04-01,20"));
        String html = MimeBundles.of(r).get("text/html");
        Element table = Fixtures.table(html);
        assertThat(Jsoup.parseBodyFragment(html).select("p").eachText()).containsExactly("1 ok, 1 mismatch, 0 unverifiable");
        List<String> header = header(html);
        List<List<String>> rows = cells(html);
        assertThat(rows).extracting(row -> row.get(header.indexOf("printed")) + " " + row.get(header.indexOf("computed"))
                + " " + row.get(header.indexOf("status"))).containsExactly("+40% +50.00% mismatch", "+20% +20.00% ok");
        assertThat(table.select("tbody tr").eachAttr("class")).containsExactly("kpi4j-mismatch");
    }

    @Test
    void panel_showsItsTable_theFirstSeriesAndTheLastQuarters() {
        KpiPanelBuilder b = KpiPanel.builder(Period.parse("2022Q1"), 10);
        for (int s = 0; s < 25; s++) {
            double[] v = new double[10];
            for (int q = 0; q < 10; q++) {
                v[q] = 1000 * s + q + 0.5; // series s, quarter q
            }
            b.add(org.kpi4j.series.SeriesKey.of("e" + s, "revenue"), Unit.WAN_YUAN, v);
        }
        KpiPanel p = b.build();
        String html = MimeBundles.of(p).get("text/html");
        assertThat(header(html)).containsExactly("series", "unit", "2023Q1", "2023Q2", "2023Q3", "2023Q4", "2024Q1", "2024Q2");
        List<List<String>> rows = cells(html);
        assertThat(rows).hasSize(10);
        // series 3, quarters 4..9: 3004.5 .. 3009.5, two decimals
        assertThat(rows.get(3)).containsExactly("e3/revenue", "CNY 10k", "3,004.50", "3,005.50", "3,006.50", "3,007.50",
                "3,008.50", "3,009.50");
        assertThat(Jsoup.parseBodyFragment(html).select("p").eachText()).containsExactly("... 15 more series",
                "the last 6 of 10 quarters shown");
        assertThat(Fixtures.table(html).selectFirst("caption").text())
                .isEqualTo("KpiPanel: 25 series × 10 quarters (2022Q1..2024Q2)");
    }

    @Test
    void longTable_showsItsFirstRows_andSaysHowManyMore() {
        org.kpi4j.format.KpiTable.Builder b = org.kpi4j.format.KpiTable.builder("n");
        for (int i = 0; i < 250; i++) {
            b.row(org.kpi4j.format.Cell.text("row " + i));
        }
        String html = MimeBundles.of(b.build()).get("text/html");
        assertThat(cells(html)).hasSize(MimeBundles.MAX_ROWS).last().isEqualTo(List.of("row 199"));
        assertThat(Jsoup.parseBodyFragment(html).select("p").eachText())
                .containsExactly("… 50 more rows (the first 200 of 250 are shown)");
    }

    @Test
    void aChineseTable_isShownAsGiven() {
        // KpiFormat.zh(): 万元 as 万元 and a ratio's change in 个百分点
        KpiSeries s = facts("acme,revenue,,2024,year,61400.33,万元,,").series("acme", "revenue");
        String html = MimeBundles.of(s.toTable(org.kpi4j.format.KpiFormat.zh())).get("text/html");
        assertThat(cells(html).get(0).subList(0, 3)).containsExactly("2024", "61,400.33", "万元");
    }

    @Test
    void panel_missingQuarterIsADash() {
        KpiPanel p = KpiPanel.builder(Period.parse("2024Q1"), 2)
                .add(org.kpi4j.series.SeriesKey.of("e", "revenue"), Unit.YI_YUAN, new double[] {Double.NaN, 2}).build();
        assertThat(cells(MimeBundles.of(p).get("text/html")).get(0)).containsExactly("e/revenue", "CNY 100m", "—", "2.00");
    }

    @Test
    void forecast_isATableOfSteps() {
        Forecast f = new Forecast(new double[] {17.7, 1234.56789}, new double[] {15.1, 1000}, new double[] {20.3, 1500.25},
                0.95, "student-t (OLS)");
        String html = MimeBundles.of(f).get("text/html");
        assertThat(header(html)).containsExactly("step", "forecast", "lower 95%", "upper 95%");
        assertThat(cells(html)).containsExactly(List.of("1", "17.7000", "15.1000", "20.3000"),
                List.of("2", "1,234.5679", "1,000.0000", "1,500.2500"));
        assertThat(Fixtures.table(html).selectFirst("caption").text()).isEqualTo("Forecast[level=95%, method=student-t (OLS)]");
    }

    @Test
    void projection_isATable() {
        // 100 growing 10% a year: 110.00 in 2026, 121.00 in 2027
        String html = MimeBundles.of(org.kpi4j.projection.Projection.of(100, 2025, 2027, 0.10)).get("text/html");
        assertThat(cells(html)).extracting(r -> r.get(0) + " " + r.get(1)).containsExactly("2025 100.00", "2026 110.00",
                "2027 121.00");
    }

    @Test
    void chart_isAPng_ofTheChartsSize() throws Exception {
        KpiSeries s = facts("acme,revenue,,2023,year,46,亿元,,", "acme,revenue,,2024,year,57,亿元,,").series("acme", "revenue");
        var bundle = MimeBundles.of(Charts.line(s, ChartOptions.en().withCatalog(MetricCatalog.standard())));
        assertThat(bundle.keySet()).containsExactly("image/png", "text/plain");
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(bundle.get("image/png"))));
        assertThat(img.getWidth()).isEqualTo(ChartOptions.DEFAULT_WIDTH);
        assertThat(img.getHeight()).isEqualTo(ChartOptions.DEFAULT_HEIGHT);
        assertThat(bundle.get("text/plain")).startsWith("KpiChart[LINE");
    }

    @Test
    void image_isAPng() throws Exception {
        BufferedImage in = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        in.setRGB(2, 1, 0xff0000);
        BufferedImage out = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(MimeBundles.of(in).get("image/png"))));
        assertThat(out.getWidth()).isEqualTo(3);
        assertThat(out.getRGB(2, 1) & 0xffffff).isEqualTo(0xff0000);
    }

    @Test
    void anythingElse_isItsText() {
        assertThat(MimeBundles.of(42)).containsExactly(java.util.Map.entry("text/plain", "42"));
        assertThat(MimeBundles.of(null)).containsExactly(java.util.Map.entry("text/plain", "null"));
        assertThat(MimeBundles.of(new ArrayList<>(List.of("a")))).containsExactly(java.util.Map.entry("text/plain", "[a]"));
    }
}

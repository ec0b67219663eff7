package org.kpi4j.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kpi4j.datasets.Datasets;
import org.kpi4j.fact.FactSet;
import org.kpi4j.fact.ReadOptions;
import org.kpi4j.format.Cell;
import org.kpi4j.format.KpiTable;
import org.kpi4j.format.Language;

/**
 * The report of the seed: the investor-relations record 2025-053 of 北京并行科技 (Paratera) and the
 * IDC market figures it cites ({@code ../shared/seed/000_3d4237576e387fe3.txt}). Expected values are
 * the record's printed figures, or hand computations from them stated beside each.
 */
class KpiReportTest {

    private static final double EPS = 1e-9;

    private static KpiTable headline(KpiReport r) {
        return r.tables().get(0).table();
    }

    /** The row whose first cell, stripped, is the label. */
    private static List<Cell> row(KpiTable t, String label) {
        return t.rows().stream().filter(r -> r.get(0).text().strip().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no row '" + label + "' in " + t));
    }

    @Test
    void headline_holdsTheRecordsFiguresForFy2024AndQ1_2025() {
        KpiReport r = Fixtures.seedReport(Language.ZH);
        assertThat(r.title()).isEqualTo("并行科技 KPI 报告");
        assertThat(r.asOf()).hasToString("2025-05-19");
        KpiTable t = headline(r);
        assertThat(t.columns()).containsExactly("指标", "单位", "2024", "变动", "2025Q1", "变动", "说明");
        List<Cell> revenue = row(t, "营业收入");
        assertThat(revenue.get(2).value()).isEqualTo(65461.73, within(EPS));   // Q2: 营业收入 65,461.73 万元
        assertThat(revenue.get(2).text()).isEqualTo("65,461.73");
        assertThat(revenue.get(4).value()).isEqualTo(19827.30, within(EPS));   // Q4: 2025Q1 19,827.30 万元
        assertThat(revenue.get(5).value()).isEqualTo(0.5168, within(EPS));     // Q4: 同比增长 51.68%, printed
        assertThat(revenue.get(5).text()).isEqualTo("+51.68%（披露）");
        List<Cell> services = row(t, "营业收入 · 算力服务");
        assertThat(services.get(2).value()).isEqualTo(61400.33, within(EPS));  // Q2: 算力服务 61,400.33 万元
        assertThat(services.get(3).value()).isEqualTo(0.4827, within(EPS));    // Q2: 同比增长 48.27%
        // 61,400.33 / 1.4827 = 41,411.16 (hand), the 2023 base the printed growth implies
        assertThat(services.get(6).text()).contains("41,411.16万元");
        List<Cell> profit = row(t, "归属于上市公司股东的净利润");
        assertThat(profit.get(2).value()).isEqualTo(1205.67, within(EPS));     // Q2: 1,205.67 万元
        assertThat(profit.get(3).text()).isEqualTo("扭亏为盈");                 // Q2: 同比扭亏为盈
        List<Cell> margin = row(t, "毛利率 · 算力服务");
        assertThat(margin.get(2).value()).isEqualTo(0.32, within(EPS));        // Q6: 32% in 2024
        assertThat(margin.get(4).value()).isEqualTo(0.27, within(EPS));        // Q6: 27% in Q1 2025
        assertThat(margin.get(5).kind()).isEqualTo(Cell.Kind.POINTS);
        assertThat(margin.get(5).value()).isEqualTo(-5.0, within(EPS));        // 27 − 32 = −5 points
        assertThat(row(t, "资产负债率").get(2).value()).isEqualTo(0.7653, within(EPS));   // Q7: 76.53%
        List<Cell> holders = row(t, "股东人数");
        assertThat(holders.get(2).value()).isEqualTo(8003);                    // Q18: 8,003 at the 2024 year-end
        assertThat(holders.get(4).value()).isEqualTo(18170);                   // Q18: 18,170 at 2025-03-31
        assertThat(holders.get(5).value()).isEqualTo(18170.0 / 8003 - 1, within(EPS));   // +127.04%
        assertThat(holders.get(1).text()).isEqualTo("人");
    }

    @Test
    void headline_segmentsFollowTheirTotalLargestFirst() {
        KpiTable t = headline(Fixtures.seedReport(Language.ZH));
        List<String> labels = t.rows().stream().map(r -> r.get(0).text().strip()).toList();
        // 算力服务 61,400.33 万元 > 智算云 2.7 亿元 = 27,000 万元
        assertThat(labels.subList(0, 3)).containsExactly("营业收入", "营业收入 · 算力服务", "营业收入 · 智算云");
    }

    @Test
    void story_tellsTheFiguresInWords() {
        KpiReport r = Fixtures.seedReport(Language.ZH);
        List<String> paragraphs = r.sections().get(0).blocks().stream()
                .filter(b -> b instanceof ReportBlock.Paragraph).map(b -> ((ReportBlock.Paragraph) b).text()).toList();
        assertThat(paragraphs).hasSize(2);
        assertThat(paragraphs.get(0)).startsWith("2024 年：营业收入 65,461.73万元，其中算力服务 61,400.33万元（同比增长 48.27%")
                .contains("据此 2023 年约 41,411.16万元", "1,205.67万元（同比扭亏为盈）", "资产负债率 76.53%");
        assertThat(paragraphs.get(1)).startsWith("2025 年第一季度：营业收入 19,827.30万元（同比增长 51.68%")
                .contains("较 2024 年下降 5.00 个百分点", "智算云收入占比提升", "股东人数 18,170人（较 2024 年末增长 127.04%）");
    }

    @Test
    void projection_readsTheCagrAndTheGrowthFromTheData() {
        KpiReport r = Fixtures.seedReport(Language.ZH);
        ReportSection s = r.sections().stream().filter(x -> x.kind() == ReportOptions.Section.PROJECTIONS).findFirst()
                .orElseThrow();
        KpiTable t = s.blocks().stream().filter(b -> b instanceof ReportBlock.Table).map(b -> ((ReportBlock.Table) b).table())
                .findFirst().orElseThrow();
        assertThat(t.columns().get(1)).contains("46.2%");                          // Q1: CAGR 46.2%
        assertThat(t.columns().get(2)).contains("+43%");                           // Q1: 同比增长 43%
        List<String> years = t.rows().stream().map(x -> x.get(0).text()).toList();
        assertThat(years).containsExactly("2023", "2024", "2025", "2026", "2027", "2028");   // sorted, each once
        assertThat(t.rows().get(5).get(1).value()).isEqualTo(1037.3 * Math.pow(1.462, 3), within(1e-9)); // 3,241.5
        assertThat(t.rows().get(0).get(1).value()).isEqualTo(1037.3 / Math.pow(1.462, 2), within(1e-9)); // 485.3
        assertThat(t.rows().get(1).get(2).value()).isEqualTo(1037.3 / 1.43, within(1e-9));               // 725.4
        String text = ((ReportBlock.Paragraph) s.blocks().get(0)).text();
        // "43%" is [42.5%, 43.5%), "46.2%" is [46.15%, 46.25%): at least 46.15 − 43.5 = 2.65 points apart
        assertThat(text).startsWith("中国 · 智能算力规模").contains("2.65 个百分点", "不能同时成立");
    }

    @Test
    void charts_atLeastFourEachDrawnOnce() {
        KpiReport r = Fixtures.seedReport(Language.ZH);
        assertThat(r.figures()).hasSizeGreaterThanOrEqualTo(4);
        Set<String> titles = new HashSet<>();
        for (ReportBlock.Figure f : r.figures()) {
            assertThat(titles.add(f.chart().title())).as("drawn twice: %s", f.chart().title()).isTrue();
            assertThat(f.chart().title()).doesNotContain("paratera", "china");   // names, not ids
        }
        assertThat(titles).contains("并行科技 · 股东人数", "中国 · 智能算力规模 · 预测",
                "并行科技 · 营业收入 · 2024 与披露增速隐含的 2023 基数");
        // every chart draws at least two points
        for (ReportBlock.Figure f : r.figures()) {
            assertThat(f.chart().data().periods()).as(f.chart().title()).hasSizeGreaterThanOrEqualTo(2);
        }
        // the margin is printed for FY2024 (32%) and for Q1 2025 (27%): a year and a quarter are not one
        // basis, so the headline compares them and no chart draws a single point of it
        assertThat(titles).doesNotContain("并行科技 · 毛利率 · 算力服务");
        assertThat(r.sections().stream().flatMap(s -> s.blocks().stream()).filter(b -> b instanceof ReportBlock.Notes)
                .flatMap(b -> ((ReportBlock.Notes) b).items().stream()))
                .anySatisfy(n -> assertThat(n).startsWith("并行科技 · 毛利率 · 算力服务：各期长度不同"));
    }

    @Test
    void english_isOneLanguageWithUnitsAsAnalystsReadThem() {
        KpiReport r = Fixtures.seedReport(Language.EN);
        assertThat(r.title()).isEqualTo("KPI report: Paratera");
        KpiTable t = headline(r);
        assertThat(row(t, "Revenue").get(1).text()).isEqualTo("CNY 10k");
        assertThat(row(t, "Revenue · AI cloud").get(1).text()).isEqualTo("CNY 100m");
        assertThat(row(t, "Shareholder count").get(1).text()).isEqualTo("persons");
        assertThat(row(t, "Net profit attributable to shareholders").get(3).text()).isEqualTo("turnaround");
        for (ReportBlock.Figure f : r.figures()) {
            String text = f.chart().title() + f.chart().yAxisTitle() + f.caption() + f.chart().seriesNames();
            assertThat(text.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
                    .as("Chinese in an English chart: %s", text).isTrue();
        }
        // the story too: the margin's reason is quoted in Chinese in the record, so the English report says where it is
        String story = r.sections().get(0).blocks().stream().filter(b -> b instanceof ReportBlock.Paragraph)
                .map(b -> ((ReportBlock.Paragraph) b).text()).reduce("", String::concat);
        assertThat(story).contains("down 5.00 pp on FY2024, the record gives the reason in Chinese");
        assertThat(story.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
                .as("Chinese in the English story: %s", story).isTrue();
    }

    @Test
    void asOfBeforeEveryReport_isAClearError() {
        assertThatThrownBy(() -> KpiReport.of(Fixtures.seed(), Fixtures.options(Language.EN)
                .withAsOf(java.time.LocalDate.of(2020, 1, 1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("no facts to report on as of 2020-01-01");
        assertThatThrownBy(() -> KpiReport.of(Fixtures.seed(), Fixtures.options(Language.EN).withEntity("acme")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("no entity 'acme'");
    }

    @Test
    void marginBridge_whereTheSegmentsAllowIt_splitsRateAndMix() throws Exception {
        FactSet facts = FactSet.read(Path.of(KpiReportTest.class.getResource("bridge.csv").toURI()),
                ReadOptions.defaults().withCatalog(Datasets.catalog()));
        KpiReport r = KpiReport.of(facts, Fixtures.options(Language.EN));
        KpiTable t = r.tables().stream().filter(b -> b.id().equals("Margin bridge 2024")).findFirst().orElseThrow().table();
        // by hand: margin 2023 = (60·40% + 40·20%) / 100 = 32%, 2024 = (60·40% + 60·20%) / 120 = 30%: −2 pp.
        // Both margins unchanged, so every rate effect is 0; mix (midpoint): A 40% · (0.5 − 0.6) = −4 pp,
        // B 20% · (0.5 − 0.4) = +2 pp
        List<Cell> total = row(t, "total");
        assertThat(total.get(3).value()).isCloseTo(0.32, within(1e-12));
        assertThat(total.get(4).value()).isCloseTo(0.30, within(1e-12));
        assertThat(total.get(5).value()).isCloseTo(0, within(1e-12));
        assertThat(total.get(6).value()).isCloseTo(-2, within(1e-12));
        assertThat(row(t, "A").get(6).value()).isCloseTo(-4, within(1e-12));
        assertThat(row(t, "B").get(6).value()).isCloseTo(2, within(1e-12));
        // the seed has a margin for 算力服务 alone (none for its three product lines): no bridge
        assertThat(Fixtures.seedReport(Language.ZH).tables()).noneMatch(b -> b.id().startsWith("毛利率拆解"));
    }
}

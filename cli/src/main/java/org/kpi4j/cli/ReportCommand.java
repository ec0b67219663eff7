package org.kpi4j.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.kpi4j.charts.ChartOptions;
import org.kpi4j.charts.Charts;
import org.kpi4j.charts.FanLine;
import org.kpi4j.charts.KpiChart;
import org.kpi4j.datasets.Datasets;
import org.kpi4j.format.KpiFormat;
import org.kpi4j.format.Language;
import org.kpi4j.fact.Fact;
import org.kpi4j.fact.FactSet;
import org.kpi4j.series.SeriesKey;
import org.kpi4j.growth.GrowthConvention;
import org.kpi4j.growth.GrowthFlag;
import org.kpi4j.growth.GrowthKind;
import org.kpi4j.growth.GrowthRow;
import org.kpi4j.internal.TextTable;
import org.kpi4j.metric.Metric;
import org.kpi4j.projection.ChainCheck;
import org.kpi4j.projection.Projection;
import org.kpi4j.reconcile.CheckReport;
import org.kpi4j.reconcile.CheckRow;
import org.kpi4j.reconcile.CheckStatus;
import org.kpi4j.reconcile.Reconciliation;
import org.kpi4j.series.KpiSeries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kpi report}: one self-contained HTML report and its Markdown twin. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write report.html (charts embedded, no network needed) and report.md (charts beside it)",
            "for a dataset or file; with no arguments, the bundled paratera dataset plus the idc-compute market",
            "projection. Prints the path of report.html."})
final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Input input = new Input();

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "report", description = "output folder (default: ${DEFAULT-VALUE})")
    Path outDir;

    @Option(names = "--lang", paramLabel = "L", defaultValue = "zh", description = "zh or en (default: ${DEFAULT-VALUE})")
    String lang;

    private boolean zh;
    private final StringBuilder html = new StringBuilder();
    private final StringBuilder md = new StringBuilder();
    private final List<String> notes = new ArrayList<>();
    private int chartNo;

    @Override
    public Integer call() throws IOException {
        ChartOptions opt = ChartCommand.options(lang);
        zh = lang.equals("zh");
        boolean defaults = input.source == null;
        Outputs.refuseInput(input.file(), "--out", new Path[] {outDir.resolve("report.html"), outDir.resolve("report.md")},
                outDir.resolve("report-files"));
        FactSet facts = input.load("paratera");
        Files.createDirectories(outDir.resolve("report-files"));
        String title = (zh ? "KPI 报告：" : "KPI report: ") + String.join(", ", facts.entities());
        LocalDate asOf = facts.facts().stream().map(Fact::asOf).filter(Objects::nonNull).max(LocalDate::compareTo)
                .orElse(null);
        html.append("<!doctype html>\n<html lang=\"").append(zh ? "zh" : "en").append("\"><head><meta charset=\"utf-8\">")
                .append("<title>").append(esc(title)).append("</title><style>")
                .append("body{font-family:'Noto Sans CJK SC','Noto Sans SC',sans-serif;max-width:1000px;margin:2em auto;color:#222}")
                .append("table{border-collapse:collapse;margin:1em 0;font-size:14px}td,th{border-bottom:1px solid #ddd;padding:4px 8px}")
                .append("td.n{text-align:right;font-variant-numeric:tabular-nums}th{text-align:left;background:#f4f4f4}")
                .append("img{max-width:100%;border:1px solid #eee;margin:0.5em 0}.ok{color:#176}.mismatch{color:#b00}")
                .append(".unverifiable{color:#888}</style></head><body>\n");
        h(1, title);
        para((zh ? "数据截至 " : "Data as of ") + (asOf == null ? "—" : asOf) + (zh ? "；来源见每行的 source。" : "; each fact cites its source."));

        headline(facts);
        charts(facts, opt);
        reconciliation(facts);
        if (defaults) {
            market(opt);
        }
        notes(facts);
        html.append("</body></html>\n");
        Path htmlFile = outDir.resolve("report.html");
        Files.writeString(htmlFile, html, StandardCharsets.UTF_8);
        Files.writeString(outDir.resolve("report.md"), md, StandardCharsets.UTF_8);
        spec.commandLine().getOut().println(htmlFile.toAbsolutePath().normalize());
        return 0;
    }

    private void headline(FactSet facts) {
        h(2, zh ? "主要指标" : "Headline KPIs");
        List<List<String>> rows = new ArrayList<>();
        Map<SeriesKey, GrowthRow> latest = new LinkedHashMap<>();
        for (GrowthRow r : facts.growth(GrowthKind.DEFAULT, GrowthConvention.FILING).rows()) {
            latest.put(SeriesKey.of(r.entity(), r.metric(), r.segment()), r);
        }
        for (Map.Entry<SeriesKey, GrowthRow> e : latest.entrySet()) {
            GrowthRow r = e.getValue();
            Metric m = Datasets.catalog().get(r.metric()).orElse(null);
            String name = m == null ? r.metric() : m.name(zh);
            KpiFormat f = KpiFormat.of(zh ? Language.ZH : Language.EN);
            String change = r.ratio() ? f.points(r.points() == null ? Double.NaN : r.points(), 2)
                    : r.growth() == null ? "—" : f.change(r.growth(), 2);
            String printed = r.reportedPct() == null ? "—" : KpiFormat.of(zh ? Language.ZH : Language.EN).printed(r.reportedPct(), r.ratio());
            rows.add(List.of(name + (r.segment().isEmpty() ? "" : " · " + r.segment()), r.period().toString(),
                    TextTable.number(r.value(), r.decimals()), r.unit().symbol(),
                    r.basePeriod() == null ? "—" : r.basePeriod().toString(), change, printed,
                    r.flag() == GrowthFlag.NONE ? "" : zh ? r.flag().chinese() : r.flag().code()));
        }
        table(zh ? List.of("指标", "期间", "数值", "单位", "对比期", "计算增长", "披露增长", "标记")
                : List.of("metric", "period", "value", "unit", "base period", "computed", "printed", "flag"), rows);
        para(zh ? "计算增长按披露口径：流量与上年同期比较，时点数与上年末比较；亏损基数按 (v−b)/|b|。"
                : "Computed growth as filings compare: flows with the same period a year earlier, instants with the prior "
                        + "year-end; a loss base uses (v − b) / |b|.");
    }

    private void charts(FactSet facts, ChartOptions opt) throws IOException {
        h(2, zh ? "图表" : "Charts");
        int drawn = 0;
        for (SeriesKey k : facts.keys()) {
            KpiSeries s;
            try {
                s = facts.series(k);
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (s.size() < 2) {
                continue;
            }
            if (s.metric().kind() == org.kpi4j.metric.MetricKind.FLOW
                    && s.periods().stream().map(org.kpi4j.time.Period::lengthInQuarters).distinct().count() > 1) {
                // a year next to a quarter on one axis reads as a collapse; show such flows in the table only
                notes.add((zh ? "未绘图（期间长度不同，年度与季度不可并列）：" : "not charted (a year beside a quarter would mislead): ")
                        + k + " " + s.periods());
                continue;
            }
            if (drawn == 6) {
                notes.add((zh ? "图表数量上限 6，未绘制：" : "chart limit of 6 reached; not drawn: ") + k);
                continue;
            }
            image(Charts.line(s, opt), k.toString());
            if (s.growth(GrowthKind.DEFAULT, GrowthConvention.FILING).rows().stream().anyMatch(r -> r.growth() != null)) {
                image(Charts.combo(s, s.growth(GrowthKind.DEFAULT, GrowthConvention.FILING), opt), k + " growth");
            }
            drawn++;
        }
        long single = facts.keys().stream().filter(k -> {
            try {
                return facts.series(k).size() < 2;
            } catch (IllegalArgumentException e) {
                return true;
            }
        }).count();
        if (single > 0) {
            notes.add(single + (zh ? " 个序列只有一个数据点，未绘图（见主要指标表）。"
                    : " series have a single figure and are shown in the headline table, not charted."));
        }
    }

    private void reconciliation(FactSet facts) {
        h(2, zh ? "披露增长率核对" : "Printed percentages, recomputed");
        CheckReport report = Reconciliation.check(facts);
        List<List<String>> rows = new ArrayList<>();
        for (CheckRow r : report.rows()) {
            rows.add(List.of(r.metric() + (r.segment().isEmpty() ? "" : " · " + r.segment()), r.period().toString(),
                    r.kind().toString(), r.reported(), r.computedPct() == null ? "—" : TextTable.number(r.computedPct(), 2),
                    r.impliedBase() == null ? "—" : TextTable.number(r.impliedBase(), 2), r.status().code(), r.note()));
        }
        table(zh ? List.of("指标", "期间", "类型", "披露", "重算 %", "隐含基数", "结果", "说明")
                : List.of("metric", "period", "check", "printed", "recomputed %", "implied base", "status", "note"), rows);
        para(String.format(zh ? "%d 项一致，%d 项不一致，%d 项无法核对（缺少基期数据时给出披露增长率隐含的基数）。"
                : "%d ok, %d mismatch, %d unverifiable (without a base, the base the printed %% implies is given).",
                report.count(CheckStatus.OK), report.count(CheckStatus.MISMATCH), report.count(CheckStatus.UNVERIFIABLE)));
    }

    private void market(ChartOptions opt) throws IOException {
        FactSet idc = Datasets.load("idc-compute");
        h(2, zh ? "市场：中国智能算力规模（IDC）" : "Market: China intelligent computing power (IDC)");
        KpiSeries s = idc.series("china", "intelligent_computing_power");
        double v2025 = s.get(org.kpi4j.time.Period.year(2025)).orElseThrow();
        ChainCheck chain = ChainCheck.of(v2025, 2025, "43%", "46.2%", 2023, 2028, 0.01);
        List<List<String>> rows = new ArrayList<>();
        for (Projection.Row r : chain.path()) {
            rows.add(List.of(Integer.toString(r.year()), TextTable.number(r.value(), 1),
                    r.year() == 2025 ? (zh ? "披露" : "printed") : (zh ? "按 46.2% CAGR 推算" : "on the 46.2% CAGR path")));
        }
        rows.add(List.of("2024", TextTable.number(chain.priorFromYoy(), 1), zh ? "由 2025 年同比 +43% 推算" : "implied by +43% YoY in 2025"));
        table(zh ? List.of("年份", "EFLOPS", "来源") : List.of("year", "EFLOPS", "basis"), rows);
        para((zh ? "一致性：CAGR 路径隐含 2025 年增长 " : "Consistency: the CAGR path implies 2025 growth of ")
                + TextTable.percent(chain.pathGrowth(), 1) + (zh ? "，披露为 +43%；" : " against the printed +43%; ")
                + (chain.consistent() ? (zh ? "在 1 个百分点容差内一致。" : "consistent within 1 point.")
                        : (zh ? "超出 1 个百分点容差（考虑印刷舍入后差距至少 " : "outside a 1-point tolerance (at least ")
                                + TextTable.number(chain.printedDistance() * 100, 2) + (zh ? " 个百分点）。" : " points after printing rounding).")));
        List<String> years = List.of("2025", "2026", "2027", "2028");
        double[] base = new double[4];
        double[] yoy = new double[4];
        for (int i = 0; i < 4; i++) {
            base[i] = Projection.of(v2025, 2025, 2028, 0.462).valueAt(2025 + i);
            yoy[i] = Projection.of(v2025, 2025, 2028, 0.43).valueAt(2025 + i);
        }
        image(Charts.fan(s, FanLine.of(zh ? "46.2% CAGR" : "46.2% CAGR", years, base), null, null,
                List.of(FanLine.of(zh ? "按 2025 年增速 43%" : "at 2025's 43%", years, yoy)), opt), "idc projection");
    }

    private void notes(FactSet facts) {
        h(2, zh ? "说明" : "Notes");
        for (Fact f : facts.facts()) {
            if (f.approximate()) {
                notes.add((zh ? "近似值：" : "approximate: ") + f.key() + " " + f.period() + " = "
                        + f.value().toPlainString() + " " + f.unit() + " (" + f.note() + ")");
            }
        }
        for (CheckRow r : Reconciliation.check(facts).rows()) {
            if (r.status() == CheckStatus.UNVERIFIABLE) {
                notes.add((zh ? "无法核对：" : "not verifiable: ") + r.metric() + (r.segment().isEmpty() ? "" : " · " + r.segment())
                        + " " + r.period() + " " + r.kind() + " — " + r.note());
            }
        }
        html.append("<ul>\n");
        for (String n : notes) {
            html.append("<li>").append(esc(n)).append("</li>\n");
            md.append("- ").append(n).append('\n');
        }
        html.append("</ul>\n");
    }

    private void image(KpiChart chart, String alt) throws IOException {
        chartNo++;
        String file = String.format("report-files/chart-%02d.png", chartNo);
        byte[] png = chart.pngBytes();
        Files.write(outDir.resolve(file), png);
        html.append("<figure><img alt=\"").append(esc(alt)).append("\" src=\"data:image/png;base64,")
                .append(Base64.getEncoder().encodeToString(png)).append("\"><figcaption>").append(esc(chart.title()))
                .append("</figcaption></figure>\n");
        md.append("![").append(chart.title()).append("](").append(file).append(")\n\n");
        for (String n : chart.notes()) {
            notes.add(chart.title() + ": " + n);
        }
    }

    private void h(int level, String text) {
        html.append("<h").append(level).append('>').append(esc(text)).append("</h").append(level).append(">\n");
        md.append("#".repeat(level)).append(' ').append(text).append("\n\n");
    }

    private void para(String text) {
        html.append("<p>").append(esc(text)).append("</p>\n");
        md.append(text).append("\n\n");
    }

    private void table(List<String> header, List<List<String>> rows) {
        html.append("<table><tr>");
        header.forEach(c -> html.append("<th>").append(esc(c)).append("</th>"));
        html.append("</tr>\n");
        md.append("| ").append(String.join(" | ", header)).append(" |\n|");
        header.forEach(c -> md.append("---|"));
        md.append('\n');
        for (List<String> r : rows) {
            html.append("<tr>");
            for (String c : r) {
                boolean num = c.matches("[+\\-]?[0-9][0-9,]*(\\.[0-9]+)?( ?(%|pp))?");
                html.append(num ? "<td class=\"n\">" : "<td class=\"" + c + "\">").append(esc(c)).append("</td>");
            }
            html.append("</tr>\n");
            md.append("| ").append(String.join(" | ", r.stream().map(c -> c.replace("|", "\\|")).toList())).append(" |\n");
        }
        html.append("</table>\n");
        md.append('\n');
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

package org.kpi4j.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.kpi4j.charts.ChartOptions;
import org.kpi4j.charts.Charts;
import org.kpi4j.charts.KpiChart;
import org.kpi4j.fact.Fact;
import org.kpi4j.growth.GrowthConvention;
import org.kpi4j.growth.GrowthKind;
import org.kpi4j.growth.GrowthRow;
import org.kpi4j.growth.GrowthTable;
import org.kpi4j.metric.Metric;
import org.kpi4j.metric.MetricKind;
import org.kpi4j.reconcile.CheckKind;
import org.kpi4j.reconcile.CheckRow;
import org.kpi4j.series.KpiSeries;
import org.kpi4j.series.KpiSeriesBuilder;
import org.kpi4j.series.Provenance;
import org.kpi4j.series.SeriesKey;
import org.kpi4j.time.Period;
import org.kpi4j.unit.Unit;

/**
 * The charts of one entity, chosen by what its data allow, each drawn once: flows with a history of
 * quarters as discrete quarters with their TTM and YoY bars; flows whose growth was printed without
 * a base as the reported figure beside the base it implies; ratios and stocks with two or more
 * points of one basis as lines (a year beside a quarter is compared in the headline, not drawn). Only the headline metrics are charted.
 */
final class Figures {

    private final Context ctx;
    private final Words w;
    private final ChartOptions chartOptions;
    private final List<ReportBlock> out = new ArrayList<>();
    /** The figures already charted (periods and values), by the title of their chart: no chart twice. */
    private final Map<List<Object>, String> drawn = new LinkedHashMap<>();

    private Figures(Context ctx, ChartOptions chartOptions) {
        this.ctx = ctx;
        this.w = ctx.words;
        this.chartOptions = chartOptions;
    }

    /** The figures of an entity; none, with a note, when charts cannot be drawn on this machine. */
    static List<ReportBlock> of(Context ctx, String entity, ChartOptions options) {
        Figures f = new Figures(ctx, options);
        try {
            f.histories(entity);
            f.margins(entity);
            f.out.addAll(Bridge.of(ctx, entity));
            f.impliedBases(entity);
            f.levels(entity);
        } catch (IllegalStateException e) {
            ctx.note(ctx.words.pick("charts left out: ", "未绘制图表：") + e.getMessage());
            return List.of();
        }
        return f.out;
    }

    private List<SeriesKey> keys(String entity) {
        List<SeriesKey> keys = new ArrayList<>();
        for (String m : ctx.options.headline()) {
            for (SeriesKey k : ctx.facts.keys()) {
                if (k.entity().equals(entity) && k.metric().equals(m) && ctx.series(k).isPresent()) {
                    keys.add(k);
                }
            }
        }
        return keys;
    }

    private String title(SeriesKey k, String what) {
        return w.entity(k.entity()) + " · " + w.series(k.metric(), k.segment()) + (what.isEmpty() ? "" : " · " + what);
    }

    /** Flows with at least four single quarters: the quarters and their TTM, then YoY growth bars. */
    private void histories(String entity) {
        for (SeriesKey k : keys(entity)) {
            KpiSeries s = ctx.series(k).get();
            if (s.metric().kind() != MetricKind.FLOW) {
                continue;
            }
            KpiSeries q;
            try {
                q = s.toDiscreteQuarters();
            } catch (IllegalArgumentException e) {
                continue;
            }
            List<Period> quarters = q.periods().stream().filter(p -> p.lengthInQuarters() == 1).toList();
            if (quarters.size() < 4) {
                years(k, s);
                continue;
            }
            KpiSeries only = only(q, quarters);
            if (drawnBefore(k, only)) {
                continue;
            }
            List<KpiSeries> lines = new ArrayList<>(List.of(named(only)));
            try {
                KpiSeries ttm = only.ttm();
                if (ttm.size() > 0) {
                    lines.add(named(ttm));
                }
            } catch (IllegalArgumentException e) {
                ctx.note(title(k, "TTM") + ": " + e.getMessage());
            }
            KpiChart line = Charts.line(lines, chartOptions.withTitle(title(k, w.pick("quarters and TTM", "单季与 TTM"))));
            Period last = only.period(only.size() - 1);
            out.add(new ReportBlock.Figure(line, w.pick("Discrete quarters (derived from year-to-date filings where "
                    + "needed) and the trailing twelve months; latest quarter " + last + ": ",
                    "单季值（年初至今披露的由差额推算）与滚动十二个月合计；最近一季 " + last + "：")
                    + w.format.value(only.value(only.size() - 1), only.decimals(only.size() - 1), only.unit()) + "."));
            GrowthTable yoy = only.growth(GrowthKind.YOY, GrowthConvention.FILING);
            if (yoy.rows().stream().filter(r -> r.growth() != null).count() >= 2) {
                out.add(new ReportBlock.Figure(Charts.yoy(yoy, chartOptions.withTitle(title(k, w.pick("YoY", "同比")))),
                        w.pick("Year-on-year growth of each quarter; a loss base uses (v − b) / |b| and is flagged.",
                                "各季同比增长；亏损基数按 (v − b) / |b| 计算并标记。")));
            }
        }
    }

    /** A flow with two or more fiscal years (and too few quarters for a quarterly chart): the years and their growth. */
    private void years(SeriesKey k, KpiSeries s) {
        List<Period> years = s.periods().stream().filter(p -> p.lengthInQuarters() == 4).toList();
        if (years.size() < 2) {
            return;
        }
        KpiSeries y = only(s, years);
        GrowthTable yoy = y.growth(GrowthKind.YOY, GrowthConvention.FILING);
        List<GrowthRow> known = yoy.rows().stream().filter(r -> r.growth() != null).toList();
        String last = known.isEmpty() ? "" : w.pick(" Latest: ", "最近一年：") + known.get(known.size() - 1).period() + " "
                + w.format.change(known.get(known.size() - 1).growth(), 2) + w.sentenceEnd();
        if (known.size() >= 2) {
            out.add(new ReportBlock.Figure(Charts.combo(named(y), yoy, chartOptions.withTitle(title(k, w.pick("by year",
                    "年度")))), w.pick("Each fiscal year's figure and its growth on the year before.",
                    "各财年数值及其同比增长。") + last));
        } else {
            out.add(new ReportBlock.Figure(Charts.line(named(y), chartOptions.withTitle(title(k, w.pick("by year", "年度")))),
                    w.pick("Each fiscal year's figure.", "各财年数值。") + last));
        }
    }

    /**
     * A chart title that fits the chart's width: without the entity's name when the whole would be
     * wider than about 80 Latin letters (a Chinese character counts as two), as a long metric name
     * makes it; the caption and the section still name the entity.
     */
    static String fit(String entityPrefix, String rest) {
        String whole = entityPrefix + rest;
        int width = whole.codePoints().map(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN ? 2 : 1)
                .sum();
        return width > 80 ? rest : whole;
    }

    /** An entity's single quarters of a flow for the whole entity, when it has them. */
    private Optional<KpiSeries> quarters(String entity, String metric) {
        Optional<KpiSeries> s = ctx.series(SeriesKey.of(entity, metric, ""));
        if (s.isEmpty() || s.get().metric().kind() != MetricKind.FLOW) {
            return Optional.empty();
        }
        try {
            KpiSeries q = s.get().toDiscreteQuarters();
            return Optional.of(only(q, q.periods().stream().filter(p -> p.lengthInQuarters() == 1).toList()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * Where the data hold revenue and profit but no printed margin (a US filing): gross and operating
     * margin of each quarter, profit / revenue, as lines of one chart.
     */
    private void margins(String entity) {
        boolean printed = ctx.facts.keys().stream().anyMatch(k -> k.entity().equals(entity)
                && k.metric().equals("gross_margin") && k.segment().isEmpty());
        Optional<KpiSeries> revenue = quarters(entity, "revenue");
        if (printed || revenue.isEmpty()) {
            return;
        }
        Metric gross = ctx.options.catalog().get("gross_margin")
                .orElse(Metric.ratio("gross_margin", "Gross margin", "毛利率", false));
        Metric operating = ctx.options.catalog().get("operating_margin")
                .orElse(Metric.ratio("operating_margin", "Operating margin", "营业利润率", false));
        List<KpiSeries> lines = new ArrayList<>();
        List<String> latest = new ArrayList<>();
        for (Object[] m : new Object[][] {{"gross_profit", gross}, {"operating_profit", operating}}) {
            Optional<KpiSeries> profit = quarters(entity, (String) m[0]);
            if (profit.isEmpty()) {
                continue;
            }
            KpiSeries rev = revenue.get().to(profit.get().unit());
            KpiSeriesBuilder b = KpiSeries.builder(entity, (Metric) m[1], Unit.PERCENT).calendar(rev.calendar());
            int n = 0;
            for (int i = 0; i < profit.get().size(); i++) {
                Period p = profit.get().period(i);
                OptionalDouble r = rev.get(p);
                if (r.isPresent() && r.getAsDouble() > 0) {
                    b.add(p, 100 * profit.get().value(i) / r.getAsDouble(), 2, Provenance.derived(
                            m[0] + " / revenue", List.of(p), false));
                    n++;
                }
            }
            if (n >= 4) {
                KpiSeries margin = b.build();
                lines.add(margin);
                latest.add(w.metric((Metric) m[1]) + " " + w.format.value(margin.value(margin.size() - 1), 2,
                        Unit.PERCENT));
            }
        }
        if (lines.isEmpty()) {
            return;
        }
        Period last = lines.get(0).period(lines.get(0).size() - 1);
        KpiChart chart = Charts.line(lines, chartOptions.withTitle(w.entity(entity) + " · " + w.pick("margins",
                "利润率")));
        out.add(new ReportBlock.Figure(chart, w.pick("Each quarter's profit as a share of its revenue, computed from "
                + "the single quarters (the filings print no margin); " + last + ": ", "各季利润占当季营业收入之比，"
                + "由单季值计算（报告未直接披露利润率）；" + last + "：") + w.list(latest) + w.sentenceEnd()));
    }

    /**
     * True, with a note, when the same figures were charted already under another metric (a filing's
     * net profit and its net profit attributable to shareholders are often one line).
     */
    private boolean drawnBefore(SeriesKey k, KpiSeries s) {
        List<Object> sig = new ArrayList<>();
        sig.add(s.unit());
        for (int i = 0; i < s.size(); i++) {
            sig.add(s.period(i));
            sig.add(s.value(i));
        }
        String first = drawn.putIfAbsent(sig, w.series(k.metric(), k.segment()));
        if (first == null) {
            return false;
        }
        ctx.note(title(k, "") + w.pick(": the same figures as " + first + ", not charted again",
                "：与" + first + "数字相同，不重复绘图"));
        return true;
    }

    private static KpiSeries only(KpiSeries s, List<Period> periods) {
        KpiSeriesBuilder b = KpiSeries.builder(s.entity(), s.metric(), s.unit()).segment(s.segment())
                .calendar(s.calendar()).transform(s.transform());
        for (int i = 0; i < s.size(); i++) {
            if (periods.contains(s.period(i))) {
                b.add(s.period(i), s.value(i), s.decimals(i), s.provenance(i));
            }
        }
        return b.build();
    }

    /** A series with its segment under the name the reader reads (the legend shows it). */
    private KpiSeries named(KpiSeries s) {
        String seg = w.segment(s.segment());
        if (seg.equals(s.segment())) {
            return s;
        }
        KpiSeriesBuilder b = KpiSeries.builder(s.entity(), s.metric(), s.unit()).segment(seg).calendar(s.calendar())
                .transform(s.transform());
        for (int i = 0; i < s.size(); i++) {
            b.add(s.period(i), s.value(i), s.decimals(i), s.provenance(i));
        }
        return b.build();
    }

    /** Printed growth with no base in the data: per metric and period, each series' figure beside the base it implies. */
    private void impliedBases(String entity) {
        Map<List<Object>, List<CheckRow>> groups = new LinkedHashMap<>();
        for (SeriesKey k : keys(entity)) {
            for (CheckRow r : ctx.checks.rows()) {
                if (r.kind() == CheckKind.CHANGE && r.impliedBase() != null && r.baseValue() == null
                        && r.basePeriod() != null && SeriesKey.of(r.entity(), r.metric(), r.segment()).equals(k)) {
                    groups.computeIfAbsent(List.of(k.metric(), r.period()), x -> new ArrayList<>()).add(r);
                }
            }
        }
        for (List<CheckRow> rows : groups.values()) {
            List<KpiSeries> lines = new ArrayList<>();
            List<String> parts = new ArrayList<>();
            CheckRow first = rows.get(0);
            for (CheckRow r : rows) {
                SeriesKey k = SeriesKey.of(r.entity(), r.metric(), r.segment());
                Optional<Fact> fact = ctx.fact(k, r.period());
                if (fact.isEmpty()) {
                    continue;
                }
                Fact f = fact.get();
                KpiSeries s = KpiSeries.builder(k.entity(), f.metric(), f.unit()).segment(k.segment())
                        .calendar(ctx.facts.calendar())
                        .add(r.basePeriod(), r.impliedBase(), 2, Provenance.derived(r.period() + " / (1 + "
                                + r.printed() + ")", List.of(r.period()), f.approximate()))
                        .add(r.period(), f.value().doubleValue(), f.decimals(),
                                new Provenance(false, "", List.of(r.period()), f.approximate(), f.source(),
                                        f.reportedChangePct(), f.comparisonPeriod()))
                        .build();
                lines.add(named(s));
                parts.add(w.series(k.metric(), k.segment()) + " " + w.format.printed(r.printed(), false));
            }
            if (lines.isEmpty()) {
                continue;
            }
            String what = w.pick(first.period() + " vs the implied " + first.basePeriod() + " base",
                    first.period() + " 与披露增速隐含的 " + first.basePeriod() + " 基数");
            KpiChart chart = Charts.line(lines, chartOptions.withTitle(fit(w.entity(entity) + " · ",
                    w.metric(first.metric()) + " · " + what)));
            out.add(new ReportBlock.Figure(chart, w.pick("The data hold no " + first.basePeriod() + " figure; each "
                    + first.basePeriod() + " point is the reported figure divided by one plus the printed growth ("
                    + w.list(parts) + ").", "数据中没有 " + first.basePeriod() + " 的数值；各 " + first.basePeriod()
                    + " 点由披露值除以（1 + 披露增速）推算（" + w.list(parts) + "）。")));
        }
    }

    /** Ratios and stocks with two or more points (a margin, the shareholder count): a line with the change in the caption. */
    private void levels(String entity) {
        for (SeriesKey k : keys(entity)) {
            KpiSeries s = ctx.series(k).get();
            if (s.metric().kind() == MetricKind.FLOW || s.size() < 2) {
                continue;
            }
            Period last = s.period(s.size() - 1);
            Optional<GrowthRow> g = ctx.growth(k, last);
            String change = "";
            if (g.isPresent() && g.get().basePeriod() != null) {
                GrowthRow r = g.get();
                Double c = r.ratio() ? r.points() : r.growth();
                if (c != null) {
                    change = last + w.pick(" vs " + r.basePeriod() + ": ", " 较 " + r.basePeriod() + "：")
                            + (r.ratio() ? w.format.points(c, 2) : w.format.change(c, 2)) + w.sentenceEnd();
                }
            }
            KpiChart chart = Charts.line(named(s), chartOptions.withTitle(title(k, "")));
            if (chart.data().periods().size() < 2) {
                // a year beside a quarter (32% for 2024, 27% for 2025Q1): one basis per chart leaves a single point
                ctx.note(title(k, "") + w.pick(": not charted, its figures are of periods of different lengths ("
                        + s.periods() + "); the headline compares them", "：各期长度不同（" + s.periods()
                        + "），未绘图；比较见主要指标"));
                continue;
            }
            out.add(new ReportBlock.Figure(chart, w.pick("Each reported figure. ", "各期披露值。") + change));
        }
    }
}

package org.kpi4j.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.kpi4j.explain.MarginDecomposition;
import org.kpi4j.explain.SegmentEffect;
import org.kpi4j.format.Cell;
import org.kpi4j.format.KpiFormat;
import org.kpi4j.format.KpiTable;
import org.kpi4j.series.KpiSeries;
import org.kpi4j.series.SeriesKey;
import org.kpi4j.time.Period;
import org.kpi4j.unit.Unit;

/**
 * The margin bridge, where the segments allow it: two or more sibling segments (the direct parts of
 * one parent) with both gross margin and revenue in two periods of one length, the later the
 * latest. The change in the parent's margin is split into each part's rate effect (its own margin
 * moved) and mix effect (revenue shifted between parts of different margin) by core's
 * {@link MarginDecomposition}.
 */
final class Bridge {

    private Bridge() {
    }

    static List<ReportBlock> of(Context ctx, String entity) {
        Set<String> segments = new LinkedHashSet<>();
        for (SeriesKey k : ctx.facts.keys()) {
            if (k.entity().equals(entity) && k.metric().equals("gross_margin") && !k.segment().isEmpty()) {
                segments.add(k.segment());
            }
        }
        Set<String> parents = new LinkedHashSet<>();
        segments.forEach(s -> parents.add(ctx.facts.segments().parent(entity, s)));
        List<ReportBlock> out = new ArrayList<>();
        for (String parent : parents) {
            List<String> parts = ctx.facts.segments().children(entity, parent, segments);
            if (parts.size() >= 2) {
                bridge(ctx, entity, parent, parts).ifPresent(out::addAll);
            }
        }
        return out;
    }

    private static Optional<List<ReportBlock>> bridge(Context ctx, String entity, String parent, List<String> parts) {
        List<KpiSeries> margins = new ArrayList<>();
        List<KpiSeries> revenues = new ArrayList<>();
        Unit unit = null;
        for (String p : parts) {
            Optional<KpiSeries> m = ctx.series(SeriesKey.of(entity, "gross_margin", p));
            Optional<KpiSeries> r = ctx.series(SeriesKey.of(entity, "revenue", p));
            if (m.isEmpty() || r.isEmpty()) {
                return Optional.empty();
            }
            unit = unit == null ? r.get().unit() : unit;
            margins.add(m.get().to(Unit.PERCENT));
            revenues.add(r.get().to(unit));
        }
        List<Period> common = new ArrayList<>(margins.get(0).periods());
        for (int i = 0; i < parts.size(); i++) {
            common.retainAll(margins.get(i).periods());
            common.retainAll(revenues.get(i).periods());
        }
        if (common.size() < 2) {
            return Optional.empty();
        }
        Period p1 = common.get(common.size() - 1);
        Period p0 = null;
        for (Period p : common) {
            if (!p.equals(p1) && p.lengthInQuarters() == p1.lengthInQuarters()) {
                p0 = p;
            }
        }
        if (p0 == null) {
            return Optional.empty();
        }
        Words w = ctx.words;
        MarginDecomposition.Builder b = MarginDecomposition.builder();
        for (int i = 0; i < parts.size(); i++) {
            b.segmentMargins(w.segment(parts.get(i)), revenues.get(i).get(p0).getAsDouble(),
                    margins.get(i).get(p0).getAsDouble() / 100, revenues.get(i).get(p1).getAsDouble(),
                    margins.get(i).get(p1).getAsDouble() / 100);
        }
        MarginDecomposition d = b.build();
        KpiFormat f = w.format;
        String u = f.unit(unit);
        KpiTable.Builder t = KpiTable.builder(w.pick("segment", "分部"), w.pick("revenue ", "营业收入 ") + p0 + " (" + u + ")",
                w.pick("revenue ", "营业收入 ") + p1 + " (" + u + ")", w.pick("margin ", "毛利率 ") + p0,
                w.pick("margin ", "毛利率 ") + p1, w.pick("rate effect", "毛利率变动影响"), w.pick("mix effect", "收入结构影响"),
                w.pick("total", "合计"));
        for (SegmentEffect e : d.segments()) {
            t.row(Cell.text(e.segment()), Cell.number(e.baseRevenue(), 2, f), Cell.number(e.currentRevenue(), 2, f),
                    Cell.percent(e.baseMargin(), 2, f), Cell.percent(e.currentMargin(), 2, f),
                    Cell.points(e.rateEffect() * 100, 2, f), Cell.points(e.mixEffect() * 100, 2, f),
                    Cell.points(e.total() * 100, 2, f));
        }
        t.row(Cell.text(w.pick("total", "合计")), Cell.number(d.baseRevenue(), 2, f), Cell.number(d.currentRevenue(), 2, f),
                Cell.percent(d.baseMargin(), 2, f), Cell.percent(d.currentMargin(), 2, f),
                Cell.points(d.rateEffect() * 100, 2, f), Cell.points(d.mixEffect() * 100, 2, f),
                Cell.points(d.totalChange() * 100, 2, f));
        String whole = parent.isEmpty() ? w.entity(entity) : w.entity(entity) + " · " + w.segment(parent);
        t.title(whole + " · " + w.pick("gross margin bridge ", "毛利率拆解 ") + p0 + " → " + p1);
        String text = w.pick("Gross margin of " + whole + " " + f.percent(d.baseMargin(), 2) + " → "
                + f.percent(d.currentMargin(), 2) + " (" + f.points(d.totalChange() * 100, 2) + "): the parts' own margins "
                + f.points(d.rateEffect() * 100, 2) + ", the shift of revenue between them " + f.points(d.mixEffect() * 100, 2)
                + " (midpoint split, no residual).", whole + " 毛利率由 " + f.percent(d.baseMargin(), 2) + " 变为 "
                + f.percent(d.currentMargin(), 2) + "（" + f.points(d.totalChange() * 100, 2) + "）：各分部自身毛利率变动影响 "
                + f.points(d.rateEffect() * 100, 2) + "，收入结构变化影响 " + f.points(d.mixEffect() * 100, 2) + "（中点分解，无残差）。");
        return Optional.of(List.of(new ReportBlock.Paragraph(text),
                new ReportBlock.Table(w.pick("Margin bridge ", "毛利率拆解 ") + p1, t.build())));
    }
}

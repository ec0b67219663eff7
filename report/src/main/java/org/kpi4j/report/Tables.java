package org.kpi4j.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.kpi4j.fact.Fact;
import org.kpi4j.format.Cell;
import org.kpi4j.format.KpiTable;
import org.kpi4j.metric.MetricKind;
import org.kpi4j.reconcile.CheckRow;
import org.kpi4j.reconcile.CheckStatus;
import org.kpi4j.time.FiscalCalendar;

/** The report's reference tables: every printed percentage checked, and every fact with its source. */
final class Tables {

    private Tables() {
    }

    /** The checks, sorted by entity, metric, segment and period, with notes in the report's language. */
    static KpiTable checks(Context ctx) {
        Words w = ctx.words;
        FiscalCalendar cal = ctx.facts.calendar();
        KpiTable.Builder t = KpiTable.builder(w.pick("entity", "主体"), w.pick("metric", "指标"), w.pick("period", "期间"),
                w.pick("check", "类型"), w.pick("printed", "披露"), w.pick("recomputed", "重算"),
                w.pick("implied base", "隐含基数"), w.pick("status", "结果"), w.pick("note", "说明"))
                .title(w.pick("Printed percentages, recomputed", "披露增长率核对"));
        List<CheckRow> rows = new ArrayList<>(ctx.checks.rows());
        rows.sort(Comparator.comparing((CheckRow r) -> w.entity(r.entity())).thenComparing(CheckRow::metric)
                .thenComparing(CheckRow::segment).thenComparing(CheckRow::period));
        for (CheckRow r : rows) {
            boolean points = r.kind() == org.kpi4j.reconcile.CheckKind.POINTS;
            String printed = r.printed() == null ? w.flag(r.printedFlag()) : w.format.printed(r.printed(), points);
            String note;
            if (r.status() == CheckStatus.UNVERIFIABLE) {
                note = r.basePeriod() == null ? w.pick("no base period", "无对比期")
                        : w.pick("no " + r.basePeriod() + " figure in the data", "数据中没有 " + r.basePeriod() + " 的数值");
                if (r.printedFlag() != org.kpi4j.growth.GrowthFlag.NONE && r.basePeriod() != null) {
                    note += w.pick("; the flag implies a " + r.basePeriod() + " loss",
                            "；该标记意味着 " + r.basePeriod() + " 为亏损");
                }
            } else if (r.lowPct() != null && r.highPct() != null) {
                note = w.pick("the rounded inputs allow ", "舍入后的输入允许 ") + "[" + w.format.number(r.lowPct(), 2)
                        + ", " + w.format.number(r.highPct(), 2) + "]" + (points ? w.format.pointsSuffix() : "%");
            } else {
                note = "";
            }
            t.row(Cell.text(w.entity(r.entity())), Cell.text(w.series(r.metric(), r.segment())), Cell.text(r.period()),
                    Cell.text(w.checkKind(r.kind())), Cell.text(printed),
                    r.computedPct() == null ? Cell.missing() : Cell.number(r.computedPct(), 2, w.format),
                    r.impliedBase() == null ? Cell.missing() : Cell.number(r.impliedBase(), 2, w.format),
                    Cell.text(w.status(r.status())), Cell.text(note));
        }
        t.footnote(w.pick(ctx.checks.count(CheckStatus.OK) + " ok, " + ctx.checks.count(CheckStatus.MISMATCH)
                + " mismatch, " + ctx.checks.count(CheckStatus.UNVERIFIABLE) + " unverifiable; without a base, the base "
                + "the printed percentage implies is given.", ctx.checks.count(CheckStatus.OK) + " 项一致，"
                + ctx.checks.count(CheckStatus.MISMATCH) + " 项不一致，" + ctx.checks.count(CheckStatus.UNVERIFIABLE)
                + " 项无法核对（缺少基期数据时给出披露增长率隐含的基数）。"));
        return t.build();
    }

    /** Every fact, with what it is, what was printed about it and where it was read. */
    static KpiTable facts(Context ctx) {
        Words w = ctx.words;
        KpiTable.Builder t = KpiTable.builder(w.pick("entity", "主体"), w.pick("metric", "指标"), "metric_id",
                w.pick("segment", "分部"), w.pick("period", "期间"), w.pick("value", "数值"), w.pick("unit", "单位"),
                w.pick("printed change", "披露变动"), w.pick("flag", "标记"), w.pick("approximate", "近似"),
                "as_of", w.pick("source", "来源"), w.pick("note", "备注"), w.pick("read from", "读取位置"))
                .title(w.pick("Facts", "数据明细"));
        List<Fact> facts = new ArrayList<>(ctx.facts.facts());
        facts.sort(Comparator.comparing((Fact f) -> w.entity(f.entity())).thenComparing(f -> f.metric().id())
                .thenComparing(Fact::segment).thenComparing(Fact::period));
        for (Fact f : facts) {
            boolean points = f.metric().kind() == MetricKind.RATIO;
            t.row(Cell.text(w.entity(f.entity())), Cell.text(w.metric(f.metric())), Cell.text(f.metric().id()),
                    Cell.text(f.segment().isEmpty() ? null : w.segment(f.segment())), Cell.text(f.period()),
                    f.value() == null ? Cell.missing() : Cell.number(f.value().doubleValue(), f.decimals(), w.format),
                    Cell.text(w.format.unit(f.unit())),
                    f.reportedChangePct() != null ? Cell.text(w.format.printed(f.reportedChangePct(), points))
                            : f.reportedCagrPct() != null ? Cell.text("CAGR " + f.comparisonPeriod() + "–" + f.period()
                                    + " " + f.reportedCagrPct()) : Cell.missing(),
                    Cell.text(f.reportedFlag() == org.kpi4j.growth.GrowthFlag.NONE ? null : w.flag(f.reportedFlag())),
                    Cell.text(f.approximate() ? w.pick("yes", "是") : null), Cell.text(f.asOf()), Cell.text(f.source()),
                    Cell.text(f.note()), Cell.text(f.origin()));
        }
        return t.build();
    }
}

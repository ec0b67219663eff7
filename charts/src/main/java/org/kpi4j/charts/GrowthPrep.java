package org.kpi4j.charts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.kpi4j.format.KpiFormat;
import org.kpi4j.growth.GrowthConvention;
import org.kpi4j.growth.GrowthFlag;
import org.kpi4j.growth.GrowthKind;
import org.kpi4j.growth.GrowthRow;
import org.kpi4j.growth.GrowthTable;
import org.kpi4j.series.KpiSeries;
import org.kpi4j.time.Period;
import org.kpi4j.time.PeriodType;
import org.kpi4j.unit.Unit;

/**
 * The data of growth bars and of a combo's growth line: core's growth rows of a series on the
 * chart's basis (or a table's rows of one period length), in percent or percentage points.
 */
final class GrowthPrep {

    private GrowthPrep() {
    }

    static void checkSource(KpiSeries series, GrowthTable table, GrowthKind kind, GrowthConvention convention,
            ChartBasis basis) {
        if ((series == null) == (table == null)) {
            throw new IllegalArgumentException("a growth chart needs either a series or a growth table, not "
                    + (series == null ? "neither" : "both"));
        }
        if (series != null) {
            Specs.nonEmpty(series);
            basisFor(kind, basis);
            return;
        }
        if (table.kind() != kind || table.convention() != convention) {
            throw new IllegalArgumentException("the growth table is " + table.kind() + "/" + table.convention()
                    + " but the spec says " + kind + "/" + convention);
        }
        if (basis != ChartBasis.AUTO) {
            throw new IllegalArgumentException("a growth table is drawn as computed; give the series to draw it on the "
                    + "basis " + basis);
        }
    }

    /** The basis a kind of growth is computed on; refuses the pairs that compare nothing. */
    static ChartBasis basisFor(GrowthKind kind, ChartBasis basis) {
        if (kind == GrowthKind.TTM_YOY) {
            if (basis != ChartBasis.AUTO && basis != ChartBasis.TTM) {
                throw new IllegalArgumentException("ttm-yoy compares trailing-twelve-month sums; use the basis ttm "
                        + "(or auto), not " + basis);
            }
            return ChartBasis.TTM;
        }
        if (kind == GrowthKind.QOQ) {
            if (basis == ChartBasis.YEAR || basis == ChartBasis.TTM) {
                throw new IllegalArgumentException("qoq compares single quarters; use the basis discrete (or auto), not "
                        + basis);
            }
            return basis == ChartBasis.AUTO ? ChartBasis.DISCRETE : basis;
        }
        return basis;
    }

    /** Growth rows on the chart's basis, with the notes of that basis. */
    record Rows(List<GrowthRow> rows, ChartBasis basis, boolean instants, List<String> notes) {
    }

    static Rows ofSeries(KpiSeries s, GrowthKind kind, GrowthConvention convention, ChartBasis basis, KpiFormat f) {
        BasisChoice.Based b = BasisChoice.of(List.of(s), basisFor(kind, basis));
        KpiSeries on = b.series().get(0);
        List<String> notes = Names.basisNotes(b, Names.series(b.series(), f), f);
        return new Rows(on.growth(kind, convention).rows(), b.basis(), b.instants(), notes);
    }

    static Rows ofTable(GrowthTable table, KpiFormat f) {
        List<GrowthRow> rows = new ArrayList<>(table.rows());
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("the growth table is empty; there is nothing to chart");
        }
        requireOneSeries(rows);
        rows.sort(Comparator.comparing(GrowthRow::period));
        Map<PeriodType, Integer> counts = new LinkedHashMap<>();
        for (PeriodType t : List.of(PeriodType.QUARTER, PeriodType.YEAR)) {
            counts.put(t, 0);
        }
        for (GrowthRow r : rows) {
            counts.merge(r.period().type(), value(r) == null ? 0 : 1, Integer::sum);
        }
        PeriodType best = PeriodType.QUARTER;
        for (Map.Entry<PeriodType, Integer> e : counts.entrySet()) {
            if (e.getValue() > counts.get(best)) {
                best = e.getKey();
            }
        }
        ChartBasis basis = table.kind() == GrowthKind.TTM_YOY ? ChartBasis.TTM : best == PeriodType.QUARTER
                ? ChartBasis.DISCRETE : best == PeriodType.YEAR ? ChartBasis.YEAR : ChartBasis.AS_REPORTED;
        List<GrowthRow> kept = new ArrayList<>();
        List<String> left = new ArrayList<>();
        for (GrowthRow r : rows) {
            if (r.period().type() == best) {
                kept.add(r);
            } else {
                left.add(r.period().toString());
            }
        }
        List<String> notes = new ArrayList<>();
        if (!left.isEmpty()) {
            notes.add(Text.leftOut(f, basis, Names.abbreviate(left)));
        }
        return new Rows(kept, basis, best == PeriodType.INSTANT, notes);
    }

    /** Growth in percent, or a ratio's change in percentage points; null if not meaningful. */
    static Double value(GrowthRow r) {
        if (r.ratio()) {
            return r.points();
        }
        return r.growth() == null ? null : Unit.RATIO.convert(r.growth(), Unit.PERCENT);
    }

    static Plot growth(GrowthSpec spec) {
        KpiFormat f = spec.options().format();
        Rows g = spec.table() == null ? ofSeries(spec.series(), spec.kind(), spec.convention(), spec.basis(), f)
                : ofTable(spec.table(), f);
        GrowthRow first = g.rows().isEmpty() ? spec.table().rows().get(0) : g.rows().get(0);
        boolean ratio = g.rows().stream().allMatch(GrowthRow::ratio) && !g.rows().isEmpty();
        String measure = Text.growth(f, spec.kind(), ratio, g.instants());
        Unit unit = ratio ? Unit.POINTS : Unit.PERCENT;
        List<ChartPoint> bars = new ArrayList<>();
        Map<GrowthFlag, List<ChartPoint>> flags = new LinkedHashMap<>();
        int skipped = 0;
        for (GrowthRow r : g.rows()) {
            Double v = value(r);
            if (v == null) {
                skipped++;
                continue;
            }
            bars.add(ChartPoint.of(r.period(), measure, v, unit, g.basis()));
            if (r.flag() != GrowthFlag.NONE) {
                flags.computeIfAbsent(r.flag(), x -> new ArrayList<>())
                        .add(ChartPoint.of(r.period(), Text.flag(f, r.flag()), v, unit, g.basis()));
            }
        }
        if (bars.isEmpty()) {
            throw new IllegalArgumentException("no row of the growth table for " + key(first)
                    + " has a meaningful growth figure (" + g.rows().size() + " rows, all null)");
        }
        List<ChartPoint> points = new ArrayList<>(bars);
        Map<String, Plot.Role> roles = new LinkedHashMap<>();
        roles.put(measure, Plot.Role.GROWTH);
        for (List<ChartPoint> l : flags.values()) {
            points.addAll(l);
            roles.put(l.get(0).series(), Plot.Role.FLAG);
        }
        List<String> notes = new ArrayList<>(g.notes());
        if (skipped > 0) {
            notes.add(Text.skipped(f, skipped, measure));
        }
        String metric = spec.series() != null ? Names.metric(spec.series(), f)
                : spec.options().catalog().get(first.metric()).map(m -> m.name(Names.zh(f))).orElse(first.metric());
        String title = spec.options().title().orElse(Names.join(first.entity(), metric,
                first.segment().isEmpty() ? null : first.segment(), measure));
        return new Plot(KpiChart.Type.YOY, title, Text.axis(f, g.basis(), g.instants()),
                Text.axisTitle(measure, Text.unit(f, unit)), null, Text.unit(f, unit), ChartData.of(points, notes),
                roles, null);
    }

    static Plot combo(ComboSpec spec) {
        KpiFormat f = spec.options().format();
        KpiSeries series = spec.series();
        GrowthKind kind = spec.kind();
        BasisChoice.Based b = BasisChoice.of(List.of(series), basisFor(kind, spec.basis()));
        KpiSeries on = b.series().get(0);
        String barName = Names.series(b.series(), f).get(0);
        Map<Period, GrowthRow> byPeriod = new HashMap<>();
        List<GrowthRow> rows = spec.growth() == null ? on.growth(kind, spec.convention()).rows() : spec.growth().rows();
        for (GrowthRow r : rows) {
            if (r.entity().equals(series.entity()) && r.metric().equals(series.metric().id())
                    && r.segment().equals(series.segment()) && on.indexOf(r.period()).isPresent()) {
                byPeriod.put(r.period(), r);
            }
        }
        if (byPeriod.isEmpty()) {
            throw new IllegalArgumentException("the growth table has no rows for " + BasisChoice.describe(series)
                    + " on the basis of " + Text.basis(KpiFormat.en(), b.basis()) + " " + on.periods());
        }
        boolean ratio = byPeriod.values().stream().allMatch(GrowthRow::ratio);
        String measure = Text.growth(f, kind, ratio, b.instants());
        Unit unit = ratio ? Unit.POINTS : Unit.PERCENT;
        DisplayScale scale = DisplayScale.of(on.unit(), on.values());
        List<ChartPoint> points = new ArrayList<>(LinePrep.points(on, barName, scale, b.basis()));
        int missing = 0;
        List<String> flagged = new ArrayList<>();
        for (Period p : new TreeSet<>(on.periods())) {
            GrowthRow r = byPeriod.get(p);
            Double v = r == null ? null : value(r);
            if (v == null) {
                missing++;
            } else {
                points.add(ChartPoint.of(p, measure, v, unit, b.basis()));
            }
            if (r != null && r.flag() != GrowthFlag.NONE) {
                flagged.add(p + " " + Text.flag(f, r.flag()));
            }
        }
        List<String> notes = Names.basisNotes(b, List.of(barName), f);
        if (missing > 0) {
            notes.add(Text.skipped(f, missing, measure));
        }
        if (!flagged.isEmpty()) {
            notes.add(Text.flagged(f, Names.abbreviate(flagged)));
        }
        Map<String, Plot.Role> roles = new LinkedHashMap<>();
        roles.put(barName, Plot.Role.BAR);
        roles.put(measure, Plot.Role.GROWTH_LINE);
        String title = spec.options().title().orElse(Names.title(List.of(on), f, null));
        return new Plot(KpiChart.Type.COMBO, title, Text.axis(f, b.basis(), b.instants()),
                Text.axisTitle(Names.metric(on, f), Text.unit(f, scale.target())),
                Text.axisTitle(measure, Text.unit(f, unit)), Text.unit(f, scale.target()), ChartData.of(points, notes),
                roles, null);
    }

    private static void requireOneSeries(List<GrowthRow> rows) {
        TreeSet<String> keys = new TreeSet<>();
        for (GrowthRow r : rows) {
            keys.add(key(r));
        }
        if (keys.size() > 1) {
            throw new IllegalArgumentException("a growth chart shows one series but the table holds " + keys.size()
                    + " (" + Names.abbreviate(new ArrayList<>(keys)) + "); keep the rows of one, e.g. "
                    + "new GrowthTable(t.kind(), t.convention(), t.rows().stream().filter(r -> r.metric().equals(\"revenue\")).toList())");
        }
    }

    private static String key(GrowthRow r) {
        return r.entity() + "/" + r.metric() + (r.segment().isEmpty() ? "" : "/" + r.segment());
    }
}

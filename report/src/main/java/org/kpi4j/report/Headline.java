package org.kpi4j.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.kpi4j.fact.Fact;
import org.kpi4j.format.Cell;
import org.kpi4j.format.KpiFormat;
import org.kpi4j.format.KpiTable;
import org.kpi4j.growth.GrowthFlag;
import org.kpi4j.growth.GrowthRow;
import org.kpi4j.metric.MetricKind;
import org.kpi4j.reconcile.CheckRow;
import org.kpi4j.series.KpiSeries;
import org.kpi4j.series.SeriesKey;
import org.kpi4j.time.FiscalCalendar;
import org.kpi4j.time.Period;
import org.kpi4j.unit.Dimension;
import org.kpi4j.unit.Percentage;

/**
 * The headline of one entity: each headline metric (and its segments) in the latest fiscal year
 * and the latest quarter the data hold, with the change as filings compare it (computed when the
 * base is in the data, else as printed, with the base it implies) and its flag; then the same
 * figures told in sentences.
 */
final class Headline {

    /** One figure of the headline: a point of a series and how it changed. */
    record Figure(SeriesKey key, KpiSeries series, Period period, double value, int decimals, boolean approximate,
            Optional<GrowthRow> growth, Optional<CheckRow> implied, Optional<Fact> fact) {

        boolean ratio() {
            return series.metric().kind() == MetricKind.RATIO;
        }

        /** The computed change, or the printed one. */
        Double change() {
            if (growth.isPresent()) {
                GrowthRow g = growth.get();
                Double c = ratio() ? g.points() : g.growth();
                if (c != null) {
                    return c;
                }
            }
            return printed().map(p -> ratio() ? p.percent().doubleValue() : p.fraction()).orElse(null);
        }

        boolean computed() {
            return growth.isPresent() && (ratio() ? growth.get().points() : growth.get().growth()) != null;
        }

        Optional<Percentage> printed() {
            return fact.map(Fact::reportedChangePct);
        }

        GrowthFlag flag() {
            GrowthFlag f = growth.map(GrowthRow::flag).orElse(GrowthFlag.NONE);
            return f != GrowthFlag.NONE ? f : fact.map(Fact::reportedFlag).orElse(GrowthFlag.NONE);
        }

        Period base() {
            return growth.map(GrowthRow::basePeriod).orElse(null);
        }
    }

    final String entity;
    final Period year;
    final Period quarter;
    final List<List<Figure>> rows = new ArrayList<>();   // per series: [year figure or null, quarter figure or null]
    private final Context ctx;
    private final Words w;

    private Headline(Context ctx, String entity, Period year, Period quarter) {
        this.ctx = ctx;
        this.w = ctx.words;
        this.entity = entity;
        this.year = year;
        this.quarter = quarter;
    }

    /** The headline of an entity, or empty when it reports no headline metric. */
    static Optional<Headline> of(Context ctx, String entity) {
        List<String> order = ctx.options.headline();
        FiscalCalendar cal = ctx.facts.calendar();
        List<SeriesKey> keys = new ArrayList<>();
        for (SeriesKey k : ctx.facts.keys()) {
            if (k.entity().equals(entity) && order.contains(k.metric()) && ctx.series(k).isPresent()) {
                keys.add(k);
            }
        }
        // a metric's whole-entity row first, then its segments largest first (by the latest figure, in yuan or the unit's base)
        keys.sort(Comparator.comparingInt((SeriesKey k) -> order.indexOf(k.metric()))
                .thenComparing(k -> !k.segment().isEmpty())
                .thenComparingDouble(k -> -size(ctx.series(k).get()))
                .thenComparing(k -> ctx.words.segment(k.segment())));
        Period year = null;
        Period quarter = null;
        for (SeriesKey k : keys) {
            for (Period p : ctx.series(k).get().periods()) {
                Period y = yearOf(p, cal);
                if (y != null && (year == null || y.compareTo(year) > 0)) {
                    year = y;
                }
                Period q = quarterOf(p, cal);
                if (q != null && (quarter == null || q.compareTo(quarter) > 0)) {
                    quarter = q;
                }
            }
        }
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        if (quarter != null && year != null && quarter.year() == year.year() && quarter.lastQuarter() == 4) {
            quarter = null; // the year's own last quarter adds nothing beside the year
        }
        Headline h = new Headline(ctx, entity, year, quarter);
        for (SeriesKey k : keys) {
            KpiSeries s = ctx.series(k).get();
            Figure a = year == null ? null : h.figure(k, s, s.isEmpty() || !s.period(0).isInstant() ? year
                    : Period.instant(cal.yearEnd(year.year())));
            Figure b = quarter == null ? null : h.figure(k, s, !s.period(0).isInstant() ? quarter
                    : Period.instant(cal.endDate(quarter)));
            if (a != null || b != null) {
                List<Figure> row = new ArrayList<>();
                row.add(a);
                row.add(b);
                h.rows.add(row);
            }
        }
        return h.rows.isEmpty() ? Optional.empty() : Optional.of(h);
    }

    /** A series' size for ordering: its latest full-year figure (else its latest), in the unit's base (元, say). */
    private static double size(KpiSeries s) {
        int at = s.size() - 1;
        for (int i = s.size() - 1; i >= 0; i--) {
            if (!s.period(i).isInstant() && s.period(i).lengthInQuarters() == 4) {
                at = i;
                break;
            }
        }
        return s.value(at) * Math.pow(10, s.unit().exponent());
    }

    private static Period yearOf(Period p, FiscalCalendar cal) {
        if (p.isInstant()) {
            int y = cal.fiscalYearOf(p.date());
            return p.date().equals(cal.yearEnd(y)) ? Period.year(y) : null;
        }
        return p.lengthInQuarters() == 4 ? p : null;
    }

    private static Period quarterOf(Period p, FiscalCalendar cal) {
        if (p.isInstant()) {
            return cal.isQuarterEnd(p.date()) ? cal.quarterOf(p.date()) : null;
        }
        return p.lengthInQuarters() == 1 ? p : null;
    }

    private Figure figure(SeriesKey k, KpiSeries s, Period p) {
        int i = s.indexOf(p).orElse(-1);
        if (i < 0) {
            return null;
        }
        return new Figure(k, s, p, s.value(i), s.decimals(i), s.provenance(i).approximate(), ctx.growth(k, p),
                ctx.implied(k, p), ctx.fact(k, p));
    }

    /** The headline table: metric, unit, the year's value and change, the quarter's value and change, notes. */
    KpiTable table() {
        KpiFormat f = w.format;
        List<String> cols = new ArrayList<>(List.of(w.pick("metric", "指标"), w.pick("unit", "单位")));
        if (year != null) {
            cols.add(year.toString());
            cols.add(w.pick("change", "变动"));
        }
        if (quarter != null) {
            cols.add(quarter.toString());
            cols.add(w.pick("change", "变动"));
        }
        cols.add(w.pick("note", "说明"));
        KpiTable.Builder t = KpiTable.builder(cols).title(w.entity(entity) + " · " + w.pick("Headline", "主要指标"));
        for (List<Figure> row : rows) {
            Figure any = row.get(0) != null ? row.get(0) : row.get(1);
            List<Cell> cells = new ArrayList<>();
            cells.add(Cell.text((any.key.segment().isEmpty() ? "" : "  ") + w.series(any.key.metric(), any.key.segment())));
            cells.add(Cell.text(unitText(any)));
            List<String> notes = new ArrayList<>();
            for (int c = 0; c < 2; c++) {
                if ((c == 0 ? year : quarter) == null) {
                    continue;
                }
                Figure fig = row.get(c);
                cells.add(fig == null ? Cell.missing() : valueCell(fig, f));
                cells.add(fig == null ? Cell.missing() : changeCell(fig, f));
                if (fig != null) {
                    notes.addAll(notes(fig));
                }
            }
            cells.add(Cell.text(String.join(w.pick("; ", "；"), notes)));
            t.row(cells);
        }
        t.footnote(w.pick("Changes as filings compare: flows with the same period a year earlier, instants with the prior "
                + "year-end, a ratio in percentage points; computed from the data where the base is there, else as printed.",
                "变动按披露口径：流量与上年同期比较，时点数与上年末比较，比率以百分点计；数据中有基期时为重算值，否则为披露值。"));
        return t.build();
    }

    String unitText(Figure fig) {
        return fig.series.unit().dimension() == Dimension.RATIO ? "%" : w.format.unit(fig.series.unit());
    }

    Cell valueCell(Figure fig, KpiFormat f) {
        String mark = fig.approximate ? "~" : "";
        if (fig.series.unit().dimension() == Dimension.RATIO) {
            double fraction = fig.series.unit().convert(fig.value, org.kpi4j.unit.Unit.RATIO);
            Cell c = Cell.percent(fraction, fig.decimals, f);
            return new Cell(c.text() + mark, c.kind(), c.value(), c.decimals());
        }
        return Cell.number(fig.value, fig.decimals, mark, f);
    }

    Cell changeCell(Figure fig, KpiFormat f) {
        Double c = fig.change();
        GrowthFlag flag = fig.flag();
        if (c == null) {
            return flag == GrowthFlag.NONE ? Cell.missing() : Cell.text(w.flag(flag));
        }
        int dec = fig.computed() ? 2 : fig.printed().map(p -> fig.ratio() ? p.percent().scale()
                : Math.max(0, p.percent().scale())).orElse(2);
        Cell cell = fig.ratio() ? Cell.points(c, dec, f) : Cell.change(c, dec, f);
        String suffix = (fig.computed() ? "" : w.pick(" (printed)", "（披露）"))
                + (flag == GrowthFlag.NONE ? "" : " " + w.flag(flag));
        return new Cell(cell.text() + suffix, cell.kind(), cell.value(), cell.decimals());
    }

    /** What a figure's change is measured against, and the base a printed change implies. */
    List<String> notes(Figure fig) {
        List<String> out = new ArrayList<>();
        FiscalCalendar cal = ctx.facts.calendar();
        if (fig.implied.isPresent() && fig.fact.isPresent()) {
            CheckRow r = fig.implied.get();
            String base = r.basePeriod() == null ? "" : w.period(r.basePeriod(), cal);
            out.add(w.pick(fig.period + ": implies " + base + " ≈ ", fig.period + "：隐含 " + base + "约 ")
                    + w.format.value(r.impliedBase(), 2, fig.fact.get().unit()));
        } else if (fig.computed() && fig.base() != null && fig.base().isInstant() != fig.period.isInstant()) {
            out.add(w.pick(fig.period + " vs " + fig.base(), fig.period + " 对比 " + fig.base()));
        } else if (fig.computed() && fig.base() != null && fig.ratio()) {
            out.add(w.pick(fig.period + " vs " + fig.base(), fig.period + " 较 " + fig.base()));
        } else if (fig.computed() && fig.base() != null && fig.base().isInstant()) {
            out.add(w.pick(fig.period + " vs " + w.period(fig.base(), cal), fig.period + " 较 " + w.period(fig.base(), cal)));
        }
        if (fig.approximate) {
            out.add(w.pick(fig.period + " approximate (~)", fig.period + " 为近似值（~）"));
        }
        return out;
    }
}

package org.kpi4j.series;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.kpi4j.growth.GrowthConvention;
import org.kpi4j.growth.GrowthKind;
import org.kpi4j.growth.GrowthRow;
import org.kpi4j.metric.Metric;
import org.kpi4j.metric.MetricCatalog;
import org.kpi4j.metric.MetricKind;
import org.kpi4j.time.FiscalCalendar;
import org.kpi4j.time.Period;
import org.kpi4j.unit.Unit;

/**
 * The panel path equals the series path cell by cell, bit for bit, for random panels of every metric
 * kind: flows filed year-to-date and as quarters, quarter-end stocks, ratios in percent and as
 * fractions, with gaps, zero and negative bases, on calendar and March fiscal years. The panel is
 * laid out as reported by {@link PanelAssembler} (as {@code PanelCsv} does); the series are
 * {@link KpiSeries} of the same figures.
 */
class PanelSeriesAgreementTest {

    private static final long SEED = 20261201L;

    private static final Metric REVENUE = MetricCatalog.standard().get("net_profit").orElseThrow();
    private static final Metric ASSETS = MetricCatalog.standard().get("total_assets").orElseThrow();
    private static final Metric DEBT = MetricCatalog.standard().get("debt_ratio").orElseThrow();
    private static final Metric MARGIN = MetricCatalog.standard().get("gross_margin").orElseThrow();

    /** One random series: its metric, unit, whether filed year-to-date, and its figures by period. */
    private record Case(SeriesKey key, Metric metric, Unit unit, boolean ytd, List<Period> periods, double[] values) {
    }

    private static double value(SplittableRandom rnd) {
        switch (rnd.nextInt(10)) {
            case 0:
                return 0; // a zero base
            case 1:
            case 2:
                return -Math.rint(rnd.nextDouble(1, 5000)) / 100; // a loss
            default:
                return Math.rint(rnd.nextDouble(1, 9000)) / 100;
        }
    }

    private static Case randomCase(SplittableRandom rnd, int s, int first, int n, FiscalCalendar cal) {
        int kind = rnd.nextInt(5);
        Metric m = kind <= 1 ? REVENUE : kind == 2 ? ASSETS : kind == 3 ? DEBT : MARGIN;
        Unit unit = m.kind() == MetricKind.RATIO ? (rnd.nextBoolean() ? Unit.PERCENT : Unit.RATIO) : Unit.WAN_YUAN;
        boolean ytd = kind == 0;
        List<Period> periods = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (int t = 0; t < n; t++) {
            if (rnd.nextInt(7) == 0) {
                continue; // a gap
            }
            Period q = Period.ofQuarterIndex(first + t);
            Period p = m.instant() ? Period.instant(cal.endDate(q)) : ytd ? Period.ytd(q.year(), q.lastQuarter()) : q;
            periods.add(p);
            values.add(value(rnd));
        }
        return new Case(SeriesKey.of("e" + s, m.id()), m, unit, ytd, periods,
                values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static KpiSeries series(Case c, FiscalCalendar cal) {
        KpiSeriesBuilder b = KpiSeries.builder(c.key.entity(), c.metric, c.unit).calendar(cal);
        for (int i = 0; i < c.values.length; i++) {
            b.add(c.periods.get(i), c.values[i], 2);
        }
        return b.build();
    }

    /** The series' period that a panel column stands for, as reported. */
    private static Period reportedPeriod(Case c, Period quarter, FiscalCalendar cal) {
        return c.metric.instant() ? Period.instant(cal.endDate(quarter))
                : c.ytd ? Period.ytd(quarter.year(), quarter.lastQuarter()) : quarter;
    }

    private static OptionalDouble cell(KpiPanel p, int s, int col) {
        return p.get(s, col);
    }

    private static OptionalDouble change(GrowthRow r) {
        Double v = r.ratio() ? r.points() : r.growth();
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    private static GrowthRow row(List<GrowthRow> rows, Period p) {
        return rows.stream().filter(r -> r.period().equals(p)).findFirst().orElse(null);
    }

    @Test
    void property_panelPathEqualsSeriesPath_everyKind_everyOperation() {
        SplittableRandom rnd = new SplittableRandom(SEED);
        for (int round = 0; round < 60; round++) {
            FiscalCalendar cal = rnd.nextBoolean() ? FiscalCalendar.calendarYear() : FiscalCalendar.endingIn(Month.MARCH);
            int first = Period.quarter(2015, 1).endQuarterIndex() + rnd.nextInt(4);
            int n = 4 + rnd.nextInt(14);
            GrowthConvention conv = GrowthConvention.values()[rnd.nextInt(3)];
            PanelAssembler a = PanelAssembler.of("random", cal, PanelLayout.AS_REPORTED);
            List<Case> cases = new ArrayList<>();
            for (int s = 0; s < 12; s++) {
                Case c = randomCase(rnd, s, first, n, cal);
                if (c.values.length == 0) {
                    continue;
                }
                cases.add(c);
                int idx = a.series(c.key, c.metric, c.unit, 0);
                for (int i = 0; i < c.values.length; i++) {
                    Period p = c.periods.get(i);
                    a.add(idx, a.quarterOf(idx, p, p.toString(), i + 1), c.values[i], PanelAssembler.NO_AS_OF, i + 1);
                }
            }
            if (cases.isEmpty()) {
                continue;
            }
            KpiPanel panel = a.build();
            KpiPanel yoy = panel.yoy(conv);
            KpiPanel qoq = panel.qoq(conv);
            KpiPanel ttm = panel.ttm();
            KpiPanel discrete = panel.toDiscreteQuarters();
            for (int s = 0; s < cases.size(); s++) {
                Case c = cases.get(s);
                KpiSeries ser = series(c, cal);
                String msg = "seed " + SEED + " round " + round + " " + c.key + " (" + c.unit + (c.ytd ? ", ytd" : "")
                        + ", " + cal + ", " + conv + ")";
                List<GrowthRow> yoyRows = ser.growth(GrowthKind.YOY, conv).rows();
                List<GrowthRow> qoqRows = c.ytd && c.metric.kind() == MetricKind.RATIO ? null
                        : ser.growth(GrowthKind.QOQ, conv).rows();
                boolean flow = c.metric.kind() == MetricKind.FLOW;
                KpiSeries serTtm = flow ? ser.ttm() : null;
                KpiSeries serDiscrete = flow ? ser.toDiscreteQuarters() : ser;
                int ts = ttmIndex(ttm, c.key);
                int ds = ttmIndex(discrete, c.key);
                int qs = ttmIndex(qoq, c.key);
                for (int col = 0; col < panel.quarterCount(); col++) {
                    Period q = panel.quarter(col);
                    Period reported = reportedPeriod(c, q, cal);
                    GrowthRow y = row(yoyRows, reported);
                    assertThat(cell(yoy, s, col)).as(msg + " yoy " + reported)
                            .isEqualTo(y == null ? OptionalDouble.empty() : change(y));
                    Period single = c.metric.instant() ? reported : q;
                    if (qoqRows != null) {
                        GrowthRow r = row(qoqRows, single);
                        assertThat(cell(qoq, qs, col)).as(msg + " qoq " + single)
                                .isEqualTo(r == null ? OptionalDouble.empty() : change(r));
                    } else {
                        assertThat(qs).as(msg + " qoq of a ytd ratio is left out").isEqualTo(-1);
                    }
                    if (flow) {
                        assertThat(cell(ttm, ts, col)).as(msg + " ttm " + q).isEqualTo(serTtm.get(q));
                        assertThat(cell(discrete, ds, col)).as(msg + " discrete " + q).isEqualTo(serDiscrete.get(q));
                    } else {
                        assertThat(ts).as(msg + " a " + c.metric.kind() + " has no ttm").isEqualTo(-1);
                        if (ds >= 0) {
                            assertThat(cell(discrete, ds, col)).as(msg + " kept " + q).isEqualTo(serDiscrete.get(reported));
                        }
                    }
                }
            }
        }
    }

    private static int ttmIndex(KpiPanel p, SeriesKey key) {
        for (int s = 0; s < p.seriesCount(); s++) {
            if (p.key(s).equals(key)) {
                return s;
            }
        }
        return -1;
    }
}

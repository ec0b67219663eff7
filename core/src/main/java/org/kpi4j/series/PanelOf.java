package org.kpi4j.series;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.kpi4j.metric.Metric;
import org.kpi4j.metric.MetricKind;
import org.kpi4j.time.Period;
import org.kpi4j.time.PeriodType;
import org.kpi4j.unit.Dimension;
import org.kpi4j.unit.Unit;

/** Building a {@link KpiPanel} from series, the checks every way of building one shares, and its table. */
final class PanelOf {

    private PanelOf() {
    }

    static void checkSeries(SeriesKey key, Metric metric, Unit unit, Transform transform) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(transform, "transform");
        if (!key.metric().equals(metric.id())) {
            throw new IllegalArgumentException("series " + key + " is given the metric '" + metric.id() + "'");
        }
        boolean change = transform.isChange();
        if (change ? unit.dimension() != Dimension.RATIO && unit.dimension() != Dimension.POINTS
                : !metric.family().accepts(unit)) {
            throw new IllegalArgumentException("series " + key + ": metric '" + metric.id() + "' does not take the unit "
                    + unit + (change ? " for its changes" : ""));
        }
        if (metric.kind() != MetricKind.FLOW && (transform == Transform.TTM || transform == Transform.ANNUALIZED)) {
            throw new IllegalArgumentException("series " + key + ": a " + metric.kind() + " has no " + transform
                    + " figures");
        }
        if (metric.instant() && (transform == Transform.YEAR_TO_DATE || transform == Transform.DISCRETE)) {
            throw new IllegalArgumentException("series " + key + ": metric '" + metric.id() + "' is measured at "
                    + "instants, so its quarter-end values are REPORTED, not " + transform);
        }
    }

    static void checkUnique(List<SeriesKey> keys) {
        if (new HashSet<>(keys).size() != keys.size()) {
            throw new IllegalArgumentException("a series key occurs twice in the panel");
        }
    }

    static KpiPanel series(List<KpiSeries> series) {
        Objects.requireNonNull(series, "series");
        if (series.isEmpty()) {
            throw new IllegalArgumentException("a panel needs at least one series");
        }
        List<KpiSeries> disc = new ArrayList<>();
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        for (KpiSeries s : series) {
            KpiSeries d = s.metric().kind() == MetricKind.FLOW && s.transform() == Transform.REPORTED
                    ? s.toDiscreteQuarters() : s;
            for (Period p : d.periods()) {
                int q = column(d, p);
                lo = Math.min(lo, q);
                hi = Math.max(hi, q);
            }
            disc.add(d);
        }
        if (lo > hi) {
            throw new IllegalArgumentException("the series have no quarters");
        }
        KpiPanelBuilder b = KpiPanel.builder(Period.ofQuarterIndex(lo), hi - lo + 1);
        for (KpiSeries d : disc) {
            double[] v = new double[hi - lo + 1];
            Arrays.fill(v, Double.NaN);
            for (int i = 0; i < d.size(); i++) {
                v[column(d, d.period(i)) - lo] = d.value(i);
            }
            Transform t = d.metric().instant() ? Transform.REPORTED
                    : d.transform() == Transform.REPORTED ? Transform.DISCRETE : d.transform();
            b.add(SeriesKey.of(d.entity(), d.metric().id(), d.segment()), d.metric(), d.unit(), t, v);
        }
        return b.build();
    }

    /** The quarter index of a quarter, or of the fiscal quarter a quarter-end instant closes. */
    private static int column(KpiSeries s, Period p) {
        if (p.type() == PeriodType.QUARTER) {
            return p.endQuarterIndex();
        }
        if (p.isInstant() && s.calendar().isQuarterEnd(p.date())) {
            return s.calendar().quarterOf(p.date()).endQuarterIndex();
        }
        throw new IllegalArgumentException("a panel holds quarters and quarter-end figures; series " + s.label()
                + " has the period " + p);
    }
}

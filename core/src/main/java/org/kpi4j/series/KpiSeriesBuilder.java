package org.kpi4j.series;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.kpi4j.metric.Metric;
import org.kpi4j.time.FiscalCalendar;
import org.kpi4j.time.Period;
import org.kpi4j.unit.Unit;

/**
 * Builds a {@link KpiSeries}: {@code KpiSeries.builder(entity, metric, unit)}, then points, then
 * {@link #build()}, which sorts the points by period and refuses a duplicate.
 *
 * <pre>{@code
 * Metric revenue = MetricCatalog.standard().get("revenue").orElseThrow();
 * KpiSeries s = KpiSeries.builder("acme", revenue, Unit.WAN_YUAN)
 *         .add(Period.parse("2024Q2"), 150, 0)
 *         .add(Period.parse("2024Q1"), 100, 0)
 *         .build();   // 2024Q1 100, 2024Q2 150
 * }</pre>
 *
 * <p>Not thread-safe, but the series it builds is immutable.
 */
public final class KpiSeriesBuilder {
    final String entity;
    final Metric metric;
    Unit unit;
    String segment = "";
    FiscalCalendar calendar = FiscalCalendar.calendarYear();
    Transform transform = Transform.REPORTED;
    private final List<Period> periods = new ArrayList<>();
    private double[] values = new double[8];
    private int[] decimals = new int[8];
    private final List<Provenance> provenance = new ArrayList<>();
    /** Points a transform could not give a number (a sum beyond the range of a double), with why. */
    final java.util.Map<Period, String> dropped = new java.util.TreeMap<>();

    KpiSeriesBuilder(String entity, Metric metric, Unit unit) {
        this.entity = Objects.requireNonNull(entity, "entity");
        this.metric = Objects.requireNonNull(metric, "metric");
        this.unit = Objects.requireNonNull(unit, "unit");
        if (entity.isBlank()) {
            throw new IllegalArgumentException("entity must not be blank");
        }
        if (!metric.family().accepts(unit)) {
            throw new IllegalArgumentException("metric '" + metric.id() + "' does not take the unit " + unit);
        }
    }

    /** See {@link KpiSeries#of(String, Metric, Unit, List, double[])}: each value's decimals are those it is written with. */
    static KpiSeries of(String entity, Metric metric, Unit unit, List<Period> periods, double[] values) {
        Objects.requireNonNull(periods, "periods");
        Objects.requireNonNull(values, "values");
        if (periods.size() != values.length) {
            throw new IllegalArgumentException("periods and values must have the same length but had "
                    + periods.size() + " and " + values.length);
        }
        KpiSeriesBuilder b = new KpiSeriesBuilder(entity, metric, unit);
        for (int i = 0; i < values.length; i++) {
            b.add(periods.get(i), values[i], decimalsOf(values[i]));
        }
        return b.build();
    }

    private static int decimalsOf(double v) {
        if (!Double.isFinite(v)) {
            return 0;
        }
        return Math.max(0, Math.min(10, java.math.BigDecimal.valueOf(v).stripTrailingZeros().scale()));
    }

    /**
     * @param segment the business line, not null
     * @return this builder
     */
    public KpiSeriesBuilder segment(String segment) {
        this.segment = Objects.requireNonNull(segment, "segment");
        return this;
    }

    /**
     * @param calendar the fiscal calendar, not null
     * @return this builder
     */
    public KpiSeriesBuilder calendar(FiscalCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        return this;
    }

    /**
     * Sets what the values are (by default {@link Transform#REPORTED}).
     *
     * @param transform the state, not null
     * @return this builder
     */
    public KpiSeriesBuilder transform(Transform transform) {
        this.transform = Objects.requireNonNull(transform, "transform");
        return this;
    }

    /**
     * Adds a reported point.
     *
     * @param period the period, not null
     * @param value the value, finite
     * @param decimals the decimals it was given with, 0 or more
     * @return this builder
     */
    public KpiSeriesBuilder add(Period period, double value, int decimals) {
        return add(period, value, decimals, Provenance.reported(period));
    }

    /**
     * Adds a point with its provenance.
     *
     * @param period the period, not null
     * @param value the value, finite
     * @param decimals the decimals it was given with, 0 or more
     * @param provenance where it came from, not null
     * @return this builder
     * @throws IllegalArgumentException if the value is not finite, decimals negative, or the
     *     period does not fit the metric (an instant for a flow, a span for a stock)
     */
    public KpiSeriesBuilder add(Period period, double value, int decimals, Provenance provenance) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(provenance, "provenance");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value for " + period + " must be finite but was " + value);
        }
        if (decimals < 0) {
            throw new IllegalArgumentException("decimals must be >= 0 but was " + decimals);
        }
        if (metric.instant() != period.isInstant()) {
            throw new IllegalArgumentException("metric '" + metric.id() + "' is measured "
                    + (metric.instant() ? "at instants" : "over periods") + " but got the period " + period);
        }
        int n = periods.size();
        if (n == values.length) {
            values = Arrays.copyOf(values, n * 2);
            this.decimals = Arrays.copyOf(this.decimals, n * 2);
        }
        periods.add(period);
        values[n] = value;
        this.decimals[n] = decimals;
        this.provenance.add(provenance);
        return this;
    }

    /** Records that a derived point has no number, and why; the series says so in its notes. */
    void drop(Period period, String why) {
        dropped.put(period, why);
    }

    /**
     * Records that a period was left out of the series on purpose, and why; {@link KpiSeries#notes()}
     * says so (as {@code FactSet.series} records a figure filed before a restatement of its year).
     *
     * <pre>{@code
     * KpiSeries s = KpiSeries.builder("acme", MetricCatalog.standard().get("revenue").orElseThrow(), Unit.WAN_YUAN)
     *         .add(Period.parse("2024"), 470, 0)
     *         .leftOut(Period.parse("2024Q1-Q3"), "filed before the year was restated")
     *         .build();
     * s.notes();   // [acme/revenue: 2024Q1-Q3: filed before the year was restated]
     * }</pre>
     *
     * @param period the period left out, not null
     * @param why why, not blank
     * @return this builder
     */
    public KpiSeriesBuilder leftOut(Period period, String why) {
        Objects.requireNonNull(period, "period");
        if (Objects.requireNonNull(why, "why").isBlank()) {
            throw new IllegalArgumentException("why must not be blank");
        }
        dropped.put(period, why);
        return this;
    }

    /**
     * Builds the series, sorting the points by period.
     *
     * @return the series, not null
     * @throws IllegalArgumentException if a period occurs twice
     */
    public KpiSeries build() {
        int n = periods.size();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> periods.get(a).compareTo(periods.get(b)));
        Period[] p = new Period[n];
        double[] v = new double[n];
        int[] d = new int[n];
        Provenance[] pv = new Provenance[n];
        for (int k = 0; k < n; k++) {
            int i = order[k];
            p[k] = periods.get(i);
            v[k] = values[i];
            d[k] = decimals[i];
            pv[k] = provenance.get(i);
            if (k > 0 && p[k].equals(p[k - 1])) {
                throw new IllegalArgumentException("duplicate period " + p[k] + " in series " + entity + "/"
                        + metric.id());
            }
        }
        return new KpiSeries(this, new SeriesPoints(p, v, d, pv));
    }
}

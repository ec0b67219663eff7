package org.kpi4j.series;


import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.kpi4j.growth.GrowthConvention;
import org.kpi4j.growth.GrowthFlag;
import org.kpi4j.growth.GrowthKind;
import org.kpi4j.growth.GrowthRow;
import org.kpi4j.growth.GrowthTable;
import org.kpi4j.internal.TextTable;
import org.kpi4j.metric.Metric;
import org.kpi4j.metric.MetricKind;
import org.kpi4j.time.FiscalCalendar;
import org.kpi4j.time.Period;
import org.kpi4j.time.PeriodType;
import org.kpi4j.unit.Unit;

/**
 * An immutable series of one entity's metric (optionally one segment) over ascending, unique
 * periods, in one unit, on primitive storage, with each point's provenance.
 *
 * <p>A series holds what was reported (a flow reported year-to-date: {@code 2024Q1}, {@code 2024H1},
 * {@code 2024Q1-Q3}, {@code 2024}) or what was derived from it ({@link #toDiscreteQuarters()},
 * {@link #ttm()}, {@link #annualized()}). Missing periods are simply absent: every transformation
 * looks periods up by label, so a gap gives a missing result, never a comparison with the wrong
 * period.
 *
 * <pre>{@code
 * Metric revenue = MetricCatalog.standard().get("revenue").orElseThrow();
 * KpiSeries ytd = KpiSeries.builder("acme", revenue, Unit.WAN_YUAN)
 *         .add(Period.parse("2024Q1"), 100, 0)
 *         .add(Period.parse("2024H1"), 250, 0)
 *         .add(Period.parse("2024Q1-Q3"), 420, 0)
 *         .add(Period.parse("2024"), 600, 0)
 *         .build();
 * ytd.toDiscreteQuarters();   // 2024Q1 100, Q2 150, Q3 170, Q4 180 (Q2..Q4 derived)
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class KpiSeries {

    private final String entity;
    private final Metric metric;
    private final String segment;
    private final Unit unit;
    private final FiscalCalendar calendar;
    private final String transform;
    private final Period[] periods;
    private final double[] values;
    private final int[] decimals;
    private final Provenance[] provenance;
    private final Map<Period, Integer> index;

    private KpiSeries(Builder b, Period[] periods, double[] values, int[] decimals, Provenance[] provenance) {
        this.entity = b.entity;
        this.metric = b.metric;
        this.segment = b.segment;
        this.unit = b.unit;
        this.calendar = b.calendar;
        this.transform = b.transform;
        this.periods = periods;
        this.values = values;
        this.decimals = decimals;
        this.provenance = provenance;
        Map<Period, Integer> idx = new HashMap<>(periods.length * 2);
        for (int i = 0; i < periods.length; i++) {
            idx.put(periods[i], i);
        }
        this.index = idx;
    }

    /**
     * Starts building a series.
     *
     * @param entity the entity, not blank
     * @param metric the metric, not null
     * @param unit the unit of every value, not null
     * @return a builder, not null
     */
    public static Builder builder(String entity, Metric metric, Unit unit) {
        return new Builder(entity, metric, unit);
    }

    /**
     * Obtains a series of reported values.
     *
     * @param entity the entity, not blank
     * @param metric the metric, not null
     * @param unit the unit, not null
     * @param periods the periods, unique, not null
     * @param values the values, finite, as many as periods, not null
     * @return the series, sorted by period, not null
     * @throws IllegalArgumentException on a duplicate period, a non-finite value or a length mismatch
     */
    public static KpiSeries of(String entity, Metric metric, Unit unit, List<Period> periods, double[] values) {
        Objects.requireNonNull(periods, "periods");
        Objects.requireNonNull(values, "values");
        if (periods.size() != values.length) {
            throw new IllegalArgumentException("periods and values must have the same length but had "
                    + periods.size() + " and " + values.length);
        }
        Builder b = builder(entity, metric, unit);
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

    private Builder like() {
        return new Builder(entity, metric, unit).segment(segment).calendar(calendar);
    }

    /** @return the entity, not null */
    public String entity() {
        return entity;
    }

    /** @return the metric, not null */
    public Metric metric() {
        return metric;
    }

    /** @return the segment, empty for the whole entity, not null */
    public String segment() {
        return segment;
    }

    /** @return the unit of every value, not null */
    public Unit unit() {
        return unit;
    }

    /** @return the fiscal calendar used for instants, not null */
    public FiscalCalendar calendar() {
        return calendar;
    }

    /**
     * Returns what this series is: empty when as reported, else {@code discrete}, {@code ytd},
     * {@code ttm} or {@code annualized}.
     *
     * @return the transform name, not null
     */
    public String transform() {
        return transform;
    }

    /** @return the number of points */
    public int size() {
        return periods.length;
    }

    /** @return true if there are no points */
    public boolean isEmpty() {
        return periods.length == 0;
    }

    /**
     * Returns the period of a point.
     *
     * @param i the index, 0 to size − 1
     * @return the period, not null
     */
    public Period period(int i) {
        return periods[i];
    }

    /**
     * Returns the value of a point.
     *
     * @param i the index, 0 to size − 1
     * @return the value
     */
    public double value(int i) {
        return values[i];
    }

    /**
     * Returns the decimals a point was given with.
     *
     * @param i the index, 0 to size − 1
     * @return the decimals
     */
    public int decimals(int i) {
        return decimals[i];
    }

    /**
     * Returns where a point came from.
     *
     * @param i the index, 0 to size − 1
     * @return the provenance, not null
     */
    public Provenance provenance(int i) {
        return provenance[i];
    }

    /** @return the periods in ascending order, unmodifiable */
    public List<Period> periods() {
        return Collections.unmodifiableList(Arrays.asList(periods));
    }

    /** @return a copy of the values, in period order */
    public double[] values() {
        return values.clone();
    }

    /**
     * Returns the index of a period.
     *
     * @param period the period, not null
     * @return the index, or empty if absent
     */
    public OptionalInt indexOf(Period period) {
        Integer i = index.get(Objects.requireNonNull(period, "period"));
        return i == null ? OptionalInt.empty() : OptionalInt.of(i);
    }

    /**
     * Looks up the value of a period.
     *
     * @param period the period, not null
     * @return the value, or empty if the series has no such period
     */
    public OptionalDouble get(Period period) {
        Integer i = index.get(Objects.requireNonNull(period, "period"));
        return i == null ? OptionalDouble.empty() : OptionalDouble.of(values[i]);
    }

    /**
     * Returns a point.
     *
     * @param i the index, 0 to size − 1
     * @return the point, not null
     */
    public Point point(int i) {
        return new Point(periods[i], values[i], decimals[i], provenance[i]);
    }

    /** @return the points in period order, not null */
    public List<Point> points() {
        List<Point> out = new ArrayList<>(periods.length);
        for (int i = 0; i < periods.length; i++) {
            out.add(point(i));
        }
        return out;
    }

    /**
     * Returns the last point.
     *
     * @return the point with the latest period, not null
     * @throws IllegalStateException if the series is empty
     */
    public Point latest() {
        if (periods.length == 0) {
            throw new IllegalStateException("series " + label() + " is empty, so it has no latest value");
        }
        return point(periods.length - 1);
    }

    /**
     * Returns this series in another unit of the same dimension (万元 to 亿元); decimals shift with
     * the scale so that displayed figures keep their precision.
     *
     * @param target the unit, not null
     * @return the converted series, not null
     * @throws IllegalArgumentException if the dimensions differ
     */
    public KpiSeries to(Unit target) {
        if (target.equals(unit)) {
            return this;
        }
        unit.factorTo(target); // throws for another dimension, even when there is no point to convert
        int shift = target.exponent() - unit.exponent();
        Builder b = like();
        b.unit = target;
        b.transform = transform;
        for (int i = 0; i < periods.length; i++) {
            b.add(periods[i], unit.convert(values[i], target), Math.max(0, decimals[i] + shift), provenance[i]);
        }
        return b.build();
    }

    /**
     * Converts a flow reported year-to-date (Q1, H1, Q1-Q3, year) or by quarter into discrete
     * quarters: Q2 = H1 − Q1, Q3 = (Q1-Q3) − H1, Q4 = year − (Q1-Q3), and Q4 = H2 − Q3 where only a
     * second half is given. A reported quarter is kept as reported; a quarter whose inputs are
     * missing is absent, never estimated.
     *
     * @return the discrete quarterly series, not null
     * @throws IllegalStateException if the metric is not a flow
     */
    public KpiSeries toDiscreteQuarters() {
        requireFlow("toDiscreteQuarters");
        if (transform.equals("discrete")) {
            return this;
        }
        Builder b = like();
        b.transform = "discrete";
        Map<Integer, List<Integer>> byYear = new java.util.TreeMap<>();
        for (int i = 0; i < periods.length; i++) {
            byYear.computeIfAbsent(periods[i].year(), y -> new ArrayList<>()).add(i);
        }
        for (Map.Entry<Integer, List<Integer>> e : byYear.entrySet()) {
            int y = e.getKey();
            Integer[] cum = new Integer[5];
            Integer[] disc = new Integer[5];
            Integer h2 = null;
            for (int i : e.getValue()) {
                Period p = periods[i];
                if (p.isYearToDate()) {
                    cum[p.lastQuarter()] = i;
                } else if (p.type() == PeriodType.QUARTER) {
                    disc[p.lastQuarter()] = i;
                } else if (p.type() == PeriodType.HALF) {
                    h2 = i;
                }
            }
            double[] dv = new double[5];
            int[] dd = new int[5];
            boolean[] da = new boolean[5];
            boolean[] have = new boolean[5];
            for (int q = 1; q <= 4; q++) {
                if (q == 1 && cum[1] != null) {
                    b.add(Period.quarter(y, 1), values[cum[1]], decimals[cum[1]], provenance[cum[1]]);
                    dv[1] = values[cum[1]];
                    dd[1] = decimals[cum[1]];
                    da[1] = provenance[cum[1]].approximate();
                    have[1] = true;
                } else if (disc[q] != null) {
                    b.add(Period.quarter(y, q), values[disc[q]], decimals[disc[q]], provenance[disc[q]]);
                    dv[q] = values[disc[q]];
                    dd[q] = decimals[disc[q]];
                    da[q] = provenance[disc[q]].approximate();
                    have[q] = true;
                } else if (q > 1 && cum[q] != null && cum[q - 1] != null) {
                    int a = cum[q];
                    int c = cum[q - 1];
                    dv[q] = values[a] - values[c];
                    dd[q] = Math.max(decimals[a], decimals[c]);
                    da[q] = provenance[a].approximate() || provenance[c].approximate();
                    have[q] = true;
                    b.add(Period.quarter(y, q), dv[q], dd[q],
                            Provenance.derived(periods[a] + " − " + periods[c], List.of(periods[a], periods[c]), da[q]));
                }
            }
            if (h2 != null && have[3] && !have[4]) {
                int a = h2;
                Period q3 = Period.quarter(y, 3);
                int dq3 = Math.max(decimals[a], dd[3]);
                b.add(Period.quarter(y, 4), values[a] - dv[3], dq3,
                        Provenance.derived(periods[a] + " − " + q3, List.of(periods[a], q3),
                                provenance[a].approximate() || da[3]));
            }
        }
        return b.build();
    }

    /**
     * Converts a flow to year-to-date cumulative figures (Q1, H1, Q1-Q3, year) from its discrete
     * quarters; a year-to-date figure exists only where every quarter from Q1 is present.
     *
     * @return the year-to-date series, not null
     * @throws IllegalStateException if the metric is not a flow
     */
    public KpiSeries toYearToDate() {
        requireFlow("toYearToDate");
        KpiSeries d = toDiscreteQuarters();
        Builder b = like();
        b.transform = "ytd";
        for (int i = 0; i < d.size(); i++) {
            Period p = d.periods[i];
            int q = p.lastQuarter();
            boolean complete = true;
            double sum = 0;
            int dec = 0;
            boolean approx = false;
            List<Period> in = new ArrayList<>();
            for (int k = 1; k <= q; k++) {
                Integer j = d.index.get(Period.quarter(p.year(), k));
                if (j == null) {
                    complete = false;
                    break;
                }
                sum += d.values[j];
                dec = Math.max(dec, d.decimals[j]);
                approx |= d.provenance[j].approximate();
                in.add(d.periods[j]);
            }
            if (!complete) {
                continue;
            }
            Period ytd = Period.ytd(p.year(), q);
            Integer orig = index.get(ytd);
            if (orig != null && !provenance[orig].derived()) {
                b.add(ytd, values[orig], decimals[orig], provenance[orig]);
            } else {
                b.add(ytd, sum, dec, q == 1 ? d.provenance[i]
                        : Provenance.derived(String.join(" + ", in.stream().map(Period::toString).toList()), in, approx));
            }
        }
        return b.build();
    }

    /**
     * Returns trailing-twelve-month sums of a flow, one per quarter that closes four consecutive
     * discrete quarters; a missing quarter leaves the four TTM figures that need it absent.
     *
     * @return the TTM series, labelled by the closing quarter, not null
     * @throws IllegalStateException if the metric is not a flow
     */
    public KpiSeries ttm() {
        requireFlow("ttm");
        KpiSeries d = toDiscreteQuarters();
        Builder b = like();
        b.transform = "ttm";
        for (int i = 0; i < d.size(); i++) {
            Period p = d.periods[i];
            double sum = 0;
            int dec = 0;
            boolean approx = false;
            List<Period> in = new ArrayList<>(4);
            boolean complete = true;
            for (int k = 3; k >= 0; k--) {
                Integer j = d.index.get(p.plusQuarters(-k));
                if (j == null) {
                    complete = false;
                    break;
                }
                sum += d.values[j];
                dec = Math.max(dec, d.decimals[j]);
                approx |= d.provenance[j].approximate();
                in.add(d.periods[j]);
            }
            if (complete) {
                b.add(p, sum, dec, Provenance.derived("TTM " + String.join(" + ",
                        in.stream().map(Period::toString).toList()), in, approx));
            }
        }
        return b.build();
    }

    /**
     * Annualises a flow: a quarter × 4, a half × 2, Q1-Q3 × 4/3, a year as is.
     *
     * @return the annualised series, not null
     * @throws IllegalStateException if the metric is not a flow
     */
    public KpiSeries annualized() {
        requireFlow("annualized");
        Builder b = like();
        b.transform = "annualized";
        for (int i = 0; i < periods.length; i++) {
            int len = periods[i].lengthInQuarters();
            double v = values[i] * 4.0 / len;
            b.add(periods[i], v, decimals[i] + (len == 3 ? 2 : 0), len == 4 ? provenance[i]
                    : Provenance.derived(periods[i] + " × 4/" + len, List.of(periods[i]), provenance[i].approximate()));
        }
        return b.build();
    }

    /**
     * Year-on-year growth under the filing convention (see {@link GrowthConvention#FILING}).
     *
     * @return the growth table, not null
     */
    public GrowthTable yoy() {
        return growth(GrowthKind.YOY, GrowthConvention.FILING);
    }

    /**
     * Quarter-on-quarter growth of discrete quarters (flows are converted first), filing convention.
     *
     * @return the growth table, not null
     */
    public GrowthTable qoq() {
        return growth(GrowthKind.QOQ, GrowthConvention.FILING);
    }

    /**
     * Computes growth of every point against its base (see {@link GrowthKind}). For
     * {@link GrowthKind#QOQ} a flow is converted to discrete quarters first and for
     * {@link GrowthKind#TTM_YOY} to TTM sums; other kinds compare the series as it is.
     *
     * @param kind which base to compare with, not null
     * @param convention how to treat a zero or negative base, not null
     * @return the growth table, one row per point, not null
     * @throws IllegalStateException for TTM growth of a stock or ratio
     */
    public GrowthTable growth(GrowthKind kind, GrowthConvention convention) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(convention, "convention");
        KpiSeries s = this;
        if (kind == GrowthKind.TTM_YOY) {
            s = ttm();
        } else if (kind == GrowthKind.QOQ && metric.kind() == MetricKind.FLOW) {
            s = toDiscreteQuarters();
        }
        return new GrowthTable(kind, convention, s.growthRows(kind, convention));
    }

    List<GrowthRow> growthRows(GrowthKind kind, GrowthConvention convention) {
        List<GrowthRow> rows = new ArrayList<>(periods.length);
        boolean ratio = metric.kind() == MetricKind.RATIO;
        for (int i = 0; i < periods.length; i++) {
            Period p = periods[i];
            Provenance pv = provenance[i];
            String why = "";
            Period base = null;
            switch (kind) {
                case YOY:
                case TTM_YOY:
                    base = p.minusYears(1);
                    break;
                case QOQ:
                    if (p.type() == PeriodType.QUARTER) {
                        base = p.previousQuarter();
                    } else if (p.isInstant() && calendar.isQuarterEnd(p.date())) {
                        base = Period.instant(calendar.endDate(calendar.quarterOf(p.date()).previousQuarter()));
                    } else {
                        why = "qoq compares single quarters; " + p + " is not one";
                    }
                    break;
                case VS_YEAR_END:
                    if (p.isInstant()) {
                        base = Period.instant(calendar.priorYearEnd(p.date()));
                    } else {
                        why = "vs-year-end compares instants; " + p + " is a period";
                    }
                    break;
                default:
                    base = defaultBase(p, pv);
                    break;
            }
            Period printedBase = pv.comparisonPeriod() != null ? pv.comparisonPeriod() : defaultBase(p, null);
            java.math.BigDecimal printed = base != null && base.equals(printedBase) ? pv.reportedChangePct() : null;
            Integer j = base == null ? null : index.get(base);
            Double baseValue = j == null ? null : values[j];
            Double growth = null;
            Double diff = null;
            GrowthFlag flag = GrowthFlag.NONE;
            boolean derived = pv.derived() || (j != null && provenance[j].derived());
            if (base != null && j == null) {
                why = "no " + base + " figure";
            } else if (j != null) {
                double v = values[i];
                double bv = values[j];
                diff = v - bv;
                if (!ratio) {
                    flag = GrowthFlag.of(v, bv);
                    OptionalDouble g = convention.growth(v, bv);
                    if (g.isPresent()) {
                        growth = g.getAsDouble();
                    } else {
                        why = bv == 0 ? "base is zero" : "base ≤ 0: not meaningful";
                    }
                }
            }
            if (pv.approximate() || (j != null && provenance[j].approximate())) {
                why = why.isEmpty() ? "approximate" : why + "; approximate";
            }
            if (derived && pv.derived() && !pv.formula().isEmpty()) {
                why = why.isEmpty() ? pv.formula() : why + "; " + pv.formula();
            }
            rows.add(new GrowthRow(entity, metric.id(), segment, p, values[i], unit, decimals[i], base, baseValue,
                    growth, diff, ratio, flag, printed, derived, why));
        }
        return rows;
    }

    /**
     * The base a filing compares with by default: the same span a year earlier for a duration, the
     * prior fiscal year-end for an instant; or the point's own comparison period.
     */
    private Period defaultBase(Period p, Provenance pv) {
        if (pv != null && pv.comparisonPeriod() != null) {
            return pv.comparisonPeriod();
        }
        return p.isInstant() ? Period.instant(calendar.priorYearEnd(p.date())) : p.minusYears(1);
    }

    private void requireFlow(String what) {
        if (metric.kind() != MetricKind.FLOW) {
            throw new IllegalStateException(what + " sums over time, which is defined for flows; '" + metric.id()
                    + "' is a " + metric.kind());
        }
    }

    private String label() {
        return entity + "/" + metric.id() + (segment.isEmpty() ? "" : "[" + segment + "]");
    }

    /**
     * Returns a table of the points: period, value with its given decimals and unit, and how a
     * derived value was computed.
     */
    @Override
    public String toString() {
        TextTable t = TextTable.of("period", "value", "unit", "source");
        for (int i = 0; i < periods.length; i++) {
            Provenance pv = provenance[i];
            t.row(periods[i], TextTable.number(values[i], decimals[i]) + (pv.derived() ? "*" : "")
                    + (pv.approximate() ? "~" : ""), unit, pv.derived() ? pv.formula() : pv.source());
        }
        String head = label() + (transform.isEmpty() ? "" : " (" + transform + ")") + ", " + periods.length
                + " points\n";
        return head + t + (Arrays.stream(provenance).anyMatch(Provenance::derived) ? "* derived  " : "")
                + (Arrays.stream(provenance).anyMatch(Provenance::approximate) ? "~ approximate" : "") + "\n";
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof KpiSeries)) {
            return false;
        }
        KpiSeries o = (KpiSeries) obj;
        return entity.equals(o.entity) && metric.equals(o.metric) && segment.equals(o.segment) && unit.equals(o.unit)
                && transform.equals(o.transform) && Arrays.equals(periods, o.periods) && Arrays.equals(values, o.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(entity, metric, segment, unit, transform, Arrays.hashCode(periods), Arrays.hashCode(values));
    }

    /** Builds a {@link KpiSeries}; not thread-safe, but the series it builds is immutable. */
    public static final class Builder {
        private final String entity;
        private final Metric metric;
        private Unit unit;
        private String segment = "";
        private FiscalCalendar calendar = FiscalCalendar.calendarYear();
        private String transform = "";
        private final List<Period> periods = new ArrayList<>();
        private double[] values = new double[8];
        private int[] decimals = new int[8];
        private final List<Provenance> provenance = new ArrayList<>();

        private Builder(String entity, Metric metric, Unit unit) {
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

        /**
         * @param segment the business line, not null
         * @return this builder
         */
        public Builder segment(String segment) {
            this.segment = Objects.requireNonNull(segment, "segment");
            return this;
        }

        /**
         * @param calendar the fiscal calendar, not null
         * @return this builder
         */
        public Builder calendar(FiscalCalendar calendar) {
            this.calendar = Objects.requireNonNull(calendar, "calendar");
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
        public Builder add(Period period, double value, int decimals) {
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
        public Builder add(Period period, double value, int decimals, Provenance provenance) {
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
            return new KpiSeries(this, p, v, d, pv);
        }
    }

}

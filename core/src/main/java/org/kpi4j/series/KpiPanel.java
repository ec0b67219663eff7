package org.kpi4j.series;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.stream.IntStream;
import org.kpi4j.series.SeriesKey;
import org.kpi4j.growth.GrowthConvention;
import org.kpi4j.internal.TextTable;
import org.kpi4j.time.Period;
import org.kpi4j.unit.Unit;

/**
 * Many quarterly series on one axis of consecutive fiscal quarters, stored by column in one
 * {@code double[]} (each series' quarters contiguous), so that an operation runs over a million
 * series without an object per point.
 *
 * <p>A missing quarter is {@code NaN} in storage and an empty {@link OptionalDouble} from
 * {@link #get(int, int)}; every operation propagates it: a growth whose value or base is missing,
 * or whose base is not meaningful under the convention, is missing; a TTM figure needing a missing
 * quarter is missing. Operations on panels of more than {@value #PARALLEL_THRESHOLD} points run
 * across cores, with the same results as on one core.
 *
 * <pre>{@code
 * KpiPanel p = KpiPanel.builder(Period.parse("2023Q1"), 8)
 *         .add(SeriesKey.of("acme", "revenue"), Unit.WAN_YUAN, new double[] {10, 11, 12, 13, 12, 14, 15, 16})
 *         .build();
 * p.yoy(GrowthConvention.FILING).get(0, 4);   // OptionalDouble[0.2]: 12 / 10 − 1
 * p.ttm().get(0, 3);                          // OptionalDouble[46.0]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class KpiPanel {

    /** Panels with more points than this run their operations in parallel. */
    public static final int PARALLEL_THRESHOLD = 1 << 18;

    private final int firstQuarter;
    private final int quarters;
    private final SeriesKey[] keys;
    private final Unit[] units;
    private final double[] values;

    private KpiPanel(int firstQuarter, int quarters, SeriesKey[] keys, Unit[] units, double[] values) {
        this.firstQuarter = firstQuarter;
        this.quarters = quarters;
        this.keys = keys;
        this.units = units;
        this.values = values;
    }

    /**
     * Starts building a panel.
     *
     * @param firstQuarter the first quarter of the axis, not null
     * @param quarters the number of quarters, 1 or more
     * @return a builder, not null
     * @throws IllegalArgumentException if firstQuarter is not a quarter or quarters &lt; 1
     */
    public static Builder builder(Period firstQuarter, int quarters) {
        return new Builder(firstQuarter, quarters);
    }

    /**
     * Obtains a panel from its values laid out by series: series {@code s} holds
     * {@code values[s * quarters .. (s + 1) * quarters)}, NaN where missing.
     *
     * <pre>{@code
     * KpiPanel p = KpiPanel.of(Period.parse("2024Q1"), 2, List.of(SeriesKey.of("acme", "revenue")),
     *         List.of(Unit.WAN_YUAN), new double[] {10, 12});
     * }</pre>
     *
     * @param firstQuarter the first quarter of the axis, not null
     * @param quarters the number of quarters, 1 or more
     * @param keys one key per series, no key twice, not null
     * @param units one unit per series, not null
     * @param values {@code keys.size() * quarters} values, copied, not null
     * @return the panel, not null
     * @throws IllegalArgumentException if the sizes disagree, a key repeats or a value is infinite
     */
    public static KpiPanel of(Period firstQuarter, int quarters, List<SeriesKey> keys, List<Unit> units,
            double[] values) {
        Builder b = builder(firstQuarter, quarters);
        Objects.requireNonNull(values, "values");
        if (keys.size() != units.size() || (long) keys.size() * quarters != values.length) {
            throw new IllegalArgumentException(keys.size() + " keys, " + units.size() + " units and "
                    + values.length + " values do not make a panel of " + quarters + " quarters");
        }
        SeriesKey[] k = keys.toArray(new SeriesKey[0]);
        Unit[] u = units.toArray(new Unit[0]);
        for (int s = 0; s < k.length; s++) {
            Objects.requireNonNull(k[s], "key");
            Objects.requireNonNull(u[s], "unit");
        }
        if (new java.util.HashSet<>(keys).size() != k.length) {
            throw new IllegalArgumentException("a series key occurs twice in the panel");
        }
        double[] v = values.clone();
        for (int i = 0; i < v.length; i++) {
            if (Double.isInfinite(v[i])) {
                throw new IllegalArgumentException("series " + k[i / quarters] + " has an infinite value at column "
                        + i % quarters);
            }
        }
        return new KpiPanel(b.first, quarters, k, u, v);
    }

    /**
     * Builds a panel from discrete quarterly series (flows are converted with
     * {@link KpiSeries#toDiscreteQuarters()}), on the axis spanning all of them.
     *
     * @param series the series, at least one, not null
     * @return the panel, not null
     * @throws IllegalArgumentException if a series has no quarters
     */
    public static KpiPanel of(List<KpiSeries> series) {
        Objects.requireNonNull(series, "series");
        if (series.isEmpty()) {
            throw new IllegalArgumentException("a panel needs at least one series");
        }
        List<KpiSeries> disc = new ArrayList<>();
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        for (KpiSeries s : series) {
            KpiSeries d = s.metric().kind() == org.kpi4j.metric.MetricKind.FLOW ? s.toDiscreteQuarters() : s;
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
        Builder b = builder(Period.ofQuarterIndex(lo), hi - lo + 1);
        for (KpiSeries d : disc) {
            double[] v = new double[hi - lo + 1];
            Arrays.fill(v, Double.NaN);
            for (int i = 0; i < d.size(); i++) {
                v[column(d, d.period(i)) - lo] = d.value(i);
            }
            b.add(SeriesKey.of(d.entity(), d.metric().id(), d.segment()), d.unit(), v);
        }
        return b.build();
    }

    /** The quarter index of a quarter, or of the fiscal quarter a quarter-end instant closes. */
    private static int column(KpiSeries s, Period p) {
        if (p.type() == org.kpi4j.time.PeriodType.QUARTER) {
            return p.endQuarterIndex();
        }
        if (p.isInstant() && s.calendar().isQuarterEnd(p.date())) {
            return s.calendar().quarterOf(p.date()).endQuarterIndex();
        }
        throw new IllegalArgumentException("a panel holds quarters and quarter-end figures; series " + s.entity()
                + "/" + s.metric().id() + " has the period " + p);
    }

    /** @return the number of series */
    public int seriesCount() {
        return keys.length;
    }

    /** @return the number of quarters on the axis */
    public int quarterCount() {
        return quarters;
    }

    /**
     * Returns the quarter of a column.
     *
     * @param column 0 to quarterCount − 1
     * @return the quarter, not null
     */
    public Period quarter(int column) {
        Objects.checkIndex(column, quarters);
        return Period.ofQuarterIndex(firstQuarter + column);
    }

    /**
     * Returns the key of a series.
     *
     * @param series 0 to seriesCount − 1
     * @return the key, not null
     */
    public SeriesKey key(int series) {
        return keys[series];
    }

    /**
     * Returns the unit of a series.
     *
     * @param series 0 to seriesCount − 1
     * @return the unit, not null
     */
    public Unit unit(int series) {
        return units[series];
    }

    /**
     * Returns a value.
     *
     * @param series 0 to seriesCount − 1
     * @param column 0 to quarterCount − 1
     * @return the value, or empty when missing
     */
    public OptionalDouble get(int series, int column) {
        Objects.checkIndex(series, keys.length);
        Objects.checkIndex(column, quarters);
        double v = values[series * quarters + column];
        return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /**
     * Copies one series' values, NaN where missing.
     *
     * @param series 0 to seriesCount − 1
     * @return the values, a new array
     */
    public double[] row(int series) {
        Objects.checkIndex(series, keys.length);
        return Arrays.copyOfRange(values, series * quarters, (series + 1) * quarters);
    }

    /**
     * Year-on-year growth: each quarter against the same quarter a year (four columns) earlier.
     *
     * @param convention how to treat a zero or negative base, not null
     * @return a panel of growth fractions (unit ratio), missing where either value is, not null
     */
    public KpiPanel yoy(GrowthConvention convention) {
        return growth(4, convention);
    }

    /**
     * Quarter-on-quarter growth: each quarter against the previous one.
     *
     * @param convention how to treat a zero or negative base, not null
     * @return a panel of growth fractions, not null
     */
    public KpiPanel qoq(GrowthConvention convention) {
        return growth(1, convention);
    }

    private KpiPanel growth(int lag, GrowthConvention convention) {
        Objects.requireNonNull(convention, "convention");
        double[] out = new double[values.length];
        int mode = convention.ordinal();
        forEachSeries(s -> Kernels.growth(values, out, s * quarters, quarters, lag, mode));
        Unit[] u = new Unit[units.length];
        Arrays.fill(u, Unit.RATIO);
        return new KpiPanel(firstQuarter, quarters, keys, u, out);
    }

    /**
     * Trailing-twelve-month sums: each quarter plus the three before it, missing unless all four are
     * present.
     *
     * @return the TTM panel, not null
     */
    public KpiPanel ttm() {
        double[] out = new double[values.length];
        forEachSeries(s -> Kernels.ttm(values, out, s * quarters, quarters));
        return new KpiPanel(firstQuarter, quarters, keys, units, out);
    }

    /**
     * Treats the values as year-to-date cumulative figures (Q1, H1, Q1-Q3, year in the columns of
     * Q1..Q4) and returns discrete quarters: Q1 as is, later quarters minus the previous column;
     * missing where either is.
     *
     * @return the discrete panel, not null
     */
    public KpiPanel ytdToDiscrete() {
        double[] out = new double[values.length];
        int q0 = Math.floorMod(firstQuarter, 4);
        forEachSeries(s -> Kernels.ytdToDiscrete(values, out, s * quarters, quarters, q0));
        return new KpiPanel(firstQuarter, quarters, keys, units, out);
    }

    private void forEachSeries(java.util.function.IntConsumer op) {
        IntStream r = IntStream.range(0, keys.length);
        if ((long) keys.length * quarters > PARALLEL_THRESHOLD) {
            r = r.parallel();
        }
        r.forEach(op);
    }

    /** @return the first series and last quarters as a table, and the panel's size */
    @Override
    public String toString() {
        int cols = Math.min(quarters, 6);
        int rows = Math.min(keys.length, 10);
        String[] header = new String[cols + 2];
        header[0] = "series";
        header[1] = "unit";
        for (int c = 0; c < cols; c++) {
            header[c + 2] = quarter(quarters - cols + c).toString();
        }
        TextTable t = TextTable.of(header);
        for (int s = 0; s < rows; s++) {
            Object[] r = new Object[cols + 2];
            r[0] = keys[s];
            r[1] = units[s];
            for (int c = 0; c < cols; c++) {
                double v = values[s * quarters + quarters - cols + c];
                r[c + 2] = Double.isNaN(v) ? null : units[s].equals(Unit.RATIO) ? TextTable.percent(v, 2)
                        : TextTable.number(v, 2);
            }
            t.row(r);
        }
        return String.format("KpiPanel: %,d series × %d quarters (%s..%s)%n", keys.length, quarters, quarter(0),
                quarter(quarters - 1)) + t + (keys.length > rows ? String.format("... %,d more series%n",
                        keys.length - rows) : "");
    }

    /** Builds a {@link KpiPanel}; not thread-safe, but the panel it builds is immutable. */
    public static final class Builder {
        private final int first;
        private final int quarters;
        private final List<SeriesKey> keys = new ArrayList<>();
        private final List<Unit> units = new ArrayList<>();
        private final List<double[]> rows = new ArrayList<>();

        private Builder(Period firstQuarter, int quarters) {
            Objects.requireNonNull(firstQuarter, "firstQuarter");
            if (firstQuarter.type() != org.kpi4j.time.PeriodType.QUARTER) {
                throw new IllegalArgumentException("firstQuarter must be a quarter but was " + firstQuarter);
            }
            if (quarters < 1) {
                throw new IllegalArgumentException("quarters must be >= 1 but was " + quarters);
            }
            this.first = firstQuarter.endQuarterIndex();
            this.quarters = quarters;
        }

        /**
         * Adds a series.
         *
         * @param key the key, not null
         * @param unit the unit, not null
         * @param values one value per quarter, NaN where missing, copied, not null
         * @return this builder
         * @throws IllegalArgumentException if the length differs from the axis or a value is infinite
         */
        public Builder add(SeriesKey key, Unit unit, double[] values) {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(values, "values");
            if (values.length != quarters) {
                throw new IllegalArgumentException("series " + key + " has " + values.length
                        + " values but the axis has " + quarters + " quarters");
            }
            for (int i = 0; i < values.length; i++) {
                if (Double.isInfinite(values[i])) {
                    throw new IllegalArgumentException("series " + key + " has an infinite value at column " + i);
                }
            }
            keys.add(key);
            units.add(unit);
            rows.add(values.clone());
            return this;
        }

        /**
         * Builds the panel.
         *
         * @return the panel, not null
         * @throws IllegalArgumentException if a key occurs twice
         */
        public KpiPanel build() {
            if (new java.util.HashSet<>(keys).size() != keys.size()) {
                throw new IllegalArgumentException("a series key occurs twice in the panel");
            }
            double[] v = new double[keys.size() * quarters];
            for (int s = 0; s < rows.size(); s++) {
                System.arraycopy(rows.get(s), 0, v, s * quarters, quarters);
            }
            return new KpiPanel(first, quarters, keys.toArray(new SeriesKey[0]), units.toArray(new Unit[0]), v);
        }
    }
}

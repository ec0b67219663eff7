package org.kpi4j.growth;

import java.util.Objects;
import org.kpi4j.metric.MetricKind;
import org.kpi4j.unit.Dimension;
import org.kpi4j.unit.Unit;

/**
 * The one growth engine: how a value compares with its base, by the metric's kind. A flow or a
 * stock changes by a growth rate under a {@link GrowthConvention}, with a {@link GrowthFlag} for a
 * loss base; a ratio (a margin, the debt ratio) changes by a difference in percentage points, as
 * filings print it, and never by a relative rate. Series, panels, reconciliation and the report all
 * compare through here.
 *
 * <pre>{@code
 * Growth.compare(1205.67, -300, MetricKind.FLOW, Unit.WAN_YUAN, GrowthConvention.FILING).flag();   // TURNAROUND
 * Growth.compare(27, 32, MetricKind.RATIO, Unit.PERCENT, GrowthConvention.FILING).points();        // -5.0
 * Growth.pointsPerUnit(Unit.RATIO);                                                              // 100.0
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Growth {

    private Growth() {
    }

    /**
     * The result of comparing one value with its base.
     *
     * @param growth the growth as a fraction, null for a ratio or when not meaningful
     * @param points the change in percentage points for a ratio, null otherwise or when not finite
     * @param flag the sign flag (NONE for a ratio), not null
     * @param note why there is no number, empty when there is one, not null
     */
    public record Change(Double growth, Double points, GrowthFlag flag, String note) {

        /**
         * Validates the change.
         *
         * @param growth the growth as a fraction, null for a ratio or when not meaningful
         * @param points the change in percentage points for a ratio, null otherwise
         * @param flag the sign flag, not null
         * @param note why there is no number, empty when there is one, not null
         */
        public Change {
            Objects.requireNonNull(flag, "flag");
            Objects.requireNonNull(note, "note");
            if (growth != null && !Double.isFinite(growth) || points != null && !Double.isFinite(points)) {
                throw new IllegalArgumentException("a change must be finite or null but was " + growth + " / " + points);
            }
        }
    }

    /**
     * Compares a value with its base.
     *
     * @param value the value, finite
     * @param base the base, finite, in the same unit
     * @param kind the metric's kind, not null
     * @param unit the unit of both, not null
     * @param convention how to treat a zero or negative base (flows and stocks), not null
     * @return the change, not null
     * @throws IllegalArgumentException if a number is not finite
     */
    public static Change compare(double value, double base, MetricKind kind, Unit unit, GrowthConvention convention) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(convention, "convention");
        if (!Double.isFinite(value) || !Double.isFinite(base)) {
            throw new IllegalArgumentException("a comparison needs finite numbers but got value " + value + " and base "
                    + base);
        }
        if (kind == MetricKind.RATIO) {
            double pp = (value - base) * pointsPerUnit(unit);
            return Double.isFinite(pp) ? new Change(null, pp, GrowthFlag.NONE, "")
                    : new Change(null, null, GrowthFlag.NONE, "the change is beyond the range of a double");
        }
        GrowthFlag flag = GrowthFlag.of(value, base);
        java.util.OptionalDouble g = convention.growth(value, base);
        return g.isPresent() ? new Change(g.getAsDouble(), null, flag, "")
                : new Change(null, null, flag, convention.whyNoGrowth(value, base));
    }

    /**
     * The percentage points in one unit of a ratio: 1 for a ratio in percent, 100 for a ratio as a
     * fraction.
     *
     * @param unit a ratio unit, not null
     * @return the factor, a power of ten
     * @throws IllegalArgumentException if the unit is not a ratio
     */
    public static double pointsPerUnit(Unit unit) {
        if (unit.dimension() != Dimension.RATIO) {
            throw new IllegalArgumentException("percentage points measure the change of a ratio, not of " + unit);
        }
        return unit.factorTo(Unit.PERCENT);
    }

    /**
     * Computes the change in percentage points over a slice of an array at a lag:
     * {@code out[i] = (in[i] − in[i − lag]) × factor}, NaN where either is NaN or the result is not
     * finite, NaN for the first {@code lag} cells; the same arithmetic as {@link #compare}.
     *
     * @param in the values, NaN where missing, not null
     * @param out where the points go (may not be {@code in}), not null
     * @param off the first cell of the slice
     * @param n the length of the slice
     * @param lag the distance to the base, 1 or more
     * @param factor {@link #pointsPerUnit(Unit)} of the values' unit
     * @return how many results were beyond the range of a double (and are NaN), for a note
     */
    public static int points(double[] in, double[] out, int off, int n, int lag, double factor) {
        int end = off + n;
        int first = off + Math.min(lag, n);
        for (int i = off; i < first; i++) {
            out[i] = Double.NaN;
        }
        for (int i = first; i < end; i++) {
            out[i] = (in[i] - in[i - lag]) * factor;
        }
        return dropInfinities(out, first, end);
    }

    /**
     * Replaces each infinity in {@code a[from..to)} by NaN, no number, and counts them: the second
     * pass of every array kernel, over a slice that is still in cache, so that the first pass stays
     * a plain loop and a caller can say how many results were beyond the range of a double.
     *
     * @param a the array, not null
     * @param from the first cell
     * @param to the end of the slice, exclusive
     * @return the number of infinities replaced
     */
    public static int dropInfinities(double[] a, int from, int to) {
        int dropped = 0;
        for (int i = from; i < to; i++) {
            if (Double.isInfinite(a[i])) {
                a[i] = Double.NaN;
                dropped++;
            }
        }
        return dropped;
    }
}

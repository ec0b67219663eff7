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

    /** The largest magnitude of a moderate value ({@link #isModerate}), 2<sup>500</sup>. */
    public static final double MODERATE = 0x1p500;

    /** Factors up to this keep the points of moderate values finite. */
    private static final double MODERATE_FACTOR = 0x1p20;

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
        return points(in, out, off, n, lag, factor, false);
    }

    /**
     * Computes the change in points over a slice as {@link #points(double[], double[], int, int, int,
     * double)} does, for a caller that knows the slice's values to be moderate ({@link #isModerate}):
     * the check for a result beyond the range of a double is then skipped, with the same bits.
     *
     * @param in the values, NaN where missing, not null
     * @param out where the points go (may not be {@code in}), not null
     * @param off the first cell of the slice
     * @param n the length of the slice
     * @param lag the distance to the base, 1 or more
     * @param factor {@link #pointsPerUnit(Unit)} of the values' unit
     * @param moderate true only if {@code isModerate(in, off, n)}
     * @return how many results were beyond the range of a double (and are NaN), for a note; 0 when the
     *     check is skipped, as no such result can then occur
     */
    public static int points(double[] in, double[] out, int off, int n, int lag, double factor, boolean moderate) {
        int end = off + n;
        int first = off + Math.min(lag, n);
        for (int i = off; i < first; i++) {
            out[i] = Double.NaN;
        }
        for (int i = first; i < end; i++) {
            out[i] = (in[i] - in[i - lag]) * factor;
        }
        if (moderate && Math.abs(factor) <= MODERATE_FACTOR) {
            return 0;
        }
        return dropInfinities(out, first, end);
    }

    /**
     * Tells whether every present value of a slice is moderate: zero, or of a magnitude within
     * [2<sup>−500</sup>, 2<sup>500</sup>] ({@link #MODERATE}). No growth of one moderate value over
     * another (at most 2<sup>1001</sup>), no difference, no change in points and no sum of four can
     * then leave the range of a double, so the kernels can skip their check for it. Financial
     * figures are always moderate; the check exists for the figure of 1e300 that is not.
     *
     * <pre>{@code
     * Growth.isModerate(new double[] {61400.33, Double.NaN, 0, -3.25}, 0, 4);   // true
     * Growth.isModerate(new double[] {1e300}, 0, 1);                           // false
     * }</pre>
     *
     * @param in the values, NaN where missing, not null
     * @param off the first cell of the slice
     * @param n the length of the slice
     * @return true if every value that is not NaN is moderate
     */
    public static boolean isModerate(double[] in, int off, int n) {
        boolean ok = true;
        for (int i = off, end = off + n; i < end; i++) {
            double a = Math.abs(in[i]);
            ok &= !(a > MODERATE) & !(a < 0x1p-500 & a != 0); // NaN compares false: a gap is fine
        }
        return ok;
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

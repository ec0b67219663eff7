package org.kpi4j.growth;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * How to compute growth when the base is zero or negative: the one implementation of each formula,
 * for a single figure ({@link #growth(double, double)}) and for a slice of a panel's array
 * ({@link #growth(double[], double[], int, int, int)}), which agree bit for bit.
 *
 * <p>For a positive base all three conventions agree: (v − b) / b. They differ for a negative base
 * (a loss a year earlier). Worked example, base −200, value 50: {@code FILING} +125%,
 * {@code PLAIN} −125%, {@code NM} no number. A zero base gives no number under every convention, and
 * so does a result beyond the range of a double (a base of 1e-300 and a value of 1e300).
 *
 * <pre>{@code
 * GrowthConvention.FILING.growth(50, -200);   // OptionalDouble[1.25]
 * GrowthConvention.PLAIN.growth(50, -200);    // OptionalDouble[-1.25]
 * GrowthConvention.NM.growth(50, -200);       // OptionalDouble.empty
 * GrowthConvention.parse("filing");           // FILING, whose toString() is "filing"
 * }</pre>
 */
public enum GrowthConvention {
    /**
     * (v − b) / |b|: how Chinese periodic reports print 同比增减 when the prior period was a loss,
     * so that an improvement is always positive.
     */
    FILING,
    /** (v − b) / b: the arithmetic of pandas' {@code pct_change} and spreadsheets. */
    PLAIN,
    /** Not meaningful for a base ≤ 0: no number (the "n.m." of analysts' tables). */
    NM;

    /**
     * Computes the growth of a value over a base under this convention.
     *
     * @param value the value, finite
     * @param base the base, finite
     * @return the growth as a fraction, or empty when the base is zero, negative under NM, or the
     *     result is beyond the range of a double
     * @throws IllegalArgumentException if either argument is not finite
     */
    public OptionalDouble growth(double value, double base) {
        if (!Double.isFinite(value) || !Double.isFinite(base)) {
            throw new IllegalArgumentException("growth needs finite numbers but got value " + value + " and base " + base);
        }
        double g;
        switch (this) {
            case FILING:
                g = base != 0 ? (value - base) / Math.abs(base) : Double.NaN;
                break;
            case PLAIN:
                g = base != 0 ? (value - base) / base : Double.NaN;
                break;
            case NM:
                g = base > 0 ? (value - base) / base : Double.NaN;
                break;
            default:
                throw new AssertionError(this);
        }
        return Double.isFinite(g) ? OptionalDouble.of(g) : OptionalDouble.empty();
    }

    /**
     * Says why {@link #growth(double, double)} gave no number for a base.
     *
     * @param value the value
     * @param base the base
     * @return the reason, empty if there is a number
     */
    public String whyNoGrowth(double value, double base) {
        if (base == 0) {
            return "base is zero";
        }
        if (this == NM && base < 0) {
            return "base ≤ 0: not meaningful";
        }
        return growth(value, base).isPresent() ? "" : "the change is beyond the range of a double";
    }

    /**
     * Computes growth over a slice of an array at a lag: {@code out[i] = growth(in[i], in[i − lag])}
     * for {@code off + lag ≤ i < off + n}, NaN where either is NaN, where the base gives no number
     * under this convention, or where the result is infinite; NaN for the first {@code lag} cells.
     * One loop per convention, each a select rather than a branch chain, so the JIT keeps it tight.
     *
     * @param in the values, NaN where missing, not null
     * @param out where the growth fractions go (may not be {@code in}), not null
     * @param off the first cell of the slice
     * @param n the length of the slice
     * @param lag the distance to the base, 1 or more
     * @return how many results were beyond the range of a double (and are NaN), for a note
     */
    public int growth(double[] in, double[] out, int off, int n, int lag) {
        return growth(in, out, off, n, lag, false);
    }

    /**
     * Computes growth over a slice as {@link #growth(double[], double[], int, int, int)} does, for a
     * caller that knows the slice's values to be moderate ({@link Growth#isModerate}): no growth of
     * such values can leave the range of a double, so the pass that turns an infinite result into
     * NaN is skipped. The results are the same bits either way.
     *
     * @param in the values, NaN where missing, not null
     * @param out where the growth fractions go (may not be {@code in}), not null
     * @param off the first cell of the slice
     * @param n the length of the slice
     * @param lag the distance to the base, 1 or more
     * @param moderate true only if {@code Growth.isModerate(in, off, n)}
     * @return how many results were beyond the range of a double (and are NaN), for a note; 0 when the
     *     pass is skipped, as no such result can then occur
     */
    public int growth(double[] in, double[] out, int off, int n, int lag, boolean moderate) {
        int end = off + n;
        int first = off + Math.min(lag, n);
        for (int i = off; i < first; i++) {
            out[i] = Double.NaN;
        }
        switch (this) {
            case FILING:
                for (int i = first; i < end; i++) {
                    double b = in[i - lag];
                    double d = Math.abs(b);
                    out[i] = d > 0 ? (in[i] - b) / d : Double.NaN;
                }
                break;
            case PLAIN:
                for (int i = first; i < end; i++) {
                    double b = in[i - lag];
                    out[i] = b != 0 ? (in[i] - b) / b : Double.NaN;
                }
                break;
            case NM:
                for (int i = first; i < end; i++) {
                    double b = in[i - lag];
                    out[i] = b > 0 ? (in[i] - b) / b : Double.NaN;
                }
                break;
            default:
                throw new AssertionError(this);
        }
        // a second pass, cheaper than a select in the loop, and not needed for moderate values
        return moderate ? 0 : Growth.dropInfinities(out, first, end);
    }

    /**
     * Parses a convention name, case-insensitive: {@code filing}, {@code plain} or {@code nm}.
     *
     * @param text the name, not null
     * @return the convention, not null
     * @throws IllegalArgumentException naming the text if unknown
     */
    public static GrowthConvention parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown growth convention '" + text + "'; expected filing, plain or nm", e);
        }
    }

    /** @return the name in lower case, which {@link #parse(String)} reads back */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}

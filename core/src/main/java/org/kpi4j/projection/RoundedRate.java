package org.kpi4j.projection;

import org.kpi4j.internal.Checks;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A rate as printed, with the interval of true rates that print that way: a report that prints
 * 46.2% only says the rate lies in [46.15%, 46.25%).
 *
 * <p>The number of decimals is the one written: {@code "46.2%"} has one decimal of a percent, so
 * the half-width is 0.05 percentage points; {@code "0.462"} has three decimals of a fraction, so the
 * half-width is 0.0005 (the same interval); {@code "46%"} means [45.5%, 46.5%). Printing is assumed
 * to round half away from zero (Excel's {@code ROUND}, {@link java.math.RoundingMode#HALF_UP}), so
 * a positive rate's interval is closed below and open above, a negative one's open below and closed
 * above, and a printed zero's open at both ends.
 *
 * <pre>{@code
 * RoundedRate r = RoundedRate.parse("46.2%");
 * r.value();            // 0.462
 * r.lower();            // 0.4615
 * r.upper();            // 0.4625
 * r.contains(0.46249);  // true
 * r.contains(0.4625);   // false: it would print as 46.3%
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RoundedRate {

    private final String text;
    private final BigDecimal value;
    private final BigDecimal lower;
    private final BigDecimal upper;
    private final boolean lowerClosed;
    private final boolean upperClosed;

    private RoundedRate(String text, BigDecimal value, BigDecimal lower, BigDecimal upper, boolean lowerClosed,
            boolean upperClosed) {
        this.text = text;
        this.value = value;
        this.lower = lower;
        this.upper = upper;
        this.lowerClosed = lowerClosed;
        this.upperClosed = upperClosed;
    }

    /**
     * Parses a printed rate, {@code "46.2%"} or {@code "0.462"}, in the forms {@link Rates#parse}
     * accepts, keeping the decimals as written.
     *
     * @param text the printed rate, not null
     * @return the rate and its interval, not null
     * @throws IllegalArgumentException if the text is not a rate
     */
    public static RoundedRate parse(String text) {
        BigDecimal v = Rates.decimal(text);
        BigDecimal half = BigDecimal.valueOf(5, v.scale() + 1);   // 0.5 × 10^−scale
        int sign = v.signum();
        return new RoundedRate(text.strip(), v, v.subtract(half), v.add(half), sign > 0, sign < 0);
    }

    /**
     * Returns an exact rate: an interval of width zero, for a rate that was computed rather than
     * printed.
     *
     * @param rate the rate as a fraction, finite
     * @return the rate, not null
     * @throws IllegalArgumentException if the rate is not finite
     */
    public static RoundedRate exact(double rate) {
        BigDecimal v = BigDecimal.valueOf(Checks.finite(rate, "rate"));
        return new RoundedRate(Double.toString(rate), v, v, v, true, true);
    }

    /** @return the rate as printed (or, for {@link #exact}, as a double), not null */
    public String text() {
        return text;
    }

    /** @return the printed rate as a fraction, {@code 0.462} for {@code "46.2%"} */
    public double value() {
        return value.doubleValue();
    }

    /** @return the lower end of the interval as a fraction, {@code 0.4615} for {@code "46.2%"} */
    public double lower() {
        return lower.doubleValue();
    }

    /** @return the upper end of the interval as a fraction, {@code 0.4625} for {@code "46.2%"} */
    public double upper() {
        return upper.doubleValue();
    }

    /** @return half the width of the interval, {@code 0.0005} for {@code "46.2%"}, 0 for an exact rate */
    public double halfWidth() {
        return upper.subtract(lower).doubleValue() / 2;
    }

    /** @return the number of decimals of the fraction the rate denotes: 3 for {@code "46.2%"} and {@code "0.462"} */
    public int fractionDecimals() {
        return value.scale();
    }

    /**
     * Tells whether a true rate would print as this one. The double is read as the shortest decimal
     * that identifies it ({@link BigDecimal#valueOf(double)}), so {@code 0.4615} is exactly on the
     * lower end of {@code "46.2%"}.
     *
     * @param rate a rate as a fraction
     * @return true if the rate lies in the interval (minding which ends are closed); false for NaN
     */
    public boolean contains(double rate) {
        if (!Double.isFinite(rate)) {
            return false;
        }
        BigDecimal r = BigDecimal.valueOf(rate);
        int lo = r.compareTo(lower);
        int hi = r.compareTo(upper);
        return (lowerClosed ? lo >= 0 : lo > 0) && (upperClosed ? hi <= 0 : hi < 0);
    }

    /**
     * Returns the smallest distance between a rate in this interval and a rate in the other, 0 when
     * they overlap; ends are treated as closed (the infimum), which errs towards "consistent".
     *
     * @param other the other rate, not null
     * @return the distance as a fraction, 0 or more
     */
    public double distanceTo(RoundedRate other) {
        Objects.requireNonNull(other, "other");
        BigDecimal gap = lower.compareTo(other.upper) > 0 ? lower.subtract(other.upper)
                : other.lower.compareTo(upper) > 0 ? other.lower.subtract(upper) : BigDecimal.ZERO;
        return gap.doubleValue();
    }

    /** Two rounded rates are equal when they denote the same interval with the same printed value. */
    @Override
    public boolean equals(Object o) {
        return o instanceof RoundedRate r && value.compareTo(r.value) == 0 && lower.compareTo(r.lower) == 0
                && upper.compareTo(r.upper) == 0 && lowerClosed == r.lowerClosed && upperClosed == r.upperClosed;
    }

    @Override
    public int hashCode() {
        return Objects.hash(value.stripTrailingZeros(), lower.stripTrailingZeros(), upper.stripTrailingZeros(),
                lowerClosed, upperClosed);
    }

    /** Returns the printed rate and its interval, {@code "46.2% in [+46.15%, +46.25%)"}. */
    @Override
    public String toString() {
        if (lower.compareTo(upper) == 0) {
            return text + " (exact)";
        }
        return text + " in " + (lowerClosed ? "[" : "(") + percent(lower) + ", " + percent(upper)
                + (upperClosed ? "]" : ")");
    }

    static String percent(BigDecimal fraction) {
        return (fraction.signum() > 0 ? "+" : "") + fraction.movePointRight(2).toPlainString() + "%";
    }
}

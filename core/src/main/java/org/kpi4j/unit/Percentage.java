package org.kpi4j.unit;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kpi4j.KpiDataException;

/**
 * A percentage as written, kept as the exact decimal it was printed with, and the interval of true
 * values that print that way: a report that prints 46.2% only says the value lies in
 * [46.15%, 46.25%).
 *
 * <p>This is kpi4j's one type for a printed rate or percentage: a printed change (the
 * {@code reported_change_pct} column, in percentage points for a ratio metric), a printed CAGR, the
 * rate of a projection or scenario. Computed growth stays a {@code double} fraction, and is shown
 * through {@code org.kpi4j.format.KpiFormat}.
 *
 * <p>The number of decimals is the one written: {@code "46.2%"} has one decimal of a percent, so
 * the half-width is 0.05 percentage points; {@code "0.462"} (a fraction) has three decimals of a
 * fraction, the same interval; {@code "46%"} means [45.5%, 46.5%). Printing is assumed to round half
 * away from zero (Excel's {@code ROUND}, {@link java.math.RoundingMode#HALF_UP}), so a positive
 * value's interval is closed below and open above, a negative one's open below and closed above, and
 * a printed zero's open at both ends.
 *
 * <pre>{@code
 * Percentage p = Percentage.parse("46.2%");
 * p.fraction();            // 0.462
 * p.lower();               // 0.4615
 * p.upper();               // 0.4625
 * p.contains(0.46249);     // true
 * p.contains(0.4625);      // false: it would print as 46.3%
 * p.toString();            // "46.2%", which parse reads back
 * p.describe();            // "46.2% in [+46.15%, +46.25%)"
 * Percentage.ofPercent(new BigDecimal("48.27")).equals(Percentage.parse("48.27%"));   // true
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Percentage implements Comparable<Percentage> {

    /** Optional sign, a plain decimal, optional percent sign (ASCII or full-width). */
    private static final Pattern TEXT = Pattern.compile("([+\\-\u2212]?)\\s*(\\d+(?:\\.\\d*)?|\\.\\d+)\\s*([%\uFF05]?)");

    /** Printed percentages beyond this many decimals are refused: no figure is printed that finely. */
    private static final int MAX_SCALE = 40;

    /** The largest fraction whose number of percent a double holds, as files write it (1.8e306 is 1.8e308%). */
    private static final BigDecimal MAX_FRACTION = new BigDecimal(Double.MAX_VALUE).movePointLeft(2);

    /** The value as a fraction, with the scale it was written with (two more than a percent's). */
    private final BigDecimal fraction;

    private Percentage(BigDecimal fraction) {
        this.fraction = fraction;
    }

    /**
     * Parses a percentage written with a percent sign ({@code "46.2%"}, {@code "+43 %"},
     * {@code "-5%"}, full-width {@code ％} and the minus U+2212 allowed) or as a fraction
     * ({@code "0.462"}), keeping the decimals as written. A bare number is a fraction:
     * {@code "46.2"} means 4,620%. Exponents, thousands separators and anything else are refused.
     *
     * @param text the text, not null
     * @return the percentage, not null
     * @throws IllegalArgumentException naming the text if it is not a percentage in one of these forms
     */
    public static Percentage parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        Matcher m = TEXT.matcher(text.toString().strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("text must be a percentage such as \"46.2%\" or a fraction such as "
                    + "\"0.462\" but was " + KpiDataException.quote(text));
        }
        String n = m.group(2);
        n = n.endsWith(".") ? n.substring(0, n.length() - 1) : n;
        n = n.startsWith(".") ? "0" + n : n;
        BigDecimal d = new BigDecimal(n);
        if (!m.group(1).isEmpty() && !m.group(1).equals("+")) {
            d = d.negate();
        }
        return checked(m.group(3).isEmpty() ? d : d.movePointLeft(2), text);
    }

    /**
     * Obtains a percentage from its number of percent as printed: {@code 48.27} is 48.27%, and its
     * scale (2) is the printed decimals.
     *
     * @param percent the number of percent, not null
     * @return the percentage, not null
     * @throws IllegalArgumentException if the number has more than 38 decimals, or is beyond the
     *     range of a double
     */
    public static Percentage ofPercent(BigDecimal percent) {
        Objects.requireNonNull(percent, "percent");
        return checked(percent.movePointLeft(2), percent);
    }

    /**
     * Obtains a percentage from a fraction, computed rather than printed: its decimals are those of
     * the shortest decimal that identifies the double ({@link BigDecimal#valueOf(double)}), so its
     * interval is as narrow as the double.
     *
     * @param fraction the value as a fraction, finite
     * @return the percentage, not null
     * @throws IllegalArgumentException if the fraction is not finite, or its number of percent is
     *     beyond the range of a double
     */
    public static Percentage ofFraction(double fraction) {
        if (!Double.isFinite(fraction)) {
            throw new IllegalArgumentException("fraction must be finite but was " + fraction);
        }
        return checked(BigDecimal.valueOf(fraction), fraction);
    }

    private static Percentage checked(BigDecimal fraction, Object text) {
        if (fraction.scale() > MAX_SCALE) {
            throw new IllegalArgumentException("percentage " + KpiDataException.quote(String.valueOf(text))
                    + " has more decimals than any printed figure (" + ((long) fraction.scale() - 2)
                    + " decimals of a percent; at most " + (MAX_SCALE - 2) + ")");
        }
        // compared before any arithmetic: a scale of -10^9 (1e999999999%) must not become a billion digits
        if (fraction.abs().compareTo(MAX_FRACTION) > 0) {
            throw new IllegalArgumentException("percentage " + KpiDataException.quote(String.valueOf(text))
                    + " is beyond the range of a double (in percent)");
        }
        return new Percentage(fraction.scale() < 0 ? fraction.setScale(0) : fraction);
    }

    /** @return the value as a fraction, {@code 0.462} for {@code "46.2%"} */
    public double fraction() {
        return fraction.doubleValue();
    }

    /** @return the number of percent as printed, {@code 46.2} for {@code "46.2%"}, with its printed scale */
    public BigDecimal percent() {
        return fraction.movePointRight(2);
    }

    /** @return the number of decimals of the fraction: 3 for {@code "46.2%"} and {@code "0.462"} */
    public int fractionDecimals() {
        return fraction.scale();
    }

    /** @return the sign: −1, 0 or 1 */
    public int signum() {
        return fraction.signum();
    }

    /** @return the lower end of the interval as a fraction, {@code 0.4615} for {@code "46.2%"} */
    public double lower() {
        return lowerDecimal().doubleValue();
    }

    /** @return the upper end of the interval as a fraction, {@code 0.4625} for {@code "46.2%"} */
    public double upper() {
        return upperDecimal().doubleValue();
    }

    /** @return half the width of the interval as a fraction, {@code 0.0005} for {@code "46.2%"} */
    public double halfWidth() {
        return half().doubleValue();
    }

    private BigDecimal half() {
        return BigDecimal.valueOf(5, fraction.scale() + 1); // 0.5 × 10^−scale
    }

    private BigDecimal lowerDecimal() {
        return fraction.subtract(half());
    }

    private BigDecimal upperDecimal() {
        return fraction.add(half());
    }

    /**
     * Tells whether a true value would print as this one. The double is read as the shortest
     * decimal that identifies it ({@link BigDecimal#valueOf(double)}), so {@code 0.4615} is exactly
     * on the lower end of {@code "46.2%"}.
     *
     * @param value a value as a fraction
     * @return true if it lies in the interval (minding which ends are closed); false for NaN or infinity
     */
    public boolean contains(double value) {
        if (!Double.isFinite(value)) {
            return false;
        }
        BigDecimal r = BigDecimal.valueOf(value);
        int lo = r.compareTo(lowerDecimal());
        int hi = r.compareTo(upperDecimal());
        int sign = fraction.signum();
        return (sign > 0 ? lo >= 0 : lo > 0) && (sign < 0 ? hi <= 0 : hi < 0);
    }

    /**
     * Returns the smallest distance between a value in this interval and a value in the other's, 0
     * when they overlap; ends are treated as closed (the infimum), which errs towards "consistent".
     *
     * @param other the other percentage, not null
     * @return the distance as a fraction, 0 or more
     */
    public double distanceTo(Percentage other) {
        Objects.requireNonNull(other, "other");
        BigDecimal gap = lowerDecimal().compareTo(other.upperDecimal()) > 0 ? lowerDecimal().subtract(other.upperDecimal())
                : other.lowerDecimal().compareTo(upperDecimal()) > 0 ? other.lowerDecimal().subtract(upperDecimal())
                        : BigDecimal.ZERO;
        return gap.doubleValue();
    }

    /**
     * Describes the percentage with the interval its printing leaves: {@code "46.2% in [+46.15%, +46.25%)"}.
     *
     * @return the description, not null
     */
    public String describe() {
        int sign = fraction.signum();
        return this + " in " + (sign > 0 ? "[" : "(") + signed(lowerDecimal()) + ", " + signed(upperDecimal())
                + (sign < 0 ? "]" : ")");
    }

    private static String signed(BigDecimal f) {
        return (f.signum() > 0 ? "+" : "") + f.movePointRight(2).toPlainString() + "%";
    }

    /** Orders by value; of equal values, the one printed with fewer decimals first. */
    @Override
    public int compareTo(Percentage o) {
        int c = fraction.compareTo(o.fraction);
        return c != 0 ? c : Integer.compare(fraction.scale(), o.fraction.scale());
    }

    /** Two percentages are equal when they have the same value printed with the same decimals. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Percentage p && fraction.equals(p.fraction);
    }

    @Override
    public int hashCode() {
        return fraction.hashCode();
    }

    /**
     * Returns the percentage as printed, with a percent sign and its decimals: {@code "46.2%"},
     * {@code "-5.30%"}; a fraction written with fewer than two decimals, whose interval is wider than
     * a whole percent, as that fraction ({@code "9"} is 900% ± 50 points, not {@code "900%"}, which
     * would be ± 0.5). {@link #parse(CharSequence)} reads either back to an equal percentage.
     */
    @Override
    public String toString() {
        return fraction.scale() >= 2 ? percent().toPlainString() + "%" : fraction.toPlainString();
    }

}

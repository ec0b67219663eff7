package org.kpi4j.growth;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * How to compute growth when the base is zero or negative.
 *
 * <p>For a positive base all three conventions agree: (v − b) / b. They differ for a negative base
 * (a loss a year earlier). Worked example, base −200, value 50: {@code FILING} +125%,
 * {@code PLAIN} −125%, {@code NM} no number. A zero base gives no number under every convention.
 *
 * <pre>{@code
 * GrowthConvention.FILING.growth(50, -200);   // OptionalDouble[1.25]
 * GrowthConvention.PLAIN.growth(50, -200);    // OptionalDouble[-1.25]
 * GrowthConvention.NM.growth(50, -200);       // OptionalDouble.empty
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
     * @return the growth as a fraction, or empty when the base is zero, or negative under NM
     * @throws IllegalArgumentException if either argument is not finite
     */
    public OptionalDouble growth(double value, double base) {
        if (!Double.isFinite(value) || !Double.isFinite(base)) {
            throw new IllegalArgumentException("growth needs finite numbers but got value " + value + " and base " + base);
        }
        if (base == 0) {
            return OptionalDouble.empty();
        }
        switch (this) {
            case FILING:
                return OptionalDouble.of((value - base) / Math.abs(base));
            case PLAIN:
                return OptionalDouble.of((value - base) / base);
            default:
                return base < 0 ? OptionalDouble.empty() : OptionalDouble.of((value - base) / base);
        }
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
}

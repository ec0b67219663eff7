package org.kpi4j.unit;

/**
 * What a {@link Unit} measures. Values of different dimensions never combine; a currency is its own
 * dimension, so CNY and USD do not convert into each other (that needs an exchange rate, a fact of
 * its own).
 *
 * <pre>{@code
 * Unit.parse("亿元").dimension();   // CNY
 * Unit.parse("元/股").dimension().isPerShare();   // true
 * }</pre>
 */
public enum Dimension {
    /** Chinese yuan (renminbi). */
    CNY,
    /** US dollars. */
    USD,
    /** Floating-point operations per second: computing power. */
    FLOPS,
    /** A count of persons (head count, shareholders). */
    PERSONS,
    /** A count of anything else (customers, stores). */
    COUNT,
    /** A count of shares of stock (股, 万股, 亿股). */
    SHARES,
    /** Chinese yuan per share: earnings or dividends per share (元/股). */
    CNY_PER_SHARE,
    /** US dollars per share: earnings or dividends per share (USD/share). */
    USD_PER_SHARE,
    /** A pure number: a ratio, margin or share. */
    RATIO,
    /** A difference of two ratios, in percentage points: how a margin's or the debt ratio's change is given. */
    POINTS;

    /** @return true for a currency (an amount per share is not one) */
    public boolean isCurrency() {
        return this == CNY || this == USD;
    }

    /**
     * Parses a name in any case: cny, usd, flops, persons, count, shares, cny_per_share,
     * usd_per_share, ratio, points ({@link #toString()}, the name, reads back).
     *
     * @param text the name, not null
     * @return the constant, not null
     * @throws IllegalArgumentException naming the text if unknown
     */
    public static Dimension parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown dimension '" + text + "'; expected cny, usd, flops, persons, "
                    + "count, shares, cny_per_share, usd_per_share, ratio, points", e);
        }
    }

    /**
     * Returns true for an amount per share. Such a figure is a quotient (an amount over a share
     * count that changes through the year): summing it over quarters (a trailing twelve months) or
     * differencing it (a discrete quarter from year-to-date figures) gives only an approximation,
     * which a caller should say.
     *
     * @return true for 元/股 and USD/share
     */
    public boolean isPerShare() {
        return this == CNY_PER_SHARE || this == USD_PER_SHARE;
    }
}

package org.kpi4j.unit;

/**
 * What a {@link Unit} measures. Values of different dimensions never combine; a currency is its own
 * dimension, so CNY and USD do not convert into each other (that needs an exchange rate, a fact of
 * its own).
 *
 * <pre>{@code
 * Unit.parse("亿元").dimension();   // CNY
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
    /** A count of anything else (shares, customers). */
    COUNT,
    /** A pure number: a ratio, margin or share. */
    RATIO,
    /** A difference of two ratios, in percentage points: how a margin's or the debt ratio's change is given. */
    POINTS;

    /** @return true for a currency */
    public boolean isCurrency() {
        return this == CNY || this == USD;
    }

    /**
     * Parses a name in any case: cny, usd, flops, persons, count, ratio, points ({@link #toString()},
     * the name, reads back).
     *
     * @param text the name, not null
     * @return the constant, not null
     * @throws IllegalArgumentException naming the text if unknown
     */
    public static Dimension parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown dimension '" + text + "'; expected cny, usd, flops, persons, count, ratio, points", e);
        }
    }

}

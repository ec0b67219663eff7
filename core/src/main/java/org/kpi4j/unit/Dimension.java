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
    RATIO;

    /** @return true for a currency */
    public boolean isCurrency() {
        return this == CNY || this == USD;
    }
}

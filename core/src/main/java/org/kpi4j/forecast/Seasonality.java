package org.kpi4j.forecast;

/**
 * The seasonal component of a Holt-Winters model.
 *
 * <pre>{@code
 * HoltWintersSpec spec = HoltWintersSpec.quarterly(Seasonality.MULTIPLICATIVE);
 * }</pre>
 */
public enum Seasonality {
    /** No seasonal component. */
    NONE,
    /** Seasonal effects added to level and trend (statsmodels {@code seasonal="add"}). */
    ADDITIVE,
    /** Seasonal factors multiplying level and trend (statsmodels {@code seasonal="mul"}); needs y &gt; 0. */
    MULTIPLICATIVE;

    /**
     * Parses a name in any case: none, additive, multiplicative.
     *
     * @param text the name, not null
     * @return the constant, not null
     * @throws IllegalArgumentException naming the text if unknown
     */
    public static Seasonality parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown seasonality '" + text + "'; expected none, additive, multiplicative", e);
        }
    }

    /** @return the name in lower case, which {@link #parse(String)} reads back */
    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

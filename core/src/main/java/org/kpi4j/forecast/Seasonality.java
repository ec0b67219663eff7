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
    MULTIPLICATIVE
}

package org.kpi4j.forecast;

import java.util.Objects;

/**
 * The structure of a Holt-Winters model: additive trend or none, damped or not, the kind of
 * seasonality and the seasonal period m.
 *
 * <pre>{@code
 * HoltWintersSpec aa  = HoltWintersSpec.quarterly(Seasonality.ADDITIVE);             // trend + additive seasons, m = 4
 * HoltWintersSpec adm = HoltWintersSpec.quarterly(Seasonality.MULTIPLICATIVE).withDampedTrend();
 * HoltWintersSpec ses = HoltWintersSpec.quarterly(Seasonality.NONE).withoutTrend();  // simple exponential smoothing
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param trend true for an additive trend
 * @param damped true for a damped trend (needs {@code trend})
 * @param seasonality the seasonal component, not null
 * @param period the seasonal period m, &ge; 2 when seasonal, &ge; 1 otherwise (4 for quarterly data)
 */
public record HoltWintersSpec(boolean trend, boolean damped, Seasonality seasonality, int period) {

    /** The default period, 4 quarters. */
    public static final int QUARTERLY = 4;

    /**
     * Validates the spec.
     *
     * @param trend true for an additive trend
     * @param damped true for a damped trend (needs {@code trend})
     * @param seasonality the seasonal component, not null
     * @param period the seasonal period m, &ge; 2 when seasonal, &ge; 1 otherwise (4 for quarterly data)
     * @throws IllegalArgumentException if damped without trend or the period is too small
     */
    public HoltWintersSpec {
        Objects.requireNonNull(seasonality, "seasonality");
        if (damped && !trend) {
            throw new IllegalArgumentException("a damped trend needs a trend");
        }
        int min = seasonality == Seasonality.NONE ? 1 : 2;
        if (period < min) {
            throw new IllegalArgumentException("period must be >= " + min + " but was " + period);
        }
    }

    /**
     * An undamped additive trend with the given seasonality over 4 quarters.
     *
     * @param seasonality the seasonal component, not null
     * @return the spec
     */
    public static HoltWintersSpec quarterly(Seasonality seasonality) {
        return new HoltWintersSpec(true, false, seasonality, QUARTERLY);
    }

    /** @return this spec with a damped trend */
    public HoltWintersSpec withDampedTrend() {
        return new HoltWintersSpec(true, true, seasonality, period);
    }

    /** @return this spec without a trend (and so not damped) */
    public HoltWintersSpec withoutTrend() {
        return new HoltWintersSpec(false, false, seasonality, period);
    }

    /**
     * @param m the seasonal period, &ge; 2 when seasonal
     * @return this spec with seasonal period m
     * @throws IllegalArgumentException if m is too small
     */
    public HoltWintersSpec withPeriod(int m) {
        return new HoltWintersSpec(trend, damped, seasonality, m);
    }

    /** @return true if the model has a seasonal component */
    public boolean seasonal() {
        return seasonality != Seasonality.NONE;
    }

    /** @return the number of points a series needs: 2m when seasonal, else 3 */
    public int minPoints() {
        return seasonal() ? 2 * period : 3;
    }

    /**
     * The parameter count statsmodels uses for AIC: m·[seasonal] + 2·[trend] + 2 + [damped] (smoothing
     * parameters and initial states).
     *
     * @return k
     */
    public int parameterCount() {
        return (seasonal() ? period : 0) + (trend ? 2 : 0) + 2 + (damped ? 1 : 0);
    }

    /** @return a short name such as "holt-winters(A,Ad,M,4)" */
    public String name() {
        String t = trend ? (damped ? "Ad" : "A") : "N";
        String s = switch (seasonality) {
            case NONE -> "N";
            case ADDITIVE -> "A";
            case MULTIPLICATIVE -> "M";
        };
        return "holt-winters(" + t + "," + s + (seasonal() ? "," + period : "") + ")";
    }
}

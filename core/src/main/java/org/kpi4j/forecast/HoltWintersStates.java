package org.kpi4j.forecast;

import java.util.Arrays;
import java.util.Objects;

/**
 * The level, trend and seasonal states of a Holt-Winters model at one point in time.
 *
 * <p>As initial states they are the states before the first observation, in statsmodels' order:
 * {@code seasonal[j]} is the seasonal effect (or factor) applied to observation j, j = 0..m−1,
 * exactly as {@code ExponentialSmoothing(initial_seasonal=...)} takes it. As final states
 * ({@link HoltWintersFit#finalStates()}) they are the states after the last observation, and
 * {@code seasonal[j]} applies to the forecast j + 1 steps ahead. The seasonal array is empty for a
 * non-seasonal model; the trend is 0 for a model without trend.
 *
 * <pre>{@code
 * HoltWintersStates s0 = new HoltWintersStates(100, 1.7, new double[] {11, -7, 4.5, -8.5});
 * }</pre>
 *
 * <p>This record is immutable and thread-safe: the array is copied in and out.
 *
 * @param level the level, finite
 * @param trend the trend (slope per period), finite
 * @param seasonal the seasonal states, finite, not null (empty when not seasonal)
 */
public record HoltWintersStates(double level, double trend, double[] seasonal) {

    /**
     * Validates and copies the states.
     *
     * @param level the level, finite
     * @param trend the trend (slope per period), finite
     * @param seasonal the seasonal states, finite, not null (empty when not seasonal)
     * @throws IllegalArgumentException if a state is not finite
     */
    public HoltWintersStates {
        if (!Double.isFinite(level)) {
            throw new IllegalArgumentException("level must be finite but was " + level);
        }
        if (!Double.isFinite(trend)) {
            throw new IllegalArgumentException("trend must be finite but was " + trend);
        }
        seasonal = Checks.finiteCopy(seasonal, "seasonal");
    }

    /**
     * States of a model without seasonality.
     *
     * @param level the level
     * @param trend the trend, 0 for none
     * @return the states
     */
    public static HoltWintersStates of(double level, double trend) {
        return new HoltWintersStates(level, trend, new double[0]);
    }

    /** @return the seasonal states (a copy) */
    @Override
    public double[] seasonal() {
        return seasonal.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HoltWintersStates s && Double.compare(level, s.level) == 0
                && Double.compare(trend, s.trend) == 0 && Arrays.equals(seasonal, s.seasonal);
    }

    @Override
    public int hashCode() {
        return Objects.hash(level, trend, Arrays.hashCode(seasonal));
    }

    @Override
    public String toString() {
        return "HoltWintersStates[level=" + level + ", trend=" + trend + ", seasonal=" + Arrays.toString(seasonal) + "]";
    }
}

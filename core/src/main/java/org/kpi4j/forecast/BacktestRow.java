package org.kpi4j.forecast;

import java.util.Objects;

/**
 * The out-of-sample accuracy of one model in a {@link Backtest}.
 *
 * <pre>{@code
 * BacktestRow best = Backtest.rollingOrigin(y, 4, 12, 4, models).best();
 * best.model();  best.mase();
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param model the model name, not null
 * @param mape the mean absolute percentage error, in percent (12.5 for 12.5%)
 * @param mase the mean absolute scaled error (Hyndman &amp; Koehler 2006)
 * @param points the number of forecast points compared, &ge; 1
 */
public record BacktestRow(String model, double mape, double mase, int points) {

    /**
     * Validates the row.
     *
     * @param model the model name, not null
     * @param mape the mean absolute percentage error, in percent (12.5 for 12.5%)
     * @param mase the mean absolute scaled error (Hyndman &amp; Koehler 2006)
     * @param points the number of forecast points compared, &ge; 1
     * @throws IllegalArgumentException if points &lt; 1 or an error is negative or NaN
     */
    public BacktestRow {
        Objects.requireNonNull(model, "model");
        if (points < 1) {
            throw new IllegalArgumentException("points must be >= 1 but was " + points);
        }
        if (!(mape >= 0) || !(mase >= 0)) {
            throw new IllegalArgumentException("mape and mase must be >= 0 but were " + mape + " and " + mase);
        }
    }
}

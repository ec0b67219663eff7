package org.kpi4j.forecast;

import org.kpi4j.format.KpiTable;
import org.kpi4j.format.KpiFormat;
import org.kpi4j.format.Cell;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A rolling-origin (time-series cross-validation) backtest: each model is refitted on y[0..t) for
 * every origin t = minTrain, …, n − h and forecasts y[t..t+h); errors over all origins and steps are
 * summarised as MAPE and MASE per model.
 *
 * <p>MAPE = 100 · mean |y − ŷ| / |y| (undefined when an actual is 0). MASE (Hyndman &amp; Koehler
 * 2006) divides each error by the in-sample mean absolute seasonal-naive error of the training data
 * of its origin, (1/(t − m)) Σ<sub>i=m</sub><sup>t−1</sup> |y<sub>i</sub> − y<sub>i−m</sub>|; when the
 * training data has no more than m points the lag-1 (naive) error is used instead, and MASE is the
 * mean of the scaled absolute errors.
 *
 * <pre>{@code
 * Backtest r = Backtest.rollingOrigin(y, 4, 12, 4, List.of(
 *         Forecaster.seasonalNaive(4), Forecaster.linearTrend(),
 *         Forecaster.holtWinters(HoltWintersSpec.quarterly(Seasonality.ADDITIVE))));
 * String table = r.toString();       // model, MAPE %, MASE, points
 * }</pre>
 *
 * <p>This result is immutable and thread-safe.
 *
 * @param horizon the forecast horizon h
 * @param minTrain the length of the first training set
 * @param period the seasonal period m of the MASE scale
 * @param rows one row per model, in the order given
 */
public record Backtest(int horizon, int minTrain, int period, List<BacktestRow> rows) {

    /**
     * Validates and copies the rows.
     *
     * @param horizon the forecast horizon h
     * @param minTrain the length of the first training set
     * @param period the seasonal period m of the MASE scale
     * @param rows one row per model, in the order given
     * @throws IllegalArgumentException if an argument is out of range
     */
    public Backtest {
        Checks.horizon(horizon);
        if (minTrain < 2) {
            throw new IllegalArgumentException("minTrain must be >= 2 but was " + minTrain);
        }
        if (period < 1) {
            throw new IllegalArgumentException("period must be >= 1 but was " + period);
        }
        rows = List.copyOf(rows);
    }

    /**
     * Runs the backtest.
     *
     * @param y the series, finite, not null, at least minTrain + h points
     * @param horizon the horizon h, &ge; 1
     * @param minTrain the first training length, &ge; 2
     * @param period the seasonal period m for the MASE scale, &ge; 1
     * @param models the candidate models, not empty, not null
     * @return the result, one row per model
     * @throws IllegalArgumentException if an argument is out of range, an actual value in a test
     *         window is 0 (MAPE undefined; the message names the index), a training prefix has zero
     *         naive error (MASE undefined), or a model returns the wrong number of forecasts or a
     *         non-finite one
     */
    public static Backtest rollingOrigin(double[] y, int horizon, int minTrain, int period, List<Forecaster> models) {
        double[] v = Checks.finiteCopy(y, "y");
        Checks.horizon(horizon);
        Objects.requireNonNull(models, "models");
        if (models.isEmpty()) {
            throw new IllegalArgumentException("models must not be empty");
        }
        if (minTrain < 2) {
            throw new IllegalArgumentException("minTrain must be >= 2 but was " + minTrain);
        }
        if (period < 1) {
            throw new IllegalArgumentException("period must be >= 1 but was " + period);
        }
        int n = v.length;
        if (n < minTrain + horizon) {
            throw new IllegalArgumentException("backtest needs at least minTrain + horizon = " + (minTrain + horizon)
                    + " points but got " + n);
        }
        for (int i = minTrain; i < n; i++) {
            if (v[i] == 0) {
                throw new IllegalArgumentException("MAPE is undefined: actual y[" + i + "] is 0");
            }
        }
        int origins = n - horizon - minTrain + 1;
        double[] scale = new double[origins];
        for (int o = 0; o < origins; o++) {
            int t = minTrain + o;
            scale[o] = naiveScale(v, t, period);
        }
        List<BacktestRow> rows = new ArrayList<>();
        for (Forecaster model : models) {
            Objects.requireNonNull(model, "model");
            double ape = 0;
            double ase = 0;
            int points = 0;
            for (int o = 0; o < origins; o++) {
                int t = minTrain + o;
                double[] train = java.util.Arrays.copyOf(v, t);
                double[] f = model.forecast(train, horizon);
                if (f == null || f.length != horizon) {
                    throw new IllegalArgumentException("model '" + model.name() + "' returned "
                            + (f == null ? "null" : f.length + " forecasts") + " for horizon " + horizon);
                }
                for (int j = 0; j < horizon; j++) {
                    if (!Double.isFinite(f[j])) {
                        throw new IllegalArgumentException("model '" + model.name() + "' gives no number for y["
                                + (t + j) + "] (a forecast beyond the range of a double), so its errors cannot be "
                                + "measured");
                    }
                    double e = Math.abs(v[t + j] - f[j]);
                    ape += e / Math.abs(v[t + j]);
                    ase += e / scale[o];
                    points++;
                }
            }
            rows.add(new BacktestRow(model.name(), 100 * ape / points, ase / points, points));
        }
        return new Backtest(horizon, minTrain, period, rows);
    }

    /** Mean absolute lag-m difference of y[0..t), lag 1 when t &le; m. */
    static double naiveScale(double[] y, int t, int m) {
        int lag = t > m ? m : 1;
        double sum = 0;
        for (int i = lag; i < t; i++) {
            sum += Math.abs(y[i] - y[i - lag]);
        }
        double scale = sum / (t - lag);
        if (!(scale > 0)) {
            throw new IllegalArgumentException("MASE is undefined: the lag-" + lag + " naive error of y[0.." + t
                    + ") is 0");
        }
        return scale;
    }

    /** @return the row with the lowest MASE */
    public BacktestRow best() {
        return rows.stream().min(Comparator.comparingDouble(BacktestRow::mase)).orElseThrow();
    }

    /**
     * Returns the accuracy of each model as a table: model, MAPE %, MASE, points.
     *
     * @param format the language of numbers, not null
     * @return the table, not null
     */
    public KpiTable toTable(KpiFormat format) {
        KpiTable.Builder t = KpiTable.builder("model", "MAPE %", "MASE", "points").title(String.format(Locale.ROOT,
                "Backtest[rolling origin, horizon=%d, minTrain=%d, period=%d]", horizon, minTrain, period));
        for (BacktestRow r : rows) {
            t.row(Cell.text(r.model()), Cell.number(r.mape(), 3, format), Cell.number(r.mase(), 4, format),
                    Cell.number(r.points(), 0, format));
        }
        return t.build();
    }

    /** Returns {@link #toTable(KpiFormat)} in English as aligned text. */
    @Override
    public String toString() {
        return toTable(KpiFormat.en()).toString();
    }
}

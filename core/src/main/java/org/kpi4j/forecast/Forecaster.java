package org.kpi4j.forecast;

import java.util.Objects;
import java.util.function.BiFunction;

/**
 * A forecasting method that can be refitted on any training prefix, for {@link Backtest}.
 *
 * <pre>{@code
 * List<Forecaster> models = List.of(
 *         Forecaster.seasonalNaive(4),
 *         Forecaster.linearTrend(),
 *         Forecaster.holtWinters(HoltWintersSpec.quarterly(Seasonality.ADDITIVE)),
 *         Forecaster.of("mean", (train, h) -> new double[h]));   // any lambda
 * }</pre>
 *
 * <p>Implementations should be stateless and thread-safe; the factories here are.
 */
public interface Forecaster {

    /** @return a short name for reports, not null */
    String name();

    /**
     * Forecasts h steps after the end of the training data.
     *
     * @param train the training observations, not modified by the caller afterwards
     * @param h the horizon, &ge; 1
     * @return h finite forecasts
     */
    double[] forecast(double[] train, int h);

    /**
     * Wraps a function as a forecaster.
     *
     * @param name the name, not null
     * @param f maps (train, h) to h forecasts, not null
     * @return the forecaster
     */
    static Forecaster of(String name, BiFunction<double[], Integer, double[]> f) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(f, "f");
        return new Forecaster() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public double[] forecast(double[] train, int h) {
                return f.apply(train, h);
            }
        };
    }

    /** @return the naive forecaster: every step equals the last observation */
    static Forecaster naive() {
        return of("naive", (train, h) -> {
            double[] out = new double[h];
            java.util.Arrays.fill(out, train[train.length - 1]);
            return out;
        });
    }

    /**
     * The seasonal naive forecaster: step j repeats the observation of the same season in the last
     * full season, y[n − m + (j − 1) mod m]; needs m training points.
     *
     * @param m the seasonal period, &ge; 1
     * @return the forecaster
     * @throws IllegalArgumentException if m &lt; 1
     */
    static Forecaster seasonalNaive(int m) {
        if (m < 1) {
            throw new IllegalArgumentException("period must be >= 1 but was " + m);
        }
        return of("seasonal-naive(" + m + ")", (train, h) -> {
            if (train.length < m) {
                throw new IllegalArgumentException("seasonal naive with period " + m + " needs at least " + m
                        + " points but got " + train.length);
            }
            double[] out = new double[h];
            for (int j = 0; j < h; j++) {
                out[j] = train[train.length - m + j % m];
            }
            return out;
        });
    }

    /** @return an OLS linear trend ({@link TrendForecast#linear}) */
    static Forecaster linearTrend() {
        return of("linear-trend", (train, h) -> TrendForecast.linear(train).forecast(h));
    }

    /** @return an OLS log-linear trend ({@link TrendForecast#logLinear}); point forecasts are medians */
    static Forecaster logLinearTrend() {
        return of("log-linear-trend", (train, h) -> TrendForecast.logLinear(train).forecast(h));
    }

    /**
     * Holt-Winters re-estimated on each training prefix ({@link HoltWinters#fit(double[], HoltWintersSpec)}).
     *
     * @param spec the model structure, not null
     * @return the forecaster, named like "holt-winters(A,A,4)"
     */
    static Forecaster holtWinters(HoltWintersSpec spec) {
        Objects.requireNonNull(spec, "spec");
        return of(spec.name(), (train, h) -> HoltWinters.fit(train, spec).forecast(h));
    }
}

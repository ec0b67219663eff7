package org.kpi4j.forecast;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * Point forecasts with a prediction interval for steps 1..h ahead.
 *
 * <p>Element {@code i} of each array is the forecast {@code i + 1} steps after the last observation.
 * {@link #toString()} prints an aligned table with one row per step.
 *
 * <pre>{@code
 * Forecast f = TrendForecast.linear(new double[] {10, 12, 13, 15, 16}).forecast(3, 0.95);
 * f.mean()[0];   // 17.7, the forecast one step ahead
 * String table = f.toString();
 * }</pre>
 *
 * <p>This record is immutable and thread-safe: arrays are copied in and out.
 *
 * @param mean the point forecasts, length h &ge; 1, finite
 * @param lower the lower interval bounds, same length as {@code mean}
 * @param upper the upper interval bounds, same length as {@code mean}
 * @param level the nominal coverage of the interval, in (0, 1)
 * @param method how the interval was computed, e.g. "student-t (OLS)", not null
 */
public record Forecast(double[] mean, double[] lower, double[] upper, double level, String method) {

    /**
     * Validates and copies the arrays.
     *
     * @param mean the point forecasts, length h &ge; 1, finite
     * @param lower the lower interval bounds, same length as {@code mean}
     * @param upper the upper interval bounds, same length as {@code mean}
     * @param level the nominal coverage of the interval, in (0, 1)
     * @param method how the interval was computed, e.g. "student-t (OLS)", not null
     * @throws IllegalArgumentException if the arrays are empty, differ in length, hold a non-finite
     *         value or the level is not in (0, 1)
     */
    public Forecast {
        Objects.requireNonNull(method, "method");
        mean = Checks.finiteCopy(mean, "mean");
        lower = Checks.finiteCopy(lower, "lower");
        upper = Checks.finiteCopy(upper, "upper");
        if (mean.length == 0) {
            throw new IllegalArgumentException("mean must not be empty");
        }
        if (lower.length != mean.length || upper.length != mean.length) {
            throw new IllegalArgumentException("mean, lower and upper must have the same length but had "
                    + mean.length + ", " + lower.length + " and " + upper.length);
        }
        Checks.level(level);
    }

    /** @return the point forecasts (a copy) */
    @Override
    public double[] mean() {
        return mean.clone();
    }

    /** @return the lower bounds (a copy) */
    @Override
    public double[] lower() {
        return lower.clone();
    }

    /** @return the upper bounds (a copy) */
    @Override
    public double[] upper() {
        return upper.clone();
    }

    /** @return the horizon h, the number of steps forecast */
    public int horizon() {
        return mean.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Forecast f && Arrays.equals(mean, f.mean) && Arrays.equals(lower, f.lower)
                && Arrays.equals(upper, f.upper) && Double.compare(level, f.level) == 0 && method.equals(f.method);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(mean), Arrays.hashCode(lower), Arrays.hashCode(upper), level, method);
    }

    /** @return an aligned table: step, forecast, lower and upper bound, headed by level and method */
    @Override
    public String toString() {
        String pct = String.format(Locale.ROOT, "%.4g", level * 100).replaceAll("\\.?0+$", "");
        String lo = "lower " + pct + "%";
        String hi = "upper " + pct + "%";
        String[][] cells = new String[mean.length][3];
        int w = Math.max("forecast".length(), Math.max(lo.length(), hi.length()));
        for (int i = 0; i < mean.length; i++) {
            cells[i][0] = num(mean[i]);
            cells[i][1] = num(lower[i]);
            cells[i][2] = num(upper[i]);
            for (String c : cells[i]) {
                w = Math.max(w, c.length());
            }
        }
        int sw = Math.max("step".length(), String.valueOf(mean.length).length());
        StringBuilder sb = new StringBuilder();
        sb.append("Forecast[level=").append(pct).append("%, method=").append(method).append("]\n");
        String fmt = "%" + sw + "s  %" + w + "s  %" + w + "s  %" + w + "s%n";
        sb.append(String.format(Locale.ROOT, fmt, "step", "forecast", lo, hi));
        for (int i = 0; i < mean.length; i++) {
            sb.append(String.format(Locale.ROOT, fmt, i + 1, cells[i][0], cells[i][1], cells[i][2]));
        }
        return sb.toString();
    }

    static String num(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}

package org.kpi4j.forecast;

import org.kpi4j.format.KpiTable;
import org.kpi4j.format.KpiFormat;
import org.kpi4j.format.Cell;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * Point forecasts with a prediction interval for steps 1..h ahead.
 *
 * <p>Element {@code i} of each array is the forecast {@code i + 1} steps after the last observation.
 * A step whose forecast or bound is beyond the range of a double (a log-linear trend compounded far
 * ahead) holds NaN, which means no number, and {@link #note()} says which steps. {@link #toString()}
 * prints an aligned table with one row per step.
 *
 * <pre>{@code
 * Forecast f = TrendForecast.linear(new double[] {10, 12, 13, 15, 16}).forecast(3, 0.95);
 * f.mean()[0];   // 17.7, the forecast one step ahead
 * String table = f.toString();
 * }</pre>
 *
 * <p>This record is immutable and thread-safe: arrays are copied in and out.
 *
 * @param mean the point forecasts, length h &ge; 1, NaN for no number
 * @param lower the lower interval bounds, same length as {@code mean}, NaN for no number
 * @param upper the upper interval bounds, same length as {@code mean}, NaN for no number
 * @param level the nominal coverage of the interval, in (0, 1)
 * @param method how the interval was computed, e.g. "student-t (OLS)", not null
 */
public record Forecast(double[] mean, double[] lower, double[] upper, double level, String method) {

    /** The longest horizon, in steps: 1,000 quarters is 250 years. */
    public static final int MAX_HORIZON = 1000;

    /** The largest magnitude of an observation a model is fitted to: squares and sums of such values fit a double. */
    public static final double MAX_VALUE = 1e100;

    /**
     * Validates and copies the arrays.
     *
     * @param mean the point forecasts, length h &ge; 1; an infinite value becomes NaN, no number
     * @param lower the lower interval bounds, same length as {@code mean}; likewise
     * @param upper the upper interval bounds, same length as {@code mean}; likewise
     * @param level the nominal coverage of the interval, in (0, 1)
     * @param method how the interval was computed, e.g. "student-t (OLS)", not null
     * @throws IllegalArgumentException if the arrays are empty, differ in length or the level is not
     *         in (0, 1)
     */
    public Forecast {
        Objects.requireNonNull(method, "method");
        mean = Checks.noNumberCopy(mean, "mean");
        lower = Checks.noNumberCopy(lower, "lower");
        upper = Checks.noNumberCopy(upper, "upper");
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

    /**
     * Says which steps have no number.
     *
     * @return empty when every forecast and bound is a number, else for example
     *     {@code "steps 38..40 have no number: beyond the range of a double"}
     */
    public String note() {
        int first = -1;
        int last = -1;
        for (int i = 0; i < mean.length; i++) {
            if (Double.isNaN(mean[i]) || Double.isNaN(lower[i]) || Double.isNaN(upper[i])) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            return "";
        }
        return (first == last ? "step " + (first + 1) + " has" : "steps " + (first + 1) + ".." + (last + 1) + " have")
                + " no number: beyond the range of a double";
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

    /**
     * Returns the forecast as a table: step, forecast, lower and upper bound, titled with the level
     * and the method.
     *
     * @param format the language of numbers, not null
     * @return the table, not null
     */
    public KpiTable toTable(KpiFormat format) {
        String pct = String.format(Locale.ROOT, "%.4g", level * 100).replaceAll("\\.?0+$", "");
        KpiTable.Builder t = KpiTable.builder("step", "forecast", "lower " + pct + "%", "upper " + pct + "%")
                .title("Forecast[level=" + pct + "%, method=" + method + "]");
        for (int i = 0; i < mean.length; i++) {
            t.row(Cell.number(i + 1, 0, format), Cell.number(mean[i], 4, format), Cell.number(lower[i], 4, format),
                    Cell.number(upper[i], 4, format));
        }
        String n = note();
        if (!n.isEmpty()) {
            t.footnote("note: " + n);
        }
        return t.build();
    }

    /** Returns {@link #toTable(KpiFormat)} in English as aligned text. */
    @Override
    public String toString() {
        return toTable(KpiFormat.en()).toString();
    }
}

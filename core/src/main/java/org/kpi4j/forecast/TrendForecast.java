package org.kpi4j.forecast;

import java.util.Locale;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * A linear or log-linear (constant-growth) trend fitted by ordinary least squares over
 * t = 0..n−1, with Student-t prediction intervals.
 *
 * <p>The interval h steps ahead (t<sub>0</sub> = n − 1 + h) is the standard OLS prediction interval,
 * as statsmodels' {@code OLS.get_prediction(...).summary_frame(alpha)} reports it in
 * {@code obs_ci_lower}/{@code obs_ci_upper}:
 * <pre>
 *   ŷ ± t_{(1+level)/2, n−2} · s · √(1 + 1/n + (t_0 − t̄)² / S_tt)
 * </pre>
 * where t_{p, n−2} is the p-quantile of Student's t with n − 2 degrees of freedom, t_0 the time
 * index forecast, t̄ the mean fitted time index, S_tt = Σ (t − t̄)² over the fitted t, and
 * s² = SSE / (n − 2). A log-linear trend fits ln(y) and exponentiates the forecast and the
 * bounds: its point forecast is therefore the <em>median</em> of the forecast distribution, not
 * its mean (the mean would be larger by the factor exp(σ²/2)), and its interval is asymmetric.
 *
 * <pre>{@code
 * TrendForecast trend = TrendForecast.logLinear(new double[] {100, 105, 111, 115, 122, 128});
 * trend.growthRate();                                   // ≈ 0.0498 a period
 * Forecast f = trend.forecast(4, 0.9);
 * String table = f.toString();                                // step, forecast, lower 90%, upper 90%
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TrendForecast {

    /** The kind of trend. */
    public enum Kind {
        /** y = a + b·t. */
        LINEAR,
        /** ln y = a + b·t, i.e. constant growth of e<sup>b</sup> − 1 a period. */
        LOG_LINEAR;

        /**
         * Parses {@code linear} or {@code log-linear}.
         *
         * @param text the name, not null
         * @return the kind, not null
         * @throws IllegalArgumentException naming the text if unknown
         */
        public static Kind parse(String text) {
            try {
                return valueOf(text.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown trend '" + text + "'; expected linear or log-linear", e);
            }
        }

        /** @return {@code linear} or {@code log-linear}, which {@link #parse(String)} reads back */
        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    private final Kind kind;
    private final int n;
    private final double intercept;
    private final double slope;
    private final double s;

    private TrendForecast(Kind kind, int n, double intercept, double slope, double s) {
        this.kind = kind;
        this.n = n;
        this.intercept = intercept;
        this.slope = slope;
        this.s = s;
    }

    /**
     * Fits y = a + b·t by OLS over t = 0..n−1.
     *
     * @param y the observations, at least 3, all finite, not null
     * @return the fitted trend
     * @throws IllegalArgumentException if y has fewer than 3 points, a non-finite value or one of
     *     magnitude above {@link Forecast#MAX_VALUE}
     */
    public static TrendForecast linear(double[] y) {
        return fit(Kind.LINEAR, y);
    }

    /**
     * Fits ln y = a + b·t by OLS over t = 0..n−1 (constant growth).
     *
     * @param y the observations, at least 3, all finite and &gt; 0, not null
     * @return the fitted trend
     * @throws IllegalArgumentException if y has fewer than 3 points, a non-finite value, or a value
     *         &le; 0 (the message names the index and the value)
     */
    public static TrendForecast logLinear(double[] y) {
        return fit(Kind.LOG_LINEAR, y);
    }

    private static TrendForecast fit(Kind kind, double[] y) {
        double[] v = Checks.observations(y, "y");
        String what = kind == Kind.LINEAR ? "linear trend" : "log-linear trend";
        if (v.length < 3) {
            throw new IllegalArgumentException(what + " needs at least 3 points but got " + v.length);
        }
        if (kind == Kind.LOG_LINEAR) {
            Checks.positive(v, what);
        }
        SimpleRegression reg = new SimpleRegression(true);
        for (int t = 0; t < v.length; t++) {
            reg.addData(t, kind == Kind.LINEAR ? v[t] : Math.log(v[t]));
        }
        double mse = Math.max(0, reg.getSumSquaredErrors()) / (v.length - 2);
        return new TrendForecast(kind, v.length, reg.getIntercept(), reg.getSlope(), Math.sqrt(mse));
    }

    /** @return the kind of trend */
    public Kind kind() {
        return kind;
    }

    /** @return the number of observations fitted */
    public int n() {
        return n;
    }

    /** @return the intercept a at t = 0 (on the log scale for a log-linear trend) */
    public double intercept() {
        return intercept;
    }

    /** @return the slope b per period (on the log scale for a log-linear trend) */
    public double slope() {
        return slope;
    }

    /** @return the residual standard error s = √(SSE / (n − 2)), on the scale the trend was fitted */
    public double residualStdError() {
        return s;
    }

    /**
     * The constant growth rate per period implied by a log-linear trend, e<sup>b</sup> − 1.
     *
     * @return the growth rate as a fraction (0.05 for 5% a period)
     * @throws IllegalStateException if this is a linear trend
     */
    public double growthRate() {
        if (kind != Kind.LOG_LINEAR) {
            throw new IllegalStateException("growth rate is defined for a log-linear trend only");
        }
        return Math.expm1(slope);
    }

    /** @return the in-sample fitted values for t = 0..n−1 (exponentiated for a log-linear trend) */
    public double[] fitted() {
        double[] out = new double[n];
        for (int t = 0; t < n; t++) {
            out[t] = back(intercept + slope * t);
        }
        return out;
    }

    /**
     * Point forecasts 1..h steps after the last observation (the median for a log-linear trend); NaN,
     * no number, where a log-linear trend compounds beyond the range of a double.
     *
     * @param h the horizon, 1 to {@link Forecast#MAX_HORIZON}
     * @return h forecasts
     * @throws IllegalArgumentException if h is out of range
     */
    public double[] forecast(int h) {
        Checks.horizon(h);
        double[] out = new double[h];
        for (int i = 0; i < h; i++) {
            out[i] = back(intercept + slope * (n - 1 + i + 1));
        }
        return Checks.noNumberCopy(out, "forecast");
    }

    /**
     * Point forecasts with Student-t prediction intervals 1..h steps after the last observation.
     *
     * @param h the horizon, 1 to {@link Forecast#MAX_HORIZON}
     * @param level the coverage, in (0, 1), e.g. 0.95
     * @return the forecast with its interval (see {@link Forecast#note()} for steps with no number)
     * @throws IllegalArgumentException if h is out of range or level is not in (0, 1)
     */
    public Forecast forecast(int h, double level) {
        Checks.horizon(h);
        Checks.level(level);
        double q = new TDistribution(null, n - 2, 1e-14).inverseCumulativeProbability((1 + level) / 2);
        double tbar = (n - 1) / 2.0;
        double stt = n * ((double) n * n - 1) / 12.0;
        double[] mean = new double[h];
        double[] lower = new double[h];
        double[] upper = new double[h];
        for (int i = 0; i < h; i++) {
            double t0 = n + i;
            double yhat = intercept + slope * t0;
            double half = q * s * Math.sqrt(1 + 1.0 / n + (t0 - tbar) * (t0 - tbar) / stt);
            mean[i] = back(yhat);
            lower[i] = back(yhat - half);
            upper[i] = back(yhat + half);
        }
        String method = kind == Kind.LINEAR ? "student-t (OLS)" : "student-t (OLS on ln y, exponentiated)";
        return new Forecast(mean, lower, upper, level, method);
    }

    private double back(double v) {
        return kind == Kind.LINEAR ? v : Math.exp(v);
    }

    /** @return the kind, n, intercept, slope and residual standard error */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "TrendForecast[%s, n=%d, intercept=%.6g, slope=%.6g, s=%.6g]",
                kind, n, intercept, slope, s);
    }
}

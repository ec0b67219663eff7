package org.kpi4j.forecast;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * A Holt-Winters model run over a series: its parameters, initial and final states, one-step
 * fitted values, SSE, AIC, warnings, and forecasts with prediction intervals.
 *
 * <p>Obtain one from {@link HoltWinters#known} or {@link HoltWinters#fit}.
 *
 * <p><b>Point forecasts</b> are l<sub>n</sub> + φ<sub>h</sub>b<sub>n</sub> plus (or times)
 * s<sub>n+h−m(k+1)</sub>, k = ⌊(h − 1)/m⌋ (Hyndman et al. 2008, Table 2.1). They equal statsmodels'
 * {@code HoltWintersResults.forecast} except at horizons h = m, 2m, …, where statsmodels 0.13 reuses
 * the seasonal state from before the last update (statsmodels issue #9538, fixed upstream in
 * PR #10230); kpi4j uses the updated state, as ETSModel and the upstream fix do.
 *
 * <p><b>Prediction intervals</b> ({@link #forecast(int, double)}): with additive or no
 * seasonality, analytical: ŷ ± z<sub>(1+level)/2</sub>·σ·√v<sub>h</sub>, v<sub>h</sub> = 1 +
 * Σ<sub>j=1</sub><sup>h−1</sup> c<sub>j</sub>², c<sub>j</sub> = α(1 + β·φ<sub>j</sub>) +
 * γ·[j mod m = 0], φ<sub>j</sub> = φ + … + φ<sup>j</sup> (= j undamped): Hyndman et al. (2008),
 * Table 6.1, class 1, as statsmodels' ETSModel computes it. σ² = SSE / n, the maximum-likelihood
 * estimate statsmodels' ETSModel uses ({@code mse}). With multiplicative seasonality there is no
 * closed form: {@value #DEFAULT_PATHS} paths are simulated from the recursions with N(0, σ²)
 * one-step errors (a {@link java.util.SplittableRandom} with seed {@value #DEFAULT_SEED} unless
 * given) and the bounds are empirical quantiles of the simulated values.
 *
 * <pre>{@code
 * double[] y = {100, 120, 115, 140, 108, 129, 123, 151, 115, 139, 131, 162};   // at least 8 quarters
 * HoltWintersFit fit = HoltWinters.fit(y, HoltWintersSpec.quarterly(Seasonality.ADDITIVE));
 * fit.params();                                                          // estimated alpha, beta, gamma
 * fit.warnings();                                                        // e.g. "gamma = 0 is at its lower bound 0"
 * String table = fit.forecast(8, 0.95).toString();                             // step, forecast, lower, upper
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class HoltWintersFit {

    /** The number of simulated paths used for intervals with multiplicative seasonality. */
    public static final int DEFAULT_PATHS = 5000;
    /** The seed used for simulated intervals unless one is given. */
    public static final long DEFAULT_SEED = 20240601L;

    private final HoltWintersSpec spec;
    private final HoltWintersParams params;
    private final HoltWintersStates initial;
    private final HoltWintersStates fin;
    private final double[] y;
    private final double[] fitted;
    private final double sse;
    private final List<String> warnings;

    HoltWintersFit(HoltWintersSpec spec, HoltWintersParams params, HoltWintersStates initial, double[] y,
            HwEngine.Run run, List<String> warnings) {
        this.spec = spec;
        this.params = params;
        this.initial = initial;
        this.fin = new HoltWintersStates(run.level(), run.trend(), run.nextSeasonal());
        this.y = y.clone();
        this.fitted = run.fitted().clone();
        this.sse = run.sse();
        this.warnings = List.copyOf(warnings);
    }

    /** @return the model structure */
    public HoltWintersSpec spec() {
        return spec;
    }

    /** @return the smoothing parameters used (given or estimated) */
    public HoltWintersParams params() {
        return params;
    }

    /** @return the initial states used (given, heuristic or estimated), in statsmodels' order */
    public HoltWintersStates initialStates() {
        return initial;
    }

    /**
     * @return the states after the last observation; {@code seasonal()[j]} applies to the forecast
     *         j + 1 steps ahead
     */
    public HoltWintersStates finalStates() {
        return fin;
    }

    /** @return the number of observations */
    public int n() {
        return y.length;
    }

    /** @return the one-step-ahead in-sample predictions, statsmodels' {@code fittedvalues} */
    public double[] fitted() {
        return fitted.clone();
    }

    /** @return the one-step errors y − fitted */
    public double[] residuals() {
        double[] r = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            r[i] = y[i] - fitted[i];
        }
        return r;
    }

    /** @return the sum of squared one-step errors */
    public double sse() {
        return sse;
    }

    /** @return σ² = SSE / n, the error variance used for intervals */
    public double sigma2() {
        return sse / y.length;
    }

    /** @return k, the parameter count of statsmodels' AIC (see {@link HoltWintersSpec#parameterCount()}) */
    public int parameterCount() {
        return spec.parameterCount();
    }

    /** @return AIC = n·ln(SSE/n) + 2k, statsmodels' {@code HoltWintersResults.aic} */
    public double aic() {
        int n = y.length;
        return n * Math.log(sse / n) + 2.0 * parameterCount();
    }

    /** @return warnings, e.g. an estimated parameter ending within 1e-4 of a bound; empty if none */
    public List<String> warnings() {
        return warnings;
    }

    /**
     * Point forecasts 1..h steps after the last observation.
     *
     * @param h the horizon, &ge; 1
     * @return h forecasts
     * @throws IllegalArgumentException if h &lt; 1
     */
    public double[] forecast(int h) {
        Checks.horizon(h);
        return Checks.noNumberCopy(HwEngine.forecast(spec, params.phi(), fin, h), "forecast");
    }

    /**
     * Point forecasts with prediction intervals: analytical with additive or no seasonality,
     * simulated ({@value #DEFAULT_PATHS} paths, seed {@value #DEFAULT_SEED}) with multiplicative.
     *
     * @param h the horizon, &ge; 1
     * @param level the coverage, in (0, 1)
     * @return the forecast with its interval
     * @throws IllegalArgumentException if h &lt; 1 or level is not in (0, 1)
     */
    public Forecast forecast(int h, double level) {
        return forecast(h, level, DEFAULT_SEED);
    }

    /**
     * As {@link #forecast(int, double)}, with the seed for simulated intervals (used only with
     * multiplicative seasonality).
     *
     * @param h the horizon, &ge; 1
     * @param level the coverage, in (0, 1)
     * @param seed the random seed for simulation
     * @return the forecast with its interval
     * @throws IllegalArgumentException if h &lt; 1 or level is not in (0, 1)
     */
    public Forecast forecast(int h, double level, long seed) {
        Checks.horizon(h);
        Checks.level(level);
        if (spec.seasonality() == Seasonality.MULTIPLICATIVE) {
            return simulate(h, level, DEFAULT_PATHS, seed);
        }
        double[] mean = forecast(h);
        double[] v = HwEngine.relativeVariance(spec, params, h);
        double z = new NormalDistribution(null, 0, 1).inverseCumulativeProbability((1 + level) / 2);
        double sigma = Math.sqrt(sigma2());
        double[] lower = new double[h];
        double[] upper = new double[h];
        for (int i = 0; i < h; i++) {
            double half = z * sigma * Math.sqrt(v[i]);
            lower[i] = mean[i] - half;
            upper[i] = mean[i] + half;
        }
        return new Forecast(mean, lower, upper, level, "analytical (Hyndman et al. 2008, class 1)");
    }

    /**
     * Point forecasts with intervals from simulated paths, for any seasonality: each path runs the
     * recursions on y = ŷ + ε, ε ~ N(0, SSE/n); the bounds are the empirical (1 ∓ level)/2 quantiles
     * (linear interpolation). The point forecasts are the analytical ones, not the path means.
     *
     * @param h the horizon, &ge; 1
     * @param level the coverage, in (0, 1)
     * @param paths the number of paths, &ge; 2000
     * @param seed the seed of the {@link java.util.SplittableRandom}
     * @return the forecast with its interval
     * @throws IllegalArgumentException if h &lt; 1, level is not in (0, 1) or paths &lt; 2000
     */
    public Forecast simulate(int h, double level, int paths, long seed) {
        Checks.horizon(h);
        Checks.level(level);
        if (paths < 2000) {
            throw new IllegalArgumentException("paths must be >= 2000 but was " + paths);
        }
        double[][] sim = HwEngine.simulate(spec, params, fin, Math.sqrt(sigma2()), h, paths, seed);
        double[] lower = new double[h];
        double[] upper = new double[h];
        for (int i = 0; i < h; i++) {
            double[] col = sim[i];
            Arrays.sort(col);
            lower[i] = HwEngine.quantile(col, (1 - level) / 2);
            upper[i] = HwEngine.quantile(col, (1 + level) / 2);
        }
        return new Forecast(forecast(h), lower, upper, level,
                "simulated (" + paths + " paths, seed " + seed + ")");
    }

    /** @return the spec, parameters, initial states, SSE, AIC and warnings, one per line */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append("HoltWintersFit[").append(spec.name()).append(", n=").append(y.length).append("]\n");
        sb.append(String.format(Locale.ROOT, "  alpha=%.6f", params.alpha()));
        if (spec.trend()) {
            sb.append(String.format(Locale.ROOT, "  beta=%.6f", params.beta()));
        }
        if (spec.seasonal()) {
            sb.append(String.format(Locale.ROOT, "  gamma=%.6f", params.gamma()));
        }
        if (spec.damped()) {
            sb.append(String.format(Locale.ROOT, "  phi=%.6f", params.phi()));
        }
        sb.append('\n');
        sb.append(String.format(Locale.ROOT, "  initial level=%.6g", initial.level()));
        if (spec.trend()) {
            sb.append(String.format(Locale.ROOT, "  trend=%.6g", initial.trend()));
        }
        if (spec.seasonal()) {
            sb.append("  seasonal=[");
            double[] s = initial.seasonal();
            for (int i = 0; i < s.length; i++) {
                sb.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.6g", s[i]));
            }
            sb.append(']');
        }
        sb.append('\n');
        sb.append(String.format(Locale.ROOT, "  SSE=%.6g  AIC=%.4f  k=%d%n", sse, aic(), parameterCount()));
        for (String w : warnings) {
            sb.append("  warning: ").append(w).append('\n');
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HoltWintersFit f && spec.equals(f.spec) && params.equals(f.params)
                && initial.equals(f.initial) && Arrays.equals(y, f.y) && warnings.equals(f.warnings);
    }

    @Override
    public int hashCode() {
        return Objects.hash(spec, params, initial, Arrays.hashCode(y), warnings);
    }
}

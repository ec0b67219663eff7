package org.kpi4j.forecast;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The Holt-Winters recursions, initial-state heuristics, forecasts, forecast variances and
 * simulation. Stateless; all methods are pure functions of their arguments.
 */
final class HwEngine {

    private HwEngine() {
    }

    /** The result of running the recursions over a series. */
    record Run(double[] fitted, double sse, double level, double trend, double[] nextSeasonal, int badIndex) {
    }

    /**
     * Runs statsmodels' {@code ExponentialSmoothing._predict} recursions (holtwinters/model.py):
     * with base = l<sub>t−1</sub> + φb<sub>t−1</sub> and s the seasonal state m steps back,
     * ŷ<sub>t</sub> = base + s (or base·s), l<sub>t</sub> = α(y<sub>t</sub> − s) + (1 − α)base (or
     * α·y<sub>t</sub>/s), b<sub>t</sub> = β(l<sub>t</sub> − l<sub>t−1</sub>) + (1 − β)φb<sub>t−1</sub>,
     * s<sub>t</sub> = γ(y<sub>t</sub> − base) + (1 − γ)s (or γ·y<sub>t</sub>/base + (1 − γ)s).
     *
     * @param keepFitted whether to return the one-step predictions (else {@code fitted} is null)
     * @return the run; {@code badIndex} is the first observation whose prediction or update is not
     *         finite, −1 if none (the SSE is then +∞)
     */
    static Run run(double[] y, HoltWintersSpec spec, double alpha, double beta, double gamma, double phi,
            double l0, double b0, double[] s0, boolean keepFitted) {
        int n = y.length;
        int m = spec.seasonal() ? spec.period() : 0;
        boolean trend = spec.trend();
        double ph = spec.damped() ? phi : 1.0;
        Seasonality season = spec.seasonality();
        double[] s = new double[n + m];
        if (m > 0) {
            System.arraycopy(s0, 0, s, 0, m);
        }
        double[] fitted = keepFitted ? new double[n] : null;
        double l = l0;
        double b = trend ? b0 : 0.0;
        double sse = 0;
        for (int i = 0; i < n; i++) {
            double base = trend ? l + ph * b : l;
            double yi = y[i];
            double yhat;
            double lNew;
            switch (season) {
                case ADDITIVE -> {
                    yhat = base + s[i];
                    lNew = alpha * yi - alpha * s[i] + (1 - alpha) * base;
                    s[i + m] = gamma * yi - gamma * base + (1 - gamma) * s[i];
                }
                case MULTIPLICATIVE -> {
                    yhat = base * s[i];
                    lNew = alpha * yi / s[i] + (1 - alpha) * base;
                    s[i + m] = gamma * yi / base + (1 - gamma) * s[i];
                }
                default -> {
                    yhat = base;
                    lNew = alpha * yi + (1 - alpha) * base;
                }
            }
            if (trend) {
                b = beta * (lNew - l) + (1 - beta) * ph * b;
            }
            l = lNew;
            double e = yi - yhat;
            sse += e * e;
            if (keepFitted) {
                fitted[i] = yhat;
            }
            if (!Double.isFinite(yhat) || !Double.isFinite(l) || !Double.isFinite(b)
                    || (m > 0 && !Double.isFinite(s[i + m]))) {
                return new Run(fitted, Double.POSITIVE_INFINITY, l, b, new double[m], i);
            }
        }
        double[] next = Arrays.copyOfRange(s, n, n + m);
        return new Run(fitted, sse, l, b, next, -1);
    }

    /** φ + φ² + … + φ<sup>h</sup> (h when φ = 1). */
    static double dampSum(double phi, int h) {
        if (phi == 1.0) {
            return h;
        }
        double sum = 0;
        double p = 1;
        for (int i = 1; i <= h; i++) {
            p *= phi;
            sum += p;
        }
        return sum;
    }

    /**
     * Point forecasts from the final states: (l<sub>n</sub> + φ<sub>h</sub>b<sub>n</sub>) combined with
     * s<sub>n+h−m(k+1)</sub>, k = ⌊(h − 1)/m⌋ (Hyndman et al. 2008, Table 2.1).
     */
    static double[] forecast(HoltWintersSpec spec, double phi, HoltWintersStates fin, int h) {
        double[] out = new double[h];
        double[] s = fin.seasonal();
        double ph = spec.damped() ? phi : 1.0;
        for (int j = 1; j <= h; j++) {
            double base = fin.level() + (spec.trend() ? dampSum(ph, j) * fin.trend() : 0.0);
            out[j - 1] = switch (spec.seasonality()) {
                case ADDITIVE -> base + s[(j - 1) % s.length];
                case MULTIPLICATIVE -> base * s[(j - 1) % s.length];
                case NONE -> base;
            };
        }
        return out;
    }

    /**
     * Relative forecast variances v<sub>h</sub> = 1 + Σ<sub>j=1</sub><sup>h−1</sup> c<sub>j</sub>² with
     * c<sub>j</sub> = α(1 + β·φ<sub>j</sub>) + γ·[j mod m = 0], the class-1 result of Hyndman et al.
     * (2008, Table 6.1) written with statsmodels' β (= β<sub>ETS</sub>/α).
     */
    static double[] relativeVariance(HoltWintersSpec spec, HoltWintersParams p, int h) {
        double[] v = new double[h];
        double acc = 1;
        double ph = spec.damped() ? p.phi() : 1.0;
        for (int step = 1; step <= h; step++) {
            v[step - 1] = acc;
            int j = step;
            double c = p.alpha() * (1 + (spec.trend() ? p.beta() * dampSum(ph, j) : 0.0));
            if (spec.seasonal() && j % spec.period() == 0) {
                c += p.gamma();
            }
            acc += c * c;
        }
        return v;
    }

    /**
     * Simulates {@code paths} future paths of h steps by running the recursions on
     * y = ŷ + ε with ε ~ N(0, σ²) drawn from a {@link SplittableRandom} seeded with {@code seed}.
     *
     * @return simulated values, [step][path]
     */
    static double[][] simulate(HoltWintersSpec spec, HoltWintersParams p, HoltWintersStates fin, double sigma,
            int h, int paths, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] out = new double[h][paths];
        int m = spec.seasonal() ? spec.period() : 0;
        double ph = spec.damped() ? p.phi() : 1.0;
        double a = p.alpha();
        double be = p.beta();
        double g = p.gamma();
        double[] s0 = fin.seasonal();
        double[] s = new double[Math.max(m, 1)];
        for (int path = 0; path < paths; path++) {
            double l = fin.level();
            double b = spec.trend() ? fin.trend() : 0.0;
            if (m > 0) {
                System.arraycopy(s0, 0, s, 0, m);
            }
            for (int j = 0; j < h; j++) {
                double base = spec.trend() ? l + ph * b : l;
                int k = m > 0 ? j % m : 0;
                double yhat;
                double lNew;
                double yv;
                switch (spec.seasonality()) {
                    case ADDITIVE -> {
                        yhat = base + s[k];
                        yv = yhat + sigma * rng.nextGaussian();
                        lNew = a * (yv - s[k]) + (1 - a) * base;
                        s[k] = g * (yv - base) + (1 - g) * s[k];
                    }
                    case MULTIPLICATIVE -> {
                        yhat = base * s[k];
                        yv = yhat + sigma * rng.nextGaussian();
                        lNew = a * yv / s[k] + (1 - a) * base;
                        s[k] = g * yv / base + (1 - g) * s[k];
                    }
                    default -> {
                        yhat = base;
                        yv = yhat + sigma * rng.nextGaussian();
                        lNew = a * yv + (1 - a) * base;
                    }
                }
                if (spec.trend()) {
                    b = be * (lNew - l) + (1 - be) * ph * b;
                }
                l = lNew;
                out[j][path] = yv;
            }
        }
        return out;
    }

    /** The empirical quantile with linear interpolation between order statistics (numpy's default). */
    static double quantile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }

    /**
     * Initial states as statsmodels computes them for initialization "estimated" before optimising:
     * {@code _initialization_heuristic} (tsa/exponential_smoothing/initialization.py; Hyndman et al.
     * 2008, sec. 2.6.1) when n &ge; 10 + 2⌊m/2⌋ (10 without seasonality), else
     * {@code _initialization_simple}.
     */
    static HoltWintersStates initialStates(double[] y, HoltWintersSpec spec) {
        int n = y.length;
        int minObs = spec.seasonal() ? 10 + 2 * (spec.period() / 2) : 10;
        return n >= minObs ? heuristic(y, spec) : simple(y, spec);
    }

    static HoltWintersStates simple(double[] y, HoltWintersSpec spec) {
        if (!spec.seasonal()) {
            return HoltWintersStates.of(y[0], spec.trend() ? y[1] - y[0] : 0.0);
        }
        int m = spec.period();
        double level = 0;
        for (int i = 0; i < m; i++) {
            level += y[i];
        }
        level /= m;
        double trend = 0;
        if (spec.trend()) {
            for (int i = 0; i < m; i++) {
                trend += (y[m + i] - y[i]) / m;
            }
            trend /= m;
        }
        double[] s = new double[m];
        for (int i = 0; i < m; i++) {
            s[i] = spec.seasonality() == Seasonality.MULTIPLICATIVE ? y[i] / level : y[i] - level;
        }
        return new HoltWintersStates(level, trend, s);
    }

    static HoltWintersStates heuristic(double[] y, HoltWintersSpec spec) {
        double[] base = y;
        double[] seasonal = new double[0];
        if (spec.seasonal()) {
            int m = spec.period();
            int n = y.length;
            int minObs = 10 + 2 * (m / 2);
            int cycles = Math.max(Math.min(5, n / m), (minObs + m - 1) / m);
            int len = Math.min(n, cycles * m);
            double[] ma = new double[len];
            Arrays.fill(ma, Double.NaN);
            int half = m / 2;
            for (int i = half; i + half < len; i++) {
                double sum = 0;
                if (m % 2 == 0) {
                    sum = 0.5 * y[i - half] + 0.5 * y[i + half];
                    for (int j = i - half + 1; j <= i + half - 1; j++) {
                        sum += y[j];
                    }
                } else {
                    for (int j = i - half; j <= i + half; j++) {
                        sum += y[j];
                    }
                }
                ma[i] = sum / m;
            }
            boolean mul = spec.seasonality() == Seasonality.MULTIPLICATIVE;
            seasonal = new double[m];
            for (int j = 0; j < m; j++) {
                double sum = 0;
                int count = 0;
                for (int c = 0; c < cycles; c++) {
                    int i = c * m + j;
                    if (i < len && !Double.isNaN(ma[i])) {
                        sum += mul ? y[i] / ma[i] : y[i] - ma[i];
                        count++;
                    }
                }
                seasonal[j] = sum / count;
            }
            double mean = Arrays.stream(seasonal).average().orElseThrow();
            for (int j = 0; j < m; j++) {
                seasonal[j] = mul ? seasonal[j] / mean : seasonal[j] - mean;
            }
            base = Arrays.copyOfRange(ma, half, len - half);
        }
        // least squares of the first 10 values on [1, x], x = 1..10
        double xbar = 5.5;
        double ybar = 0;
        for (int i = 0; i < 10; i++) {
            ybar += base[i];
        }
        ybar /= 10;
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < 10; i++) {
            double dx = i + 1 - xbar;
            sxy += dx * (base[i] - ybar);
            sxx += dx * dx;
        }
        double slope = sxy / sxx;
        double level = ybar - slope * xbar;
        return new HoltWintersStates(level, spec.trend() ? slope : 0.0, seasonal);
    }
}

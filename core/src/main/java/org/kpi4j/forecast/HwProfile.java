package org.kpi4j.forecast;

import java.util.Arrays;

/**
 * The least-squares fit with estimated initial states for additive or no seasonality, with the
 * states solved exactly rather than searched for. With those models the one-step errors are affine
 * in the initial states for fixed smoothing parameters (e = e(y, 0) + Σ x<sub>j</sub>·e(0, u<sub>j</sub>),
 * u<sub>j</sub> the j-th unit state), so for each candidate (α, β, γ, φ) the best states are a linear
 * least-squares problem of 1–m+1 unknowns, solved by Householder QR; the optimiser then searches only
 * the 1–4 smoothing parameters (grid starts, then BOBYQA, or Brent for α alone). The joint minimum
 * over parameters and states is the minimum of this profile, so the SSE is never above what a search
 * over all of them finds at the same smoothing parameters, at a fraction of the cost.
 *
 * <p>Adding c to the level and −c to every additive seasonal state changes no prediction, so the
 * seasonal states are solved with their sum fixed at zero (any other choice has the same errors and
 * forecasts).
 */
final class HwProfile {

    /** BOBYQA runs from the best grid points (then one from statsmodels' start, and a restart from the best). */
    private static final int STARTS = 1;
    /**
     * BOBYQA's final trust-region radius: smoothing parameters to about 1e-5, where the SSE is flat (on
     * 200 series the mean log SSE agreed with 1e-8's to nine digits, at about half the cost).
     */
    private static final double STOP = 1e-5;
    private static final int MAX_EVAL = 2000;

    private final double[] y;
    private final HoltWintersSpec spec;
    private final int n;
    private final int m;
    private final int k;
    private final double[] e0;
    private final double[][] cols;
    /** Solves for the states: its {@link QrLeastSquares#x} holds the best states at the last {@link #sse}. */
    private final QrLeastSquares solver;
    private final double[] level;
    private final double[] trendState;
    private final double[] season;
    /** The bounds of the smoothing parameters. */
    private final double[] lower;
    private final double[] upper;
    private double bestValue = Double.POSITIVE_INFINITY;
    private double[] best;

    private HwProfile(double[] y, HoltWintersSpec spec) {
        this.y = y;
        this.spec = spec;
        this.n = y.length;
        this.m = spec.seasonal() ? spec.period() : 0;
        this.k = 1 + (spec.trend() ? 1 : 0) + (m > 0 ? m - 1 : 0);
        this.e0 = new double[n];
        this.cols = new double[k + (m > 0 ? 1 : 0)][n];
        this.solver = new QrLeastSquares(n, k);
        int runs = 1 + cols.length;
        this.level = new double[runs];
        this.trendState = new double[runs];
        this.season = new double[runs * Math.max(m, 1)];
        this.lower = HwSearch.lower(spec);
        this.upper = HwSearch.upper(spec);
    }

    static boolean applies(HoltWintersSpec spec, Initialization init) {
        return init == Initialization.ESTIMATED && spec.seasonality() != Seasonality.MULTIPLICATIVE;
    }

    static HoltWintersFit fit(double[] y, HoltWintersSpec spec) {
        HwProfile p = new HwProfile(y, spec);
        if (p.lower.length == 1) {
            HwSearch.alphaOnly(a -> p.sse(new double[] {a}));
        } else {
            for (double[] x0 : HwSearch.starts(spec, p::point, p::sse, STARTS, false)) {
                HwSearch.bobyqa(p::sse, x0, p.lower, p.upper, STOP, MAX_EVAL);
            }
            // restart from the best point found
            HwSearch.bobyqa(p::sse, p.best.clone(), p.lower, p.upper, STOP, MAX_EVAL);
        }
        double[] c = p.best;
        HoltWintersParams params = p.params(c);
        p.sse(c); // leaves the best states in the solver
        HoltWintersStates states = p.states();
        HwEngine.Run run = HwEngine.run(y, spec, params.alpha(), params.beta(), params.gamma(), params.phi(),
                states.level(), states.trend(), states.seasonal(), true);
        if (run.badIndex() >= 0) {
            throw new IllegalArgumentException("no finite Holt-Winters fit found for this series; the recursions"
                    + " diverge at y[" + run.badIndex() + "]");
        }
        return new HoltWintersFit(spec, params, states, y, run, HwSearch.boundWarnings(spec, c, p.lower, p.upper));
    }

    private HoltWintersParams params(double[] c) {
        int i = 0;
        double alpha = c[i++];
        double beta = spec.trend() ? c[i++] : 0;
        double gamma = spec.seasonal() ? c[i++] : 0;
        double phi = spec.damped() ? c[i] : 1;
        return new HoltWintersParams(alpha, beta, gamma, phi);
    }

    private HoltWintersStates states() {
        double[] x = solver.x;
        int i = 0;
        double level = x[i++];
        double trend = spec.trend() ? x[i++] : 0;
        double[] s = new double[m];
        double sum = 0;
        for (int j = 0; j < m - 1; j++) {
            s[j] = x[i++];
            sum += s[j];
        }
        if (m > 0) {
            s[m - 1] = -sum;
        }
        return new HoltWintersStates(level, trend, s);
    }

    /** The profile SSE at clamped smoothing parameters c; the best states are left in {@link #solver}. */
    double sse(double[] raw) {
        double[] c = raw.clone();
        for (int i = 0; i < c.length; i++) {
            c[i] = HwSearch.clamp(c[i], lower[i], upper[i]);
        }
        HoltWintersParams p = params(c);
        double a = p.alpha();
        double b = p.beta();
        double g = p.gamma();
        double f = spec.damped() ? p.phi() : 1;
        runs(a, b, g, f);
        int firstSeason = spec.trend() ? 2 : 1;
        if (m > 0) { // s[m − 1] = −Σ others: column j is e(u_j) − e(u_{m−1})
            double[] last = cols[firstSeason + m - 1];
            for (int j = 0; j < m - 1; j++) {
                double[] cj = cols[firstSeason + j];
                for (int t = 0; t < n; t++) {
                    cj[t] -= last[t];
                }
            }
        }
        double v = solver.solve(e0, cols);
        if (!Double.isFinite(v)) {
            return 1e300; // a large finite value keeps BOBYQA's quadratic models usable
        }
        if (v < bestValue) {
            bestValue = v;
            best = c;
        }
        return v;
    }

    /**
     * The one-step errors of the additive recursions (HwEngine.run's) on y with all states 0, into
     * e0, and on zeros from each unit initial state (level, trend, then each seasonal state), into
     * cols: all runs in one pass over time, so that their independent chains overlap in the CPU.
     */
    private void runs(double a, double b, double g, double f) {
        int r = 1 + cols.length;
        double[] l = level;
        double[] tr = trendState;
        double[] s = season;
        Arrays.fill(l, 0);
        Arrays.fill(tr, 0);
        Arrays.fill(s, 0);
        l[1] = 1;
        int unit = 2;
        if (spec.trend()) {
            tr[2] = 1;
            unit = 3;
        }
        for (int j = 0; j < m; j++) {
            s[(unit + j) * m + j] = 1;
        }
        boolean trend = spec.trend();
        double ca = 1 - a;
        double cg = 1 - g;
        double cb = 1 - b;
        int j = 0; // t mod m
        for (int t = 0; t < n; t++) {
            for (int q = 0; q < r; q++) {
                double base = trend ? l[q] + f * tr[q] : l[q];
                double yt = q == 0 ? y[t] : 0;
                int si = q * m + j;
                double st = m > 0 ? s[si] : 0;
                double lNew = a * yt - a * st + ca * base;
                if (m > 0) {
                    s[si] = g * yt - g * base + cg * st;
                }
                if (trend) {
                    tr[q] = b * (lNew - l[q]) + cb * f * tr[q];
                }
                l[q] = lNew;
                double e = yt - (base + st);
                if (q == 0) {
                    e0[t] = e;
                } else {
                    cols[q - 1][t] = e;
                }
            }
            if (++j == m) {
                j = 0;
            }
        }
    }

    /** Packs smoothing parameters into a search vector, leaving out those the spec does not have. */
    private double[] point(double a, double b, double g, double f) {
        double[] p = new double[1 + (spec.trend() ? 1 : 0) + (spec.seasonal() ? 1 : 0) + (spec.damped() ? 1 : 0)];
        int i = 0;
        p[i++] = a;
        if (spec.trend()) {
            p[i++] = b;
        }
        if (spec.seasonal()) {
            p[i++] = g;
        }
        if (spec.damped()) {
            p[i] = f;
        }
        return p;
    }
}

package org.kpi4j.forecast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Least-squares estimation of Holt-Winters parameters (and optionally initial states).
 *
 * <p>The search vector holds alpha, then beta (with trend), gamma (with seasonality), phi (when
 * damped) and, for {@link Initialization#ESTIMATED}, the level, trend and seasonal states. States
 * measured in data units are divided by the mean absolute value of y so that every coordinate is of
 * order one, and are bounded to the heuristic value ± 10 such units.
 */
final class HwFitter {

    private static final int STARTS = 4;
    /** BOBYQA's final trust-region radius. */
    private static final double STOP = 1e-8;
    private static final int MAX_EVAL = 3000;
    private static final double STATE_RANGE = 10;

    private HwFitter() {
    }

    private static final class Problem {
        final double[] y;
        final HoltWintersSpec spec;
        final boolean estimateStates;
        final HoltWintersStates heuristic;
        final double[] heuristicSeasonal;
        final double scale;
        final int nSmooth;
        final double[] lower;
        final double[] upper;
        double bestValue = Double.POSITIVE_INFINITY;
        double[] best;

        Problem(double[] y, HoltWintersSpec spec, Initialization init) {
            this.y = y;
            this.spec = spec;
            this.estimateStates = init == Initialization.ESTIMATED;
            this.heuristic = HwEngine.initialStates(y, spec);
            this.heuristicSeasonal = heuristic.seasonal();
            double s = 0;
            for (double v : y) {
                s += Math.abs(v);
            }
            this.scale = s > 0 ? s / y.length : 1.0;
            double[] smoothLower = HwSearch.lower(spec);
            this.nSmooth = smoothLower.length;
            List<double[]> bounds = new ArrayList<>(); // of the initial states
            if (estimateStates) {
                double l = heuristic.level() / scale;
                bounds.add(new double[] {l - STATE_RANGE, l + STATE_RANGE});
                if (spec.trend()) {
                    double b = heuristic.trend() / scale;
                    bounds.add(new double[] {b - STATE_RANGE, b + STATE_RANGE});
                }
                double[] s0 = heuristic.seasonal();
                for (int j = 0; j < s0.length; j++) {
                    if (spec.seasonality() == Seasonality.MULTIPLICATIVE) {
                        bounds.add(new double[] {Math.max(1e-6, s0[j] - STATE_RANGE), s0[j] + STATE_RANGE});
                    } else {
                        double v = s0[j] / scale;
                        bounds.add(new double[] {v - STATE_RANGE, v + STATE_RANGE});
                    }
                }
            }
            this.lower = withStates(smoothLower, bounds, 0);
            this.upper = withStates(HwSearch.upper(spec), bounds, 1);
        }

        /** The smoothing parameters' bounds followed by one side of the states' bounds. */
        private static double[] withStates(double[] smoothing, List<double[]> states, int side) {
            double[] out = Arrays.copyOf(smoothing, smoothing.length + states.size());
            for (int i = 0; i < states.size(); i++) {
                out[smoothing.length + i] = states.get(i)[side];
            }
            return out;
        }

        int dim() {
            return lower.length;
        }

        HoltWintersParams params(double[] x) {
            int i = 0;
            double alpha = x[i++];
            double beta = spec.trend() ? x[i++] : 0;
            double gamma = spec.seasonal() ? x[i++] : 0;
            double phi = spec.damped() ? x[i] : 1;
            return new HoltWintersParams(HwSearch.clamp(alpha, 0, 1), HwSearch.clamp(beta, 0, 1),
                    HwSearch.clamp(gamma, 0, 1),
                    spec.damped() ? HwSearch.clamp(phi, HwSearch.PHI_LOWER, HwSearch.PHI_UPPER) : 1);
        }

        HoltWintersStates states(double[] x) {
            if (!estimateStates) {
                return heuristic;
            }
            int i = nSmooth;
            double level = x[i++] * scale;
            double trend = spec.trend() ? x[i++] * scale : 0;
            double[] s = new double[spec.seasonal() ? spec.period() : 0];
            for (int j = 0; j < s.length; j++) {
                s[j] = spec.seasonality() == Seasonality.MULTIPLICATIVE ? x[i++] : x[i++] * scale;
            }
            return new HoltWintersStates(level, trend, s);
        }

        double[] start(HoltWintersParams p) {
            double[] x = new double[dim()];
            int i = 0;
            x[i++] = p.alpha();
            if (spec.trend()) {
                x[i++] = p.beta();
            }
            if (spec.seasonal()) {
                x[i++] = p.gamma();
            }
            if (spec.damped()) {
                x[i++] = p.phi();
            }
            if (estimateStates) {
                x[i++] = heuristic.level() / scale;
                if (spec.trend()) {
                    x[i++] = heuristic.trend() / scale;
                }
                for (double s : heuristic.seasonal()) {
                    x[i++] = spec.seasonality() == Seasonality.MULTIPLICATIVE ? s : s / scale;
                }
            }
            return x;
        }

        double sse(double[] x) {
            double[] c = new double[x.length];
            for (int i = 0; i < c.length; i++) {
                c[i] = HwSearch.clamp(x[i], lower[i], upper[i]);
            }
            int i = 0;
            double alpha = c[i++];
            double beta = spec.trend() ? c[i++] : 0;
            double gamma = spec.seasonal() ? c[i++] : 0;
            double phi = spec.damped() ? c[i++] : 1;
            double level;
            double trend;
            double[] s0;
            if (estimateStates) {
                level = c[i++] * scale;
                trend = spec.trend() ? c[i++] * scale : 0;
                s0 = new double[spec.seasonal() ? spec.period() : 0];
                boolean mul = spec.seasonality() == Seasonality.MULTIPLICATIVE;
                for (int j = 0; j < s0.length; j++) {
                    s0[j] = mul ? c[i++] : c[i++] * scale;
                }
            } else {
                level = heuristic.level();
                trend = heuristic.trend();
                s0 = heuristicSeasonal;
            }
            double v = HwEngine.run(y, spec, alpha, beta, gamma, phi, level, trend, s0, false).sse();
            if (v < bestValue) {
                bestValue = v;
                best = c;
            }
            // a large finite value keeps BOBYQA's quadratic models usable
            return Double.isFinite(v) ? v : 1e300;
        }
    }

    static HoltWintersFit fit(double[] y, HoltWintersSpec spec, Initialization init) {
        if (HwProfile.applies(spec, init)) {
            return HwProfile.fit(y, spec); // initial states solved exactly, only the smoothing searched
        }
        Problem pr = new Problem(y, spec, init);
        if (pr.dim() == 1) {
            HwSearch.alphaOnly(a -> pr.sse(new double[] {a}));
        } else {
            // statsmodels' default start is ranked with the grid too
            List<double[]> starts = HwSearch.starts(spec, (a, b, g, f) -> pr.start(new HoltWintersParams(a, b, g, f)),
                    pr::sse, STARTS, true);
            for (double[] x0 : starts) {
                HwSearch.bobyqa(pr::sse, x0, pr.lower, pr.upper, STOP, MAX_EVAL);
            }
            // restart from the best point found
            HwSearch.bobyqa(pr::sse, pr.best.clone(), pr.lower, pr.upper, STOP, MAX_EVAL);
        }
        double[] x = pr.best;
        HoltWintersParams p = pr.params(x);
        HoltWintersStates s = pr.states(x);
        HwEngine.Run run = HwEngine.run(y, spec, p.alpha(), p.beta(), p.gamma(), p.phi(), s.level(), s.trend(),
                s.seasonal(), true);
        if (run.badIndex() >= 0) {
            throw new IllegalArgumentException("no finite Holt-Winters fit found for this series; the recursions"
                    + " diverge at y[" + run.badIndex() + "]");
        }
        return new HoltWintersFit(spec, p, s, y, run, HwSearch.boundWarnings(spec, x, pr.lower, pr.upper));
    }
}

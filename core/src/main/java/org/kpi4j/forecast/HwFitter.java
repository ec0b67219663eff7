package org.kpi4j.forecast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;

/**
 * Least-squares estimation of Holt-Winters parameters (and optionally initial states).
 *
 * <p>The search vector holds alpha, then beta (with trend), gamma (with seasonality), phi (when
 * damped) and, for {@link Initialization#ESTIMATED}, the level, trend and seasonal states. States
 * measured in data units are divided by the mean absolute value of y so that every coordinate is of
 * order one, and are bounded to the heuristic value ± 10 such units.
 */
final class HwFitter {

    static final double PHI_LOWER = 0.8;
    static final double PHI_UPPER = 0.995;
    static final double BOUND_TOLERANCE = 1e-4;
    private static final int STARTS = 4;
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
        final String[] names;
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
            List<String> nm = new ArrayList<>();
            List<double[]> bounds = new ArrayList<>();
            nm.add("alpha");
            bounds.add(new double[] {0, 1});
            if (spec.trend()) {
                nm.add("beta");
                bounds.add(new double[] {0, 1});
            }
            if (spec.seasonal()) {
                nm.add("gamma");
                bounds.add(new double[] {0, 1});
            }
            if (spec.damped()) {
                nm.add("phi");
                bounds.add(new double[] {PHI_LOWER, PHI_UPPER});
            }
            this.nSmooth = nm.size();
            if (estimateStates) {
                double l = heuristic.level() / scale;
                nm.add("initial level");
                bounds.add(new double[] {l - STATE_RANGE, l + STATE_RANGE});
                if (spec.trend()) {
                    double b = heuristic.trend() / scale;
                    nm.add("initial trend");
                    bounds.add(new double[] {b - STATE_RANGE, b + STATE_RANGE});
                }
                double[] s0 = heuristic.seasonal();
                for (int j = 0; j < s0.length; j++) {
                    nm.add("initial seasonal " + j);
                    if (spec.seasonality() == Seasonality.MULTIPLICATIVE) {
                        bounds.add(new double[] {Math.max(1e-6, s0[j] - STATE_RANGE), s0[j] + STATE_RANGE});
                    } else {
                        double v = s0[j] / scale;
                        bounds.add(new double[] {v - STATE_RANGE, v + STATE_RANGE});
                    }
                }
            }
            this.names = nm.toArray(String[]::new);
            this.lower = bounds.stream().mapToDouble(b -> b[0]).toArray();
            this.upper = bounds.stream().mapToDouble(b -> b[1]).toArray();
        }

        int dim() {
            return names.length;
        }

        HoltWintersParams params(double[] x) {
            int i = 0;
            double alpha = x[i++];
            double beta = spec.trend() ? x[i++] : 0;
            double gamma = spec.seasonal() ? x[i++] : 0;
            double phi = spec.damped() ? x[i] : 1;
            return new HoltWintersParams(clamp(alpha, 0, 1), clamp(beta, 0, 1), clamp(gamma, 0, 1),
                    spec.damped() ? clamp(phi, PHI_LOWER, PHI_UPPER) : 1);
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
                c[i] = clamp(x[i], lower[i], upper[i]);
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
            fitAlphaOnly(pr);
        } else {
            List<double[]> starts = gridStarts(pr);
            for (double[] x0 : starts) {
                bobyqa(pr, x0);
            }
            bobyqa(pr, pr.best.clone()); // restart from the best point found
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
        return new HoltWintersFit(spec, p, s, y, run, boundWarnings(pr, x));
    }

    private static void fitAlphaOnly(Problem pr) {
        double bestA = 0;
        double bestV = Double.POSITIVE_INFINITY;
        for (int i = 0; i <= 100; i++) {
            double a = i / 100.0;
            double v = pr.sse(new double[] {a});
            if (v < bestV) {
                bestV = v;
                bestA = a;
            }
        }
        double lo = Math.max(0, bestA - 0.01);
        double hi = Math.min(1, bestA + 0.01);
        new BrentOptimizer(1e-12, 1e-14).optimize(new MaxEval(1000), GoalType.MINIMIZE,
                new UnivariateObjectiveFunction(a -> pr.sse(new double[] {a})), new SearchInterval(lo, hi, bestA));
    }

    private static List<double[]> gridStarts(Problem pr) {
        HoltWintersSpec spec = pr.spec;
        double[] alphas = {0.01, 0.1, 0.3, 0.5, 0.7, 0.9, 0.99};
        double[] betas = spec.trend() ? new double[] {0.01, 0.1, 0.3, 0.6, 0.9} : new double[] {0};
        double[] gammas = spec.seasonal() ? new double[] {0.01, 0.1, 0.3, 0.6, 0.9} : new double[] {0};
        double[] phis = spec.damped() ? new double[] {0.85, 0.95, 0.99} : new double[] {1};
        List<double[]> points = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (double a : alphas) {
            for (double b : betas) {
                for (double g : gammas) {
                    for (double f : phis) {
                        double[] x = pr.start(new HoltWintersParams(a, b, g, f));
                        points.add(x);
                        values.add(pr.sse(x));
                    }
                }
            }
        }
        // statsmodels' default starting point as well
        int m = spec.seasonal() ? spec.period() : 1;
        double a0 = 0.5 / m;
        points.add(pr.start(new HoltWintersParams(a0, spec.trend() ? 0.1 * a0 : 0,
                spec.seasonal() ? 0.05 * (1 - a0) : 0, spec.damped() ? 0.99 : 1)));
        values.add(pr.sse(points.get(points.size() - 1)));
        Integer[] order = new Integer[points.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(values::get));
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < Math.min(STARTS, order.length); i++) {
            out.add(points.get(order[i]));
        }
        out.add(points.get(points.size() - 1));
        return out;
    }

    private static void bobyqa(Problem pr, double[] x0) {
        int d = pr.dim();
        BOBYQAOptimizer opt = new BOBYQAOptimizer(2 * d + 1, 0.05, 1e-8);
        try {
            opt.optimize(new MaxEval(MAX_EVAL), GoalType.MINIMIZE, new ObjectiveFunction(pr::sse),
                    new InitialGuess(x0), new SimpleBounds(pr.lower, pr.upper));
        } catch (MathIllegalStateException e) {
            // evaluation budget exhausted or no progress: keep the best point seen so far
        }
    }

    private static List<String> boundWarnings(Problem pr, double[] x) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < pr.nSmooth; i++) {
            String name = pr.names[i];
            if (x[i] - pr.lower[i] < BOUND_TOLERANCE) {
                out.add(String.format(Locale.ROOT, "%s = %.6g is within %.0e of its lower bound %s", name, x[i],
                        BOUND_TOLERANCE, fmt(pr.lower[i])));
            } else if (pr.upper[i] - x[i] < BOUND_TOLERANCE) {
                out.add(String.format(Locale.ROOT, "%s = %.6g is within %.0e of its upper bound %s", name, x[i],
                        BOUND_TOLERANCE, fmt(pr.upper[i])));
            }
        }
        return out;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}

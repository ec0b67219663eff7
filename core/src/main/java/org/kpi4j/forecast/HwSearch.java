package org.kpi4j.forecast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.analysis.MultivariateFunction;
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
 * What both least-squares fits of Holt-Winters ({@link HwFitter}, and {@link HwProfile} for
 * estimated states without multiplicative seasonality) share about the smoothing parameters, which
 * lead every search vector in the order alpha, beta (with trend), gamma (with seasonality), phi
 * (when damped): their bounds, the starts of a search (from a grid and statsmodels' default), the
 * two searches (a grid then Brent for alpha alone, BOBYQA for more) and the warning when a fit ends
 * at a bound.
 */
final class HwSearch {

    /** The bounds of phi; alpha, beta and gamma are bounded to [0, 1]. */
    static final double PHI_LOWER = 0.8;
    static final double PHI_UPPER = 0.995;
    /** A fitted parameter this close to a bound is reported in the fit's warnings. */
    static final double BOUND_TOLERANCE = 1e-4;
    /** The grid the starts are chosen from (a coarser one found worse minima on some series). */
    private static final double[] GRID_ALPHA = {0.01, 0.1, 0.3, 0.5, 0.7, 0.9, 0.99};
    private static final double[] GRID_BETA_GAMMA = {0.01, 0.1, 0.3, 0.6, 0.9};
    private static final double[] GRID_PHI = {0.85, 0.95, 0.99};

    private HwSearch() {
    }

    /** Makes a fit's search vector from smoothing parameters (ignoring those its spec does not have). */
    interface Start {
        double[] at(double alpha, double beta, double gamma, double phi);
    }

    /** The names of the spec's smoothing parameters, in search order. */
    static List<String> names(HoltWintersSpec spec) {
        List<String> names = new ArrayList<>(List.of("alpha"));
        if (spec.trend()) {
            names.add("beta");
        }
        if (spec.seasonal()) {
            names.add("gamma");
        }
        if (spec.damped()) {
            names.add("phi");
        }
        return names;
    }

    /** The lower bounds of the spec's smoothing parameters, in search order. */
    static double[] lower(HoltWintersSpec spec) {
        double[] lower = new double[count(spec)];
        if (spec.damped()) {
            lower[lower.length - 1] = PHI_LOWER;
        }
        return lower;
    }

    /** The upper bounds of the spec's smoothing parameters, in search order. */
    static double[] upper(HoltWintersSpec spec) {
        double[] upper = new double[count(spec)];
        Arrays.fill(upper, 1);
        if (spec.damped()) {
            upper[upper.length - 1] = PHI_UPPER;
        }
        return upper;
    }

    private static int count(HoltWintersSpec spec) {
        return 1 + (spec.trend() ? 1 : 0) + (spec.seasonal() ? 1 : 0) + (spec.damped() ? 1 : 0);
    }

    static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    /**
     * The starts of a BOBYQA search: the {@code count} points of the grid with the least SSE, then
     * statsmodels' default start. With {@code rankDefault} the default start is ranked with the grid
     * points too, so it may be among the {@code count} as well.
     */
    static List<double[]> starts(HoltWintersSpec spec, Start start, ToDoubleFunction<double[]> sse, int count,
            boolean rankDefault) {
        double[] betas = spec.trend() ? GRID_BETA_GAMMA : new double[] {0};
        double[] gammas = spec.seasonal() ? GRID_BETA_GAMMA : new double[] {0};
        double[] phis = spec.damped() ? GRID_PHI : new double[] {1};
        List<double[]> points = new ArrayList<>();
        for (double a : GRID_ALPHA) {
            for (double b : betas) {
                for (double g : gammas) {
                    for (double f : phis) {
                        points.add(start.at(a, b, g, f));
                    }
                }
            }
        }
        double a0 = 0.5 / (spec.seasonal() ? spec.period() : 1);
        double[] statsmodels = start.at(a0, spec.trend() ? 0.1 * a0 : 0, spec.seasonal() ? 0.05 * (1 - a0) : 0,
                spec.damped() ? 0.99 : 1);
        if (rankDefault) {
            points.add(statsmodels);
        }
        List<Double> values = new ArrayList<>();
        for (double[] p : points) {
            values.add(sse.applyAsDouble(p));
        }
        Integer[] order = new Integer[points.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(values::get));
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < Math.min(count, order.length); i++) {
            out.add(points.get(order[i]));
        }
        out.add(statsmodels);
        return out;
    }

    /** Minimises over alpha alone: the best of a grid of 0.01 steps, then Brent within a step of it. */
    static void alphaOnly(DoubleUnaryOperator sse) {
        double bestA = 0;
        double bestV = Double.POSITIVE_INFINITY;
        for (int i = 0; i <= 100; i++) {
            double a = i / 100.0;
            double v = sse.applyAsDouble(a);
            if (v < bestV) {
                bestV = v;
                bestA = a;
            }
        }
        double lo = Math.max(0, bestA - 0.01);
        double hi = Math.min(1, bestA + 0.01);
        new BrentOptimizer(1e-12, 1e-14).optimize(new MaxEval(1000), GoalType.MINIMIZE,
                new UnivariateObjectiveFunction(sse::applyAsDouble), new SearchInterval(lo, hi, bestA));
    }

    /**
     * Runs BOBYQA from x0 within the bounds, to a final trust-region radius of {@code stop}; the
     * objective remembers the best point it was called at, which is kept when the search ends early.
     */
    static void bobyqa(MultivariateFunction sse, double[] x0, double[] lower, double[] upper, double stop,
            int maxEval) {
        BOBYQAOptimizer opt = new BOBYQAOptimizer(2 * x0.length + 1, 0.05, stop);
        try {
            opt.optimize(new MaxEval(maxEval), GoalType.MINIMIZE, new ObjectiveFunction(sse),
                    new InitialGuess(x0), new SimpleBounds(lower, upper));
        } catch (MathIllegalStateException e) {
            // evaluation budget exhausted or no progress: keep the best point seen so far
        }
    }

    /** A warning for each smoothing parameter at the front of x that ended within the tolerance of a bound. */
    static List<String> boundWarnings(HoltWintersSpec spec, double[] x, double[] lower, double[] upper) {
        List<String> names = names(spec);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (x[i] - lower[i] < BOUND_TOLERANCE) {
                out.add(String.format(Locale.ROOT, "%s = %.6g is within %.0e of its lower bound %s", names.get(i), x[i],
                        BOUND_TOLERANCE, fmt(lower[i])));
            } else if (upper[i] - x[i] < BOUND_TOLERANCE) {
                out.add(String.format(Locale.ROOT, "%s = %.6g is within %.0e of its upper bound %s", names.get(i), x[i],
                        BOUND_TOLERANCE, fmt(upper[i])));
            }
        }
        return out;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}

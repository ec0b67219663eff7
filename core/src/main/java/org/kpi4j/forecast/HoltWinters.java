package org.kpi4j.forecast;

import java.util.List;
import java.util.Objects;

/**
 * Holt-Winters exponential smoothing with an additive (optionally damped) trend and no, additive
 * or multiplicative seasonality, with known or estimated parameters.
 *
 * <p>The recursions are those of statsmodels' {@code ExponentialSmoothing} (0.13), so
 * {@link #known} reproduces
 * {@code ExponentialSmoothing(y, trend="add", damped_trend=..., seasonal=..., seasonal_periods=m,
 * initialization_method="known", initial_level=..., initial_trend=..., initial_seasonal=...)
 * .fit(smoothing_level=..., smoothing_trend=..., smoothing_seasonal=..., damping_trend=...,
 * optimized=False)}: the same fitted values, SSE and AIC (forecasts: see {@link HoltWintersFit}).
 *
 * <p>{@link #fit} estimates the parameters by minimising the SSE of the one-step errors with
 * Commons Math's {@code BOBYQAOptimizer} (Brent's method when only alpha is free), started from
 * the best points of a coarse grid; with estimated initial states and additive or no seasonality
 * the states are solved exactly by least squares for each candidate (the one-step errors are affine
 * in them), so only the smoothing parameters are searched. Bounds: alpha, beta, gamma in [0, 1]; phi in [0.8, 0.995]
 * (statsmodels' default bounds; unlike statsmodels, beta ≤ alpha and gamma ≤ 1 − alpha are not
 * imposed, so the SSE can only be lower). A parameter ending within 1e-4 of a bound is reported in
 * {@link HoltWintersFit#warnings()}. Initial states: see {@link Initialization}; the default,
 * {@link Initialization#ESTIMATED}, is what statsmodels' {@code fit()} does.
 *
 * <pre>{@code
 * double[] y = {112, 96, 108, 94, 118, 99, 113, 98, 123, 104, 119, 103, 128, 108, 124, 109};
 * HoltWintersSpec spec = HoltWintersSpec.quarterly(Seasonality.ADDITIVE);
 *
 * // known parameters and initial states
 * HoltWintersFit known = HoltWinters.known(y, spec, HoltWintersParams.of(0.3, 0.1, 0.2),
 *         new HoltWintersStates(104, 1.0, new double[] {8, -8, 4, -10}));
 *
 * // estimated
 * HoltWintersFit fit = HoltWinters.fit(y, spec);
 * String table = fit.forecast(4, 0.8).toString();
 * }</pre>
 *
 * <p>Series need at least 2m points with seasonality and 3 without; multiplicative seasonality
 * needs all values &gt; 0. This class is stateless and thread-safe.
 */
public final class HoltWinters {

    private HoltWinters() {
    }

    /**
     * Runs the model with given parameters and initial states.
     *
     * @param y the observations, finite, not null; at least {@link HoltWintersSpec#minPoints()};
     *        all &gt; 0 for multiplicative seasonality
     * @param spec the model structure, not null
     * @param params the smoothing parameters, not null (beta, gamma, phi ignored where the model has
     *        no trend, seasonality or damping)
     * @param initial the initial states, not null; {@code seasonal} of length m in statsmodels' order
     *        (element j applies to observation j), empty without seasonality
     * @return the fit
     * @throws IllegalArgumentException if y is too short, not finite, not positive where needed, the
     *         seasonal states have the wrong length, or the recursions produce a non-finite value
     */
    public static HoltWintersFit known(double[] y, HoltWintersSpec spec, HoltWintersParams params,
            HoltWintersStates initial) {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(params, "params");
        Objects.requireNonNull(initial, "initial");
        double[] v = checkSeries(y, spec);
        int m = spec.seasonal() ? spec.period() : 0;
        if (initial.seasonal().length != m) {
            throw new IllegalArgumentException("initial seasonal states must have length " + m + " but had "
                    + initial.seasonal().length);
        }
        HoltWintersParams used = new HoltWintersParams(params.alpha(), spec.trend() ? params.beta() : 0,
                spec.seasonal() ? params.gamma() : 0, spec.damped() ? params.phi() : 1);
        HoltWintersStates init = spec.trend() ? initial : new HoltWintersStates(initial.level(), 0, initial.seasonal());
        HwEngine.Run run = HwEngine.run(v, spec, used.alpha(), used.beta(), used.gamma(), used.phi(),
                init.level(), init.trend(), init.seasonal(), true);
        if (run.badIndex() >= 0) {
            throw new IllegalArgumentException("the Holt-Winters recursions produced a non-finite value at y["
                    + run.badIndex() + "]; check the parameters and initial states");
        }
        return new HoltWintersFit(spec, used, init, v, run, List.of());
    }

    /**
     * Estimates the parameters and initial states ({@link Initialization#ESTIMATED}).
     *
     * @param y the observations, finite, not null; at least {@link HoltWintersSpec#minPoints()};
     *        all &gt; 0 for multiplicative seasonality
     * @param spec the model structure, not null
     * @return the fit, with warnings for parameters on a bound
     * @throws IllegalArgumentException if y is too short, not finite or not positive where needed
     */
    public static HoltWintersFit fit(double[] y, HoltWintersSpec spec) {
        return fit(y, spec, Initialization.ESTIMATED);
    }

    /**
     * Estimates the parameters, with initial states as chosen.
     *
     * @param y the observations, finite, not null; at least {@link HoltWintersSpec#minPoints()};
     *        all &gt; 0 for multiplicative seasonality
     * @param spec the model structure, not null
     * @param initialization how to obtain the initial states, not null
     * @return the fit, with warnings for parameters on a bound
     * @throws IllegalArgumentException if y is too short, not finite or not positive where needed
     */
    public static HoltWintersFit fit(double[] y, HoltWintersSpec spec, Initialization initialization) {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(initialization, "initialization");
        double[] v = checkSeries(y, spec);
        return HwFitter.fit(v, spec, initialization);
    }

    /**
     * The initial states statsmodels starts from: {@code _initialization_heuristic} (Hyndman et al.
     * 2008, sec. 2.6.1: a centred 2×m moving average, average detrended seasonal effects over up to
     * 5 cycles, then a regression on the first 10 trend values) when n &ge; 10 + 2⌊m/2⌋ (10 without
     * seasonality), otherwise {@code _initialization_simple} (mean of the first season, mean
     * season-over-season change).
     *
     * @param y the observations, as for {@link #fit(double[], HoltWintersSpec)}
     * @param spec the model structure, not null
     * @return the heuristic initial states
     * @throws IllegalArgumentException if y is too short, not finite or not positive where needed
     */
    public static HoltWintersStates heuristicStates(double[] y, HoltWintersSpec spec) {
        Objects.requireNonNull(spec, "spec");
        return HwEngine.initialStates(checkSeries(y, spec), spec);
    }

    static double[] checkSeries(double[] y, HoltWintersSpec spec) {
        double[] v = Checks.observations(y, "y");
        if (v.length < spec.minPoints()) {
            String what = spec.seasonal() ? "holt-winters with period " + spec.period()
                    : "holt-winters without seasonality";
            throw new IllegalArgumentException(what + " needs at least " + spec.minPoints() + " points but got "
                    + v.length);
        }
        if (spec.seasonality() == Seasonality.MULTIPLICATIVE) {
            Checks.positive(v, "multiplicative seasonality");
        }
        return v;
    }
}

package org.kpi4j.forecast;

/**
 * Smoothing parameters of a Holt-Winters model, named as in statsmodels' {@code fit}.
 *
 * <p>alpha is {@code smoothing_level}, beta {@code smoothing_trend} (β* in Hyndman et al. 2008: the
 * trend update is b<sub>t</sub> = β(l<sub>t</sub> − l<sub>t−1</sub>) + (1 − β)φb<sub>t−1</sub>),
 * gamma {@code smoothing_seasonal}, phi {@code damping_trend}. Parameters a model does not use are
 * ignored (set beta or gamma to 0, phi to 1).
 *
 * <pre>{@code
 * HoltWintersParams p = HoltWintersParams.of(0.3, 0.1, 0.2);        // undamped
 * HoltWintersParams d = HoltWintersParams.of(0.3, 0.1, 0.2, 0.9);   // damped
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param alpha the level smoothing, in [0, 1]
 * @param beta the trend smoothing, in [0, 1]
 * @param gamma the seasonal smoothing, in [0, 1]
 * @param phi the trend damping, in (0, 1]; 1 means undamped
 */
public record HoltWintersParams(double alpha, double beta, double gamma, double phi) {

    /**
     * Validates the parameters.
     *
     * @param alpha the level smoothing, in [0, 1]
     * @param beta the trend smoothing, in [0, 1]
     * @param gamma the seasonal smoothing, in [0, 1]
     * @param phi the trend damping, in (0, 1]; 1 means undamped
     * @throws IllegalArgumentException naming a parameter outside its range
     */
    public HoltWintersParams {
        unit("alpha", alpha);
        unit("beta", beta);
        unit("gamma", gamma);
        if (!(phi > 0 && phi <= 1)) {
            throw new IllegalArgumentException("phi must be in (0, 1] but was " + phi);
        }
    }

    private static void unit(String name, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1] but was " + v);
        }
    }

    /**
     * Undamped parameters (phi = 1).
     *
     * @param alpha the level smoothing, in [0, 1]
     * @param beta the trend smoothing, in [0, 1]
     * @param gamma the seasonal smoothing, in [0, 1]
     * @return the parameters
     * @throws IllegalArgumentException naming a parameter outside its range
     */
    public static HoltWintersParams of(double alpha, double beta, double gamma) {
        return new HoltWintersParams(alpha, beta, gamma, 1.0);
    }

    /**
     * Damped parameters.
     *
     * @param alpha the level smoothing, in [0, 1]
     * @param beta the trend smoothing, in [0, 1]
     * @param gamma the seasonal smoothing, in [0, 1]
     * @param phi the damping, in (0, 1]
     * @return the parameters
     * @throws IllegalArgumentException naming a parameter outside its range
     */
    public static HoltWintersParams of(double alpha, double beta, double gamma, double phi) {
        return new HoltWintersParams(alpha, beta, gamma, phi);
    }
}

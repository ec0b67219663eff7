package org.kpi4j.forecast;

import java.util.Objects;

/** Argument checks shared by the forecasting classes. */
final class Checks {

    private Checks() {
    }

    static void level(double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be in (0, 1) but was " + level);
        }
    }

    static void horizon(int h) {
        if (h < 1 || h > Forecast.MAX_HORIZON) {
            throw new IllegalArgumentException("horizon must be in 1.." + Forecast.MAX_HORIZON + " but was " + h);
        }
    }

    /**
     * The observations a model is fitted to: finite, and of a magnitude whose squares and sums a
     * double holds (at most {@link Forecast#MAX_VALUE}), so that no fit overflows.
     */
    static double[] observations(double[] y, String name) {
        double[] v = finiteCopy(y, name);
        for (int i = 0; i < v.length; i++) {
            if (Math.abs(v[i]) > Forecast.MAX_VALUE) {
                throw new IllegalArgumentException(name + "[" + i + "] = " + v[i] + " is too large to forecast from: "
                        + "models take values of magnitude up to 1e100 (give the series in a larger unit)");
            }
        }
        return v;
    }

    /** A copy in which a value beyond the range of a double is NaN, which a forecast reads as no number. */
    static double[] noNumberCopy(double[] y, String name) {
        Objects.requireNonNull(y, name);
        double[] v = y.clone();
        for (int i = 0; i < v.length; i++) {
            if (Double.isInfinite(v[i])) {
                v[i] = Double.NaN;
            }
        }
        return v;
    }

    static double[] finiteCopy(double[] y, String name) {
        Objects.requireNonNull(y, name);
        for (int i = 0; i < y.length; i++) {
            if (!Double.isFinite(y[i])) {
                throw new IllegalArgumentException(name + "[" + i + "] must be finite but was " + y[i]);
            }
        }
        return y.clone();
    }

    static void positive(double[] y, String what) {
        for (int i = 0; i < y.length; i++) {
            if (!(y[i] > 0)) {
                throw new IllegalArgumentException(what + " needs all values > 0 but y[" + i + "] = " + y[i]);
            }
        }
    }
}

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
        if (h < 1) {
            throw new IllegalArgumentException("horizon must be >= 1 but was " + h);
        }
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

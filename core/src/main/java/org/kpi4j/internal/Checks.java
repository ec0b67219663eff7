package org.kpi4j.internal;

import java.util.Objects;
import org.kpi4j.format.KpiFormat;

/**
 * Argument checks and number formatting shared by the analytics packages (projection, explain).
 * Not part of the public API.
 */
public final class Checks {

    private Checks() {
    }

    public static double finite(double v, String name) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(name + " must be a finite number but was " + v);
        }
        return v;
    }

    public static double positive(double v, String name) {
        finite(v, name);
        if (v <= 0) {
            throw new IllegalArgumentException(name + " must be > 0 but was " + v);
        }
        return v;
    }

    public static double nonNegative(double v, String name) {
        finite(v, name);
        if (v < 0) {
            throw new IllegalArgumentException(name + " must be >= 0 but was " + v);
        }
        return v;
    }

    /** A growth rate: finite and greater than −1 (a fall of 100% or more cannot be compounded). */
    public static double rate(double r, String name) {
        finite(r, name);
        if (r <= -1) {
            throw new IllegalArgumentException(name + " must be > -1 (a fall of less than 100%) but was " + r);
        }
        return r;
    }

    public static double result(double v, java.util.function.Supplier<String> what) {
        // the message is built only on failure: these checks sit on per-series hot paths
        if (!Double.isFinite(v)) {
            throw new ArithmeticException(what.get() + " is beyond the range of a double, so it has no number");
        }
        return v;
    }

    public static String pct(double fraction) {
        return KpiFormat.en().change(fraction, 2);
    }

    /** A change of a ratio given as a fraction (−0.05), in points: "-5.00 pp". */
    public static String pp(double fraction) {
        return KpiFormat.en().points(fraction * 100, 2);
    }

    public static String num(double v) {
        return KpiFormat.en().number(v, Math.abs(v) >= 1 || v == 0 ? 2 : 6);
    }
    public static String name(String name, String what) {
        Objects.requireNonNull(name, what);
        if (name.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank but was \"" + name + "\"");
        }
        return name;
    }

    /** A level as an unsigned percent: 0.32 → "32.00%". */
    public static String level(double fraction) {
        return KpiFormat.en().percent(fraction, 2);
    }

}

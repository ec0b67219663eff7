package org.kpi4j.projection;

import org.kpi4j.internal.TextTable;

/** Argument checks and formatting shared by the package. Not part of the public API. */
final class Checks {

    private Checks() {
    }

    static double finite(double v, String name) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(name + " must be a finite number but was " + v);
        }
        return v;
    }

    static double positive(double v, String name) {
        finite(v, name);
        if (v <= 0) {
            throw new IllegalArgumentException(name + " must be > 0 but was " + v);
        }
        return v;
    }

    static double nonNegative(double v, String name) {
        finite(v, name);
        if (v < 0) {
            throw new IllegalArgumentException(name + " must be >= 0 but was " + v);
        }
        return v;
    }

    /** A growth rate: finite and greater than −1 (a fall of 100% or more cannot be compounded). */
    static double rate(double r, String name) {
        finite(r, name);
        if (r <= -1) {
            throw new IllegalArgumentException(name + " must be > -1 (a fall of less than 100%) but was " + r);
        }
        return r;
    }

    static double result(double v, java.util.function.Supplier<String> what) {
        // the message is built only on failure: these checks sit on per-series hot paths
        if (!Double.isFinite(v)) {
            throw new ArithmeticException(what.get() + " is not representable as a finite double (got " + v + ")");
        }
        return v;
    }

    static String pct(double fraction) {
        return TextTable.percent(fraction, 2);
    }

    static String pp(double fraction) {
        String s = TextTable.number(fraction * 100, 2);
        return (fraction > 0 && !s.equals("0.00") ? "+" : "") + s + " pp";
    }

    static String num(double v) {
        return TextTable.number(v, Math.abs(v) >= 1 || v == 0 ? 2 : 6);
    }
}

package org.kpi4j.explain;

import java.util.Objects;
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

    static double nonNegative(double v, String name) {
        finite(v, name);
        if (v < 0) {
            throw new IllegalArgumentException(name + " must be >= 0 but was " + v);
        }
        return v;
    }

    static String name(String name, String what) {
        Objects.requireNonNull(name, what);
        if (name.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank but was \"" + name + "\"");
        }
        return name;
    }

    /** A level as an unsigned percent: 0.32 → "32.00%". */
    static String level(double fraction) {
        return TextTable.number(fraction * 100, 2) + "%";
    }

    /** A change as signed percentage points: −0.05 → "-5.00 pp". */
    static String pp(double fraction) {
        String s = TextTable.number(fraction * 100, 2);
        return (fraction > 0 && !s.equals("0.00") ? "+" : "") + s + " pp";
    }

    static String num(double v) {
        return TextTable.number(v, Math.abs(v) >= 1 || v == 0 ? 2 : 6);
    }
}

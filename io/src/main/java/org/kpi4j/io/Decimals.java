package org.kpi4j.io;

/**
 * Parses a decimal figure from ASCII bytes without making a string, giving exactly the double
 * {@link Double#parseDouble(String)} gives.
 *
 * <p>Accepted text: {@code [+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?}, or the integer part grouped by
 * thousands ({@code 61,400.33}); anything else is rejected. A figure with at most 15 significant
 * digits and a power of ten within 10^±22 is computed as one multiplication or division of two
 * exactly representable doubles, which IEEE 754 rounds correctly, so the result is the nearest
 * double to the decimal (Clinger's fast path); every other figure goes through
 * {@code Double.parseDouble}.
 */
final class Decimals {

    private static final double[] POW10 = new double[23];

    static {
        double p = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p;
            p *= 10;
        }
    }

    private Decimals() {
    }

    /**
     * Parses {@code a[s..e)}.
     *
     * @return the value, or NaN if the text is not a decimal figure
     */
    static double parse(byte[] a, int s, int e) {
        int i = s;
        if (i >= e) {
            return Double.NaN;
        }
        boolean negative = false;
        byte c = a[i];
        if (c == '+' || c == '-') {
            negative = c == '-';
            i++;
        }
        long mantissa = 0;
        int significant = 0;
        int intDigits = 0;
        int fracDigits = 0;
        boolean grouped = false;
        while (i < e && ((c = a[i]) >= '0' && c <= '9' || c == ',')) {
            if (c == ',') {
                grouped = true;
            } else {
                if (mantissa != 0 || c != '0') {
                    significant++;
                }
                if (significant <= 18) {
                    mantissa = mantissa * 10 + (c - '0');
                }
                intDigits++;
            }
            i++;
        }
        int scale = 0; // the value is mantissa * 10^(-scale) before the exponent
        boolean point = false;
        if (i < e && a[i] == '.') {
            point = true;
            i++;
            while (i < e && (c = a[i]) >= '0' && c <= '9') {
                if (mantissa != 0 || c != '0') {
                    significant++;
                }
                if (significant <= 18) {
                    mantissa = mantissa * 10 + (c - '0');
                    scale++;
                }
                fracDigits++;
                i++;
            }
        }
        if (intDigits + fracDigits == 0) {
            return Double.NaN;
        }
        int exponent = 0;
        if (i < e && (a[i] == 'e' || a[i] == 'E')) {
            if (grouped) {
                return Double.NaN;
            }
            i++;
            boolean expNegative = false;
            if (i < e && (a[i] == '+' || a[i] == '-')) {
                expNegative = a[i] == '-';
                i++;
            }
            if (i >= e) {
                return Double.NaN;
            }
            while (i < e && (c = a[i]) >= '0' && c <= '9') {
                if (exponent < 100_000) {
                    exponent = exponent * 10 + (c - '0');
                }
                i++;
            }
            exponent = expNegative ? -exponent : exponent;
        }
        if (i != e) {
            return Double.NaN;
        }
        if (grouped && (point && fracDigits == 0 || !validGrouping(a, s, e))) {
            return Double.NaN;
        }
        if (significant <= 15 && !grouped) {
            int p = exponent - scale;
            double m = (double) mantissa;
            if (p == 0) {
                return negative ? -m : m;
            }
            if (p > 0 && p <= 22) {
                double v = m * POW10[p];
                return negative ? -v : v;
            }
            if (p < 0 && p >= -22) {
                double v = m / POW10[-p];
                return negative ? -v : v;
            }
        }
        String t = new String(a, s, e - s, java.nio.charset.StandardCharsets.ISO_8859_1);
        if (grouped) {
            t = t.replace(",", "");
        }
        return Double.parseDouble(t);
    }

    /** Thousands grouping: 1 to 3 digits, then groups of exactly 3, only before the point. */
    private static boolean validGrouping(byte[] a, int s, int e) {
        int i = s;
        if (a[i] == '+' || a[i] == '-') {
            i++;
        }
        int run = 0;
        boolean first = true;
        for (; i < e && a[i] != '.' && a[i] != 'e' && a[i] != 'E'; i++) {
            if (a[i] == ',') {
                if (first ? run < 1 || run > 3 : run != 3) {
                    return false;
                }
                first = false;
                run = 0;
            } else {
                run++;
            }
        }
        return !first && run == 3;
    }
}

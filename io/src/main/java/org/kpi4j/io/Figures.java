package org.kpi4j.io;

import java.math.BigDecimal;
import org.kpi4j.KpiDataException;

/**
 * The one rule for a number read from a file, for every reader (CSV and JSON facts, the panel):
 * what text is a figure, and which figures a double can hold. Each reader turns the
 * {@link IllegalArgumentException} into a {@code file:line: column} error.
 *
 * <p>A figure is a decimal ({@code 61400.33}, {@code -0.5}, {@code .5}, {@code 1.}), optionally with
 * an exponent ({@code 1.2e9}) or with its integer part grouped by thousands ({@code 61,400.33}), in
 * at most {@value #MAX_LENGTH} characters. Its magnitude must lie in the range of a double: not
 * beyond {@link Double#MAX_VALUE} (about 1.8e308), and, unless it is zero, not below
 * {@link Double#MIN_NORMAL} (about 2.2e-308), under which a double rounds it to 0 or keeps only some
 * of its digits. The exponent is bounded from its text before any decimal arithmetic, so
 * {@code 1e999999999} costs nothing and {@code 0e-999999999} is a plain zero.
 */
final class Figures {

    /** The longest figure, in characters: no printed figure comes near it. */
    static final int MAX_LENGTH = 100;

    /** An exponent beyond this, with at most 100 digits before it, decides the magnitude alone. */
    private static final int EXPONENT_BOUND = 1000;

    private static final BigDecimal MAX = new BigDecimal(Double.MAX_VALUE);

    private Figures() {
    }

    /**
     * Parses a figure.
     *
     * @param text the text, stripped, not empty
     * @return the decimal, as written (a leading + dropped, thousands separators removed)
     * @throws IllegalArgumentException with a message that quotes the text if it is not a figure or a
     *     double cannot hold it
     */
    static BigDecimal decimal(String text) {
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(KpiDataException.quote(text) + " is not a figure: it has "
                    + text.length() + " characters, more than any printed figure (at most " + MAX_LENGTH + ")");
        }
        String t = text;
        if (t.indexOf(',') >= 0 && grouped(t)) {
            t = t.replace(",", "");
        }
        int e = syntax(t);
        if (e < -1) {
            throw new IllegalArgumentException(KpiDataException.quote(text)
                    + " is not a number; expected a decimal such as 61400.33 or 61,400.33");
        }
        String mantissa = e < 0 ? t : t.substring(0, e);
        boolean zero = isZero(mantissa);
        if (e >= 0) {
            long exponent = exponent(t, e + 1);
            if (zero) {
                t = mantissa; // 0e999999999 is 0, written without its exponent
            } else if (exponent > EXPONENT_BOUND) {
                throw tooLarge(text);
            } else if (exponent < -EXPONENT_BOUND) {
                throw tooSmall(text);
            }
        }
        BigDecimal d = new BigDecimal(t.charAt(0) == '+' ? t.substring(1) : t);
        if (d.abs().compareTo(MAX) > 0) {
            throw tooLarge(text);
        }
        if (!zero && Math.abs(d.doubleValue()) < Double.MIN_NORMAL) {
            throw tooSmall(text);
        }
        return d;
    }

    /**
     * Tells whether a double parsed from a figure's text is certainly what {@link #decimal} gives:
     * a value in the normal range, from text no longer than the limit. Zeros, NaN and anything at the
     * edges go through {@link #decimal}, which decides and words the error.
     *
     * @param v the double parsed
     * @param length the length of the text
     * @return true if nothing is left to check
     */
    static boolean plainlyFine(double v, int length) {
        double a = Math.abs(v);
        return a >= Double.MIN_NORMAL && a <= Double.MAX_VALUE && length <= MAX_LENGTH;
    }

    /**
     * Writes a figure so that {@link #decimal} reads it back equal, decimals and all: as a plain
     * decimal ({@code 61400.33}), or with an exponent ({@code 1E+300}) when the plain form would
     * be longer than {@value #MAX_LENGTH} characters.
     *
     * @param d the figure, not null
     * @return the text, not null
     */
    static String text(BigDecimal d) {
        String plain = d.toPlainString();
        return plain.length() <= MAX_LENGTH ? plain : d.toString();
    }

    private static IllegalArgumentException tooLarge(String text) {
        return new IllegalArgumentException(KpiDataException.quote(text)
                + " is beyond the range of a double (at most ±1.7976931348623157E308)");
    }

    private static IllegalArgumentException tooSmall(String text) {
        return new IllegalArgumentException(KpiDataException.quote(text) + " is too small for a double: it would "
                + "round to 0 or lose digits (the smallest figure other than 0 is ±2.2250738585072014E-308)");
    }

    /** Thousands grouping: {@code [+-]?\d{1,3}(,\d{3})+(\.\d+)?}. */
    private static boolean grouped(String t) {
        int i = t.charAt(0) == '+' || t.charAt(0) == '-' ? 1 : 0;
        int run = 0;
        boolean first = true;
        for (; i < t.length() && t.charAt(i) != '.'; i++) {
            char c = t.charAt(i);
            if (c == ',') {
                if (first ? run < 1 || run > 3 : run != 3) {
                    return false;
                }
                first = false;
                run = 0;
            } else if (c >= '0' && c <= '9') {
                run++;
            } else {
                return false;
            }
        }
        if (first || run != 3) {
            return false;
        }
        if (i < t.length()) { // a point, then at least one digit and nothing else
            if (i + 1 == t.length()) {
                return false;
            }
            for (int j = i + 1; j < t.length(); j++) {
                if (t.charAt(j) < '0' || t.charAt(j) > '9') {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Checks {@code [+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?}.
     *
     * @return the index of the exponent's {@code e}, −1 if there is none, −2 if the text is no number
     */
    private static int syntax(String t) {
        int i = 0;
        int n = t.length();
        if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
            i++;
        }
        int digits = 0;
        while (i < n && isDigit(t.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && t.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(t.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return -2;
        }
        if (i == n) {
            return -1;
        }
        if (t.charAt(i) != 'e' && t.charAt(i) != 'E') {
            return -2;
        }
        int e = i++;
        if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
            i++;
        }
        int expDigits = 0;
        while (i < n && isDigit(t.charAt(i))) {
            i++;
            expDigits++;
        }
        return expDigits > 0 && i == n ? e : -2;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isZero(String mantissa) {
        for (int i = 0; i < mantissa.length(); i++) {
            char c = mantissa.charAt(i);
            if (c >= '1' && c <= '9') {
                return false;
            }
        }
        return true;
    }

    /** The exponent after {@code e}, saturated well past the bound (its digits are not limited). */
    private static long exponent(String t, int from) {
        int i = from;
        boolean negative = false;
        if (t.charAt(i) == '+' || t.charAt(i) == '-') {
            negative = t.charAt(i) == '-';
            i++;
        }
        long v = 0;
        for (; i < t.length(); i++) {
            v = Math.min(v * 10 + (t.charAt(i) - '0'), 1_000_000_000L);
        }
        return negative ? -v : v;
    }
}

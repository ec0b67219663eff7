package org.kpi4j.series;

/**
 * The primitive loops behind {@link KpiPanel}: one series at a time, from a slice of one flat array
 * into a slice of another, NaN for missing, NaN for a result beyond the range of a double (counted,
 * for the panel's notes). Kept free of objects and virtual calls so the JIT can keep them tight; the
 * check for an infinite result is a second pass over the slice (cheaper than a select in the loop),
 * skipped when the panel's values are moderate ({@link org.kpi4j.growth.Growth#isModerate}), whose
 * sums and differences cannot overflow. (Growth is {@link org.kpi4j.growth.GrowthConvention}'s and
 * {@link org.kpi4j.growth.Growth}'s, the one implementation series and panels share.)
 */
final class Kernels {

    private Kernels() {
    }

    /**
     * Trailing-twelve-month sums: each quarter plus the three before it; NaN for the first three.
     * Reads {@code in[inOff..inOff + n)}, writes {@code out[outOff..outOff + n)}.
     *
     * @return how many sums were beyond the range of a double (and are NaN); 0 for moderate values
     */
    static int ttm(double[] in, int inOff, double[] out, int outOff, int n, boolean moderate) {
        int shift = inOff - outOff;
        int end = outOff + n;
        for (int i = outOff; i < outOff + Math.min(3, n); i++) {
            out[i] = Double.NaN;
        }
        for (int i = outOff + 3; i < end; i++) {
            int j = i + shift;
            out[i] = in[j] + in[j - 1] + in[j - 2] + in[j - 3];
        }
        return moderate ? 0 : org.kpi4j.growth.Growth.dropInfinities(out, outOff + 3, end);
    }

    /**
     * Year-to-date figures (Q1, H1, Q1-Q3, year in the columns of Q1..Q4) to discrete quarters: Q1
     * as is, later quarters minus the column before; the first column is NaN unless it is a Q1.
     * q0 is the fiscal quarter (0..3) of the first column. After the first fiscal Q1 the loop runs a
     * whole fiscal year per step, so no element needs a modulo or a branch. In place ({@code in} and
     * {@code out} the same array) it runs back to front, each step writing a cell only after reading
     * the cells below it; on two arrays, front to back, the order memory is read fastest.
     *
     * @return how many differences were beyond the range of a double (and are NaN); 0 for moderate values
     */
    static int ytdToDiscrete(double[] in, int inOff, double[] out, int outOff, int n, int q0, boolean moderate) {
        int shift = inOff - outOff;
        int firstQ1 = Math.min((4 - q0) % 4, n);
        if (in != out) {
            ytdToDiscreteForward(in, inOff, out, outOff, n, firstQ1);
            return moderate ? 0 : org.kpi4j.growth.Growth.dropInfinities(out, outOff, outOff + n);
        }
        int whole = firstQ1 + (n - firstQ1) / 4 * 4;
        for (int k = n - 1; k >= whole; k--) { // the tail of a last, incomplete fiscal year
            int i = outOff + k;
            out[i] = (k - firstQ1) % 4 == 0 ? in[i + shift] : in[i + shift] - in[i + shift - 1];
        }
        for (int t = whole - 4; t >= firstQ1; t -= 4) {
            int i = outOff + t;
            int j = i + shift;
            out[i + 3] = in[j + 3] - in[j + 2];
            out[i + 2] = in[j + 2] - in[j + 1];
            out[i + 1] = in[j + 1] - in[j];
            out[i] = in[j];
        }
        for (int k = firstQ1 - 1; k >= 0; k--) { // the head of a first fiscal year begun before the axis
            out[outOff + k] = k == 0 ? Double.NaN : in[inOff + k] - in[inOff + k - 1];
        }
        return moderate ? 0 : org.kpi4j.growth.Growth.dropInfinities(out, outOff, outOff + n);
    }

    /** {@link #ytdToDiscrete} front to back, for two distinct arrays. */
    private static void ytdToDiscreteForward(double[] in, int inOff, double[] out, int outOff, int n, int firstQ1) {
        for (int k = 0; k < firstQ1; k++) { // the head of a first fiscal year begun before the axis
            out[outOff + k] = k == 0 ? Double.NaN : in[inOff + k] - in[inOff + k - 1];
        }
        int t = firstQ1;
        for (; t + 3 < n; t += 4) {
            int i = outOff + t;
            int j = inOff + t;
            out[i] = in[j];
            out[i + 1] = in[j + 1] - in[j];
            out[i + 2] = in[j + 2] - in[j + 1];
            out[i + 3] = in[j + 3] - in[j + 2];
        }
        for (; t < n; t++) { // the tail of a last, incomplete fiscal year
            out[outOff + t] = (t - firstQ1) % 4 == 0 ? in[inOff + t] : in[inOff + t] - in[inOff + t - 1];
        }
    }
}

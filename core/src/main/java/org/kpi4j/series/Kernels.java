package org.kpi4j.series;

/**
 * The primitive loops behind {@link KpiPanel}: one series at a time, over a slice of a flat array,
 * NaN for missing, NaN for a result beyond the range of a double (counted, for the panel's notes). Kept free of objects and virtual
 * calls so the JIT can keep them tight. (Growth is {@link org.kpi4j.growth.GrowthConvention}'s and
 * {@link org.kpi4j.growth.Growth}'s, the one implementation series and panels share.)
 */
final class Kernels {

    private Kernels() {
    }

    /** Trailing-twelve-month sums: each quarter plus the three before it; NaN for the first three. */
    static int ttm(double[] in, double[] out, int off, int n) {
        int end = off + n;
        for (int i = off; i < off + Math.min(3, n); i++) {
            out[i] = Double.NaN;
        }
        for (int i = off + 3; i < end; i++) {
            out[i] = in[i] + in[i - 1] + in[i - 2] + in[i - 3];
        }
        return org.kpi4j.growth.Growth.dropInfinities(out, off, end);
    }

    /**
     * Year-to-date figures (Q1, H1, Q1-Q3, year in the columns of Q1..Q4) to discrete quarters: Q1
     * as is, later quarters minus the column before; the first column is NaN unless it is a Q1.
     * q0 is the fiscal quarter (0..3) of the first column. After the first fiscal Q1 the loop runs a
     * whole fiscal year per step, so no element needs a modulo or a branch. Every step writes a cell
     * only after reading the cells below it, so {@code in} and {@code out} may be the same array.
     *
     * @return how many differences were beyond the range of a double (and are NaN)
     */
    static int ytdToDiscrete(double[] in, double[] out, int off, int n, int q0) {
        int firstQ1 = Math.min((4 - q0) % 4, n);
        int t = firstQ1;
        int whole = firstQ1 + (n - firstQ1) / 4 * 4;
        for (int k = n - 1; k >= whole; k--) { // the tail of a last, incomplete fiscal year
            int i = off + k;
            out[i] = (k - firstQ1) % 4 == 0 ? in[i] : in[i] - in[i - 1];
        }
        for (t = whole - 4; t >= firstQ1; t -= 4) {
            int i = off + t;
            out[i + 3] = in[i + 3] - in[i + 2];
            out[i + 2] = in[i + 2] - in[i + 1];
            out[i + 1] = in[i + 1] - in[i];
            out[i] = in[i];
        }
        for (int k = firstQ1 - 1; k >= 0; k--) { // the head of a first fiscal year begun before the axis
            out[off + k] = k == 0 ? Double.NaN : in[off + k] - in[off + k - 1];
        }
        return org.kpi4j.growth.Growth.dropInfinities(out, off, off + n);
    }
}

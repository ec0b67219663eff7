package org.kpi4j.series;

/**
 * The primitive loops behind {@link KpiPanel}: one series at a time, over a slice of a flat array,
 * NaN for missing. Kept free of objects and virtual calls so the JIT can keep them tight.
 */
final class Kernels {

    private Kernels() {
    }

    /**
     * Growth at a lag; mode is GrowthConvention's ordinal: 0 filing, 1 plain, 2 nm. One loop per
     * convention, each a select rather than a branch chain: filing divides by |b|, plain by b, nm only
     * by a positive b; a zero or missing base gives NaN under all three.
     */
    static void growth(double[] in, double[] out, int off, int n, int lag, int mode) {
        int end = off + n;
        int first = off + Math.min(lag, n);
        for (int i = off; i < first; i++) {
            out[i] = Double.NaN;
        }
        if (mode == 0) {
            for (int i = first; i < end; i++) {
                double b = in[i - lag];
                double d = Math.abs(b);
                out[i] = d > 0 ? (in[i] - b) / d : Double.NaN;
            }
        } else if (mode == 1) {
            for (int i = first; i < end; i++) {
                double b = in[i - lag];
                out[i] = b != 0 ? (in[i] - b) / b : Double.NaN;
            }
        } else {
            for (int i = first; i < end; i++) {
                double b = in[i - lag];
                out[i] = b > 0 ? (in[i] - b) / b : Double.NaN;
            }
        }
    }

    static void ttm(double[] in, double[] out, int off, int n) {
        int end = off + n;
        for (int i = off; i < off + Math.min(3, n); i++) {
            out[i] = Double.NaN;
        }
        for (int i = off + 3; i < end; i++) {
            out[i] = in[i] + in[i - 1] + in[i - 2] + in[i - 3];
        }
    }

    /**
     * q0 is the fiscal quarter (0..3) of the first column. After the first fiscal Q1 the loop runs a
     * whole fiscal year per step, so no element needs a modulo or a branch.
     */
    static void ytdToDiscrete(double[] in, double[] out, int off, int n, int q0) {
        int firstQ1 = Math.min((4 - q0) % 4, n);
        for (int t = 0; t < firstQ1; t++) {
            out[off + t] = t == 0 ? Double.NaN : in[off + t] - in[off + t - 1];
        }
        int t = firstQ1;
        for (; t + 3 < n; t += 4) {
            int i = off + t;
            out[i] = in[i];
            out[i + 1] = in[i + 1] - in[i];
            out[i + 2] = in[i + 2] - in[i + 1];
            out[i + 3] = in[i + 3] - in[i + 2];
        }
        for (; t < n; t++) {
            int i = off + t;
            out[i] = (t - firstQ1) % 4 == 0 ? in[i] : in[i] - in[i - 1];
        }
    }
}

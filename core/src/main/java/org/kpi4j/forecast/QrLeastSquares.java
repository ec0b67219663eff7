package org.kpi4j.forecast;

/**
 * Linear least squares by Householder QR, for {@link HwProfile}'s initial states: the x minimising
 * ‖e0 + C·x‖ for n observations and k unknowns, on buffers allocated once and reused for every
 * candidate of the smoothing parameters. An unknown the errors do not depend on (its column zero,
 * or a combination of the ones before it) is set to 0.
 */
final class QrLeastSquares {

    private final int n;
    private final int k;
    /** C's columns, one after the other, reflected in place. */
    private final double[] qr;
    private final double[] rhs;
    private final double[] diag;
    /** The solution of the last {@link #solve}. */
    final double[] x;

    QrLeastSquares(int n, int k) {
        this.n = n;
        this.k = k;
        this.qr = new double[n * k];
        this.rhs = new double[n];
        this.diag = new double[k];
        this.x = new double[k];
    }

    /**
     * Solves min ‖e0 + C·x‖ into {@link #x}, C's columns the first k of {@code cols} (each of n rows).
     *
     * @return that minimum's square, +∞ if not finite
     */
    double solve(double[] e0, double[][] cols) {
        for (int j = 0; j < k; j++) {
            System.arraycopy(cols[j], 0, qr, j * n, n);
        }
        double[] r = rhs;
        for (int t = 0; t < n; t++) {
            r[t] = -e0[t];
        }
        for (int j = 0; j < k; j++) {
            int o = j * n;
            double norm = 0;
            for (int t = j; t < n; t++) {
                norm += qr[o + t] * qr[o + t];
            }
            norm = Math.sqrt(norm);
            if (!(norm > 1e-300)) {
                diag[j] = 0;
                continue;
            }
            double alpha = qr[o + j] > 0 ? -norm : norm;
            qr[o + j] -= alpha; // v = col − alpha·e_j, stored in place
            double vv = 0;
            for (int t = j; t < n; t++) {
                vv += qr[o + t] * qr[o + t];
            }
            for (int c = j + 1; c < k; c++) {
                reflect(o, c * n, j, vv);
            }
            double dot = 0;
            for (int t = j; t < n; t++) {
                dot += qr[o + t] * r[t];
            }
            double s = 2 * dot / vv;
            for (int t = j; t < n; t++) {
                r[t] -= s * qr[o + t];
            }
            diag[j] = alpha;
        }
        double scale = 0;
        for (double d : diag) {
            scale = Math.max(scale, Math.abs(d));
        }
        for (int j = k - 1; j >= 0; j--) {
            if (Math.abs(diag[j]) <= 1e-12 * scale) {
                x[j] = 0; // a state the errors do not depend on
                continue;
            }
            double sum = r[j];
            for (int c = j + 1; c < k; c++) {
                sum -= qr[c * n + j] * x[c];
            }
            x[j] = sum / diag[j];
        }
        double sse = 0;
        for (int t = 0; t < n; t++) {
            double e = e0[t];
            for (int j = 0; j < k; j++) {
                e += x[j] * cols[j][t];
            }
            sse += e * e;
        }
        return Double.isFinite(sse) ? sse : Double.POSITIVE_INFINITY;
    }

    /** Applies the reflection stored in column v (from row j) to column c. */
    private void reflect(int v, int c, int j, double vv) {
        double dot = 0;
        for (int t = j; t < n; t++) {
            dot += qr[v + t] * qr[c + t];
        }
        double s = 2 * dot / vv;
        for (int t = j; t < n; t++) {
            qr[c + t] -= s * qr[v + t];
        }
    }
}

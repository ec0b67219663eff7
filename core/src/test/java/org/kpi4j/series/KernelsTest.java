package org.kpi4j.series;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Kernels' year-to-date differencing runs front to back on two arrays and back to front in place. */
class KernelsTest {

    @Test
    void ytdToDiscrete_byHand() {
        // a fiscal year from its Q1 (q0 = 0): Q1 10, H1 25, 9M 45, FY 70, then Q1 12 and H1 20 of the next
        double[] ytd = {10, 25, 45, 70, 12, 20};
        double[] out = new double[6];
        Kernels.ytdToDiscrete(ytd, 0, out, 0, 6, 0, true);
        assertThat(out).containsExactly(10, 15, 20, 25, 12, 8); // 25-10, 45-25, 70-45; 20-12
        // starting at a fiscal Q3 (q0 = 2): the first column has no Q2 before it, the second is FY - 9M
        double[] late = {45, 70, 12};
        double[] out2 = new double[3];
        Kernels.ytdToDiscrete(late, 0, out2, 0, 3, 2, true);
        assertThat(out2[0]).isNaN();
        assertThat(out2[1]).isEqualTo(25);
        assertThat(out2[2]).isEqualTo(12);
    }

    @Test
    void ytdToDiscrete_inPlace_equalsTwoArrays_toTheBit() {
        long seed = 20261202L;
        SplittableRandom r = new SplittableRandom(seed);
        for (int c = 0; c < 2000; c++) {
            int n = r.nextInt(0, 23);
            int q0 = r.nextInt(4);
            int off = r.nextInt(0, 5);
            double[] in = new double[off + n + 3];
            for (int i = 0; i < in.length; i++) {
                in[i] = r.nextInt(10) == 0 ? Double.NaN : (r.nextDouble() - 0.3) * Math.pow(10, r.nextInt(-3, 12));
            }
            double[] two = new double[n + 2];
            Kernels.ytdToDiscrete(in, off, two, 1, n, q0, r.nextBoolean());
            double[] same = in.clone();
            Kernels.ytdToDiscrete(same, off, same, off, n, q0, false);
            for (int k = 0; k < n; k++) {
                assertThat(Double.doubleToRawLongBits(two[1 + k]))
                        .as("seed %d case %d n %d q0 %d column %d", seed, c, n, q0, k)
                        .isEqualTo(Double.doubleToRawLongBits(same[off + k]));
            }
        }
    }
}

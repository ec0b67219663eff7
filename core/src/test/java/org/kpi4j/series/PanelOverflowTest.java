package org.kpi4j.series;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.kpi4j.growth.Growth;
import org.kpi4j.growth.GrowthConvention;
import org.kpi4j.metric.Metric;
import org.kpi4j.metric.MetricCatalog;
import org.kpi4j.time.Period;
import org.kpi4j.unit.Unit;

/**
 * A result beyond the range of a double is missing, whether the kernels check for it (a panel with
 * values that are not moderate) or skip the check (every value moderate, where it cannot happen);
 * both paths give the same bits.
 */
class PanelOverflowTest {

    private static final Metric REVENUE = MetricCatalog.standard().get("revenue").orElseThrow();

    private static KpiPanel one(Transform t, double... v) {
        return KpiPanel.builder(Period.parse("2023Q1"), v.length)
                .add(SeriesKey.of("acme", "revenue"), REVENUE, Unit.WAN_YUAN, t, v).build();
    }

    @Test
    void infiniteResults_areMissing() {
        // 1e300 over a base of 1e-300: 1e600, beyond Double.MAX_VALUE (1.8e308)
        KpiPanel p = one(Transform.DISCRETE, 1e-300, 1, 1, 1, 1e300, 1, 1, 1, 5, 2, 2, 2);
        assertThat(p.moderate()).isFalse();
        assertThat(p.yoy(GrowthConvention.FILING).get(0, 4)).isEmpty();
        assertThat(p.yoy(GrowthConvention.FILING).get(0, 8).getAsDouble()).isEqualTo(-1.0); // (5 - 1e300) / 1e300
        assertThat(p.yoy(GrowthConvention.FILING).get(0, 9).getAsDouble()).isEqualTo(1.0);  // (2 - 1) / 1
        // four quarters of 1e308 sum to 4e308: missing; 1e300 + 1 + 1 + 1 is 1e300 in doubles
        KpiPanel big = one(Transform.DISCRETE, 1e308, 1e308, 1e308, 1e308, 1e300, 1, 1, 1);
        assertThat(big.ttm().get(0, 3)).isEmpty();
        assertThat(big.ttm().get(0, 7).getAsDouble()).isEqualTo(1e300);
        // year-to-date -1.7e308 then 1.7e308: the quarter would be 3.4e308
        KpiPanel ytd = one(Transform.YEAR_TO_DATE, -1.7e308, 1.7e308, 1.7e308, 1.7e308);
        assertThat(ytd.toDiscreteQuarters().get(0, 1)).isEmpty();
        assertThat(ytd.toDiscreteQuarters().get(0, 2).getAsDouble()).isEqualTo(0.0);
    }

    @Test
    void moderate_isDecidedByTheValues() {
        assertThat(one(Transform.DISCRETE, 61400.33, Double.NaN, 0, -3.25).moderate()).isTrue();
        assertThat(one(Transform.DISCRETE, 0x1p500, -0x1p-500).moderate()).isTrue();   // the bounds themselves
        assertThat(one(Transform.DISCRETE, 0x1p501).moderate()).isFalse();
        assertThat(one(Transform.DISCRETE, 1, Double.MIN_VALUE).moderate()).isFalse();  // a subnormal
        assertThat(Growth.isModerate(new double[] {1e300, 1}, 1, 1)).isTrue();        // only the slice counts
    }

    /** Seeded random slices of moderate values: the unchecked kernels give the checked kernels' bits. */
    @Test
    void moderateValues_sameBitsWithAndWithoutTheCheck() {
        long seed = 20261201L;
        SplittableRandom r = new SplittableRandom(seed);
        for (int round = 0; round < 2000; round++) {
            int n = 1 + r.nextInt(30);
            double[] in = new double[n];
            for (int i = 0; i < n; i++) {
                double x = r.nextInt(8) == 0 ? Double.NaN : r.nextInt(8) == 0 ? 0
                        : Math.pow(2, r.nextDouble(-500, 500)) * (r.nextBoolean() ? 1 : -1);
                in[i] = x;
            }
            assertThat(Growth.isModerate(in, 0, n)).isTrue();
            int lag = 1 + r.nextInt(4);
            for (GrowthConvention c : GrowthConvention.values()) {
                double[] a = new double[n];
                double[] b = new double[n];
                c.growth(in, a, 0, n, lag, false);
                c.growth(in, b, 0, n, lag, true);
                assertThat(b).as("seed %d round %d %s", seed, round, c).containsExactly(a);
                for (double g : b) {
                    assertThat(Double.isInfinite(g)).isFalse();
                }
            }
            double[] a = new double[n];
            double[] b = new double[n];
            Growth.points(in, a, 0, n, lag, 100, false);
            Growth.points(in, b, 0, n, lag, 100, true);
            assertThat(b).containsExactly(a);
            Kernels.ttm(in, 0, a, 0, n, false);
            Kernels.ttm(in, 0, b, 0, n, true);
            assertThat(b).containsExactly(a);
            int q0 = r.nextInt(4);
            Kernels.ytdToDiscrete(in, 0, a, 0, n, q0, false);
            Kernels.ytdToDiscrete(in, 0, b, 0, n, q0, true);
            assertThat(b).containsExactly(a);
            for (double g : b) {
                assertThat(Double.isInfinite(g)).isFalse();
            }
        }
    }
}

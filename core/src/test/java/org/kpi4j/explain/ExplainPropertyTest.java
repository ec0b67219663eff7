package org.kpi4j.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Seeded random cases; the seed and case index are in every assertion message. */
class ExplainPropertyTest {

    private static final long SEED = 20250331L;
    private static final int CASES = 500;

    /** Random segments: revenue in [0, 1000) (0 in one period with probability 0.1), margin in [−0.5, 0.9). */
    private static MarginDecomposition randomDecomposition(SplittableRandom rnd, StringBuilder log) {
        MarginDecomposition.Builder b = MarginDecomposition.builder();
        int n = rnd.nextInt(1, 9);
        for (int i = 0; i < n; i++) {
            double r0 = rnd.nextDouble(1, 1000);
            double r1 = rnd.nextDouble(1, 1000);
            int gone = rnd.nextInt(20);
            if (gone == 0 && n > 1) {
                r0 = 0;
            } else if (gone == 1 && n > 1) {
                r1 = 0;
            }
            double m0 = rnd.nextDouble(-0.5, 0.9);
            double m1 = rnd.nextDouble(-0.5, 0.9);
            log.append(String.format("[s%d %s %s %s %s]", i, r0, m0, r1, m1));
            if (rnd.nextBoolean()) {
                b.segmentMargins("s" + i, r0, m0, r1, m1);
            } else {
                b.segment("s" + i, r0, r0 * m0, r1, r1 * m1);
            }
        }
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            return null;   // every segment absent from a period: total revenue 0, rightly refused
        }
    }

    @Test
    void rateEffectPlusMixEffect_equalsTotalChange() {
        SplittableRandom rnd = new SplittableRandom(SEED);
        int checked = 0;
        for (int c = 0; c < CASES; c++) {
            StringBuilder log = new StringBuilder();
            MarginDecomposition d = randomDecomposition(rnd, log);
            if (d == null) {
                continue;
            }
            checked++;
            String msg = "seed " + SEED + " case " + c + " " + log;
            assertThat(d.rateEffect() + d.mixEffect()).as(msg).isCloseTo(d.totalChange(), within(1e-12));
            double mixAvg = 0;
            for (SegmentEffect e : d.segments()) {
                // per segment: rate_i + mix_i = s1·m1 − s0·m0
                assertThat(e.total()).as(msg + " " + e.segment())
                        .isCloseTo(e.currentShare() * e.currentMargin() - e.baseShare() * e.baseMargin(), within(1e-12));
                mixAvg += e.mixVsAverage();
            }
            assertThat(mixAvg).as(msg).isCloseTo(d.mixEffect(), within(1e-12));
        }
        assertThat(checked).isGreaterThan(CASES * 9 / 10);
    }

    @Test
    void hhi_liesBetweenOneOverNAndOne_andSharesSumToOne() {
        SplittableRandom rnd = new SplittableRandom(SEED + 1);
        for (int c = 0; c < CASES; c++) {
            int n = rnd.nextInt(1, 20);
            String[] names = new String[n];
            double[] values = new double[n];
            for (int i = 0; i < n; i++) {
                names[i] = "s" + i;
                values[i] = rnd.nextInt(4) == 0 ? 0 : rnd.nextDouble(0, 1e6);
            }
            values[rnd.nextInt(n)] += 1;   // a positive total
            Shares s = Shares.of(names, values);
            String msg = "seed " + (SEED + 1) + " case " + c + " " + java.util.Arrays.toString(values);
            assertThat(s.hhi()).as(msg).isBetween(1.0 / n - 1e-12, 1.0 + 1e-12);
            assertThat(s.hhiPoints()).as(msg).isCloseTo(s.hhi() * 10_000, within(1e-9));
            double sum = s.shares().values().stream().mapToDouble(Double::doubleValue).sum();
            assertThat(sum).as(msg).isCloseTo(1.0, within(1e-12));
            double prev = 0;
            for (int k = 1; k <= n; k++) {
                assertThat(s.topN(k)).as(msg + " top " + k).isGreaterThanOrEqualTo(prev - 1e-15);
                prev = s.topN(k);
            }
            assertThat(s.topN(1)).as(msg).isGreaterThanOrEqualTo(1.0 / n - 1e-12);
            assertThat(s.topN(n)).as(msg).isCloseTo(1.0, within(1e-12));
        }
    }

    @Test
    void dupont_roeEqualsProduct() {
        SplittableRandom rnd = new SplittableRandom(SEED + 2);
        for (int c = 0; c < CASES; c++) {
            double revenue = Math.pow(10, rnd.nextDouble(0, 9));
            double np = revenue * rnd.nextDouble(-0.5, 0.5);
            double assets = revenue * rnd.nextDouble(0.1, 10);
            double equity = assets * rnd.nextDouble(0.05, 1);
            DuPont d = Ratios.dupont(np, revenue, assets, equity);
            String msg = "seed " + (SEED + 2) + " case " + c + ": " + np + ", " + revenue + ", " + assets + ", " + equity;
            assertThat(d.roe()).as(msg).isCloseTo(d.netMargin() * d.assetTurnover() * d.equityMultiplier(), within(1e-12));
        }
    }
}

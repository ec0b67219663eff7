package org.kpi4j.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Seeded random cases; the seed and case index are in every assertion message. */
class ProjectionPropertyTest {

    private static final long SEED = 20250519L;
    private static final int CASES = 500;

    /**
     * The relative error to allow when compounding a rate over {@code years}: the rate is a fraction
     * {@code r}, and {@code 1 + r} carries an absolute rounding error of half an ulp of 1, which is a
     * relative error of {@code 2^-53 / (1 + r)}; raising to {@code years} multiplies it by {@code years}.
     * Near r = −1 (a fall of 1e-9 over a year) this is far more than 1e-9.
     */
    private static double relTol(double r, double years) {
        return 1e-12 + 2 * Math.max(1, years) * Math.ulp(1.0) / (1 + r);
    }

    /** A positive value spread over magnitudes 1e-3 .. 1e6. */
    private static double value(SplittableRandom rnd) {
        return Math.pow(10, rnd.nextDouble(-3, 6));
    }

    @Test
    void projectingAtTheCagrOfTwoValues_returnsTheSecondValue() {
        SplittableRandom rnd = new SplittableRandom(SEED);
        for (int c = 0; c < CASES; c++) {
            double v0 = value(rnd);
            double v1 = value(rnd);
            int years = rnd.nextInt(1, 31);
            int from = rnd.nextInt(1990, 2030);
            double r = Cagr.rate(v0, v1, years);
            Projection p = Projection.of(v0, from, from + years, r);
            String msg = "seed " + SEED + " case " + c + ": " + v0 + " → " + v1 + " over " + years + " years";
            assertThat(p.valueAt(from + years)).as(msg).isCloseTo(v1, within(relTol(r, years) * v1));
            assertThat(p.valueAt(from)).as(msg).isEqualTo(v0);
        }
    }

    @Test
    void valueAtTheCagr_overFractionalYears_returnsTheSecondValue() {
        SplittableRandom rnd = new SplittableRandom(SEED + 1);
        for (int c = 0; c < CASES; c++) {
            double v0 = value(rnd);
            double v1 = value(rnd);
            double years = rnd.nextDouble(0.25, 30);
            double r = Cagr.rate(v0, v1, years);
            String msg = "seed " + (SEED + 1) + " case " + c + ": " + v0 + " → " + v1 + " over " + years + " years";
            assertThat(r).as(msg).isGreaterThan(-1).isFinite();
            assertThat(Cagr.valueAt(v0, r, years)).as(msg).isCloseTo(v1, within(relTol(r, years) * v1));
        }
    }

    @Test
    void impliedBaseOfValueAt_isIdentity() {
        SplittableRandom rnd = new SplittableRandom(SEED + 2);
        for (int c = 0; c < CASES; c++) {
            double v = value(rnd);
            double r = rnd.nextDouble(-0.9, 2.0);
            double years = rnd.nextDouble(0, 20);
            String msg = "seed " + (SEED + 2) + " case " + c + ": " + v + " at " + r + " over " + years + " years";
            double there = Cagr.valueAt(v, r, years);
            assertThat(Cagr.impliedBase(there, r, years)).as(msg).isCloseTo(v, within(relTol(r, years) * v));
        }
    }

    @Test
    void chainCheck_pathIsAConstantRatePathThroughTheValue() {
        SplittableRandom rnd = new SplittableRandom(SEED + 3);
        for (int c = 0; c < CASES; c++) {
            double v = value(rnd);
            int from = rnd.nextInt(2000, 2030);
            int to = from + rnd.nextInt(1, 10);
            int year = rnd.nextInt(from + 1, to + 1);
            String cagrText = String.format(java.util.Locale.ROOT, "%.1f%%", rnd.nextDouble(-50, 150));
            ChainCheck k = ChainCheck.of(v, year, cagrText, cagrText, from, to, 0);
            String msg = "seed " + (SEED + 3) + " case " + c + ": " + v + " in " + year + " at " + cagrText + " over "
                    + from + ".." + to;
            double g = k.cagr().fraction();
            assertThat(k.consistent()).as(msg).isTrue();
            assertThat(k.gap()).as(msg).isZero();
            assertThat(k.priorFromYoy()).as(msg).isCloseTo(k.priorFromCagr(), within(1e-9 * v));
            assertThat(Cagr.rate(k.impliedStart(), k.impliedEnd(), to - from)).as(msg).isCloseTo(g, within(1e-9));
            for (int y = from + 1; y <= to; y++) {
                assertThat(k.pathValue(y) / k.pathValue(y - 1) - 1).as(msg + " year " + y).isCloseTo(g, within(1e-9));
            }
        }
    }
}

package org.kpi4j.growth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GrowthConventionTest {

    private static final double EPS = 1e-12;
    private static final long SEED = 20261129L;

    @Test
    void workedExample_lossBaseMinus200_value50() {
        // class doc: FILING (50 − (−200)) / |−200| = 250/200 = +1.25
        assertThat(GrowthConvention.FILING.growth(50, -200).getAsDouble()).isCloseTo(1.25, within(EPS));
        // PLAIN (50 − (−200)) / (−200) = −1.25
        assertThat(GrowthConvention.PLAIN.growth(50, -200).getAsDouble()).isCloseTo(-1.25, within(EPS));
        // NM: not meaningful for a negative base
        assertThat(GrowthConvention.NM.growth(50, -200)).isEmpty();
        assertThat(GrowthFlag.of(50, -200)).isEqualTo(GrowthFlag.TURNAROUND);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // base 100, value 148.27: (148.27 − 100)/100 = 0.4827 under every convention
                Arguments.of(148.27, 100, 0.4827, 0.4827, 0.4827, GrowthFlag.NONE),
                // to_loss: base 100, value −50: (−50 − 100)/100 = −1.5 everywhere (base positive)
                Arguments.of(-50, 100, -1.5, -1.5, -1.5, GrowthFlag.TO_LOSS),
                // loss_narrowed: base −200, value −50: filing 150/200 = +0.75, plain 150/−200 = −0.75
                Arguments.of(-50, -200, 0.75, -0.75, null, GrowthFlag.LOSS_NARROWED),
                // loss_widened: base −200, value −300: filing −100/200 = −0.5, plain −100/−200 = +0.5
                Arguments.of(-300, -200, -0.5, 0.5, null, GrowthFlag.LOSS_WIDENED),
                // loss unchanged: base −200, value −200: 0 under filing and plain
                Arguments.of(-200, -200, 0.0, 0.0, null, GrowthFlag.LOSS_UNCHANGED),
                // break-even after a loss: base −200, value 0: filing 200/200 = +1, plain −1; GrowthFlag doc: narrowed
                Arguments.of(0, -200, 1.0, -1.0, null, GrowthFlag.LOSS_NARROWED),
                // profit to zero: base 100, value 0: −1 everywhere, nothing flagged (value not negative)
                Arguments.of(0, 100, -1.0, -1.0, -1.0, GrowthFlag.NONE));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void growth_underEachConvention(double value, double base, Double filing, Double plain, Double nm,
            GrowthFlag flag) {
        check(GrowthConvention.FILING.growth(value, base), filing);
        check(GrowthConvention.PLAIN.growth(value, base), plain);
        check(GrowthConvention.NM.growth(value, base), nm);
        assertThat(GrowthFlag.of(value, base)).isEqualTo(flag);
    }

    private static void check(OptionalDouble actual, Double expected) {
        if (expected == null) {
            assertThat(actual).isEmpty();
        } else {
            assertThat(actual.getAsDouble()).isCloseTo(expected, within(EPS));
        }
    }

    @Test
    void zeroBase_isEmptyUnderAll_andFlaggedZeroBase() {
        for (GrowthConvention c : GrowthConvention.values()) {
            assertThat(c.growth(50, 0)).as(c.name()).isEmpty();
            assertThat(c.growth(-50, 0)).as(c.name()).isEmpty();
        }
        assertThat(GrowthFlag.of(50, 0)).isEqualTo(GrowthFlag.ZERO_BASE);
        assertThat(GrowthFlag.of(-50, 0)).isEqualTo(GrowthFlag.ZERO_BASE);
    }

    @Test
    void growth_nonFinite_throws() {
        assertThatThrownBy(() -> GrowthConvention.FILING.growth(Double.NaN, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GrowthConvention.PLAIN.growth(1, Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void parse_codesAndChinese() {
        assertThat(GrowthConvention.parse(" Filing ")).isEqualTo(GrowthConvention.FILING);
        assertThat(GrowthKind.parse("ttm-yoy")).isEqualTo(GrowthKind.TTM_YOY);
        assertThat(GrowthKind.TTM_YOY.code()).isEqualTo("ttm-yoy");
        assertThat(GrowthFlag.parse("扭亏为盈")).isEqualTo(GrowthFlag.TURNAROUND);
        assertThat(GrowthFlag.parse("to_loss")).isEqualTo(GrowthFlag.TO_LOSS);
        assertThat(GrowthFlag.parse("")).isEqualTo(GrowthFlag.NONE);
        assertThatThrownBy(() -> GrowthFlag.parse("better")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'better'");
        assertThatThrownBy(() -> GrowthConvention.parse("log")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'log'");
    }

    @Test
    void property_filingHasSignOfDifference_plainIsDifferenceOverBase() {
        SplittableRandom rnd = new SplittableRandom(SEED);
        for (int i = 0; i < 500; i++) {
            double v = Math.round(rnd.nextDouble(-1000, 1000) * 100) / 100.0;
            double b = Math.round(rnd.nextDouble(-1000, 1000) * 100) / 100.0;
            if (b == 0) {
                continue;
            }
            String msg = "seed " + SEED + " case " + i + ": v=" + v + " b=" + b;
            double filing = GrowthConvention.FILING.growth(v, b).getAsDouble();
            assertThat(Math.signum(filing)).as(msg).isEqualTo(Math.signum(v - b));
            double plain = GrowthConvention.PLAIN.growth(v, b).getAsDouble();
            assertThat(plain).as(msg).isCloseTo((v - b) / b, within(EPS));
            assertThat(GrowthConvention.NM.growth(v, b).isPresent()).as(msg).isEqualTo(b > 0);
        }
    }
}

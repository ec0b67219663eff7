package org.kpi4j.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoundedRateTest {

    private static final double EPS = 1e-15;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // text   | value   | lower    | upper      bounds: value ∓ half a unit in the last printed decimal
        "46.2%    | 0.462   | 0.4615   | 0.4625",   // the report's CAGR: [46.15%, 46.25%)
        "0.462    | 0.462   | 0.4615   | 0.4625",   // decimals of the fraction: 3, the same interval
        "43%      | 0.43    | 0.425    | 0.435",    // the report's yoy, no decimals: [42.5%, 43.5%)
        "48.27%   | 0.4827  | 0.48265  | 0.48275",  // the README's example: [48.265%, 48.275%)
        "0.46     | 0.46    | 0.455    | 0.465",    // two decimals of a fraction
        "-5.3%    | -0.053  | -0.0535  | -0.0525",  // a fall
        "46.20%   | 0.462   | 0.46195  | 0.46205",  // a trailing zero is a printed decimal
    })
    void parse_givesThePrintedInterval(String text, double value, double lower, double upper) {
        RoundedRate r = RoundedRate.parse(text);
        assertThat(r.value()).isCloseTo(value, within(EPS));
        assertThat(r.lower()).isCloseTo(lower, within(EPS));
        assertThat(r.upper()).isCloseTo(upper, within(EPS));
        assertThat(r.halfWidth()).isCloseTo((upper - lower) / 2, within(EPS));
    }

    @Test
    void contains_positiveRate_closedBelowOpenAbove() {
        RoundedRate r = RoundedRate.parse("46.2%");
        assertThat(r.contains(0.4615)).isTrue();     // rounds half up to 46.2%
        assertThat(r.contains(0.46249)).isTrue();
        assertThat(r.contains(0.4625)).isFalse();    // rounds half up to 46.3%
        assertThat(r.contains(0.46149)).isFalse();
        assertThat(r.contains(Double.NaN)).isFalse();
    }

    @Test
    void contains_negativeRate_openBelowClosedAbove() {
        // half away from zero: −5.35% prints as −5.4%, −5.25% as −5.3%
        RoundedRate r = RoundedRate.parse("-5.3%");
        assertThat(r.contains(-0.0535)).isFalse();
        assertThat(r.contains(-0.0525)).isTrue();
        assertThat(r.contains(-0.053)).isTrue();
    }

    @Test
    void contains_zero_openAtBothEnds() {
        RoundedRate r = RoundedRate.parse("0.0%");
        assertThat(r.contains(0.0005)).isFalse();    // prints as 0.1%
        assertThat(r.contains(-0.0005)).isFalse();   // prints as −0.1%
        assertThat(r.contains(0.000499)).isTrue();
    }

    @Test
    void percentAndFractionOfTheSameDecimals_areEqual() {
        assertThat(RoundedRate.parse("46.2%")).isEqualTo(RoundedRate.parse("0.462"))
                .hasSameHashCodeAs(RoundedRate.parse("0.462"));
        assertThat(RoundedRate.parse("46.2%")).isNotEqualTo(RoundedRate.parse("46.20%"));
        assertThat(RoundedRate.parse("46.2%").fractionDecimals()).isEqualTo(3);
    }

    @Test
    void exact_hasZeroWidth() {
        RoundedRate r = RoundedRate.exact(0.462);
        assertThat(r.halfWidth()).isZero();
        assertThat(r.contains(0.462)).isTrue();
        assertThat(r.contains(0.4620001)).isFalse();
        assertThat(r.toString()).isEqualTo("0.462 (exact)");
    }

    @Test
    void distanceTo_isTheGapBetweenIntervals() {
        // [42.5%, 43.5%) vs [46.15%, 46.25%): 46.15 − 43.5 = 2.65 points
        assertThat(RoundedRate.parse("43%").distanceTo(RoundedRate.parse("46.2%"))).isCloseTo(0.0265, within(EPS));
        // [43.0%..] "43.0%" = [42.95%, 43.05%): 46.15 − 43.05 = 3.10 points, either way round
        assertThat(RoundedRate.parse("46.2%").distanceTo(RoundedRate.parse("43.0%"))).isCloseTo(0.031, within(EPS));
        // touching intervals [46.15, 46.25) and [46.25, 46.35): distance 0
        assertThat(RoundedRate.parse("46.2%").distanceTo(RoundedRate.parse("46.3%"))).isZero();
    }

    @Test
    void toString_showsTheInterval() {
        assertThat(RoundedRate.parse("46.2%")).hasToString("46.2% in [+46.15%, +46.25%)");
        assertThat(RoundedRate.parse("-5.3%")).hasToString("-5.3% in (-5.35%, -5.25%]");
    }

    @Test
    void parse_badText_namesIt() {
        assertThatThrownBy(() -> RoundedRate.parse("about 46%")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"about 46%\"");
    }

    @Test
    void property_anyRateLiesInTheIntervalOfItsPrintedForm() {
        long seed = 20250519L;
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int c = 0; c < 500; c++) {
            double rate = rnd.nextDouble(-0.99, 3.0);
            int decimals = rnd.nextInt(0, 4);
            // print it as a report would: percent, rounded half away from zero
            String printed = BigDecimal.valueOf(rate).movePointRight(2).setScale(decimals, RoundingMode.HALF_UP)
                    .toPlainString() + "%";
            RoundedRate r = RoundedRate.parse(printed);
            String msg = "seed " + seed + " case " + c + ": " + rate + " printed as " + printed;
            assertThat(r.contains(rate)).as(msg).isTrue();
            assertThat(r.halfWidth()).as(msg).isCloseTo(0.5 * Math.pow(10, -(decimals + 2)), within(1e-15));
        }
    }
}

package org.kpi4j.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PercentageTest {

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
        Percentage r = Percentage.parse(text);
        assertThat(r.fraction()).isCloseTo(value, within(EPS));
        assertThat(r.lower()).isCloseTo(lower, within(EPS));
        assertThat(r.upper()).isCloseTo(upper, within(EPS));
        assertThat(r.halfWidth()).isCloseTo((upper - lower) / 2, within(EPS));
    }

    @Test
    void contains_positiveRate_closedBelowOpenAbove() {
        Percentage r = Percentage.parse("46.2%");
        assertThat(r.contains(0.4615)).isTrue();     // rounds half up to 46.2%
        assertThat(r.contains(0.46249)).isTrue();
        assertThat(r.contains(0.4625)).isFalse();    // rounds half up to 46.3%
        assertThat(r.contains(0.46149)).isFalse();
        assertThat(r.contains(Double.NaN)).isFalse();
    }

    @Test
    void contains_negativeRate_openBelowClosedAbove() {
        // half away from zero: −5.35% prints as −5.4%, −5.25% as −5.3%
        Percentage r = Percentage.parse("-5.3%");
        assertThat(r.contains(-0.0535)).isFalse();
        assertThat(r.contains(-0.0525)).isTrue();
        assertThat(r.contains(-0.053)).isTrue();
    }

    @Test
    void contains_zero_openAtBothEnds() {
        Percentage r = Percentage.parse("0.0%");
        assertThat(r.contains(0.0005)).isFalse();    // prints as 0.1%
        assertThat(r.contains(-0.0005)).isFalse();   // prints as −0.1%
        assertThat(r.contains(0.000499)).isTrue();
    }

    @Test
    void percentAndFractionOfTheSameDecimals_areEqual() {
        assertThat(Percentage.parse("46.2%")).isEqualTo(Percentage.parse("0.462"))
                .hasSameHashCodeAs(Percentage.parse("0.462"));
        assertThat(Percentage.parse("46.2%")).isNotEqualTo(Percentage.parse("46.20%"));
        assertThat(Percentage.parse("46.2%").fractionDecimals()).isEqualTo(3);
    }

    @Test
    void toString_ofABareFractionWithFewDecimals_readsBackToTheSameInterval() {
        // found by ParseFuzzTest: "9" is a fraction, 900% ± 50 points; "900%" would be 900% ± 0.5 points
        assertThat(Percentage.parse("9").toString()).isEqualTo("9");
        assertThat(Percentage.parse("9").halfWidth()).isEqualTo(0.5);
        assertThat(Percentage.parse("0.5").toString()).isEqualTo("0.5");
        for (String t : new String[] {"9", "0.5", "-3", "0.46", "46.2%", "900%"}) {
            assertThat(Percentage.parse(Percentage.parse(t).toString())).as(t).isEqualTo(Percentage.parse(t));
        }
    }

    @Test
    void ofFraction_computedValue_hasTheDoublesDecimals() {
        Percentage r = Percentage.ofFraction(0.462);
        assertThat(r.fractionDecimals()).isEqualTo(3);           // BigDecimal.valueOf(0.462) = 0.462
        assertThat(r).isEqualTo(Percentage.parse("46.2%"));
        assertThat(Percentage.ofFraction(0.48270123).toString()).isEqualTo("48.270123%");
        assertThatThrownBy(() -> Percentage.ofFraction(Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("fraction must be finite but was Infinity");
    }

    @Test
    void ofPercent_keepsThePrintedScale() {
        // the reported_change_pct column: 48.27 means 48.27% with two printed decimals
        Percentage p = Percentage.ofPercent(new BigDecimal("48.27"));
        assertThat(p.lower()).isCloseTo(0.48265, within(EPS));
        assertThat(p.percent()).isEqualByComparingTo("48.27");
        assertThat(p.percent().scale()).isEqualTo(2);
    }

    @Test
    void ofPercent_unprintablyManyDecimals_isRefused() {
        assertThatThrownBy(() -> Percentage.ofPercent(new BigDecimal("1e-100000")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more decimals than any printed figure");
    }

    @Test
    void distanceTo_isTheGapBetweenIntervals() {
        // [42.5%, 43.5%) vs [46.15%, 46.25%): 46.15 − 43.5 = 2.65 points
        assertThat(Percentage.parse("43%").distanceTo(Percentage.parse("46.2%"))).isCloseTo(0.0265, within(EPS));
        // [43.0%..] "43.0%" = [42.95%, 43.05%): 46.15 − 43.05 = 3.10 points, either way round
        assertThat(Percentage.parse("46.2%").distanceTo(Percentage.parse("43.0%"))).isCloseTo(0.031, within(EPS));
        // touching intervals [46.15, 46.25) and [46.25, 46.35): distance 0
        assertThat(Percentage.parse("46.2%").distanceTo(Percentage.parse("46.3%"))).isZero();
    }

    @Test
    void toString_isThePrintedForm_andParsesBack() {
        assertThat(Percentage.parse("46.2%")).hasToString("46.2%");
        assertThat(Percentage.parse("0.462")).hasToString("46.2%");     // the same value and interval
        assertThat(Percentage.parse("-5.30%")).hasToString("-5.30%");   // printed decimals kept
        assertThat(Percentage.parse("43%")).hasToString("43%");
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
            Percentage r = Percentage.parse(printed);
            String msg = "seed " + seed + " case " + c + ": " + rate + " printed as " + printed;
            assertThat(r.contains(rate)).as(msg).isTrue();
            assertThat(r.halfWidth()).as(msg).isCloseTo(0.5 * Math.pow(10, -(decimals + 2)), within(1e-15));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "46.2%    | 0.462",   // the market report's CAGR, as printed
        "0.462    | 0.462",   // the same as a fraction
        "+43%     | 0.43",    // the report's year-on-year growth with an explicit sign
        "-5%      | -0.05",   // a fall
        "\u22125% | -0.05",   // typographic minus (U+2212)
        "' 46.2 % ' | 0.462", // blanks around and before the sign
        "46.2\uFF05 | 0.462", // full-width percent sign
        "0%       | 0.0",
        ".5       | 0.5",     // leading dot: a fraction of one half
        "5.       | 5.0",     // trailing dot: 500%
        "150%     | 1.5",     // growth above 100%
    })
    void parse_acceptsPercentsAndFractions(String text, double expected) {
        assertThat(Percentage.parse(text).fraction()).isCloseTo(expected, within(1e-15));
    }

    @Test
    void parse_percentIsTheNearestDoubleToTheDecimal() {
        // 46.2 / 100 in doubles is 0.46200000000000002; the parser goes through the decimal 0.462
        assertThat(Percentage.parse("46.2%").fraction()).isEqualTo(0.462);
        assertThat(Percentage.parse("48.27%").fraction()).isEqualTo(0.4827);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "abc", "46.2%%", "%", "1e-3", "46,2%", "1,000%", "--5%", "0x10", "46.2 pct", "NaN"})
    void parse_refusesAnythingElse_namingTheText(String text) {
        assertThatThrownBy(() -> Percentage.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("text must be a percentage such as \"46.2%\" or a fraction such as \"0.462\" but was '" + text + "'");
    }

    @Test
    void parse_null_throwsNpeNamingTheArgument() {
        assertThatThrownBy(() -> Percentage.parse(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
    }
}

package org.kpi4j.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RatesTest {

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
        assertThat(Rates.parse(text)).isCloseTo(expected, within(1e-15));
    }

    @Test
    void parse_percentIsTheNearestDoubleToTheDecimal() {
        // 46.2 / 100 in doubles is 0.46200000000000002; the parser goes through the decimal 0.462
        assertThat(Rates.parse("46.2%")).isEqualTo(0.462);
        assertThat(Rates.parse("48.27%")).isEqualTo(0.4827);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "abc", "46.2%%", "%", "1e-3", "46,2%", "1,000%", "--5%", "0x10", "46.2 pct", "NaN"})
    void parse_refusesAnythingElse_namingTheText(String text) {
        assertThatThrownBy(() -> Rates.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("text must be a rate such as \"46.2%\" or \"0.462\" but was \"" + text + "\"");
    }

    @Test
    void parse_null_throwsNpeNamingTheArgument() {
        assertThatThrownBy(() -> Rates.parse(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
    }

    @Test
    void format_signedPercentTwoDecimals() {
        assertThat(Rates.format(0.462)).isEqualTo("+46.20%");
        assertThat(Rates.format(-0.05)).isEqualTo("-5.00%");
        assertThat(Rates.format(0)).isEqualTo("0.00%");
        assertThatThrownBy(() -> Rates.format(Double.NaN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rate must be a finite number but was NaN");
    }
}

package org.kpi4j.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CagrTest {

    @ParameterizedTest
    @CsvSource({
        // from, to,     years, expected
        "100,    121,    2,     0.1",          // hand: 1.21^(1/2) = 1.1
        "1000,   8000,   3,     1.0",          // hand: 8^(1/3) = 2
        "100,    50,     1,     -0.5",         // hand: a halving in one year
        "100,    100,    7,     0.0",          // hand: no change
        "100,    0,      2,     -1.0",         // hand: total loss, 0^(1/2) − 1
        "100,    150,    0.5,   1.25",         // hand: fractional years, 1.5^2 − 1
        "10000,  11000,  96,    0.0009933",    // Excel RRI(96, 10000, 11000) = 0.0009933, Microsoft's RRI help example
        "485.3,  3241.5, 5,     0.4619992",    // market report 2023 → 2028: (3241.5 / 485.3)^(1/5) − 1 ≈ 46.2% (python: 0.46199924)
    })
    void rate_matchesExcelRri(double from, double to, double years, double expected) {
        assertThat(Cagr.rate(from, to, years)).isCloseTo(expected, within(1e-7));
    }

    @Test
    void valueAt_andImpliedBase_reportFigures() {
        // market report: 1037.3 EFLOPS in 2025 at a 46.2% CAGR
        // 2028: 1.462^3 = 3.124943128; × 1037.3 = 3241.5035
        assertThat(Cagr.valueAt(1037.3, 0.462, 3)).isCloseTo(3241.5035, within(1e-4));
        // 2023: 1.462^2 = 2.137444; 1037.3 / 2.137444 = 485.2993
        assertThat(Cagr.impliedBase(1037.3, 0.462, 2)).isCloseTo(485.2993, within(1e-4));
        // 2024 from the reported +43%: 1037.3 / 1.43 = 725.3846
        assertThat(Cagr.impliedBase(1037.3, 0.43, 1)).isCloseTo(725.3846, within(1e-4));
        // zero years is the identity
        assertThat(Cagr.valueAt(1037.3, 0.462, 0)).isEqualTo(1037.3);
        assertThat(Cagr.impliedBase(1037.3, 0.462, 0)).isEqualTo(1037.3);
    }

    @Test
    void cagr_roundTripsThroughProjection() {
        double r = Cagr.rate(485.3, 3241.5, 5);
        assertThat(Projection.of(485.3, 2023, 2028, r).valueAt(2028)).isCloseTo(3241.5, within(1e-9));
    }

    @Test
    void yearsBetween_isActOver365point25() {
        // 2020-01-01 → 2024-01-01: 1461 days (one leap day) / 365.25 = 4 exactly
        assertThat(Cagr.yearsBetween(LocalDate.of(2020, 1, 1), LocalDate.of(2024, 1, 1))).isEqualTo(4.0);
        // 2023-12-31 → 2028-12-31: 1827 days (leap days 2024, 2028) / 365.25 = 5.002053...
        assertThat(Cagr.yearsBetween(LocalDate.of(2023, 12, 31), LocalDate.of(2028, 12, 31)))
                .isCloseTo(1827 / 365.25, within(1e-15));
        // 2023-01-01 → 2023-07-02: 182 days / 365.25
        assertThat(Cagr.yearsBetween(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 7, 2)))
                .isCloseTo(182 / 365.25, within(1e-15));
    }

    @Test
    void rate_fromDates_usesYearsBetween() {
        // 100 → 121 over 2020-01-01 .. 2022-01-01: 731 days = 2.0014 years; 1.21^(365.25/731) − 1
        double expected = Math.pow(1.21, 365.25 / 731) - 1;
        assertThat(Cagr.rate(100, 121, LocalDate.of(2020, 1, 1), LocalDate.of(2022, 1, 1)))
                .isCloseTo(expected, within(1e-15));
    }

    @Test
    void rate_badInput_fullSentenceNamingArgumentAndValue() {
        assertThatThrownBy(() -> Cagr.rate(-3, 10, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("from must be > 0 but was -3.0");
        assertThatThrownBy(() -> Cagr.rate(0, 10, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("from must be > 0 but was 0.0");
        assertThatThrownBy(() -> Cagr.rate(10, -1, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("to must be >= 0 but was -1.0");
        assertThatThrownBy(() -> Cagr.rate(10, 20, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("years must be > 0 but was 0.0");
        assertThatThrownBy(() -> Cagr.rate(10, Double.NaN, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("to must be a finite number but was NaN");
        assertThatThrownBy(() -> Cagr.rate(10, 20, Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("years must be a finite number but was Infinity");
    }

    @Test
    void valueAtAndImpliedBase_badInput() {
        assertThatThrownBy(() -> Cagr.valueAt(100, -1, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rate must be > -1 (a fall of less than 100%) but was -1.0");
        assertThatThrownBy(() -> Cagr.impliedBase(100, -1.5, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("growthRate must be > -1 (a fall of less than 100%) but was -1.5");
        assertThatThrownBy(() -> Cagr.valueAt(-5, 0.1, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("from must be >= 0 but was -5.0");
        assertThatThrownBy(() -> Cagr.impliedBase(100, 0.1, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("years must be >= 0 but was -1.0");
    }

    @Test
    void yearsBetween_toNotAfterFrom_throws() {
        LocalDate d = LocalDate.of(2024, 1, 1);
        assertThatThrownBy(() -> Cagr.yearsBetween(d, d)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("to must be after from but to was 2024-01-01 and from was 2024-01-01");
        assertThatThrownBy(() -> Cagr.yearsBetween(null, d)).isInstanceOf(NullPointerException.class).hasMessage("from");
    }

    @Test
    void overflow_throwsInsteadOfReturningInfinity() {
        assertThatThrownBy(() -> Cagr.rate(1e-300, 1e300, 0.001)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Cagr.valueAt(1e300, 10, 1000)).isInstanceOf(ArithmeticException.class);
    }
}

package org.kpi4j.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.kpi4j.unit.Percentage;

/**
 * The market report: China's intelligent computing power 1037.3 EFLOPS in 2025, +43% year on year,
 * 2023–2028 CAGR 46.2%.
 */
class ChainCheckTest {

    private static final double EPS = 1e-12;

    private static ChainCheck report(double tolerance) {
        return ChainCheck.of(1037.3, 2025, "43%", "46.2%", 2023, 2028, tolerance);
    }

    @Test
    void impliedValues_matchHandComputation() {
        ChainCheck c = report(0.01);
        // 2023 = 1037.3 / 1.462^2; 1.462^2 = 2.137444; 1037.3 / 2.137444 = 485.2993 (≈ 485.3)
        assertThat(c.impliedStart()).isCloseTo(485.2993, within(1e-4));
        // 2028 = 1037.3 · 1.462^3; 1.462^3 = 3.124943128; × 1037.3 = 3241.5035 (≈ 3241.5)
        assertThat(c.impliedEnd()).isCloseTo(3241.5035, within(1e-4));
        // 2024 by the reported +43%: 1037.3 / 1.43 = 725.3846
        assertThat(c.priorFromYoy()).isCloseTo(725.3846, within(1e-4));
        // 2024 on the CAGR path: 1037.3 / 1.462 = 709.5075
        assertThat(c.priorFromCagr()).isCloseTo(709.5075, within(1e-4));
        assertThat(c.priorYear()).isEqualTo(2024);
        assertThat(c.path()).extracting(Projection.Row::year).containsExactly(2023, 2024, 2025, 2026, 2027, 2028);
        assertThat(c.pathValue(2025)).isEqualTo(1037.3);
        // 2026 on the path: 1037.3 · 1.462 = 1516.5326
        assertThat(c.pathValue(2026)).isCloseTo(1516.5326, within(1e-4));
    }

    @Test
    void gap_reportedMinusPath_withPrintingInterval() {
        ChainCheck c = report(0.01);
        assertThat(c.pathGrowth()).isEqualTo(0.462);
        // 43% − 46.2% = −3.2 points
        assertThat(c.gap()).isCloseTo(-0.032, within(EPS));
        // "43%" is [42.5%, 43.5%), "46.2%" is [46.15%, 46.25%): gap from 42.5 − 46.25 = −3.75 to 43.5 − 46.15 = −2.65
        assertThat(c.gapLower()).isCloseTo(-0.0375, within(EPS));
        assertThat(c.gapUpper()).isCloseTo(-0.0265, within(EPS));
        assertThat(c.printedDistance()).isCloseTo(0.0265, within(EPS));
    }

    @Test
    void consistent_atCallersTolerance_accountingForPrintingPrecision() {
        // smallest gap the printing allows is 2.65 points
        assertThat(report(0.01).consistent()).isFalse();     // 2.65 > 1 point
        assertThat(report(0.0265).consistent()).isTrue();    // exactly at the tolerance
        assertThat(report(0.0264).consistent()).isFalse();
        assertThat(report(0.03).consistent()).isTrue();      // 2.65 ≤ 3: although the printed gap is 3.2 points
        // the same rates printed to five decimals of a percent: the gap is all but the full 3.2 points,
        // so 3 points is not enough
        ChainCheck exact = ChainCheck.of(1037.3, 2025, Percentage.parse("43.00000%"), Percentage.parse("46.20000%"),
                2023, 2028, 0.03);
        assertThat(exact.consistent()).isFalse();
        // printed with one decimal, "43.0%": [42.95%, 43.05%) vs [46.15%, 46.25%) → 3.10 points
        ChainCheck oneDecimal = ChainCheck.of(1037.3, 2025, "43.0%", "46.2%", 2023, 2028, 0.031);
        assertThat(oneDecimal.printedDistance()).isCloseTo(0.031, within(EPS));
        assertThat(oneDecimal.consistent()).isTrue();
    }

    @Test
    void consistent_whenYoyEqualsCagr_atZeroTolerance() {
        ChainCheck c = ChainCheck.of(1037.3, 2025, "46.2%", "0.462", 2023, 2028, 0);
        assertThat(c.consistent()).isTrue();
        assertThat(c.priorFromYoy()).isCloseTo(c.priorFromCagr(), within(1e-12));
    }

    @Test
    void toString_tableAndVerdict() {
        String s = report(0.01).toString();
        assertThat(s).startsWith("1,037.30 in 2025, yoy 43% (vs 2024), CAGR 2023–2028 46.2%\n")
                .contains("year  CAGR path 46.2%  by yoy 43%")
                .contains("2023           485.30")
                .contains("2024           709.51      725.38")
                .contains("2025         1,037.30    1,037.30")
                .contains("2028         3,241.50")
                .contains("reported +43.00% (43% in [+42.5%, +43.5%)), on CAGR path +46.20% (46.2% in [+46.15%, +46.25%))")
                .contains("gap reported − path: -3.20 pp (printing allows -3.75 pp to -2.65 pp)")
                .endsWith("inconsistent: smallest gap 2.65 pp > tolerance 1.00 pp\n");
    }

    @Test
    void badInput_namesTheArgument() {
        assertThatThrownBy(() -> ChainCheck.of(1037.3, 2023, "43%", "46.2%", 2023, 2028, 0.01))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("year must be after cagrFromYear 2023 and at most cagrToYear 2028")
                .hasMessageEndingWith("but was 2023");
        assertThatThrownBy(() -> ChainCheck.of(1037.3, 2025, "43%", "46.2%", 2028, 2023, 0.01))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cagrToYear must be after cagrFromYear 2028 but was 2023");
        assertThatThrownBy(() -> ChainCheck.of(1037.3, 2025, "43%", "46.2%", 2023, 2028, -0.01))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tolerance must be >= 0 but was -0.01");
        assertThatThrownBy(() -> ChainCheck.of(1037.3, 2025, "-100%", "46.2%", 2023, 2028, 0.01))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("yoy must be > -1 (a fall of less than 100%) but was -1.0");
        assertThatThrownBy(() -> ChainCheck.of(1037.3, 2025, "43 percent", "46.2%", 2023, 2028, 0.01))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'43 percent'");
        assertThatThrownBy(() -> report(0.01).pathValue(2029)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("y must be from 2023 to 2028 but was 2029");
    }
}

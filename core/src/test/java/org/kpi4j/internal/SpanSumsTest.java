package org.kpi4j.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpanSumsTest {

    private static SpanSums.Figure f(int first, int last, double value, String label, int line) {
        return new SpanSums.Figure(first, last, value, label, line);
    }

    @Test
    void q1PlusQ2_againstH1_contradicts_namingBothSidesAndLines() {
        // the case: Q1 = 10, Q2 = 9, H1 = 10; 10 + 9 = 19 ≠ 10, far beyond ±0.5 each
        SpanSums.Contradiction c = SpanSums.find("a/revenue", List.of(f(1, 1, 10, "2024Q1", 2), f(2, 2, 9, "2024Q2", 3),
                f(1, 2, 10, "2024H1", 4)));
        assertThat(c).isNotNull();
        assertThat(c.whole().label()).isEqualTo("2024H1");
        assertThat(c.message()).isEqualTo("series a/revenue contradicts itself: 2024H1 = 10 (line 4) but 2024Q1 + 2024Q2 "
                + "= 19 (lines 2, 3), beyond the rounding of the figures; correct one of them, or give a revised figure "
                + "its as_of");
    }

    @Test
    void figuresThatAgreeWithinTheirRounding_areFine() {
        // 10.1 + 9.9 = 20.0 against 20: exact
        assertThat(SpanSums.find("a/r", List.of(f(1, 1, 10.1, "Q1", 0), f(2, 2, 9.9, "Q2", 0), f(1, 2, 20, "H1", 0))))
                .isNull();
        // 1.24 + 1.24 = 2.48 against 2.5 printed with one decimal: off by 0.02, within 0.005 + 0.005 + 0.05
        assertThat(SpanSums.find("a/r", List.of(f(1, 1, 1.24, "Q1", 0), f(2, 2, 1.24, "Q2", 0), f(1, 2, 2.5, "H1", 0))))
                .isNull();
        // but 2.6: off by 0.12 > 0.06
        assertThat(SpanSums.find("a/r", List.of(f(1, 1, 1.24, "Q1", 0), f(2, 2, 1.24, "Q2", 0), f(1, 2, 2.6, "H1", 0))))
                .isNotNull();
    }

    @Test
    void everyTilingIsChecked_theYearAgainstQ1toQ3PlusQ4() {
        // Q1-Q3 = 30, Q4 = 10, year = 45: 30 + 10 = 40 ≠ 45; the quarters alone are absent
        SpanSums.Contradiction c = SpanSums.find("a/r", List.of(f(1, 3, 30, "2024Q1-Q3", 2), f(4, 4, 10, "2024Q4", 3),
                f(1, 4, 45, "2024", 4)));
        assertThat(c.message()).contains("2024 = 45 (line 4) but 2024Q1-Q3 + 2024Q4 = 40 (lines 2, 3)");
        // H1 and H2 against the year, lines unknown: 10 + 10 = 20 ≠ 30
        assertThat(SpanSums.find("a/r", List.of(f(1, 2, 10, "H1", 0), f(3, 4, 10, "H2", 0), f(1, 4, 30, "Y", 0))).message())
                .contains("Y = 30 but H1 + H2 = 20,").doesNotContain("line");
        // integers are each ±0.5: 1 + 1 against 3 is within 1.5
        assertThat(SpanSums.find("a/r", List.of(f(1, 2, 1, "H1", 0), f(3, 4, 1, "H2", 0), f(1, 4, 3, "Y", 0)))).isNull();
    }

    @Test
    void sumsAreExact_evenAtTheEdgeOfADouble() {
        // 1e308 + 1e308 overflows a double but not a decimal: 2e308 ≠ 1e308
        assertThat(SpanSums.find("a/r", List.of(f(1, 1, 1e308, "Q1", 0), f(2, 2, 1e308, "Q2", 0), f(1, 2, 1e308, "H1", 0))))
                .isNotNull();
        assertThat(SpanSums.find("a/r", List.of(f(1, 1, 1e20, "Q1", 0), f(2, 2, 1e20, "Q2", 0), f(1, 2, 2e20, "H1", 0))))
                .isNull();
    }
}

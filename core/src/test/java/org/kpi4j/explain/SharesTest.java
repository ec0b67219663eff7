package org.kpi4j.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SharesTest {

    private static final double EPS = 1e-12;

    private static Shares cloud() {
        return Shares.of(new String[] {"通用云", "行业云", "智算云"}, new double[] {500, 300, 200});
    }

    @Test
    void shares_ofTheTotal_inInputOrder() {
        Shares s = cloud();
        assertThat(s.total()).isEqualTo(1000);
        assertThat(s.names()).containsExactly("通用云", "行业云", "智算云");
        assertThat(s.shares().keySet()).containsExactly("通用云", "行业云", "智算云");
        // 500 / 1000, 300 / 1000, 200 / 1000
        assertThat(s.share("通用云")).isCloseTo(0.5, within(EPS));
        assertThat(s.share("行业云")).isCloseTo(0.3, within(EPS));
        assertThat(s.share("智算云")).isCloseTo(0.2, within(EPS));
    }

    @ParameterizedTest
    @CsvSource({
        // n, expected top-N share (hand: sorted shares 0.5, 0.3, 0.2)
        "1, 0.5",
        "2, 0.8",   // 0.5 + 0.3
        "3, 1.0",
        "9, 1.0",   // more than there are: all of them
    })
    void topN(int n, double expected) {
        assertThat(cloud().topN(n)).isCloseTo(expected, within(EPS));
    }

    @Test
    void hhi_onBothScales() {
        // hand: 0.5² + 0.3² + 0.2² = 0.25 + 0.09 + 0.04 = 0.38 → 3,800 points; effective number 1 / 0.38 = 2.6316
        Shares s = cloud();
        assertThat(s.hhi()).isCloseTo(0.38, within(EPS));
        assertThat(s.hhiPoints()).isCloseTo(3800, within(1e-8));
        assertThat(s.effectiveNumber()).isCloseTo(1 / 0.38, within(EPS));
        // four equal segments: 4 × 0.25² = 0.25 = 1/n, the minimum
        assertThat(Shares.of(new String[] {"a", "b", "c", "d"}, new double[] {1, 1, 1, 1}).hhi()).isCloseTo(0.25, within(EPS));
        // one segment has everything (the other 0): 1, the maximum, 10,000 points
        assertThat(Shares.of(new String[] {"a", "b"}, new double[] {7, 0}).hhiPoints()).isCloseTo(10_000, within(1e-8));
    }

    @Test
    void ofMap_keepsIterationOrder_andIsUnmodifiable() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("z", 1.0);
        m.put("a", 3.0);
        Shares s = Shares.of(m);
        assertThat(s.names()).containsExactly("z", "a");
        m.put("b", 100.0);   // copied in: later changes do not show
        assertThat(s.size()).isEqualTo(2);
        assertThatThrownBy(() -> s.shares().put("x", 1.0)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void badInput_namesSegment() {
        assertThatThrownBy(() -> Shares.of(new String[] {"a", "b"}, new double[] {1, -2}))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("segment b: value must be >= 0 but was -2.0");
        assertThatThrownBy(() -> Shares.of(new String[] {"a", "b"}, new double[] {0, 0}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("total of the segment values must be > 0 but was 0.0");
        assertThatThrownBy(() -> Shares.of(new String[] {"a", "a"}, new double[] {1, 1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("names must be unique but segment a appears twice");
        assertThatThrownBy(() -> Shares.of(new String[] {"a"}, new double[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("names and values must have the same length but had 1 and 2");
        assertThatThrownBy(() -> Shares.of(Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("values must hold at least one segment but was empty");
        assertThatThrownBy(() -> Shares.of(Map.of("a", Double.NaN)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("segment a: value must be a finite number but was NaN");
        assertThatThrownBy(() -> cloud().topN(0)).isInstanceOf(IllegalArgumentException.class).hasMessage("n must be >= 1 but was 0");
        assertThatThrownBy(() -> cloud().share("x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("name must be one of [通用云, 行业云, 智算云] but was \"x\"");
    }

    @Test
    void toString_table() {
        assertThat(cloud().toString()).isEqualTo("""
                segment     value    share
                -------  --------  -------
                通用云     500.00   50.00%
                行业云     300.00   30.00%
                智算云     200.00   20.00%
                total    1,000.00  100.00%
                top-1 50.00%, HHI 0.3800 (3,800 points)
                """);
    }

    @Test
    void shareTable_perPeriod() {
        Map<String, Double> y2024 = new LinkedHashMap<>();
        y2024.put("通用云", 600.0);
        y2024.put("行业云", 300.0);
        y2024.put("智算云", 100.0);
        Map<String, Double> q2025 = new LinkedHashMap<>();
        q2025.put("通用云", 500.0);
        q2025.put("智算云", 500.0);
        ShareTable t = ShareTable.builder().period("2024", y2024).period("2025Q1", q2025).build();
        assertThat(t.periods()).containsExactly("2024", "2025Q1");
        assertThat(t.segments()).containsExactly("通用云", "行业云", "智算云");
        assertThat(t.share("2025Q1", "智算云")).isCloseTo(0.5, within(EPS));
        assertThat(t.share("2025Q1", "行业云")).isZero();   // absent from the period
        // hand: 2024 0.36 + 0.09 + 0.01 = 0.46 → 4,600; 2025Q1 0.25 + 0.25 = 0.5 → 5,000
        assertThat(t.get("2024").hhiPoints()).isCloseTo(4600, within(1e-8));
        assertThat(t.get("2025Q1").hhiPoints()).isCloseTo(5000, within(1e-8));
        assertThat(t.toString()).isEqualTo("""
                segment         2024  2025Q1
                ------------  ------  ------
                通用云        60.00%  50.00%
                行业云        30.00%       —
                智算云        10.00%  50.00%
                top-1 share   60.00%  50.00%
                HHI (points)   4,600   5,000
                """);
        assertThatThrownBy(() -> t.get("2023")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("period must be one of [2024, 2025Q1] but was \"2023\"");
        assertThatThrownBy(() -> ShareTable.builder().period("2024", y2024).period("2024", y2024))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("period must be unique but 2024 was added twice");
    }
}

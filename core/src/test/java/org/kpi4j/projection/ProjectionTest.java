package org.kpi4j.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kpi4j.unit.Percentage;

class ProjectionTest {

    @Test
    void of_reportFigures_yearByYear() {
        Projection p = Projection.of(1037.3, 2025, 2028, Percentage.parse("46.2%"));
        // hand: 1037.3 · 1.462 = 1516.5326; · 1.462^2 = 1037.3 · 2.137444 = 2217.1707; · 1.462^3 = 3241.5035
        assertThat(p.rows()).extracting(Projection.Row::year).containsExactly(2025, 2026, 2027, 2028);
        assertThat(p.valueAt(2025)).isEqualTo(1037.3);
        assertThat(p.valueAt(2026)).isCloseTo(1516.5326, within(1e-4));
        assertThat(p.valueAt(2027)).isCloseTo(2217.1707, within(1e-4));
        assertThat(p.valueAt(2028)).isCloseTo(3241.5035, within(1e-4));
        assertThat(p.endValue()).isEqualTo(p.valueAt(2028));
        assertThat(p.fromYear()).isEqualTo(2025);
        assertThat(p.toYear()).isEqualTo(2028);
        assertThat(p.rate()).isEqualTo(0.462);
    }

    @Test
    void lastRow_equalsCagrValueAtExactly() {
        Projection p = Projection.of(485.3, 2023, 2028, 0.462);
        assertThat(p.endValue()).isEqualTo(Cagr.valueAt(485.3, 0.462, 5));
    }

    @Test
    void rows_areUnmodifiable() {
        List<Projection.Row> rows = Projection.of(100, 2024, 2025, 0.1).rows();
        assertThatThrownBy(() -> rows.add(new Projection.Row(2026, 1))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void of_badInput() {
        assertThatThrownBy(() -> Projection.of(100, 2025, 2025, 0.1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("toYear must be after fromYear 2025 but was 2025");
        assertThatThrownBy(() -> Projection.of(100, 2025, 2028, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rate must be > -1 (a fall of less than 100%) but was -1.0");
        assertThatThrownBy(() -> Projection.of(-1, 2025, 2028, 0.1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("value must be >= 0 but was -1.0");
        Projection p = Projection.of(100, 2025, 2026, 0.1);
        assertThatThrownBy(() -> p.valueAt(2024)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("year must be from 2025 to 2026 but was 2024");
    }

    @Test
    void toString_alignedTableWithSignedPercents() {
        String s = Projection.of(100, 2024, 2026, 0.1).toString();
        // hand: 100, 110, 121; cumulative +10%, +21%
        assertThat(s).isEqualTo("""
                projection of 100.00 from 2024 at +10.00% a year
                year   value  vs 2024
                ----  ------  -------
                2024  100.00    0.00%
                2025  110.00  +10.00%
                2026  121.00  +21.00%
                """);
    }

    @Test
    void scenarioFan_keepsInsertionOrder_andEachScenariosRows() {
        ScenarioFan fan = ScenarioFan.builder(1037.3, 2025, 2028)
                .scenario("bull", 0.60)
                .scenario("base", 0.462)
                .scenario("bear", 0.30)
                .build();
        assertThat(fan.names()).containsExactly("bull", "base", "bear");
        assertThat(fan.scenarios().keySet()).containsExactly("bull", "base", "bear");
        // base 2028: 1037.3 · 1.462^3 = 3241.5035 (market report's CAGR)
        assertThat(fan.rows("base").get(3).value()).isCloseTo(3241.5035, within(1e-4));
        // bear 2028: 1037.3 · 1.3^3 = 1037.3 · 2.197 = 2278.9481
        assertThat(fan.scenario("bear").endValue()).isCloseTo(2278.9481, within(1e-4));
        // bull 2026: 1037.3 · 1.6 = 1659.68
        assertThat(fan.rows("bull").get(1).value()).isCloseTo(1659.68, within(1e-9));
        assertThat(fan.rows("bull")).hasSize(4);
    }

    @Test
    void scenarioFan_ofMap_keepsMapOrder_andRejectsDuplicatesAndUnknowns() {
        Map<String, Double> rates = new LinkedHashMap<>();
        rates.put("bear", 0.30);
        rates.put("base", 0.462);
        ScenarioFan fan = ScenarioFan.of(100, 2024, 2025, rates);
        assertThat(fan.names()).containsExactly("bear", "base");
        assertThatThrownBy(() -> fan.scenario("bull")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("name must be one of [bear, base] but was \"bull\"");
        assertThatThrownBy(() -> ScenarioFan.builder(100, 2024, 2025).scenario("a", 0.1).scenario("a", 0.2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("name must be unique but scenario \"a\" was added twice");
        assertThatThrownBy(() -> ScenarioFan.builder(100, 2024, 2025).scenario("crash", -1.2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rate of scenario crash must be > -1 (a fall of less than 100%) but was -1.2");
        assertThatThrownBy(() -> ScenarioFan.builder(100, 2024, 2025).build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a scenario fan needs at least one scenario but had none");
    }

    @Test
    void scenarioFan_toString_columnPerScenario() {
        ScenarioFan fan = ScenarioFan.builder(100, 2024, 2025).scenario("bear", -0.1).scenario("bull", 0.2).build();
        // hand: 100 · 0.9 = 90; 100 · 1.2 = 120
        assertThat(fan.toString()).isEqualTo("""
                scenarios from 100.00 in 2024
                year  bear -10.00%  bull +20.00%
                ----  ------------  ------------
                2024        100.00        100.00
                2025         90.00        120.00
                """);
    }
}

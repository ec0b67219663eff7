package org.kpi4j.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kpi4j.unit.Percentage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kpi4j.fact.Fact;
import org.kpi4j.fact.FactSet;
import org.kpi4j.series.SeriesKey;
import org.kpi4j.growth.GrowthFlag;
import org.kpi4j.time.Period;

class DatasetsTest {

    private static final FactSet PARATERA = Datasets.load("paratera");

    @Test
    void list_namesBothDatasets() {
        assertThat(Datasets.list()).extracting(DatasetInfo::name).containsExactly("paratera", "idc-compute");
        assertThatThrownBy(() -> Datasets.load("nope")).hasMessageContaining("paratera, idc-compute");
    }

    static Stream<Arguments> seedFigures() {
        return Stream.of(
                // Q2/Q5: 营业收入 65,461.73 万元
                Arguments.of("revenue", "", "2024", "65461.73", "万元", null, false),
                // Q2/Q5: 算力服务收入 61,400.33 万元, 同比增长 48.27%
                Arguments.of("revenue", "算力服务", "2024", "61400.33", "万元", "48.27", false),
                // Q4: 2025Q1 营业收入 19,827.30 万元, +51.68%
                Arguments.of("revenue", "", "2025Q1", "19827.30", "万元", "51.68", false),
                // Q4: 算力服务 19,371.74 万元, +52.34%
                Arguments.of("revenue", "算力服务", "2025Q1", "19371.74", "万元", "52.34", false),
                // Q4: 扣非净利润 335.70 万元, +43.77%
                Arguments.of("net_profit_deducted", "", "2025Q1", "335.70", "万元", "43.77", false),
                // Q5: 归母净利润 359.40 万元
                Arguments.of("net_profit_attributable", "", "2025Q1", "359.40", "万元", null, false),
                // Q3: 三年以上应收账款 7,422,283.91 元 at the 2024 year-end
                Arguments.of("receivables_aged_over_3y", "", "2024-12-31", "7422283.91", "元", null, false),
                // Q3: 约 7% → approximate
                Arguments.of("receivables_aged_over_3y_share", "", "2024-12-31", "7", "%", null, true),
                // Q7: 资本开支约为 6 亿元 → approximate
                Arguments.of("capex", "", "2024", "6", "亿元", null, true),
                // Q7: 资产负债率 76.53%
                Arguments.of("debt_ratio", "", "2024-12-31", "76.53", "%", null, false),
                // Q7: 募集资金总额 33,350 万元, 净额 28,712.45 万元
                Arguments.of("ipo_proceeds_gross", "", "2023Q4", "33350", "万元", null, false),
                Arguments.of("ipo_proceeds_net", "", "2023Q4", "28712.45", "万元", null, false),
                // Q11: 前五大客户 26.48%
                Arguments.of("top5_customer_share", "", "2024", "26.48", "%", null, false),
                // Q17: 研发人员 83 名, 19.58%, 硕士 12.05%, 本科 73.49%
                Arguments.of("rd_headcount", "", "2024-12-31", "83", "persons", null, false),
                Arguments.of("rd_headcount_share", "", "2024-12-31", "19.58", "%", null, false),
                Arguments.of("rd_masters_share", "", "2024-12-31", "12.05", "%", null, false),
                Arguments.of("rd_bachelors_share", "", "2024-12-31", "73.49", "%", null, false),
                // Q18: 股东人数 18,170 (2025-03-31) and 8,003 (2024 year-end)
                Arguments.of("shareholder_count", "", "2025-03-31", "18170", "persons", null, false),
                Arguments.of("shareholder_count", "", "2024-12-31", "8003", "persons", null, false),
                // Q22: 智算云 近 2.7 亿元, +142% → approximate
                Arguments.of("revenue", "智算云", "2024", "2.7", "亿元", "142", true));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("seedFigures")
    void paratera_holdsEverySeedFigureWithProvenance(String metric, String segment, String period, String value,
            String unit, String pct, boolean approximate) {
        Fact f = PARATERA.latest(SeriesKey.of("paratera", metric, segment), Period.parse(period)).orElseThrow();
        assertThat(f.value()).isEqualByComparingTo(new BigDecimal(value));
        assertThat(f.value().scale()).as("printed decimals kept").isEqualTo(new BigDecimal(value).scale());
        assertThat(f.unit().symbol()).isEqualTo(unit);
        assertThat(f.approximate()).isEqualTo(approximate);
        if (pct == null) {
            assertThat(f.reportedChangePct()).isNull();
        } else {
            assertThat(f.reportedChangePct().percent()).isEqualByComparingTo(new BigDecimal(pct));
        }
        assertThat(f.asOf()).isEqualTo(LocalDate.of(2025, 5, 19));
        assertThat(f.source()).startsWith("IR record 2025-053 Q");
        assertThat(f.origin()).isNotNull();
    }

    @Test
    void paratera_netProfitTurnaroundIsPrinted() {
        Fact f = PARATERA.latest(SeriesKey.of("paratera", "net_profit_attributable"), Period.year(2024)).orElseThrow();
        assertThat(f.value()).isEqualByComparingTo("1205.67");
        assertThat(f.reportedFlag()).isEqualTo(GrowthFlag.TURNAROUND);
    }

    @Test
    void idc_holdsTheForecastAndTheCagr() {
        FactSet idc = Datasets.load("idc-compute");
        Fact v = idc.latest(SeriesKey.of("china", "intelligent_computing_power"), Period.year(2025)).orElseThrow();
        assertThat(v.value()).isEqualByComparingTo("1037.3");
        assertThat(v.unit().symbol()).isEqualTo("EFLOPS");
        assertThat(v.reportedChangePct()).isEqualTo(Percentage.parse("43%"));
        Fact cagr = idc.vintages(SeriesKey.of("china", "intelligent_computing_power"), Period.year(2028)).get(0);
        assertThat(cagr.hasValue()).isFalse();
        assertThat(cagr.reportedCagrPct()).isEqualTo(Percentage.parse("46.2%"));
        assertThat(cagr.comparisonPeriod()).isEqualTo(Period.year(2023));
    }
}

package org.kpi4j.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kpi4j.growth.GrowthConvention;
import org.kpi4j.growth.GrowthFlag;
import org.kpi4j.growth.GrowthKind;
import org.kpi4j.growth.GrowthRow;
import org.kpi4j.growth.GrowthTable;
import org.kpi4j.metric.Metric;
import org.kpi4j.metric.MetricCatalog;
import org.kpi4j.time.Period;
import org.kpi4j.unit.Unit;

class KpiSeriesTest {

    private static final double EPS = 1e-9;
    private static final Metric REVENUE = MetricCatalog.standard().get("revenue").orElseThrow();
    private static final Metric NET_PROFIT = MetricCatalog.standard().get("net_profit").orElseThrow();
    private static final Metric ASSETS = MetricCatalog.standard().get("total_assets").orElseThrow();

    private static Period p(String s) {
        return Period.parse(s);
    }

    /** 2024 as reported year-to-date: Q1 1,200.50, H1 2,650.75, Q1-Q3 4,100.00, FY 6,000.25 (万元). */
    private static KpiSeries ytd2024() {
        return KpiSeries.builder("acme", REVENUE, Unit.WAN_YUAN)
                .add(p("2024"), 6000.25, 2)
                .add(p("2024Q1-Q3"), 4100.00, 2)
                .add(p("2024H1"), 2650.75, 2)
                .add(p("2024Q1"), 1200.50, 2)
                .build();
    }

    /** Discrete quarters: 2023 10, 20, 30, 40; 2024 15, 25, 35, 45. */
    private static KpiSeriesBuilder quarters(Metric m, String... skip) {
        KpiSeriesBuilder b = KpiSeries.builder("acme", m, Unit.WAN_YUAN);
        double[] v = {10, 20, 30, 40, 15, 25, 35, 45};
        for (int i = 0; i < v.length; i++) {
            Period q = Period.quarter(2023 + i / 4, i % 4 + 1);
            if (!List.of(skip).contains(q.toString())) {
                b.add(q, v[i], 0);
            }
        }
        return b;
    }

    @Test
    void builder_sortsByPeriod() {
        assertThat(ytd2024().periods()).containsExactly(p("2024Q1"), p("2024H1"), p("2024Q1-Q3"), p("2024"));
    }

    @Test
    void toDiscreteQuarters_fromYtd_handNumbers() {
        KpiSeries d = ytd2024().toDiscreteQuarters();
        assertThat(d.transform()).isEqualTo(Transform.DISCRETE);
        assertThat(d.periods()).containsExactly(p("2024Q1"), p("2024Q2"), p("2024Q3"), p("2024Q4"));
        // Q1 as reported
        assertThat(d.get(p("2024Q1")).getAsDouble()).isCloseTo(1200.50, within(EPS));
        // Q2 = H1 − Q1 = 2650.75 − 1200.50 = 1450.25
        assertThat(d.get(p("2024Q2")).getAsDouble()).isCloseTo(1450.25, within(EPS));
        // Q3 = Q1-Q3 − H1 = 4100.00 − 2650.75 = 1449.25
        assertThat(d.get(p("2024Q3")).getAsDouble()).isCloseTo(1449.25, within(EPS));
        // Q4 = FY − Q1-Q3 = 6000.25 − 4100.00 = 1900.25
        assertThat(d.get(p("2024Q4")).getAsDouble()).isCloseTo(1900.25, within(EPS));
        // decimals of a difference: the larger of the inputs' (2)
        assertThat(d.decimals(3)).isEqualTo(2);
    }

    @Test
    void toDiscreteQuarters_provenanceMarksDerivedAndNamesFormula() {
        KpiSeries d = ytd2024().toDiscreteQuarters();
        Provenance q1 = d.provenance(0);
        assertThat(q1.derived()).isFalse();
        Provenance q2 = d.provenance(1);
        assertThat(q2.derived()).isTrue();
        assertThat(q2.formula()).isEqualTo("2024H1 − 2024Q1");
        assertThat(q2.inputs()).containsExactly(p("2024H1"), p("2024Q1"));
        assertThat(d.provenance(2).formula()).isEqualTo("2024Q1-Q3 − 2024H1");
        Provenance q4 = d.provenance(3);
        assertThat(q4.derived()).isTrue();
        assertThat(q4.formula()).isEqualTo("2024 − 2024Q1-Q3");
        assertThat(q4.inputs()).containsExactly(p("2024"), p("2024Q1-Q3"));
        assertThat(d.toString()).contains("2024 − 2024Q1-Q3");
    }

    @Test
    void toDiscreteQuarters_firstHalfMissing_leavesQ2andQ3Absent() {
        KpiSeries s = KpiSeries.builder("acme", REVENUE, Unit.WAN_YUAN)
                .add(p("2024Q1"), 1200.50, 2)
                .add(p("2024Q1-Q3"), 4100.00, 2)
                .add(p("2024"), 6000.25, 2)
                .build();
        KpiSeries d = s.toDiscreteQuarters();
        // Q2 needs H1 and Q1; Q3 needs Q1-Q3 and H1: both absent, never estimated
        assertThat(d.periods()).containsExactly(p("2024Q1"), p("2024Q4"));
        assertThat(d.get(p("2024Q2"))).isEmpty();
        assertThat(d.get(p("2024Q3"))).isEmpty();
        // Q4 = 6000.25 − 4100.00 = 1900.25 is still derivable
        assertThat(d.get(p("2024Q4")).getAsDouble()).isCloseTo(1900.25, within(EPS));
    }

    @Test
    void toDiscreteQuarters_fromSecondHalf_q4IsH2MinusQ3() {
        // Q1 100, H1 250, Q1-Q3 420 and H2 350 but no year: Q3 = 420 − 250 = 170, Q4 = H2 − Q3 = 350 − 170 = 180
        KpiSeries s = KpiSeries.builder("acme", REVENUE, Unit.WAN_YUAN)
                .add(p("2024Q1"), 100, 0).add(p("2024H1"), 250, 0).add(p("2024Q1-Q3"), 420, 0)
                .add(p("2024H2"), 350, 0).build();
        KpiSeries d = s.toDiscreteQuarters();
        assertThat(d.get(p("2024Q4")).getAsDouble()).isCloseTo(180, within(EPS));
        assertThat(d.provenance(d.indexOf(p("2024Q4")).getAsInt()).formula()).isEqualTo("2024H2 − 2024Q3");
    }

    @Test
    void toDiscreteQuarters_fromSecondHalf_q4KeepsDecimalsAndApproximationOfQ3() {
        // Q3 = 420.75 − 250.50 = 170.25 (2 dp, approximate because Q1-Q3 is); Q4 = H2 − Q3 = 350 − 170.25 = 179.75
        KpiSeries s = KpiSeries.builder("acme", REVENUE, Unit.WAN_YUAN)
                .add(p("2024Q1"), 100.25, 2).add(p("2024H1"), 250.50, 2)
                .add(p("2024Q1-Q3"), 420.75, 2, new Provenance(false, "", List.of(p("2024Q1-Q3")), true, "", null, null))
                .add(p("2024H2"), 350, 0).build();
        KpiSeries d = s.toDiscreteQuarters();
        int q4 = d.indexOf(p("2024Q4")).getAsInt();
        assertThat(d.value(q4)).isCloseTo(179.75, within(EPS));
        // like every other difference: the larger of the inputs' decimals (H2 0, Q3 2), so 179.75 is not shown as 180
        assertThat(d.decimals(q4)).isEqualTo(2);
        // an input (Q3, from the approximate Q1-Q3) is approximate, so Q4 is
        assertThat(d.provenance(q4).approximate()).isTrue();
    }

    @Test
    void toDiscreteQuarters_keepsReportedDiscreteQuarter() {
        // Q2 reported on its own (300) wins over H1 − Q1 (250 − 100 = 150): reported figures are kept as reported
        KpiSeries s = KpiSeries.builder("acme", REVENUE, Unit.WAN_YUAN)
                .add(p("2024Q1"), 100, 0).add(p("2024Q2"), 300, 0).build();
        KpiSeries d = s.toDiscreteQuarters();
        assertThat(d.get(p("2024Q2")).getAsDouble()).isEqualTo(300);
        assertThat(d.provenance(1).derived()).isFalse();
    }

    @Test
    void toYearToDate_handNumbers_andRoundTripsToDiscrete() {
        KpiSeries q = quarters(REVENUE).build();
        KpiSeries y = q.toYearToDate();
        assertThat(y.transform()).isEqualTo(Transform.YEAR_TO_DATE);
        // 2024: Q1 15, H1 15+25 = 40, Q1-Q3 40+35 = 75, FY 75+45 = 120
        assertThat(y.get(p("2024Q1")).getAsDouble()).isCloseTo(15, within(EPS));
        assertThat(y.get(p("2024H1")).getAsDouble()).isCloseTo(40, within(EPS));
        assertThat(y.get(p("2024Q1-Q3")).getAsDouble()).isCloseTo(75, within(EPS));
        assertThat(y.get(p("2024")).getAsDouble()).isCloseTo(120, within(EPS));
        // 2023: FY 10+20+30+40 = 100
        assertThat(y.get(p("2023")).getAsDouble()).isCloseTo(100, within(EPS));
        assertThat(y.provenance(y.indexOf(p("2024")).getAsInt()).formula())
                .isEqualTo("2024Q1 + 2024Q2 + 2024Q3 + 2024Q4");
        KpiSeries back = y.toDiscreteQuarters();
        assertThat(back.periods()).isEqualTo(q.periods());
        for (int i = 0; i < q.size(); i++) {
            assertThat(back.value(i)).as(q.period(i).toString()).isCloseTo(q.value(i), within(EPS));
        }
    }

    @Test
    void toYearToDate_missingQ2_hasOnlyQ1ForThatYear() {
        KpiSeries y = quarters(REVENUE, "2024Q2").build().toYearToDate();
        // 2024: H1, Q1-Q3 and FY all need Q2
        assertThat(y.periods()).containsExactly(p("2023Q1"), p("2023H1"), p("2023Q1-Q3"), p("2023"), p("2024Q1"));
    }

    @Test
    void ttm_sumsFourConsecutiveQuarters_byHand() {
        KpiSeries t = quarters(REVENUE).build().ttm();
        assertThat(t.transform()).isEqualTo(Transform.TTM);
        // first complete window ends 2023Q4: 10+20+30+40 = 100
        assertThat(t.periods()).containsExactly(p("2023Q4"), p("2024Q1"), p("2024Q2"), p("2024Q3"), p("2024Q4"));
        assertThat(t.get(p("2023Q4")).getAsDouble()).isCloseTo(100, within(EPS));
        // 2024Q1: 20+30+40+15 = 105
        assertThat(t.get(p("2024Q1")).getAsDouble()).isCloseTo(105, within(EPS));
        // 2024Q2: 30+40+15+25 = 110
        assertThat(t.get(p("2024Q2")).getAsDouble()).isCloseTo(110, within(EPS));
        // 2024Q3: 40+15+25+35 = 115
        assertThat(t.get(p("2024Q3")).getAsDouble()).isCloseTo(115, within(EPS));
        // 2024Q4: 15+25+35+45 = 120
        assertThat(t.get(p("2024Q4")).getAsDouble()).isCloseTo(120, within(EPS));
        Provenance pv = t.provenance(0);
        assertThat(pv.derived()).isTrue();
        assertThat(pv.inputs()).containsExactly(p("2023Q1"), p("2023Q2"), p("2023Q3"), p("2023Q4"));
    }

    @Test
    void ttm_absentWhereAnyOfFourQuartersMissing() {
        KpiSeries t = quarters(REVENUE, "2023Q3").build().ttm();
        // 2023Q3 is needed by the windows ending 2023Q3, 2023Q4, 2024Q1 and 2024Q2
        // 2024Q3: 40+15+25+35 = 115; 2024Q4: 15+25+35+45 = 120
        assertThat(t.periods()).containsExactly(p("2024Q3"), p("2024Q4"));
        assertThat(t.get(p("2024Q3")).getAsDouble()).isCloseTo(115, within(EPS));
        assertThat(t.get(p("2024Q2"))).isEmpty();
    }

    @Test
    void ttm_ofYtdReports_convertsToQuartersFirst() {
        // single year 2024 YTD: the only full window is 2024Q4 = 1200.50+1450.25+1449.25+1900.25 = 6000.25
        KpiSeries t = ytd2024().ttm();
        assertThat(t.periods()).containsExactly(p("2024Q4"));
        assertThat(t.get(p("2024Q4")).getAsDouble()).isCloseTo(6000.25, within(EPS));
    }

    @Test
    void annualized_quarterTimesFour_halfTimesTwo_q1q3TimesFourThirds() {
        KpiSeries a = ytd2024().annualized();
        // Q1 1200.50 × 4 = 4802.00
        assertThat(a.get(p("2024Q1")).getAsDouble()).isCloseTo(4802.00, within(EPS));
        // H1 2650.75 × 2 = 5301.50
        assertThat(a.get(p("2024H1")).getAsDouble()).isCloseTo(5301.50, within(EPS));
        // Q1-Q3 4100 × 4/3 = 5466.666...
        assertThat(a.get(p("2024Q1-Q3")).getAsDouble()).isCloseTo(16400.0 / 3, within(EPS));
        // the year as is
        assertThat(a.get(p("2024")).getAsDouble()).isCloseTo(6000.25, within(EPS));
        assertThat(a.provenance(0).formula()).isEqualTo("2024Q1 × 4/1");
        assertThat(a.provenance(3).derived()).isFalse();
    }

    @Test
    void stockSeries_refusesTtmAndDiscreteQuarters() {
        KpiSeries s = KpiSeries.builder("acme", ASSETS, Unit.YI_YUAN)
                .add(p("2023-12-31"), 50, 0).add(p("2024-12-31"), 60, 0).build();
        assertThatThrownBy(s::ttm).isInstanceOf(IllegalStateException.class).hasMessageContaining("total_assets");
        assertThatThrownBy(s::toDiscreteQuarters).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(s::annualized).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> s.growth(GrowthKind.TTM_YOY, GrowthConvention.FILING))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void stockSeries_defaultGrowth_comparesWithPriorYearEnd() {
        KpiSeries s = KpiSeries.builder("acme", ASSETS, Unit.YI_YUAN)
                .add(p("2023-12-31"), 50, 0).add(p("2024-09-30"), 60, 0).build();
        GrowthRow r = s.growth(GrowthKind.DEFAULT, GrowthConvention.FILING).rows().get(1);
        // 2024-09-30 vs 2023-12-31: (60 − 50)/50 = 0.2
        assertThat(r.basePeriod()).isEqualTo(p("2023-12-31"));
        assertThat(r.growth()).isCloseTo(0.2, within(EPS));
    }

    @Test
    void builder_duplicatePeriod_throws() {
        KpiSeriesBuilder b = KpiSeries.builder("acme", REVENUE, Unit.WAN_YUAN)
                .add(p("2024Q1"), 1, 0).add(p("2024H1"), 2, 0).add(p("2024Q1"), 3, 0);
        assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2024Q1");
    }

    @Test
    void builder_rejectsInstantForFlow_andNonFiniteValue() {
        KpiSeriesBuilder b = KpiSeries.builder("acme", REVENUE, Unit.WAN_YUAN);
        assertThatThrownBy(() -> b.add(p("2024-12-31"), 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.add(p("2024"), Double.NaN, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KpiSeries.builder("acme", REVENUE, Unit.PERSONS))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void to_unit_convertsAndShiftsDecimals() {
        KpiSeries s = KpiSeries.builder("acme", REVENUE, Unit.WAN_YUAN).add(p("2024"), 61400.33, 2).build();
        KpiSeries yi = s.to(Unit.YI_YUAN);
        // 61,400.33 万元 = 6.140033 亿元: decimals 2 + 4 = 6 keep every printed digit
        assertThat(yi.unit()).isEqualTo(Unit.YI_YUAN);
        assertThat(yi.value(0)).isCloseTo(6.140033, within(1e-12));
        assertThat(yi.decimals(0)).isEqualTo(6);
        // to 元: 614,003,300 with 0 decimals (2 − 4 floored at 0)
        KpiSeries yuan = s.to(Unit.YUAN);
        assertThat(yuan.value(0)).isCloseTo(614003300, within(1e-6));
        assertThat(yuan.decimals(0)).isZero();
        // and back from 亿元 to 万元: decimals 6 − 4 = 2
        assertThat(yi.to(Unit.WAN_YUAN).decimals(0)).isEqualTo(2);
        assertThat(yi.to(Unit.WAN_YUAN).value(0)).isCloseTo(61400.33, within(1e-9));
        assertThat(s.to(Unit.WAN_YUAN)).isSameAs(s);
        assertThatThrownBy(() -> s.to(Unit.USD)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void to_incompatibleUnit_throwsEvenForEmptySeries() {
        // the method documents IllegalArgumentException when the dimensions differ, whatever the points
        KpiSeries empty = KpiSeries.builder("acme", REVENUE, Unit.WAN_YUAN).build();
        assertThatThrownBy(() -> empty.to(Unit.USD_BN)).isInstanceOf(IllegalArgumentException.class);
        assertThat(empty.to(Unit.YI_YUAN).unit()).isEqualTo(Unit.YI_YUAN);
    }

    @Test
    void yoy_ofQuarter_whosePriorYearQuarterMissing_hasNullGrowthAndNote() {
        GrowthTable t = quarters(REVENUE, "2023Q3").build().yoy();
        GrowthRow q3 = t.rows().stream().filter(r -> r.period().equals(p("2024Q3"))).findFirst().orElseThrow();
        assertThat(q3.basePeriod()).isEqualTo(p("2023Q3"));
        assertThat(q3.baseValue()).isNull();
        assertThat(q3.growth()).isNull();
        assertThat(q3.note()).contains("2023Q3");
        // the neighbouring quarter still compares: 2024Q2 25 vs 2023Q2 20 = +25%
        GrowthRow q2 = t.rows().stream().filter(r -> r.period().equals(p("2024Q2"))).findFirst().orElseThrow();
        assertThat(q2.growth()).isCloseTo(0.25, within(EPS));
        assertThat(q2.difference()).isCloseTo(5, within(EPS));
    }

    @Test
    void qoq_ofYtdSeries_comparesDerivedDiscreteQuarters() {
        GrowthTable t = ytd2024().qoq();
        // Q2 1450.25 vs Q1 1200.50: 249.75 / 1200.50 = 0.20804...
        GrowthRow q2 = t.rows().get(1);
        assertThat(q2.period()).isEqualTo(p("2024Q2"));
        assertThat(q2.growth()).isCloseTo(249.75 / 1200.50, within(EPS));
        assertThat(q2.derived()).isTrue();
        // Q1 compares with 2023Q4, which is absent
        assertThat(t.rows().get(0).growth()).isNull();
    }

    @Test
    void yoy_fromLoss_filingIsPositiveAndFlagsTurnaround() {
        KpiSeries s = KpiSeries.builder("acme", NET_PROFIT, Unit.WAN_YUAN)
                .add(p("2023"), -200, 0).add(p("2024"), 50, 0).build();
        GrowthRow filing = s.growth(GrowthKind.YOY, GrowthConvention.FILING).rows().get(1);
        // (50 + 200)/200 = +1.25
        assertThat(filing.growth()).isCloseTo(1.25, within(EPS));
        assertThat(filing.flag()).isEqualTo(GrowthFlag.TURNAROUND);
        assertThat(s.growth(GrowthKind.YOY, GrowthConvention.PLAIN).rows().get(1).growth())
                .isCloseTo(-1.25, within(EPS));
        GrowthRow nm = s.growth(GrowthKind.YOY, GrowthConvention.NM).rows().get(1);
        assertThat(nm.growth()).isNull();
        assertThat(nm.note()).isNotEmpty();
    }

    @Test
    void yoy_zeroBase_nullGrowthUnderAllAndZeroBaseFlag() {
        KpiSeries s = KpiSeries.builder("acme", NET_PROFIT, Unit.WAN_YUAN)
                .add(p("2023"), 0, 0).add(p("2024"), 50, 0).build();
        for (GrowthConvention c : GrowthConvention.values()) {
            GrowthRow r = s.growth(GrowthKind.YOY, c).rows().get(1);
            assertThat(r.growth()).as(c.name()).isNull();
            assertThat(r.flag()).as(c.name()).isEqualTo(GrowthFlag.ZERO_BASE);
        }
    }
}

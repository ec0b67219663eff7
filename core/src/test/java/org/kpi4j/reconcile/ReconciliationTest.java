package org.kpi4j.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kpi4j.fact.Fact;
import org.kpi4j.fact.FactSet;
import org.kpi4j.growth.GrowthFlag;
import org.kpi4j.metric.Metric;
import org.kpi4j.metric.MetricCatalog;
import org.kpi4j.metric.MetricKind;
import org.kpi4j.time.Period;
import org.kpi4j.unit.Percentage;
import org.kpi4j.unit.Unit;

class ReconciliationTest {

    private static final MetricCatalog CAT = MetricCatalog.standard();
    private static final Metric REVENUE = CAT.get("revenue").orElseThrow();
    private static final Metric NET_PROFIT = CAT.get("net_profit_attributable").orElseThrow();
    private static final Metric GROSS_MARGIN = CAT.get("gross_margin").orElseThrow();
    private static final Metric POWER = Metric.of("computing_power", "Computing power", "智能算力规模",
            MetricKind.STOCK, Metric.UnitFamily.ANY);
    private static final LocalDate AS_OF = LocalDate.of(2025, 5, 19);

    private static Percentage pct(String percent) {
        return Percentage.ofPercent(new BigDecimal(percent));
    }

    private static BigDecimal bd(String s) {
        return s == null ? null : new BigDecimal(s);
    }

    private static Fact.Builder f(Metric m, String period, String value, Unit unit) {
        return Fact.builder("acme", m, Period.parse(period), bd(value), unit).asOf(AS_OF);
    }

    private static CheckRow only(FactSet facts) {
        CheckReport r = Reconciliation.check(facts);
        assertThat(r.rows()).hasSize(1);
        return r.rows().get(0);
    }

    static Stream<Arguments> printedPercents() {
        return Stream.of(
                // (148.27 − 100.00)/100.00 = 48.27%; inputs' rounding allows 48.2576..48.2824 (48.26/100.005, 48.28/99.995)
                Arguments.of("48.27", CheckStatus.OK),
                // 48.30 stands for [48.295, 48.305), which 48.2576..48.2824 cannot reach
                Arguments.of("48.30", CheckStatus.MISMATCH),
                // 48.3 (one decimal) stands for [48.25, 48.35): 48.27 rounds to 48.3
                Arguments.of("48.3", CheckStatus.OK),
                // 48.2 stands for [48.15, 48.25): below 48.2576
                Arguments.of("48.2", CheckStatus.MISMATCH),
                // 48 stands for [47.5, 48.5)
                Arguments.of("48", CheckStatus.OK));
    }

    @ParameterizedTest
    @MethodSource("printedPercents")
    void change_okWithinRoundingOfInputs(String printed, CheckStatus expected) {
        FactSet facts = FactSet.of(List.of(
                f(REVENUE, "2023", "100.00", Unit.WAN_YUAN).build(),
                f(REVENUE, "2024", "148.27", Unit.WAN_YUAN).reportedChangePct(pct(printed)).build()));
        CheckRow r = only(facts);
        assertThat(r.status()).isEqualTo(expected);
        assertThat(r.kind()).isEqualTo(CheckKind.CHANGE);
        assertThat(r.basePeriod()).isEqualTo(Period.parse("2023"));
        assertThat(r.baseValue()).isCloseTo(100.00, within(1e-9));
        // (148.27 − 100)/100 × 100 = 48.27
        assertThat(r.computedPct()).isCloseTo(48.27, within(1e-9));
        // 48.26/100.005 = 0.482576 and 48.28/99.995 = 0.482824
        assertThat(r.lowPct()).isCloseTo(48.2576, within(1e-4));
        assertThat(r.highPct()).isCloseTo(48.2824, within(1e-4));
    }

    @Test
    void roundingInterval_ofPrintedDecimals() {
        double[] r = Reconciliation.roundingInterval(bd("48.27"));
        assertThat(r[0]).isCloseTo(48.265, within(1e-12));
        assertThat(r[1]).isCloseTo(48.275, within(1e-12));
        double[] one = Reconciliation.roundingInterval(bd("48.3"));
        assertThat(one[0]).isCloseTo(48.25, within(1e-12));
        assertThat(one[1]).isCloseTo(48.35, within(1e-12));
    }

    @Test
    void seedFigure_computeServices_impliesBase41411() {
        // 2024 算力服务 revenue 61,400.33 万元 at +48.27%, no 2023 figure in the data
        FactSet facts = FactSet.of(List.of(f(REVENUE, "2024", "61400.33", Unit.WAN_YUAN).segment("算力服务")
                .reportedChangePct(pct("48.27")).build()));
        CheckRow r = only(facts);
        assertThat(r.status()).isEqualTo(CheckStatus.UNVERIFIABLE);
        assertThat(r.basePeriod()).isEqualTo(Period.parse("2023"));
        assertThat(r.baseValue()).isNull();
        // 61400.33 / 1.4827 = 41411.16 (1.4827 × 41411 = 61400.0897; 0.2403 / 1.4827 = 0.1621)
        assertThat(r.impliedBase()).isCloseTo(41411.16, within(0.01));
        assertThat(r.note()).contains("2023");
    }

    @Test
    void seedFigure_computingPower_impliesBase725() {
        // 1037.3 EFLOPS at +43% implies 1037.3 / 1.43 = 725.38 (1.43 × 725 = 1036.75; 0.55 / 1.43 = 0.3846)
        FactSet facts = FactSet.of(List.of(f(POWER, "2025-12-31", "1037.3", Unit.EFLOPS)
                .reportedChangePct(pct("43")).build()));
        CheckRow r = only(facts);
        assertThat(r.status()).isEqualTo(CheckStatus.UNVERIFIABLE);
        // an instant compares with the prior fiscal year-end
        assertThat(r.basePeriod()).isEqualTo(Period.parse("2024-12-31"));
        assertThat(r.impliedBase()).isCloseTo(725.38, within(0.01));
    }

    @Test
    void flag_turnaround_okWithLossBase_mismatchWithProfitBase() {
        Fact printed = f(NET_PROFIT, "2024", "1205.67", Unit.WAN_YUAN).reportedFlag(GrowthFlag.TURNAROUND).build();
        CheckRow ok = only(FactSet.of(List.of(f(NET_PROFIT, "2023", "-10", Unit.WAN_YUAN).build(), printed)));
        assertThat(ok.kind()).isEqualTo(CheckKind.FLAG);
        assertThat(ok.reported()).isEqualTo("turnaround");
        assertThat(ok.status()).isEqualTo(CheckStatus.OK);
        CheckRow bad = only(FactSet.of(List.of(f(NET_PROFIT, "2023", "10", Unit.WAN_YUAN).build(), printed)));
        assertThat(bad.status()).isEqualTo(CheckStatus.MISMATCH);
        CheckRow none = only(FactSet.of(List.of(printed)));
        assertThat(none.status()).isEqualTo(CheckStatus.UNVERIFIABLE);
    }

    @Test
    void flag_baseInOtherScale_isConverted() {
        // base −1,000,000 元 = −100 万元: a loss, so a turnaround
        CheckRow r = only(FactSet.of(List.of(f(NET_PROFIT, "2023", "-1000000", Unit.YUAN).build(),
                f(NET_PROFIT, "2024", "1205.67", Unit.WAN_YUAN).reportedFlag(GrowthFlag.TURNAROUND).build())));
        assertThat(r.status()).isEqualTo(CheckStatus.OK);
        assertThat(r.baseValue()).isCloseTo(-100, within(1e-9));
    }

    /**
     * The 2024 figure was printed in the report of 2025-03-28 (148.27 at +48.27%), which printed the 2023 base as
     * 100.00; a later report (2025-08-20) restated 2023 as 101.00. (148.27 − 101)/101 = 46.80%.
     */
    private static List<Fact> vintages(LocalDate base1AsOf, LocalDate base2AsOf, String printed) {
        List<Fact> l = new ArrayList<>();
        l.add(Fact.builder("acme", REVENUE, Period.year(2023), bd("100.00"), Unit.WAN_YUAN).asOf(base1AsOf).build());
        l.add(Fact.builder("acme", REVENUE, Period.year(2023), bd("101.00"), Unit.WAN_YUAN).asOf(base2AsOf).build());
        l.add(Fact.builder("acme", REVENUE, Period.year(2024), bd("148.27"), Unit.WAN_YUAN)
                .asOf(LocalDate.of(2025, 3, 28)).reportedChangePct(pct(printed)).build());
        return l;
    }

    @Test
    void vintages_baseFromSameReport_evenWhenLaterVintageExists() {
        // same report printed 100.00: 48.27% reconciles although the latest vintage is 101.00
        CheckRow r = only(FactSet.of(vintages(LocalDate.of(2025, 3, 28), LocalDate.of(2025, 8, 20), "48.27")));
        assertThat(r.baseValue()).isCloseTo(100.00, within(1e-9));
        assertThat(r.status()).isEqualTo(CheckStatus.OK);
    }

    @Test
    void vintages_fallBackToLatestWhenReportDidNotPrintBase() {
        // neither vintage is from 2025-03-28: the latest (2024-08-20, 101.00) is used, so 46.80% is OK
        CheckRow r = only(FactSet.of(vintages(LocalDate.of(2024, 3, 28), LocalDate.of(2024, 8, 20), "46.80")));
        assertThat(r.baseValue()).isCloseTo(101.00, within(1e-9));
        // (148.27 − 101)/101 × 100 = 46.8020
        assertThat(r.computedPct()).isCloseTo(46.802, within(1e-3));
        assertThat(r.status()).isEqualTo(CheckStatus.OK);
        assertThat(r.note()).contains("2024-08-20");
        // and 48.27%, right only against the older 100.00, does not reconcile with the latest
        CheckRow old = only(FactSet.of(vintages(LocalDate.of(2024, 3, 28), LocalDate.of(2024, 8, 20), "48.27")));
        assertThat(old.status()).isEqualTo(CheckStatus.MISMATCH);
    }

    static Stream<Arguments> marginUnits() {
        return Stream.of(
                // margin in percent: 27.05 − 32.15 = −5.10 points
                Arguments.of(Unit.PERCENT, "32.15", "27.05"),
                // the same margin as a fraction: (0.2705 − 0.3215) × 100 = −5.10 points
                Arguments.of(Unit.RATIO, "0.3215", "0.2705"));
    }

    @ParameterizedTest
    @MethodSource("marginUnits")
    void ratioMetric_printedChangeInPoints(Unit unit, String base, String value) {
        Fact b = f(GROSS_MARGIN, "2023", base, unit).build();
        CheckRow ok = only(FactSet.of(List.of(b, f(GROSS_MARGIN, "2024", value, unit)
                .reportedChangePct(pct("-5.10")).build())));
        assertThat(ok.kind()).isEqualTo(CheckKind.POINTS);
        assertThat(ok.computedPct()).isCloseTo(-5.10, within(1e-9));
        assertThat(ok.status()).isEqualTo(CheckStatus.OK);
        // a ratio's printed change is in points, so no implied base
        assertThat(ok.impliedBase()).isNull();
        // −5.50 points: the rounded inputs allow only −5.11..−5.09 (percent case: 27.045 − 32.155, 27.055 − 32.145)
        CheckRow bad = only(FactSet.of(List.of(b, f(GROSS_MARGIN, "2024", value, unit)
                .reportedChangePct(pct("-5.50")).build())));
        assertThat(bad.status()).isEqualTo(CheckStatus.MISMATCH);
    }

    @Test
    void cagr_reconcilesWhenBothEndpointsExist() {
        // 2023 100.0 → 2028 200.0 over 5 years: 2^(1/5) − 1 = e^(0.693147/5) − 1 = e^0.138629 − 1 = 0.148698 → 14.87%
        Fact start = f(REVENUE, "2023", "100.0", Unit.YI_YUAN).build();
        Fact end = f(REVENUE, "2028", "200.0", Unit.YI_YUAN).comparisonPeriod(Period.year(2023))
                .reportedCagrPct(pct("14.87")).build();
        CheckRow r = only(FactSet.of(List.of(start, end)));
        assertThat(r.kind()).isEqualTo(CheckKind.CAGR);
        assertThat(r.computedPct()).isCloseTo(14.8698, within(1e-4));
        assertThat(r.status()).isEqualTo(CheckStatus.OK);
        // 15.50% cannot come from 199.95/100.05 .. 200.05/99.95 (14.85%..14.89%)
        Fact wrong = f(REVENUE, "2028", "200.0", Unit.YI_YUAN).comparisonPeriod(Period.year(2023))
                .reportedCagrPct(pct("15.50")).build();
        assertThat(only(FactSet.of(List.of(start, wrong))).status()).isEqualTo(CheckStatus.MISMATCH);
    }

    @Test
    void cagr_rateOnlyFact_usesReportedEndpointValue() {
        // a forecast printing only the rate, 2023 → 2028, with both endpoints given as other facts of 2028 and 2023
        Fact start = f(REVENUE, "2023", "100.0", Unit.YI_YUAN).build();
        Fact endValue = Fact.builder("acme", REVENUE, Period.year(2028), bd("200.0"), Unit.YI_YUAN)
                .asOf(LocalDate.of(2024, 1, 1)).build();
        Fact rateOnly = f(REVENUE, "2028", null, Unit.YI_YUAN).comparisonPeriod(Period.year(2023))
                .reportedCagrPct(pct("14.87")).build();
        CheckRow r = only(FactSet.of(List.of(start, endValue, rateOnly)));
        assertThat(r.status()).isEqualTo(CheckStatus.OK);
    }

    @Test
    void cagr_missingStart_isUnverifiable() {
        Fact end = f(REVENUE, "2028", "200.0", Unit.YI_YUAN).comparisonPeriod(Period.year(2023))
                .reportedCagrPct(pct("14.87")).build();
        CheckRow r = only(FactSet.of(List.of(end)));
        assertThat(r.status()).isEqualTo(CheckStatus.UNVERIFIABLE);
        assertThat(r.note()).contains("2023").contains("5-year");
    }

    @Test
    void approximateFigure_isUnverifiable() {
        // 智算云 近 2.7 亿元 +142%: approximate, so not checked even with a base
        FactSet facts = FactSet.of(List.of(f(REVENUE, "2023", "1.1", Unit.YI_YUAN).segment("智算云").build(),
                f(REVENUE, "2024", "2.7", Unit.YI_YUAN).segment("智算云").approximate(true)
                        .reportedChangePct(pct("142")).build()));
        assertThat(only(facts).status()).isEqualTo(CheckStatus.UNVERIFIABLE);
    }

    @Test
    void report_countsStatuses() {
        FactSet facts = FactSet.of(List.of(
                f(REVENUE, "2023", "100.00", Unit.WAN_YUAN).build(),
                f(REVENUE, "2024", "148.27", Unit.WAN_YUAN).reportedChangePct(pct("48.30")).build(),
                f(REVENUE, "2024", "61400.33", Unit.WAN_YUAN).segment("算力服务").reportedChangePct(pct("48.27")).build()));
        CheckReport r = Reconciliation.check(facts);
        assertThat(r.hasMismatch()).isTrue();
        assertThat(r.count(CheckStatus.MISMATCH)).isEqualTo(1);
        assertThat(r.count(CheckStatus.UNVERIFIABLE)).isEqualTo(1);
        assertThat(r.count(CheckStatus.OK)).isZero();
    }
}

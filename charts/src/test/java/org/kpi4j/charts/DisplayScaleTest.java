package org.kpi4j.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kpi4j.unit.Unit;

class DisplayScaleTest {

    @Test
    void yuanInTheHundredsOfMillionsIsShownInYi() {
        DisplayScale s = DisplayScale.choose(Unit.YUAN, 433_703_586.93);
        assertThat(s.label()).isEqualTo("亿元");
        assertThat(s.apply(433_703_586.93)).isCloseTo(4.3370358693, within(1e-12));
    }

    @Test
    void yuanInTheTensOfThousandsIsShownInWan() {
        assertThat(DisplayScale.choose(Unit.YUAN, 52_000).label()).isEqualTo("万元");
        assertThat(DisplayScale.choose(Unit.YUAN, 9_999).label()).isEqualTo("元");
    }

    @Test
    void wanYuanOverTenThousandIsShownInYi() {
        DisplayScale s = DisplayScale.of(Unit.WAN_YUAN, new double[] {19_827.3, 65_461.73});
        assertThat(s.label()).isEqualTo("亿元");
        assertThat(s.apply(65_461.73)).isCloseTo(6.546173, within(1e-12));
    }

    @Test
    void smallYiAmountsAreShownInWan() {
        assertThat(DisplayScale.choose(Unit.YI_YUAN, 0.5).label()).isEqualTo("万元");
    }

    @Test
    void dollarsAreShownInMillionsOrBillions() {
        assertThat(DisplayScale.choose(Unit.USD, 3.2e9).label()).isEqualTo("USD bn");
        assertThat(DisplayScale.choose(Unit.USD, 4.5e7).label()).isEqualTo("USD m");
        assertThat(DisplayScale.choose(Unit.USD_BN, 0.25).label()).isEqualTo("USD m");
        assertThat(DisplayScale.choose(Unit.USD, 800).label()).isEqualTo("USD");
    }

    @Test
    void otherUnitsAreKeptAsTheyAre() {
        assertThat(DisplayScale.choose(Unit.EFLOPS, 12_345).target()).isEqualTo(Unit.EFLOPS);
        assertThat(DisplayScale.choose(Unit.PERSONS, 1e6).target()).isEqualTo(Unit.PERSONS);
        assertThat(DisplayScale.choose(Unit.PERCENT, 76.53).label()).isEqualTo("%");
    }

    @Test
    void zeroOrNonFiniteMagnitudeKeepsTheUnit() {
        assertThat(DisplayScale.choose(Unit.WAN_YUAN, 0).target()).isEqualTo(Unit.WAN_YUAN);
        assertThat(DisplayScale.choose(Unit.WAN_YUAN, Double.NaN).target()).isEqualTo(Unit.WAN_YUAN);
    }

    @Test
    void decimalPatternHasThousandsSeparatorsAndEnoughDecimals() {
        DecimalFormat big = new DecimalFormat(DisplayScale.decimalPattern(0, 25_000), DecimalFormatSymbols.getInstance(Locale.US));
        assertThat(big.format(1_234_567.89)).isEqualTo("1,234,568");
        DecimalFormat small = new DecimalFormat(DisplayScale.decimalPattern(0, 6.5), DecimalFormatSymbols.getInstance(Locale.US));
        assertThat(small.format(2.25)).isEqualTo("2.25");
        assertThat(small.format(4)).isEqualTo("4");
        assertThat(small.format(433_703_586.93)).doesNotContain("433703586");
    }
}

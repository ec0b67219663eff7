package org.kpi4j.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UnitTest {

    private static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }

    static Stream<Arguments> exactConversions() {
        return Stream.of(
                // 61,400.33 万元 = 61400.33 × 10^4 / 10^8 亿元 = 6.140033 亿元
                Arguments.of("61400.33", "万元", "6.140033", "亿元"),
                // 61,400.33 万元 = 61400.33 × 10^4 元 = 614,003,300 元
                Arguments.of("61400.33", "万元", "614003300", "元"),
                // back: 6.140033 亿元 × 10^4 = 61400.33 万元
                Arguments.of("6.140033", "亿元", "61400.33", "万元"),
                // 614,003,300 元 / 10^8 = 6.140033 亿元
                Arguments.of("614003300", "元", "6.140033", "亿元"),
                // 1.5 USD bn = 1,500,000,000 USD
                Arguments.of("1.5", "USD bn", "1500000000", "USD"),
                // 2,500 USD m = 2.5 USD bn (10^6 × 2500 = 2.5 × 10^9)
                Arguments.of("2500", "USD m", "2.5", "USD bn"),
                // 76.53 % = 0.7653 as a fraction
                Arguments.of("76.53", "%", "0.7653", "ratio"),
                // 0.25 = 25 %
                Arguments.of("0.25", "ratio", "25", "%"),
                // 1037.3 EFLOPS = 1,037,300 PFLOPS (10^18 / 10^15 = 1000)
                Arguments.of("1037.3", "EFLOPS", "1037300", "PFLOPS"),
                // 1037.3 EFLOPS = 1.0373 ZFLOPS
                Arguments.of("1037.3", "EFLOPS", "1.0373", "ZFLOPS"),
                // 3 千元 = 3000 元
                Arguments.of("3", "千元", "3000", "元"));
    }

    @ParameterizedTest
    @MethodSource("exactConversions")
    void convert_bigDecimal_isExact(String value, String from, String expected, String to) {
        BigDecimal out = Unit.parse(from).convert(bd(value), Unit.parse(to));
        assertThat(out).isEqualByComparingTo(bd(expected));
    }

    @Test
    void convert_wanToYi_keepsAllPrintedDigits() {
        BigDecimal yi = Unit.WAN_YUAN.convert(bd("61400.33"), Unit.YI_YUAN);
        // a pure decimal shift: no rounding, so the scale grows by 4 (2 → 6)
        assertThat(yi.toPlainString()).isEqualTo("6.140033");
        assertThat(Unit.YI_YUAN.convert(yi, Unit.YUAN).toPlainString()).isEqualTo("614003300");
    }

    @Test
    void convert_double_percentToRatio() {
        // 76.53 % = 0.7653
        assertThat(Unit.PERCENT.convert(76.53, Unit.RATIO)).isCloseTo(0.7653, within(1e-15));
        // 61400.33 万元 = 6.140033 亿元
        assertThat(Unit.WAN_YUAN.convert(61400.33, Unit.YI_YUAN)).isCloseTo(6.140033, within(1e-15));
        // 10^4 / 10^8 = 10^-4
        assertThat(Unit.WAN_YUAN.factorTo(Unit.YI_YUAN)).isCloseTo(1e-4, within(1e-20));
        // EFLOPS has exponent 18 over FLOPS
        assertThat(Unit.EFLOPS.exponent()).isEqualTo(18);
        assertThat(Unit.USD_BN.exponent()).isEqualTo(9);
        assertThat(Unit.PERCENT.exponent()).isEqualTo(-2);
    }

    @Test
    void convert_wanToPersons_throws() {
        assertThatThrownBy(() -> Unit.WAN_YUAN.convert(bd("1"), Unit.PERSONS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("万元").hasMessageContaining("persons");
        assertThatThrownBy(() -> Unit.WAN_YUAN.convert(1.0, Unit.PERSONS)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Unit.WAN_YUAN.isCompatibleWith(Unit.PERSONS)).isFalse();
    }

    @Test
    void convert_cnyToUsd_throws() {
        assertThatThrownBy(() -> Unit.YUAN.convert(bd("7"), Unit.USD)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Unit.YI_YUAN.factorTo(Unit.USD_BN)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Unit.YUAN.isCompatibleWith(Unit.USD)).isFalse();
        assertThat(Unit.YUAN.isCompatibleWith(Unit.YI_YUAN)).isTrue();
    }

    @Test
    void parse_unknownSpelling_throwsNamingIt() {
        assertThatThrownBy(() -> Unit.parse("RMB bn"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'RMB bn'");
        assertThatThrownBy(() -> Unit.parse("万美元"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'万美元'");
    }

    @Test
    void shares_convertByScale_butNeverIntoMoneyOrPersons() {
        // 4.3370 亿股 = 433,700,000 股 (hand: 4.3370 × 10^8)
        assertThat(Unit.parse("亿股").convert(new BigDecimal("4.3370"), Unit.SHARES))
                .isEqualByComparingTo("433700000");
        assertThatThrownBy(() -> Unit.SHARES.convert(BigDecimal.ONE, Unit.YUAN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("shares");
        assertThatThrownBy(() -> Unit.SHARES.convert(BigDecimal.ONE, Unit.PERSONS))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void perShare_isItsOwnDimensionPerCurrency() {
        assertThat(Unit.YUAN_PER_SHARE.isPerShare()).isTrue();
        assertThat(Unit.USD_PER_SHARE.dimension().isPerShare()).isTrue();
        assertThat(Unit.YUAN.isPerShare()).isFalse();
        assertThat(Unit.SHARES.isPerShare()).isFalse();
        // an amount per share is not an amount: EPS in 元/股 does not convert to 元, nor to USD/share
        assertThat(Unit.YUAN_PER_SHARE.dimension().isCurrency()).isFalse();
        assertThat(Unit.YUAN_PER_SHARE.isCompatibleWith(Unit.YUAN)).isFalse();
        assertThat(Unit.YUAN_PER_SHARE.isCompatibleWith(Unit.USD_PER_SHARE)).isFalse();
    }

    static Stream<Arguments> spellings() {
        return Stream.of(
                // class doc spellings: 元 CNY RMB
                Arguments.of("CNY", Unit.YUAN), Arguments.of("元", Unit.YUAN), Arguments.of("rmb", Unit.YUAN),
                // persons 人 名
                Arguments.of("人", Unit.PERSONS), Arguments.of("persons", Unit.PERSONS), Arguments.of("名", Unit.PERSONS),
                // case and surrounding / repeated space ignored
                Arguments.of("  usd   BN ", Unit.USD_BN), Arguments.of("EFLOPS", Unit.EFLOPS),
                Arguments.of("%", Unit.PERCENT), Arguments.of("pct", Unit.PERCENT), Arguments.of("ratio", Unit.RATIO),
                Arguments.of("万元", Unit.WAN_YUAN), Arguments.of("亿元", Unit.YI_YUAN),
                // share counts: 股 and EDGAR's "shares" are one unit; 万股
                Arguments.of("股", Unit.SHARES), Arguments.of("shares", Unit.SHARES), Arguments.of("万股", Unit.WAN_SHARES),
                // per share: Sina's 元/股, EDGAR's USD/shares
                Arguments.of("元/股", Unit.YUAN_PER_SHARE), Arguments.of("USD/shares", Unit.USD_PER_SHARE),
                Arguments.of("usd/share", Unit.USD_PER_SHARE));
    }

    @ParameterizedTest
    @MethodSource("spellings")
    void parse_acceptedSpelling(String text, Unit expected) {
        assertThat(Unit.parse(text)).isEqualTo(expected);
    }

    @Test
    void dimension_andSymbolRoundTrip() {
        assertThat(Unit.parse("亿元").dimension()).isEqualTo(Dimension.CNY);
        assertThat(Unit.parse("USD bn").dimension()).isEqualTo(Dimension.USD);
        assertThat(Dimension.CNY.isCurrency()).isTrue();
        assertThat(Dimension.FLOPS.isCurrency()).isFalse();
        for (Unit u : new Unit[] {Unit.YUAN, Unit.WAN_YUAN, Unit.YI_YUAN, Unit.USD, Unit.USD_BN, Unit.EFLOPS,
                Unit.PERSONS, Unit.COUNT, Unit.PERCENT, Unit.RATIO, Unit.SHARES, Unit.WAN_SHARES, Unit.YUAN_PER_SHARE,
                Unit.USD_PER_SHARE, Unit.parse("亿股")}) {
            assertThat(Unit.parse(u.toString())).as(u.symbol()).isEqualTo(u);
        }
    }
}

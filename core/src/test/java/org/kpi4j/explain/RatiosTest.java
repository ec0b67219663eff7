package org.kpi4j.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RatiosTest {

    private static final double EPS = 1e-12;

    @Test
    void dupont_handNumbers() {
        // net profit 120, revenue 1000, avg assets 2000, avg equity 800:
        // margin 120/1000 = 0.12, turnover 1000/2000 = 0.5, multiplier 2000/800 = 2.5, ROE 120/800 = 0.15 = 0.12 × 0.5 × 2.5
        DuPont d = Ratios.dupont(120, 1000, 2000, 800);
        assertThat(d.netMargin()).isCloseTo(0.12, within(EPS));
        assertThat(d.assetTurnover()).isCloseTo(0.5, within(EPS));
        assertThat(d.equityMultiplier()).isCloseTo(2.5, within(EPS));
        assertThat(d.roe()).isCloseTo(0.15, within(EPS));
        assertThat(d.roe()).isCloseTo(d.netMargin() * d.assetTurnover() * d.equityMultiplier(), within(EPS));
    }

    @Test
    void dupont_loss_givesNegativeMarginAndRoe() {
        // −50 / 400 = −0.125; 400 / 1000 = 0.4; 1000 / 250 = 4; ROE −50 / 250 = −0.2
        DuPont d = Ratios.dupont(-50, 400, 1000, 250);
        assertThat(d.netMargin()).isCloseTo(-0.125, within(EPS));
        assertThat(d.roe()).isCloseTo(-0.2, within(EPS));
    }

    @Test
    void dupont_badInput_namesArgument() {
        assertThatThrownBy(() -> Ratios.dupont(120, 0, 2000, 800)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("revenue must be > 0 but was 0.0");
        assertThatThrownBy(() -> Ratios.dupont(120, 1000, -5, 800)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("avgTotalAssets must be > 0 but was -5.0");
        assertThatThrownBy(() -> Ratios.dupont(120, 1000, 2000, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("avgEquity must not be 0 (the denominator of avgTotalAssets / avgEquity, 2000.0)");
        assertThatThrownBy(() -> Ratios.dupont(Double.NaN, 1000, 2000, 800)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("netProfit must be a finite number but was NaN");
    }

    @Test
    void dupontRecord_refusesInconsistentRoe() {
        assertThatThrownBy(() -> new DuPont(0.12, 0.5, 2.5, 0.2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("roe must equal netMargin × assetTurnover × equityMultiplier");
    }

    @Test
    void ratio_refusesZeroDenominator_withClearMessage() {
        assertThat(Ratios.ratio("net profit", 120, "equity", 800)).isCloseTo(0.15, within(EPS));
        assertThatThrownBy(() -> Ratios.ratio("net profit", 120, "equity", 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("equity must not be 0 (the denominator of net profit / equity, 120.0)");
        assertThatThrownBy(() -> Ratios.ratio(1, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("denominator must not be 0 (the denominator of numerator / denominator, 1.0)");
        assertThatThrownBy(() -> Ratios.ratio(1e308, 1e-308)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("overflows a double");
        // hand: 310 / 1000
        assertThat(Ratios.margin(310, 1000)).isCloseTo(0.31, within(EPS));
        assertThatThrownBy(() -> Ratios.margin(10, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("revenue must be > 0 but was -1.0");
    }

    @Test
    void dupont_toString() {
        assertThat(Ratios.dupont(120, 1000, 2000, 800).toString()).isEqualTo("""
                factor               value  formula
                -----------------  -------  ---------------------------------
                net margin          12.00%  net profit / revenue
                asset turnover     0.5000x  revenue / avg total assets
                equity multiplier  2.5000x  avg total assets / avg equity
                ROE                 15.00%  net profit / avg equity = product
                """);
    }
}

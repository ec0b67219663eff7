package org.kpi4j.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class BacktestTest {

    @Test
    void backtest_naive_handComputedMapeAndMase() {
        double[] y = {10, 12, 11, 13, 14, 12};
        // origins t = 4, 5 with h = 1; period 1 scale = mean |Δy| of the training data
        Backtest r = Backtest.rollingOrigin(y, 1, 4, 1, List.of(Forecaster.naive()));
        BacktestRow row = r.rows().get(0);
        // t = 4: forecast 13, actual 14, error 1, scale (2+1+2)/3; t = 5: forecast 14, actual 12, error 2, scale (2+1+2+1)/4
        assertThat(row.points()).isEqualTo(2);
        assertThat(row.mape()).isCloseTo(100 * (1 / 14.0 + 2 / 12.0) / 2, within(1e-12));
        assertThat(row.mase()).isCloseTo((1 / (5 / 3.0) + 2 / (6 / 4.0)) / 2, within(1e-12));
    }

    @Test
    void backtest_seasonalScale_fallsBackToLag1WhenTrainingIsShort() {
        double[] y = {10, 12, 11, 13, 14, 12, 15, 16};
        // t = 3 <= m = 4: lag 1, (2 + 1) / 2
        assertThat(Backtest.naiveScale(y, 3, 4)).isCloseTo(1.5, within(1e-12));
        // t = 6 > 4: lag 4, (|14-10| + |12-12|) / 2
        assertThat(Backtest.naiveScale(y, 6, 4)).isCloseTo(2.0, within(1e-12));
    }

    @Test
    void backtest_seasonalNaiveOnPureSeasonalSeries_isPerfect() {
        double[] y = new double[24];
        for (int i = 0; i < y.length; i++) {
            y[i] = 100 + 1.0 * i + new double[] {10, -5, 3, -8}[i % 4];
        }
        Backtest r = Backtest.rollingOrigin(y, 4, 12, 4, List.of(Forecaster.seasonalNaive(4), Forecaster.linearTrend(),
                Forecaster.holtWinters(HoltWintersSpec.quarterly(Seasonality.ADDITIVE))));
        assertThat(r.rows()).extracting(BacktestRow::model)
                .containsExactly("seasonal-naive(4)", "linear-trend", "holt-winters(A,A,4)");
        assertThat(r.rows()).allSatisfy(row -> assertThat(row.points()).isEqualTo(9 * 4));
        // seasonal naive misses exactly the trend: error 4 per season of growth, scale 4 -> MASE 1
        assertThat(r.rows().get(0).mase()).isCloseTo(1.0, within(1e-12));
        // Holt-Winters recovers a noiseless trend + season almost exactly
        assertThat(r.rows().get(2).mase()).isLessThan(0.05);
        assertThat(r.best().model()).isEqualTo("holt-winters(A,A,4)");
        String table = r.toString();
        assertThat(table.split("\n")).hasSize(6); // title, header, rule, three models
        assertThat(table).contains("MAPE %", "MASE", "points", "seasonal-naive(4)");
    }

    @Test
    void backtest_zeroActual_throwsNamingIndex() {
        double[] y = {10, 12, 11, 13, 0, 12};
        assertThatThrownBy(() -> Backtest.rollingOrigin(y, 1, 4, 1, List.of(Forecaster.naive())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("MAPE is undefined: actual y[4] is 0");
    }

    @Test
    void backtest_badArguments_throw() {
        double[] y = {10, 12, 11, 13, 14, 12};
        List<Forecaster> naive = List.of(Forecaster.naive());
        assertThatThrownBy(() -> Backtest.rollingOrigin(y, 0, 4, 1, naive)).hasMessage("horizon must be in 1..1000 but was 0");
        assertThatThrownBy(() -> Backtest.rollingOrigin(y, 3, 4, 1, naive))
                .hasMessage("backtest needs at least minTrain + horizon = 7 points but got 6");
        assertThatThrownBy(() -> Backtest.rollingOrigin(y, 1, 4, 1, List.of()))
                .hasMessage("models must not be empty");
        assertThatThrownBy(() -> Backtest.rollingOrigin(y, 1, 4, 1,
                List.of(Forecaster.of("short", (train, h) -> new double[h + 1]))))
                .hasMessage("model 'short' returned 2 forecasts for horizon 1");
        assertThatThrownBy(() -> Backtest.rollingOrigin(new double[] {5, 5, 5, 6}, 1, 3, 1, naive))
                .hasMessage("MASE is undefined: the lag-1 naive error of y[0..3) is 0");
    }
}

package org.kpi4j.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TrendForecastTest {

    private static final long SEED = 20240603L;
    private static final JsonNode REF = Reference.load("trend_reference.json");

    @Test
    void trend_linearAndLogLinear_matchStatsmodelsOls() {
        int h = REF.get("horizon").asInt();
        int checked = 0;
        for (JsonNode c : REF.get("cases")) {
            String name = c.get("series").asText() + "/" + c.get("kind").asText() + "/" + c.get("level").asDouble();
            double[] y = Reference.doubles(REF.get("series").get(c.get("series").asText()));
            TrendForecast trend = c.get("kind").asText().equals("linear") ? TrendForecast.linear(y)
                    : TrendForecast.logLinear(y);
            Reference.assertClose(trend.intercept(), c.get("intercept").asDouble(), 1e-10, name + " intercept");
            Reference.assertClose(trend.slope(), c.get("slope").asDouble(), 1e-10, name + " slope");
            Reference.assertClose(trend.residualStdError(), c.get("residual_std_error").asDouble(), 1e-10,
                    name + " s");
            Reference.assertClose(trend.fitted(), Reference.doubles(c.get("fitted")), 1e-10, name + " fitted");
            Forecast f = trend.forecast(h, c.get("level").asDouble());
            Reference.assertClose(f.mean(), Reference.doubles(c.get("mean")), 1e-10, name + " mean");
            Reference.assertClose(f.lower(), Reference.doubles(c.get("lower")), 1e-8, name + " obs_ci_lower");
            Reference.assertClose(f.upper(), Reference.doubles(c.get("upper")), 1e-8, name + " obs_ci_upper");
            assertThat(trend.forecast(h)).isEqualTo(f.mean());
            checked++;
        }
        assertThat(checked).isEqualTo(12);
    }

    @Test
    void trend_linear_handComputedExample() {
        TrendForecast t = TrendForecast.linear(new double[] {10, 12, 13, 15, 16});
        assertThat(t.slope()).isCloseTo(1.5, within(1e-12));
        assertThat(t.intercept()).isCloseTo(10.2, within(1e-12));
        assertThat(t.forecast(1)[0]).isCloseTo(17.7, within(1e-12));
        assertThat(t.kind()).isEqualTo(TrendForecast.Kind.LINEAR);
    }

    @Test
    void trend_logLinear_growthRateIsConstantGrowth() {
        double[] y = new double[8];
        for (int i = 0; i < y.length; i++) {
            y[i] = 100 * Math.pow(1.05, i);
        }
        TrendForecast t = TrendForecast.logLinear(y);
        assertThat(t.growthRate()).isCloseTo(0.05, within(1e-12));
        assertThat(t.forecast(2)[1]).isCloseTo(100 * Math.pow(1.05, 9), within(1e-9));
        Forecast f = t.forecast(2, 0.95);
        // an exact fit has zero-width intervals
        assertThat(f.upper()[1] - f.lower()[1]).isCloseTo(0, within(1e-8));
        assertThatThrownBy(() -> TrendForecast.linear(y).growthRate()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void trend_linear_scaledSeriesGivesScaledForecast() {
        SplittableRandom rng = new SplittableRandom(SEED);
        for (int c = 0; c < 200; c++) {
            int n = 3 + rng.nextInt(30);
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                y[i] = rng.nextDouble(-50, 150) + i * rng.nextDouble(-3, 3);
            }
            double k = rng.nextDouble(0.01, 1000);
            double[] ky = new double[n];
            for (int i = 0; i < n; i++) {
                ky[i] = k * y[i];
            }
            Forecast f = TrendForecast.linear(y).forecast(6, 0.9);
            Forecast g = TrendForecast.linear(ky).forecast(6, 0.9);
            for (int j = 0; j < 6; j++) {
                String msg = "seed " + SEED + ", case " + c + ", k " + k + ", step " + (j + 1);
                double tol = 1e-9 * k * (1 + Math.abs(f.upper()[j]) + Math.abs(f.lower()[j]));
                assertThat(g.mean()[j]).as(msg).isCloseTo(k * f.mean()[j], within(tol));
                assertThat(g.lower()[j]).as(msg).isCloseTo(k * f.lower()[j], within(tol));
                assertThat(g.upper()[j]).as(msg).isCloseTo(k * f.upper()[j], within(tol));
            }
        }
    }

    @Test
    void trend_linear_intervalsWidenWithHorizon() {
        SplittableRandom rng = new SplittableRandom(SEED + 1);
        for (int c = 0; c < 200; c++) {
            int n = 3 + rng.nextInt(30);
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                y[i] = rng.nextDouble(1, 100);
            }
            Forecast f = TrendForecast.linear(y).forecast(12, 0.8);
            Forecast g = TrendForecast.logLinear(y).forecast(12, 0.8);
            for (int j = 1; j < 12; j++) {
                String msg = "seed " + (SEED + 1) + ", case " + c + ", step " + (j + 1);
                assertThat(f.upper()[j] - f.lower()[j]).as(msg).isGreaterThanOrEqualTo(f.upper()[j - 1] - f.lower()[j - 1]);
                // on the log scale the width grows too
                assertThat(Math.log(g.upper()[j] / g.lower()[j])).as(msg)
                        .isGreaterThanOrEqualTo(Math.log(g.upper()[j - 1] / g.lower()[j - 1]) - 1e-12);
            }
        }
    }

    @Test
    void trend_tooFewPoints_throws() {
        assertThatThrownBy(() -> TrendForecast.linear(new double[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("linear trend needs at least 3 points but got 2");
        assertThatThrownBy(() -> TrendForecast.logLinear(new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("log-linear trend needs at least 3 points but got 1");
    }

    @Test
    void trend_logLinearNonPositive_throwsNamingIndexAndValue() {
        assertThatThrownBy(() -> TrendForecast.logLinear(new double[] {3, 4, -2.5, 6}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("log-linear trend needs all values > 0 but y[2] = -2.5");
        assertThatThrownBy(() -> TrendForecast.logLinear(new double[] {3, 0, 5}))
                .hasMessage("log-linear trend needs all values > 0 but y[1] = 0.0");
    }

    @Test
    void trend_badLevelHorizonOrValue_throws() {
        TrendForecast t = TrendForecast.linear(new double[] {1, 2, 4});
        assertThatThrownBy(() -> t.forecast(3, 1.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("level must be in (0, 1) but was 1.5");
        assertThatThrownBy(() -> t.forecast(3, 0)).hasMessage("level must be in (0, 1) but was 0.0");
        assertThatThrownBy(() -> t.forecast(0, 0.9)).hasMessage("horizon must be in 1..1000 but was 0");
        assertThatThrownBy(() -> t.forecast(-1)).hasMessage("horizon must be in 1..1000 but was -1");
        assertThatThrownBy(() -> TrendForecast.linear(new double[] {1, Double.NaN, 3}))
                .hasMessage("y[1] must be finite but was NaN");
        // the stated limits: 1,000 steps, observations up to 1e100 in magnitude
        assertThatThrownBy(() -> t.forecast(1001, 0.9)).hasMessage("horizon must be in 1..1000 but was 1001");
        assertThat(t.forecast(1000, 0.9).horizon()).isEqualTo(1000);
        assertThatThrownBy(() -> TrendForecast.linear(new double[] {1, -1e101, 3})).hasMessage("y[1] = -1.0E101 is too "
                + "large to forecast from: models take values of magnitude up to 1e100 (give the series in a larger unit)");
    }

    @Test
    void logLinear_compoundedBeyondADouble_isNoNumber_withANote() {
        // y = 1e-200, 1e-50, 1e100: ×1e150 a step (ln y is exactly linear); step 1 ahead is 1e250, step 2 would be 1e400
        TrendForecast t = TrendForecast.logLinear(new double[] {1e-200, 1e-50, 1e100});
        Forecast f = t.forecast(2, 0.9);
        assertThat(f.mean()[0]).isCloseTo(1e250, org.assertj.core.api.Assertions.withinPercentage(1e-6));
        assertThat(f.mean()[1]).isNaN();
        assertThat(f.note()).isEqualTo("step 2 has no number: beyond the range of a double");
        assertThat(f.toString()).contains("note: step 2 has no number").doesNotContain("Infinity").doesNotContain("NaN");
    }

    @Test
    void forecast_toString_isAlignedTable() {
        String s = TrendForecast.linear(new double[] {10, 12, 13, 15, 16}).forecast(3, 0.95).toString();
        String[] lines = s.split("\n");
        assertThat(lines).hasSize(6); // title, header, rule, three steps
        assertThat(lines[0]).isEqualTo("Forecast[level=95%, method=student-t (OLS)]");
        assertThat(lines[1]).contains("step", "forecast", "lower 95%", "upper 95%");
        assertThat(lines[3]).contains("17.7000");
        assertThat(lines[3].length()).isEqualTo(lines[1].length());
        assertThat(lines[5].length()).isEqualTo(lines[1].length());
    }
}

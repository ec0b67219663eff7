package org.kpi4j.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class HoltWintersTest {

    private static final long SEED = 20240604L;
    private static final JsonNode REF = Reference.load("holt_winters_reference.json");
    private static final int M = REF.get("period").asInt();
    private static final int H = REF.get("horizon").asInt();

    private static double[] series(JsonNode c) {
        return Reference.doubles(REF.get("series").get(c.get("data").asText()));
    }

    private static HoltWintersSpec spec(JsonNode c) {
        Seasonality s = switch (c.get("seasonal").asText()) {
            case "add" -> Seasonality.ADDITIVE;
            case "mul" -> Seasonality.MULTIPLICATIVE;
            default -> Seasonality.NONE;
        };
        return new HoltWintersSpec(c.get("trend").asBoolean(), c.get("damped").asBoolean(), s, M);
    }

    private static HoltWintersFit known(JsonNode c) {
        HoltWintersParams p = HoltWintersParams.of(c.get("alpha").asDouble(), c.get("beta").asDouble(0),
                c.get("gamma").asDouble(0), c.get("phi").isNull() ? 1 : c.get("phi").asDouble());
        double[] s0 = c.get("initial_seasonal").isNull() ? new double[0] : Reference.doubles(c.get("initial_seasonal"));
        HoltWintersStates init = new HoltWintersStates(c.get("initial_level").asDouble(),
                c.get("initial_trend").asDouble(0), s0);
        return HoltWinters.known(series(c), spec(c), p, init);
    }

    @Test
    void holtWinters_knownParams_matchesStatsmodels() {
        int checked = 0;
        for (JsonNode c : REF.get("known")) {
            String name = c.get("name").asText();
            HoltWintersFit fit = known(c);
            Reference.assertClose(fit.fitted(), Reference.doubles(c.get("fitted")), 1e-6, name + " fitted");
            Reference.assertClose(fit.sse(), c.get("sse").asDouble(), 1e-6, name + " sse");
            Reference.assertClose(fit.aic(), c.get("aic").asDouble(), 1e-6, name + " aic");
            assertThat(fit.parameterCount()).as(name).isEqualTo(c.get("k").asInt());
            Reference.assertClose(fit.sigma2(), c.get("sigma2").asDouble(), 1e-6, name + " sigma2");
            // textbook forecasts (= ETSModel and statsmodels after PR #10230) at every horizon
            double[] f = fit.forecast(H);
            Reference.assertClose(f, Reference.doubles(c.get("forecast")), 1e-6, name + " forecast");
            // statsmodels 0.13.5's own forecasts agree except at h = m, 2m, ... (issue #9538)
            double[] raw = Reference.doubles(c.get("forecast_statsmodels"));
            for (int h = 1; h <= H; h++) {
                if (!fit.spec().seasonal() || h % M != 0) {
                    Reference.assertClose(f[h - 1], raw[h - 1], 1e-6, name + " statsmodels forecast h=" + h);
                }
            }
            checked++;
        }
        assertThat(checked).isEqualTo(7);
    }

    @Test
    void holtWinters_knownAdditive_intervalsMatchEtsModel() {
        int checked = 0;
        for (JsonNode c : REF.get("known")) {
            if (c.get("intervals").isNull()) {
                continue;
            }
            HoltWintersFit fit = known(c);
            for (double level : new double[] {0.8, 0.95}) {
                String name = c.get("name").asText() + " level " + level;
                JsonNode ref = c.get("intervals").get(String.valueOf(level));
                Forecast f = fit.forecast(H, level);
                assertThat(f.method()).startsWith("analytical");
                Reference.assertClose(f.lower(), Reference.doubles(ref.get("lower")), 1e-6, name + " pi_lower");
                Reference.assertClose(f.upper(), Reference.doubles(ref.get("upper")), 1e-6, name + " pi_upper");
                checked++;
            }
        }
        assertThat(checked).isEqualTo(10);
    }

    @Test
    void holtWinters_heuristicStates_matchStatsmodels() {
        for (JsonNode c : REF.get("fitted")) {
            String name = c.get("name").asText();
            HoltWintersStates s = HoltWinters.heuristicStates(series(c), spec(c));
            Reference.assertClose(s.level(), c.get("heuristic_level").asDouble(), 1e-10, name + " level");
            if (!c.get("heuristic_trend").isNull()) {
                Reference.assertClose(s.trend(), c.get("heuristic_trend").asDouble(), 1e-10, name + " trend");
            }
            if (!c.get("heuristic_seasonal").isNull()) {
                Reference.assertClose(s.seasonal(), Reference.doubles(c.get("heuristic_seasonal")), 1e-10,
                        name + " seasonal");
            }
        }
    }

    @Test
    void holtWinters_fitted_sseWithinOnePercentOfStatsmodels() {
        for (JsonNode c : REF.get("fitted")) {
            String name = c.get("name").asText();
            double[] y = series(c);
            HoltWintersFit est = HoltWinters.fit(y, spec(c));
            assertThat(est.sse()).as(name + " estimated, params " + est.params())
                    .isLessThanOrEqualTo(1.01 * c.get("sse_estimated").asDouble());
            HoltWintersFit heu = HoltWinters.fit(y, spec(c), Initialization.HEURISTIC);
            assertThat(heu.sse()).as(name + " heuristic, params " + heu.params())
                    .isLessThanOrEqualTo(1.01 * c.get("sse_heuristic_fixed").asDouble());
            assertThat(heu.initialStates()).isEqualTo(HoltWinters.heuristicStates(y, spec(c)));
            // the reported fit is consistent: re-running it with its own parameters gives the same SSE
            HoltWintersFit again = HoltWinters.known(y, est.spec(), est.params(), est.initialStates());
            assertThat(again.sse()).isCloseTo(est.sse(), within(1e-9 * est.sse()));
            assertThat(est.aic()).isCloseTo(y.length * Math.log(est.sse() / y.length) + 2 * est.parameterCount(),
                    within(1e-12));
            assertThat(est.params().phi()).isBetween(spec(c).damped() ? 0.8 : 1.0, spec(c).damped() ? 0.995 : 1.0);
        }
    }

    @Test
    void holtWinters_fittedParamOnBound_isReportedAsWarning() {
        // statsmodels ends at alpha ≈ 0, beta ≈ 0, gamma = 0 on this series
        JsonNode c = REF.get("fitted").get(0);
        HoltWintersFit fit = HoltWinters.fit(series(c), spec(c));
        assertThat(fit.warnings()).anySatisfy(w -> assertThat(w).startsWith("gamma = ").contains("lower bound 0"));
        for (String w : fit.warnings()) {
            assertThat(w).matches("(alpha|beta|gamma|phi) = .* is within 1e-04 of its (lower|upper) bound .*");
        }
        // known parameters never warn
        assertThat(known(REF.get("known").get(0)).warnings()).isEmpty();
    }

    @Test
    void holtWinters_simulatedAdditive_agreesWithAnalytical() {
        HoltWintersFit fit = known(REF.get("known").get(0));
        Forecast a = fit.forecast(8, 0.9);
        Forecast s = fit.simulate(8, 0.9, 20000, SEED);
        for (int j = 0; j < 8; j++) {
            double width = a.upper()[j] - a.lower()[j];
            assertThat(s.lower()[j]).as("step " + (j + 1)).isCloseTo(a.lower()[j], within(0.03 * width));
            assertThat(s.upper()[j]).as("step " + (j + 1)).isCloseTo(a.upper()[j], within(0.03 * width));
        }
        assertThat(s.mean()).isEqualTo(a.mean());
    }

    @Test
    void holtWinters_multiplicative_usesSeededSimulation() {
        JsonNode c = REF.get("known").get(5);
        assertThat(c.get("name").asText()).isEqualTo("AM");
        HoltWintersFit fit = known(c);
        Forecast f = fit.forecast(H, 0.95);
        assertThat(f.method()).startsWith("simulated (5000 paths, seed " + HoltWintersFit.DEFAULT_SEED);
        assertThat(fit.forecast(H, 0.95)).isEqualTo(f);
        assertThat(fit.forecast(H, 0.95, 7L)).isNotEqualTo(f);
        // one step ahead the forecast is normal: ŷ ± 1.96 σ
        double half = 1.959963984540054 * Math.sqrt(fit.sigma2());
        assertThat(f.lower()[0]).isCloseTo(f.mean()[0] - half, within(0.05 * half));
        assertThat(f.upper()[0]).isCloseTo(f.mean()[0] + half, within(0.05 * half));
        for (int j = 0; j < H; j++) {
            assertThat(f.lower()[j]).isLessThan(f.mean()[j]);
            assertThat(f.upper()[j]).isGreaterThan(f.mean()[j]);
        }
    }

    @Test
    void holtWinters_knownParams_scaledSeriesGivesScaledForecast() {
        SplittableRandom rng = new SplittableRandom(SEED);
        for (int c = 0; c < 200; c++) {
            boolean mul = c % 2 == 1;
            boolean damped = c % 4 >= 2;
            int n = 8 + rng.nextInt(30);
            double[] y = randomSeasonal(rng, n);
            double k = rng.nextDouble(0.01, 1000);
            double[] ky = new double[n];
            for (int i = 0; i < n; i++) {
                ky[i] = k * y[i];
            }
            HoltWintersSpec spec = HoltWintersSpec.quarterly(mul ? Seasonality.MULTIPLICATIVE : Seasonality.ADDITIVE);
            spec = damped ? spec.withDampedTrend() : spec;
            HoltWintersParams p = HoltWintersParams.of(rng.nextDouble(), rng.nextDouble(), rng.nextDouble(),
                    rng.nextDouble(0.8, 1));
            double[] s0 = mul ? new double[] {1.1, 0.9, 1.05, 0.95} : new double[] {10, -8, 5, -7};
            double[] ks0 = s0.clone();
            if (!mul) {
                for (int j = 0; j < 4; j++) {
                    ks0[j] = k * s0[j];
                }
            }
            HoltWintersFit a = HoltWinters.known(y, spec, p, new HoltWintersStates(100, 1, s0));
            HoltWintersFit b = HoltWinters.known(ky, spec, p, new HoltWintersStates(100 * k, k, ks0));
            double[] fa = a.forecast(8);
            double[] fb = b.forecast(8);
            String msg = "seed " + SEED + ", case " + c + ", k " + k + ", " + spec.name() + ", " + p;
            for (int j = 0; j < 8; j++) {
                assertThat(fb[j]).as(msg + ", step " + (j + 1)).isCloseTo(k * fa[j], within(1e-9 * k * (1 + Math.abs(fa[j]))));
            }
            assertThat(b.sse()).as(msg).isCloseTo(k * k * a.sse(), within(1e-9 * k * k * (1 + a.sse())));
        }
    }

    @Test
    void holtWinters_additiveIntervals_widenWithHorizon() {
        SplittableRandom rng = new SplittableRandom(SEED + 1);
        for (int c = 0; c < 200; c++) {
            double[] y = randomSeasonal(rng, 8 + rng.nextInt(30));
            HoltWintersSpec spec = switch (c % 4) {
                case 0 -> HoltWintersSpec.quarterly(Seasonality.ADDITIVE);
                case 1 -> HoltWintersSpec.quarterly(Seasonality.ADDITIVE).withDampedTrend();
                case 2 -> HoltWintersSpec.quarterly(Seasonality.NONE);
                default -> HoltWintersSpec.quarterly(Seasonality.ADDITIVE).withoutTrend();
            };
            HoltWintersParams p = HoltWintersParams.of(rng.nextDouble(), rng.nextDouble(), rng.nextDouble(),
                    rng.nextDouble(0.8, 1));
            double[] s0 = spec.seasonal() ? new double[] {10, -8, 5, -7} : new double[0];
            Forecast f = HoltWinters.known(y, spec, p, new HoltWintersStates(100, 1, s0)).forecast(12, 0.8);
            for (int j = 1; j < 12; j++) {
                assertThat(f.upper()[j] - f.lower()[j]).as("seed " + (SEED + 1) + ", case " + c + ", step " + (j + 1))
                        .isGreaterThanOrEqualTo(f.upper()[j - 1] - f.lower()[j - 1] - 1e-9);
            }
        }
    }

    private static double[] randomSeasonal(SplittableRandom rng, int n) {
        double[] y = new double[n];
        double slope = rng.nextDouble(-1, 3);
        double[] s = {rng.nextDouble(1, 20), -rng.nextDouble(1, 20), rng.nextDouble(-5, 5), -rng.nextDouble(1, 20)};
        for (int i = 0; i < n; i++) {
            y[i] = 100 + slope * i + s[i % 4] + rng.nextDouble(-5, 5);
        }
        return y;
    }

    @Test
    void holtWinters_tooFewPoints_throws() {
        HoltWintersSpec spec = HoltWintersSpec.quarterly(Seasonality.ADDITIVE);
        assertThatThrownBy(() -> HoltWinters.fit(new double[] {1, 2, 3, 4, 5}, spec))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("holt-winters with period 4 needs at least 8 points but got 5");
        assertThatThrownBy(() -> HoltWinters.known(new double[] {1, 2, 3, 4, 5}, spec, HoltWintersParams.of(0.1, 0.1, 0.1),
                new HoltWintersStates(1, 0, new double[4])))
                .hasMessage("holt-winters with period 4 needs at least 8 points but got 5");
        assertThatThrownBy(() -> HoltWinters.fit(new double[] {1, 2}, HoltWintersSpec.quarterly(Seasonality.NONE)))
                .hasMessage("holt-winters without seasonality needs at least 3 points but got 2");
    }

    @Test
    void holtWinters_multiplicativeNonPositive_throwsNamingIndex() {
        double[] y = {5, 6, 7, 8, 5, 6, 0, 8};
        assertThatThrownBy(() -> HoltWinters.fit(y, HoltWintersSpec.quarterly(Seasonality.MULTIPLICATIVE)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("multiplicative seasonality needs all values > 0 but y[6] = 0.0");
    }

    @Test
    void holtWinters_badArguments_throw() {
        HoltWintersFit fit = known(REF.get("known").get(0));
        assertThatThrownBy(() -> fit.forecast(4, 1.5)).hasMessage("level must be in (0, 1) but was 1.5");
        assertThatThrownBy(() -> fit.forecast(0)).hasMessage("horizon must be in 1..1000 but was 0");
        assertThatThrownBy(() -> fit.forecast(0, 0.9)).hasMessage("horizon must be in 1..1000 but was 0");
        assertThatThrownBy(() -> fit.simulate(4, 0.9, 100, 1)).hasMessage("paths must be >= 2000 but was 100");
        assertThatThrownBy(() -> HoltWintersParams.of(1.2, 0, 0)).hasMessage("alpha must be in [0, 1] but was 1.2");
        assertThatThrownBy(() -> HoltWintersParams.of(0.5, 0, 0, 0)).hasMessage("phi must be in (0, 1] but was 0.0");
        assertThatThrownBy(() -> new HoltWintersSpec(false, true, Seasonality.NONE, 4))
                .hasMessage("a damped trend needs a trend");
        double[] y = series(REF.get("known").get(0));
        assertThatThrownBy(() -> HoltWinters.known(y, HoltWintersSpec.quarterly(Seasonality.ADDITIVE),
                HoltWintersParams.of(0.1, 0.1, 0.1), HoltWintersStates.of(100, 1)))
                .hasMessage("initial seasonal states must have length 4 but had 0");
    }

    @Test
    void holtWinters_shortSeries_usesSimpleInitialization() {
        double[] y = {112, 96, 108, 94, 118, 99, 113, 98, 123};
        HoltWintersStates s = HoltWinters.heuristicStates(y, HoltWintersSpec.quarterly(Seasonality.ADDITIVE));
        assertThat(s.level()).isCloseTo(102.5, within(1e-12));
        assertThat(s.trend()).isCloseTo((6 + 3 + 5 + 4) / 16.0, within(1e-12));
        assertThat(s.seasonal()).containsExactly(9.5, -6.5, 5.5, -8.5);
        HoltWintersFit fit = HoltWinters.fit(y, HoltWintersSpec.quarterly(Seasonality.ADDITIVE));
        assertThat(java.util.Arrays.stream(fit.forecast(4)).allMatch(Double::isFinite)).isTrue();
        assertThat(fit.toString()).startsWith("HoltWintersFit[holt-winters(A,A,4), n=9]").contains("SSE=", "AIC=");
    }
}

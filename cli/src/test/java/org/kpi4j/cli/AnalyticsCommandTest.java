package org.kpi4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyticsCommandTest {

    private static final String HEADER = "entity,metric,segment,period,basis,value,unit\n";

    @TempDir
    Path dir;

    private Path file(String content) throws IOException {
        Path p = dir.resolve("f.csv");
        Files.writeString(p, HEADER + content, StandardCharsets.UTF_8);
        return p;
    }

    /** Year-to-date filings whose discrete quarters are 100, 110, ..., 170: a straight line. */
    private Path ytdLine() throws IOException {
        return file("acme,revenue,,2023Q1,ytd,100,万元\nacme,revenue,,2023H1,ytd,210,万元\n"
                + "acme,revenue,,2023Q3,ytd,330,万元\nacme,revenue,,2023,year,460,万元\n"
                + "acme,revenue,,2024Q1,ytd,140,万元\nacme,revenue,,2024H1,ytd,290,万元\n"
                + "acme,revenue,,2024Q3,ytd,450,万元\nacme,revenue,,2024,year,620,万元\n");
    }

    @Test
    void forecast_linear_onYtdFilings_convertsToQuartersFirst() throws Exception {
        var r = KpiCommandTest.run("forecast", "--file", ytdLine().toString(), "--metric", "revenue", "--method", "linear",
                "--horizon", "2", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode doc = new ObjectMapper().readTree(r.out());
        JsonNode rows = doc.get("rows");
        // the line through 100..170 has intercept 100 at t = 0 and slope 10
        assertThat(doc.get("model").get("intercept").asDouble()).isCloseTo(100, within(1e-9));
        assertThat(doc.get("model").get("slope").asDouble()).isCloseTo(10, within(1e-9));
        assertThat(doc.get("series").asText()).isEqualTo("acme/revenue");
        // discrete quarters 100..170 lie on 100 + 10t, so 2025Q1 = 180 and 2025Q2 = 190, with no residual spread
        assertThat(rows.get(0).get("period").asText()).isEqualTo("2025Q1");
        assertThat(rows.get(0).get("forecast").asDouble()).isCloseTo(180, within(1e-9));
        assertThat(rows.get(1).get("forecast").asDouble()).isCloseTo(190, within(1e-9));
        assertThat(rows.get(1).get("lower").asDouble()).isCloseTo(190, within(1e-6));
    }

    @Test
    void forecast_fitted_includesInSampleRows() throws Exception {
        var r = KpiCommandTest.run("forecast", "--file", ytdLine().toString(), "--metric", "revenue", "--method", "linear",
                "--horizon", "1", "--fitted", "--format", "json");
        JsonNode rows = new ObjectMapper().readTree(r.out()).get("rows");
        assertThat(rows.size()).isEqualTo(9); // 8 fitted + 1 forecast
        assertThat(rows.get(3).get("actual").asDouble()).isEqualTo(130.0); // 2023Q4 = 460 − 330
    }

    @Test
    void forecast_badInput_exitsTwo() throws Exception {
        Path f = ytdLine();
        var level = KpiCommandTest.run("forecast", "--file", f.toString(), "--metric", "revenue", "--method", "linear",
                "--horizon", "1", "--level", "1.5");
        assertThat(level.code()).isEqualTo(2);
        assertThat(level.err()).contains("level must be in (0, 1) but was 1.5");
        Path five = file("acme,revenue,,2024Q1,quarter,1,万元\nacme,revenue,,2024Q2,quarter,2,万元\n"
                + "acme,revenue,,2024Q3,quarter,3,万元\nacme,revenue,,2024Q4,quarter,4,万元\n"
                + "acme,revenue,,2025Q1,quarter,5,万元\n");
        var few = KpiCommandTest.run("forecast", "--file", five.toString(), "--metric", "revenue", "--method",
                "holt-winters", "--horizon", "1");
        assertThat(few.code()).isEqualTo(2);
        assertThat(few.err()).contains("needs at least 8 points but got 5").doesNotContain("\tat ");
        Path neg = file("acme,net_profit,,2024Q1,quarter,5,万元\nacme,net_profit,,2024Q2,quarter,-3,万元\n"
                + "acme,net_profit,,2024Q3,quarter,4,万元\n");
        var logNeg = KpiCommandTest.run("forecast", "--file", neg.toString(), "--metric", "net_profit", "--method",
                "log-linear", "--horizon", "1");
        assertThat(logNeg.code()).isEqualTo(2);
        assertThat(logNeg.err()).startsWith("kpi: ").contains("-3");
    }

    @Test
    void mix_splitsMarginChangeIntoRateAndMix() throws Exception {
        Path f = file("acme,revenue,A,2024,year,60,万元\nacme,revenue,B,2024,year,40,万元\n"
                + "acme,revenue,A,2025,year,40,万元\nacme,revenue,B,2025,year,60,万元\n"
                + "acme,gross_margin,A,2024,year,40,%\nacme,gross_margin,B,2024,year,20,%\n"
                + "acme,gross_margin,A,2025,year,38,%\nacme,gross_margin,B,2025,year,19,%\n");
        var r = KpiCommandTest.run("mix", "--file", f.toString(), "--metric", "gross_margin", "--segments", "A,B",
                "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode total = new ObjectMapper().readTree(r.out()).get(2);
        // base 0.6·0.40 + 0.4·0.20 = 0.32; current 0.4·0.38 + 0.6·0.19 = 0.266
        // rate = 0.5·(−0.02) + 0.5·(−0.01) = −0.015; mix = 0.39·(−0.2) + 0.195·(+0.2) = −0.039; sum −0.054
        assertThat(total.get("base_margin").asDouble()).isCloseTo(0.32, within(1e-12));
        assertThat(total.get("current_margin").asDouble()).isCloseTo(0.266, within(1e-12));
        assertThat(total.get("rate_effect").asDouble()).isCloseTo(-0.015, within(1e-12));
        assertThat(total.get("mix_effect").asDouble()).isCloseTo(-0.039, within(1e-12));
    }

    @Test
    void mix_missingSegmentData_exitsTwo() {
        var r = KpiCommandTest.run("mix", "--dataset", "paratera", "--metric", "gross_margin", "--segments", "通用云,智算云");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("no revenue figures for segment '通用云'");
    }

    @Test
    void forecast_holtWinters_knownParametersAndInitialStates_json() throws Exception {
        Path f = file("acme,revenue,,2024Q1,quarter,10,万元\nacme,revenue,,2024Q2,quarter,13,万元\n"
                + "acme,revenue,,2024Q3,quarter,14,万元\nacme,revenue,,2024Q4,quarter,18,万元\n");
        var r = KpiCommandTest.run("forecast", "--file", f.toString(), "--metric", "revenue", "--method", "holt-winters",
                "--seasonal", "none", "--alpha", "0.5", "--beta", "0.5", "--initial-level", "8", "--initial-trend", "2",
                "--horizon", "2", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode doc = new ObjectMapper().readTree(r.out());
        JsonNode model = doc.get("model");
        assertThat(model.get("alpha").asDouble()).isEqualTo(0.5);
        assertThat(model.get("beta").asDouble()).isEqualTo(0.5);
        assertThat(model.get("initial_states").get("source").asText()).isEqualTo("given");
        assertThat(model.get("initial_states").get("level").asDouble()).isEqualTo(8.0);
        assertThat(model.get("initial_states").get("trend").asDouble()).isEqualTo(2.0);
        // Holt's linear method by hand, l0 = 8, b0 = 2, alpha = beta = 0.5; one-step fits l(t-1) + b(t-1):
        // t1: fit 10, l 10, b 2; t2: fit 12, l 12.5, b 2.25; t3: fit 14.75, l 14.375, b 2.0625;
        // t4: fit 16.4375, l 17.21875, b 2.453125. SSE = 0 + 1 + 0.5625 + 1.5625^2 = 4.00390625;
        // forecasts 17.21875 + 2.453125 h = 19.671875, 22.125
        assertThat(model.get("sse").asDouble()).isCloseTo(4.00390625, within(1e-12));
        // AIC = n ln(SSE/n) + 2k with k = 2 + 2 (alpha, beta, l0, b0): 4 ln(1.0009765625) + 8
        assertThat(model.get("aic").asDouble()).isCloseTo(4 * Math.log(4.00390625 / 4) + 8, within(1e-12));
        JsonNode rows = doc.get("rows");
        assertThat(rows.get(0).get("forecast").asDouble()).isCloseTo(19.671875, within(1e-12));
        assertThat(rows.get(1).get("forecast").asDouble()).isCloseTo(22.125, within(1e-12));
        var fitting = KpiCommandTest.run("forecast", "--file", f.toString(), "--metric", "revenue", "--method",
                "holt-winters", "--seasonal", "none", "--initial-level", "8", "--horizon", "1");
        assertThat(fitting.code()).isEqualTo(2);
        assertThat(fitting.err()).contains("initial states (--initial-level ...) go with known parameters");
    }

    @Test
    void backtest_saysWhyHoltWintersIsLeftOut() throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            sb.append("acme,revenue,,").append(2021 + i / 4).append('Q').append(i % 4 + 1).append(",quarter,")
                    .append(100 + 5 * i).append(",万元\n");
        }
        var r = KpiCommandTest.run("backtest", "--file", file(sb.toString()).toString(), "--metric", "revenue",
                "--horizon", "2", "--min-train", "6");
        assertThat(r.code()).as(r.err()).isZero();
        // a seasonal Holt-Winters needs two seasons (8 quarters) in each training window
        assertThat(r.err()).contains("holt-winters is left out: it needs a training window of at least 8 quarters");
        assertThat(r.out()).doesNotContain("holt-winters");
    }

    @Test
    void backtest_reportsEachModel() throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            int year = 2021 + i / 4;
            int q = i % 4 + 1;
            double v = 100 + 5 * i + new double[] {10, -5, 0, -5}[q - 1];
            sb.append("acme,revenue,,").append(year).append('Q').append(q).append(",quarter,").append(v).append(",万元\n");
        }
        var r = KpiCommandTest.run("backtest", "--file", file(sb.toString()).toString(), "--metric", "revenue",
                "--horizon", "2", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode rows = new ObjectMapper().readTree(r.out());
        assertThat(rows.size()).isGreaterThanOrEqualTo(4);
        for (JsonNode row : rows) {
            if (row.get("model").asText().contains("seasonal")) {
                // seasonal naive on a +5/quarter trend errs by exactly 20 a step-ahead year: MASE = 1 by construction
                assertThat(row.get("mase").asDouble()).isCloseTo(1.0, within(1e-9));
            }
        }
    }

    @Test
    void project_table_andJson() throws Exception {
        var r = KpiCommandTest.run("project", "--value", "1037.3", "--from-year", "2025", "--to-year", "2028", "--rate",
                "46.2%", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode rows = new ObjectMapper().readTree(r.out());
        // 1037.3 · 1.462³ = 3241.5035
        assertThat(rows.get(3).get("year").asInt()).isEqualTo(2028);
        assertThat(rows.get(3).get("value").asDouble()).isCloseTo(3241.5035, within(1e-3));
        var c = KpiCommandTest.run("cagr", "--from", "100", "--to", "200", "--years", "5", "--format", "json");
        // 2^(1/5) − 1 = 0.148698355
        assertThat(new ObjectMapper().readTree(c.out()).get("cagr").asDouble()).isCloseTo(0.148698355, within(1e-9));
        var i = KpiCommandTest.run("implied", "--value", "1037.3", "--growth", "43%", "--format", "json");
        // 1037.3 / 1.43 = 725.3846
        assertThat(new ObjectMapper().readTree(i.out()).get("base").asDouble()).isCloseTo(725.3846, within(1e-4));
    }

    @Test
    void project_scenarios_projectEachRate() throws Exception {
        var r = KpiCommandTest.run("project", "--value", "100", "--from-year", "2025", "--to-year", "2027", "--scenarios",
                "bear=10%,bull=0.5", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode rows = new ObjectMapper().readTree(r.out());
        // bear: 100 · 1.1² = 121; bull: 100 · 1.5² = 225
        assertThat(rows.get(2).get("scenario").asText()).isEqualTo("bear");
        assertThat(rows.get(2).get("value").asDouble()).isCloseTo(121, within(1e-9));
        assertThat(rows.get(5).get("scenario").asText()).isEqualTo("bull");
        assertThat(rows.get(5).get("value").asDouble()).isCloseTo(225, within(1e-9));
        var both = KpiCommandTest.run("project", "--value", "100", "--from-year", "2025", "--to-year", "2027");
        assertThat(both.code()).isEqualTo(2);
        assertThat(both.err()).contains("give either --rate R or --scenarios");
    }
}

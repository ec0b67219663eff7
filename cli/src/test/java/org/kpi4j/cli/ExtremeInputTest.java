package org.kpi4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per case of issue 11 ("bad input at the extremes"), with the exact input it names, run
 * through the command line: each asserts the exit code, that the message names the file and line
 * (or that the result says "no number" and why), that the message is one line without a stack
 * trace, and that the input file is unchanged.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ExtremeInputTest {

    private static final String HEADER = "entity,metric,period,value,unit\n";

    @TempDir
    Path dir;

    /** A command's result, and the input it read, checked to be unchanged. */
    private record Run(int code, String out, String err) {
    }

    private Path file(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    /** Runs kpi, then checks that the input is byte for byte what it was and that errors are one line. */
    private Run kpi(Path input, String... args) throws IOException {
        byte[] before = Files.readAllBytes(input);
        KpiCommandTest.Result r = KpiCommandTest.run(args);
        assertThat(Files.readAllBytes(input)).as("the input is unchanged").isEqualTo(before);
        assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception in");
        if (r.code() == 2) {
            assertThat(r.err().strip().lines().count()).as(r.err()).isEqualTo(1);
        }
        return new Run(r.code(), r.out(), r.err());
    }

    private Run growth(Path f, String... more) throws IOException {
        List<String> args = new ArrayList<>(List.of("growth", "--file", f.toString()));
        args.addAll(List.of(more));
        return kpi(f, args.toArray(String[]::new));
    }

    // --- numbers beyond a double, read ---

    @Test
    void json_value_1e999999999_isBeyondADouble_namedAtItsLine() throws Exception {
        // the object opens on line 1; before the fix: an OutOfMemoryError stack trace
        Path f = file("v.json", "[{\"entity\":\"a\",\"metric\":\"revenue\",\"period\":\"2024\",\"value\":1e999999999,"
                + "\"unit\":\"万元\"}]\n");
        Run r = growth(f);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("v.json:1: column 'value': '1e999999999' is beyond the range of a double");
    }

    @Test
    void csv_reportedChangePct_1e999999999_isBeyondADouble() throws Exception {
        Path f = file("p.csv", HEADER.replace("\n", ",reported_change_pct\n") + "a,revenue,2023,100,万元,\n"
                + "a,revenue,2024,150,万元,1e999999999\n");
        Run r = growth(f);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("p.csv:3: column 'reported_change_pct': '1e999999999' is beyond the range of a double");
    }

    @Test
    void value_1e_minus999999999_isTooSmall_andAnswersAtOnce() throws Exception {
        // before the fix: kpi growth ran for over 30 s
        Path f = file("s.csv", HEADER + "a,revenue,2023,1e-999999999,万元\na,revenue,2024,1,万元\n");
        long t0 = System.nanoTime();
        Run r = growth(f);
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(10));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("s.csv:2: column 'value': '1e-999999999' is too small for a double");
    }

    @Test
    void value_1e_minus100000_isTooSmall_inCsvAndJson() throws Exception {
        // before the fix: 300 KB of zeros (CSV) and a silent 0.0 (JSON)
        Path csv = file("z.csv", HEADER + "a,revenue,2024,1e-100000,万元\n");
        Run c = growth(csv);
        assertThat(c.code()).isEqualTo(2);
        assertThat(c.err()).contains("z.csv:2: column 'value': '1e-100000' is too small for a double");
        Path json = file("z.json", "[\n{\"entity\":\"a\",\"metric\":\"revenue\",\"period\":\"2024\",\"value\":1e-100000,"
                + "\"unit\":\"万元\"}]\n");
        Run j = growth(json);
        assertThat(j.code()).isEqualTo(2);
        assertThat(j.err()).contains("z.json:2: column 'value': '1e-100000' is too small for a double");
    }

    @Test
    void value_1e_minus400_isNotAZeroBase() throws Exception {
        Path f = file("u.csv", HEADER + "a,revenue,2023,1e-400,万元\na,revenue,2024,1,万元\n");
        Run r = growth(f);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("u.csv:2: column 'value': '1e-400' is too small for a double: it would round to 0");
    }

    @Test
    void value_1e400_isNamed_inGrowthAndInCheck() throws Exception {
        // before the fix: growth said "must be finite but was Infinity" without a place; check exited 1 with NaN
        Path f = file("b.csv", HEADER.replace("\n", ",reported_change_pct\n") + "a,revenue,2023,100,万元,\n"
                + "a,revenue,2024,1e400,万元,10\n");
        Run g = growth(f);
        assertThat(g.code()).isEqualTo(2);
        assertThat(g.err()).contains("b.csv:3: column 'value': '1e400' is beyond the range of a double");
        Run c = kpi(f, "check", "--file", f.toString(), "--format", "json");
        assertThat(c.code()).isEqualTo(2);
        assertThat(c.err()).contains("b.csv:3: column 'value'");
        assertThat(c.out()).doesNotContain("NaN");
    }

    @Test
    void exponent_2147483648_isNamed_inCsvAndJson() throws Exception {
        // before the fix: "kpi: Exponent overflow." (CSV) and a raw Jackson message (JSON)
        Path csv = file("e.csv", HEADER + "a,revenue,2024,1e2147483648,万元\n");
        Run c = growth(csv);
        assertThat(c.code()).isEqualTo(2);
        assertThat(c.err()).contains("e.csv:2: column 'value': '1e2147483648' is beyond the range of a double");
        Path json = file("e.json", "[{\"entity\":\"a\",\"metric\":\"revenue\",\"period\":\"2024\",\"value\":1e2147483648,"
                + "\"unit\":\"万元\"}]");
        Run j = growth(json);
        assertThat(j.code()).isEqualTo(2);
        assertThat(j.err()).contains("e.json:1: column 'value': '1e2147483648' is beyond the range of a double");
    }

    // --- results beyond a double: no number, with a note ---

    @Test
    void growth_from1e_minus300_to1e300_hasNoNumber_withANote() throws Exception {
        // (1e300 − 1e-300) / 1e-300 is beyond a double; before the fix: "growth must be finite or null but was Infinity"
        Path f = file("g.csv", HEADER + "a,revenue,2023,1e-300,万元\na,revenue,2024,1e300,万元\n");
        Run r = growth(f, "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode row = new ObjectMapper().readTree(r.out()).get(1);
        assertThat(row.get("period").asText()).isEqualTo("2024");
        assertThat(row.get("growth").isNull()).isTrue();
        assertThat(row.get("note").asText()).isEqualTo("the change is beyond the range of a double");
    }

    @Test
    void panel_qoq_beyondADouble_isNoNumber_notMinusInfinity() throws Exception {
        // (−1.5e308 − 1.5e308) / 1.5e308 = −2, but the difference −3e308 overflows on the way: no number
        Path f = file("q.csv", HEADER + "a,revenue,2024Q1,1.5e308,万元\na,revenue,2024Q2,-1.5e308,万元\n");
        Run r = kpi(f, "panel", "--file", f.toString(), "--op", "qoq", "--format", "csv");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).doesNotContain("Infinity").doesNotContain("NaN");
        assertThat(r.out().lines()).containsExactly("entity,metric,segment,period,value,unit");
        assertThat(r.err()).contains("a/revenue: 1 qoq change is beyond the range of a double, so it has no number");
    }

    @Test
    void panel_ytdDifference_beyondADouble_isNoNumber_withANote() throws Exception {
        // Q2 = H1 − Q1 = 1.5e308 − (−1.5e308) overflows; before the fix: "series … has an infinite value at column 1"
        Path f = file("y.csv", HEADER + "a,revenue,2024Q1,-1.5e308,万元\na,revenue,2024H1,1.5e308,万元\n");
        Run r = kpi(f, "panel", "--file", f.toString(), "--op", "discrete", "--format", "csv");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().lines()).containsExactly("entity,metric,segment,period,value,unit",
                "a,revenue,,2024Q1,-1.5E308,万元");
        assertThat(r.err()).contains("a/revenue: 1 year-to-date difference is beyond the range of a double");
    }

    @Test
    void ttm_beyondADouble_isNoNumber_withANote_inPanelAndChart() throws Exception {
        // TTM 2024Q4 = 1 + 1 + 1e308 + 1e308 is beyond Double.MAX_VALUE (1.797…e308): no number, with a note;
        // TTM 2025Q1 = 1 + 1 + 1 + 1e308 = 1e308 (3 is below a double's precision there) and TTM 2025Q2 = 4 fit
        Path f = file("t.csv", HEADER + "a,revenue,2024Q1,1e308,万元\na,revenue,2024Q2,1e308,万元\n"
                + "a,revenue,2024Q3,1,万元\na,revenue,2024Q4,1,万元\na,revenue,2025Q1,1,万元\na,revenue,2025Q2,1,万元\n");
        Run p = kpi(f, "panel", "--file", f.toString(), "--op", "ttm", "--format", "csv");
        assertThat(p.code()).as(p.err()).isZero();
        List<String> rows = p.out().lines().toList();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1)).startsWith("a,revenue,,2025Q1,");
        assertThat(Double.parseDouble(rows.get(1).split(",")[4])).isEqualTo(1e308);
        assertThat(rows.get(2)).startsWith("a,revenue,,2025Q2,");
        assertThat(Double.parseDouble(rows.get(2).split(",")[4])).isEqualTo(4.0);
        assertThat(p.err()).contains("a/revenue: 1 TTM sum is beyond the range of a double, so it has no number");
        Path data = dir.resolve("ttm.csv");
        Run c = kpi(f, "chart", "--file", f.toString(), "--metric", "revenue", "--type", "line", "--basis", "ttm",
                "--out", data.toString());
        assertThat(c.code()).as(c.err()).isZero();
        assertThat(c.out().strip()).as("says where it wrote").isEqualTo(data.toString());
        assertThat(Files.readString(data)).doesNotContain("Infinity").doesNotContain("NaN").doesNotContain("2024Q4")
                .contains("2025Q1").contains("2025Q2");
        assertThat(c.err()).contains("2024Q4: TTM 2024Q1 + 2024Q2 + 2024Q3 + 2024Q4 is beyond the range of a double, "
                + "so it has no number");
    }

    @Test
    void growth_ytdDifference_beyondADouble_saysWhyTheQuarterHasNoNumber() throws Exception {
        Path f = file("d.csv", HEADER + "a,revenue,2024Q1,-1.5e308,万元\na,revenue,2024H1,1.5e308,万元\n"
                + "a,revenue,2023Q2,1,万元\n");
        Run r = growth(f, "--basis", "discrete", "--kind", "yoy");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("a/revenue: 2024Q2: 2024H1 − 2024Q1 is beyond the range of a double, so it has no number");
    }

    @Test
    void cagr_project_implied_beyondADouble_sayNoNumber() throws Exception {
        Path none = file("none.txt", "");
        // (1e300 / 1e-300)^(1 / 0.5) overflows; before the fix: "unexpected error: ArithmeticException"
        Run c = kpi(none, "cagr", "--from", "1e-300", "--to", "1e300", "--years", "0.5");
        assertThat(c.code()).as(c.err()).isZero();
        assertThat(c.out()).startsWith("cagr: no number (").contains("beyond the range of a double");
        // 1e300 / (1 − 0.999999)^60 = 1e300 · 1e360
        Run i = kpi(none, "implied", "--value", "1e300", "--growth", "-99.9999%", "--years", "60", "--format", "json");
        assertThat(i.code()).as(i.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(i.out());
        assertThat(j.get("base").isNull()).isTrue();
        assertThat(j.get("note").asText()).contains("beyond the range of a double");
        // 1e300 · 11^7 = 1.95e307 (2032) still fits; 1e300 · 11^8 = 2.14e308 (2033) does not
        Run p = kpi(none, "project", "--value", "1e300", "--from-year", "2025", "--to-year", "2035", "--rate", "1000%",
                "--format", "json");
        assertThat(p.code()).as(p.err()).isZero();
        JsonNode rows = new ObjectMapper().readTree(p.out());
        assertThat(rows).hasSize(11);
        assertThat(rows.get(4).get("value").asDouble()).isEqualTo(1e300 * Math.pow(11, 4));
        assertThat(rows.get(8).get("value").isNull()).isTrue();
        assertThat(rows.get(8).get("note").asText())
                .isEqualTo("from 2033 on the projected value is beyond the range of a double, so it has no number");
        assertThat(p.out()).doesNotContain("Infinity");
    }

    // --- structure and places ---

    @Test
    void metricIdNotSnakeCase_namesFileLineAndColumn() throws Exception {
        Path f = file("m.csv", "entity,metric,period,basis,value,unit\na,Revenue,2024,year,1,万元\n");
        Run r = growth(f);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("m.csv:2: column 'metric': metric id must be snake_case ([a-z][a-z0-9_]*) but was 'Revenue'");
    }

    @Test
    void year1000_hasNoBase_withANote() throws Exception {
        // the base of 1000 would be 999, before the first year kpi4j represents; before the fix: an error
        Path f = file("k.csv", HEADER + "a,revenue,1000,1,万元\na,revenue,1001,2,万元\n");
        Run r = growth(f, "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode rows = new ObjectMapper().readTree(r.out());
        assertThat(rows.get(0).get("note").asText()).isEqualTo("no base: default of 1000 would fall outside the years 1000..9999");
        assertThat(rows.get(1).get("growth").asDouble()).isEqualTo(1.0); // (2 − 1) / 1
    }

    @Test
    void forecastPast9999Q4_isRefusedWithTheLimit() throws Exception {
        Path f = file("f.csv", HEADER + "a,revenue,9999Q1,1,万元\na,revenue,9999Q2,2,万元\na,revenue,9999Q3,3,万元\n");
        Run r = kpi(f, "forecast", "--file", f.toString(), "--metric", "revenue", "--method", "linear", "--horizon", "2");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("a forecast 2 steps after 9999Q3 would run past 9999Q4, the last period kpi4j "
                + "represents; forecast at most 1 steps");
    }

    @Test
    void jsonWithASecondArray_isAnError() throws Exception {
        Path f = file("t.json", "[{\"entity\":\"a\",\"metric\":\"revenue\",\"period\":\"2024\",\"value\":1,\"unit\":\"万元\"}]\n"
                + "[{\"entity\":\"a\",\"metric\":\"revenue\",\"period\":\"2023\",\"value\":1,\"unit\":\"万元\"}]\n");
        Run r = growth(f);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("t.json:2: unexpected content after the array of facts");
    }

    @Test
    void duplicateCsvColumn_andDuplicateJsonKey_areErrors() throws Exception {
        Path csv = file("c.csv", "entity,metric,period,value,unit,unit\na,revenue,2024,1,万元,亿元\n");
        Run c = growth(csv);
        assertThat(c.code()).isEqualTo(2);
        assertThat(c.err()).contains("c.csv:1: column 'unit': the column 'unit' is given twice (fields 5 and 6)");
        Path json = file("k.json", "[{\"entity\":\"a\",\"metric\":\"revenue\",\"period\":\"2024\",\n"
                + "\"value\":1,\"value\":2,\"unit\":\"万元\"}]");
        Run j = growth(json);
        assertThat(j.code()).isEqualTo(2);
        assertThat(j.err()).contains("k.json:2: column 'value': the field 'value' is given twice in the object that "
                + "starts on line 1");
    }

    @Test
    void newlineInAQuotedHeaderOrEntity_staysOnOneLine() throws Exception {
        Path header = file("h.csv", "\"entity\nx\",metric,period,value,unit\na,revenue,2024,1,万元\n");
        Run h = growth(header);
        assertThat(h.code()).isEqualTo(2);
        assertThat(h.err()).contains("h.csv:1: unknown column 'entity\\nx'");
        Path entity = file("n.csv", HEADER + "\"a\nb\",revenue,2024,x,万元\n");
        Run n = growth(entity);
        assertThat(n.code()).isEqualTo(2);
        assertThat(n.err()).contains("n.csv:2: column 'value': 'x' is not a number");
        Run p = kpi(entity, "panel", "--file", entity.toString());
        assertThat(p.err()).contains("n.csv:2: column 'value': 'x' is not a number");
    }

    @Test
    void ytdContradiction_isTheSameErrorInGrowthCheckAndPanel() throws Exception {
        // Q1 + Q2 = 19 but H1 = 10; before the fix growth --basis discrete used Q2 = 9 and check said 0 mismatch
        Path f = file("x.csv", HEADER + "a,revenue,2024Q1,10,万元\na,revenue,2024Q2,9,万元\na,revenue,2024H1,10,万元\n");
        String expected = "x.csv:4: column 'value': series a/revenue contradicts itself: 2024H1 = 10 (line 4) but "
                + "2024Q1 + 2024Q2 = 19 (lines 2, 3), beyond the rounding of the figures";
        Run g = growth(f, "--basis", "discrete");
        assertThat(g.code()).isEqualTo(2);
        assertThat(g.err()).contains(expected);
        Run c = kpi(f, "check", "--file", f.toString());
        assertThat(c.code()).isEqualTo(2);
        assertThat(c.err()).contains(expected);
        Run p = kpi(f, "panel", "--file", f.toString());
        assertThat(p.code()).isEqualTo(2);
        assertThat(p.err()).contains(expected);
    }

    @Test
    void cagrOnlyRow_withABadDateAndUnit_isRefusedByBothReaders() throws Exception {
        // 2024-02-30 is no date; ＵＳＤ (full-width) is no unit; the panel reader used to skip the row unread
        Path f = file("r.csv", "entity,metric,period,value,unit,reported_cagr_pct,comparison_period\n"
                + "m,power,2024-02-30,,ＵＳＤ,46.2,2023-12-31\n");
        Run g = growth(f);
        Run p = kpi(f, "panel", "--file", f.toString());
        assertThat(g.code()).isEqualTo(2);
        assertThat(p.code()).isEqualTo(2);
        assertThat(g.err()).contains("r.csv:2: column 'unit': unknown unit 'ＵＳＤ'");
        assertThat(p.err()).isEqualTo(g.err());
    }

    @Test
    void headerOnlyCsv_andEmptyJsonArray_areTheSameErrorEverywhere() throws Exception {
        // before the fix: growth and check printed [ ] with exit 0, panel exited 2
        Path csv = file("o.csv", HEADER);
        for (String cmd : List.of("growth", "check", "panel")) {
            Run r = kpi(csv, cmd, "--file", csv.toString());
            assertThat(r.code()).as(cmd).isEqualTo(2);
            assertThat(r.err()).as(cmd).contains("o.csv:1: the file has no facts: a header and no rows");
        }
        Path json = file("o.json", "[]\n");
        for (String cmd : List.of("growth", "check")) {
            Run r = kpi(json, cmd, "--file", json.toString());
            assertThat(r.code()).as(cmd).isEqualTo(2);
            assertThat(r.err()).as(cmd).contains("o.json:1: the file has no facts: an empty array");
        }
    }

    // --- forecasts ---

    @Test
    void forecast_valuesNear1e308_areRefusedWithTheLimit() throws Exception {
        // before the fix: NullPointerException (Holt-Winters) and "mean[0] must be finite but was NaN" (linear)
        Path f = file("w.csv", HEADER + "a,revenue,2023,1e308,万元\na,revenue,2024,1.5e308,万元\n"
                + "a,revenue,2025,1.7e308,万元\na,revenue,2026,1.6e308,万元\na,revenue,2027,1.7e308,万元\n");
        for (String method : List.of("linear", "holt-winters")) {
            Run r = kpi(f, "forecast", "--file", f.toString(), "--metric", "revenue", "--method", method, "--horizon", "2");
            assertThat(r.code()).as(method).isEqualTo(2);
            assertThat(r.err()).as(method).contains("y[0] = 1.0E308 is too large to forecast from: models take values of "
                    + "magnitude up to 1e100");
        }
    }

    @Test
    void forecast_hugeHorizons_areRefusedAtOnce_withTheLimitInHelp() throws Exception {
        Path f = file("h.csv", HEADER + "a,revenue,2020,1,万元\na,revenue,2021,2,万元\na,revenue,2022,3,万元\n"
                + "a,revenue,2023,4,万元\na,revenue,2024,5,万元\n");
        // before the fix: an OutOfMemoryError stack trace, and a hang with Holt-Winters at 3e8
        for (String[] m : new String[][] {{"linear", "2000000000"}, {"holt-winters", "300000000"}}) {
            Run r = kpi(f, "forecast", "--file", f.toString(), "--metric", "revenue", "--method", m[0], "--horizon", m[1]);
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err()).contains("--horizon must be 1 to 1000 but was " + m[1]);
        }
        Run help = kpi(f, "forecast", "--help");
        assertThat(help.out()).contains("a horizon of 1 to 1000 steps, ending by 9999Q4").contains("1 to 1000");
    }

    @Test
    void forecast_logLinearCompoundingPastADouble_saysNoNumber() throws Exception {
        // 1e-300, 1e-200, 1e-100, 1, 1e100: ×1e100 a year; two years on, e^(ln 1e100 + 2·ln 1e100) = 1e300, the
        // third 1e400: no number
        Path f = file("l.csv", HEADER + "a,revenue,2020,1e-300,万元\na,revenue,2021,1e-200,万元\na,revenue,2022,1e-100,万元\n"
                + "a,revenue,2023,1,万元\na,revenue,2024,1e100,万元\n");
        Run r = kpi(f, "forecast", "--file", f.toString(), "--metric", "revenue", "--method", "log-linear", "--horizon",
                "3", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode doc = new ObjectMapper().readTree(r.out()); // one document: the model, the rows and the note
        JsonNode rows = doc.get("rows");
        assertThat(rows.get(1).get("forecast").isNull()).isFalse();
        assertThat(rows.get(2).get("forecast").isNull()).isTrue();
        assertThat(doc.get("note").asText()).isEqualTo("step 3 has no number: beyond the range of a double");
        assertThat(r.out()).doesNotContain("Infinity").doesNotContain("NaN");
    }

    // --- files ---

    @Test
    void reportOverItsOwnInput_isRefused() throws Exception {
        Path out = Files.createDirectories(dir.resolve("rep"));
        Path md = Files.writeString(out.resolve("report.md"), HEADER + "a,revenue,2024,1,万元\n");
        Run r = kpi(md, "report", "--file", md.toString(), "--out", out.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("would write over the input").contains("report.md");
    }

    @Test
    void chartOverItsOwnInput_isRefused() throws Exception {
        Path svg = file("q.svg", HEADER + "a,revenue,2024,1,万元\na,revenue,2025,2,万元\n");
        Run r = kpi(svg, "chart", "--file", svg.toString(), "--metric", "revenue", "--type", "line", "--out", svg.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--out " + svg + " would write over the input " + svg);
    }

    @Test
    void help_documentsTheExitCodes() {
        KpiCommandTest.Result r = KpiCommandTest.run("--help");
        assertThat(r.out()).contains("Exit codes:").contains("3   out of memory: give Java more")
                .contains("4   internal error (a bug in kpi4j)");
    }

    @Test
    void anUnexpectedThrowable_isOneLine_andExit4() {
        // what the top level does with a throwable no command expects (a bug): one line naming it, exit 4
        java.io.StringWriter sw = new java.io.StringWriter();
        int code = Kpi.internalError(new java.io.PrintWriter(sw),
                new NullPointerException("Cannot read field \"x\"\n\tat org.kpi4j.Somewhere"));
        assertThat(code).isEqualTo(4);
        assertThat(sw.toString().strip().lines()).hasSize(1);
        assertThat(sw.toString()).startsWith("kpi: internal error (a bug in kpi4j; please report it with the command): "
                + "java.lang.NullPointerException: Cannot read field \"x\"\\n\\u0009at org.kpi4j.Somewhere");
        // an OutOfMemoryError wrapped by the code that hit it is still exit 3
        java.io.StringWriter oom = new java.io.StringWriter();
        assertThat(Kpi.internalError(new java.io.PrintWriter(oom), new RuntimeException(new OutOfMemoryError("heap"))))
                .isEqualTo(3);
        assertThat(oom.toString()).startsWith("kpi: out of memory: ");
    }

    @Test
    void aFileTooBigForTheHeap_endsWithOneLineAndExit3() throws Exception {
        // 400,000 rows (about 12 MB) in a JVM with a 32 MB heap: the facts do not fit
        StringBuilder sb = new StringBuilder(HEADER);
        for (int i = 0; i < 400_000; i++) {
            sb.append("e").append(i).append(",revenue,2024,").append(i).append(",万元\n");
        }
        Path f = file("big.csv", sb.toString());
        byte[] before = Files.readAllBytes(f);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // the issue saw it in both: growth (the facts reader) and panel (the panel reader)
        for (String[] command : new String[][] {{"growth", "--file", f.toString()},
            {"panel", "--file", f.toString(), "--op", "yoy"}}) {
            List<String> args = new ArrayList<>(List.of(java, "-Xmx32m", "-cp", System.getProperty("java.class.path"),
                    Kpi.class.getName()));
            args.addAll(List.of(command));
            Process p = new ProcessBuilder(args).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(50, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(command[0] + ": " + err).isEqualTo(3);
            assertThat(err.strip().lines()).hasSize(1);
            assertThat(err).startsWith("kpi: out of memory: the input does not fit in the Java heap (")
                    .contains("give Java more, e.g. JAVA_OPTS=-Xmx");
        }
        assertThat(Files.readAllBytes(f)).isEqualTo(before);
    }
}

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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The cases of issue 11 ("bad input at the extremes"), with the exact input each names, run through
 * the command line. Most are a row of {@link #cases()}: an input file, the commands run on it, the
 * exit code each gives, what its message says (it names the file and line, or the result says "no
 * number" and why) and what else its output shows. Every run also checks that the message is one
 * line without a stack trace and that the input file is unchanged.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ExtremeInputTest {

    private static final String HEADER = "entity,metric,period,value,unit\n";
    private static final String FILE = ExtremeCase.FILE;
    private static final String DIR = ExtremeCase.DIR;

    @TempDir
    Path dir;

    private static ExtremeCase input(String file, String content) {
        return new ExtremeCase(file, content);
    }

    private static Arguments row(String name, ExtremeCase c) {
        return Arguments.of(name, c);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // --- numbers beyond a double, read ---

                // a JSON value of 1e999999999 is named at the line its object opens on; before the fix: an
                // OutOfMemoryError stack trace
                row("json_value_1e999999999_isBeyondADouble_namedAtItsLine", input("v.json",
                        "[{\"entity\":\"a\",\"metric\":\"revenue\",\"period\":\"2024\",\"value\":1e999999999,"
                                + "\"unit\":\"万元\"}]\n")
                        .growth().fails("v.json:1: column 'value': '1e999999999' is beyond the range of a double")),
                // a reported_change_pct of 1e999999999 in CSV is beyond a double
                row("csv_reportedChangePct_1e999999999_isBeyondADouble", input("p.csv",
                        HEADER.replace("\n", ",reported_change_pct\n") + "a,revenue,2023,100,万元,\n"
                                + "a,revenue,2024,150,万元,1e999999999\n")
                        .growth().fails("p.csv:3: column 'reported_change_pct': '1e999999999' is beyond the range of a double")),
                // 1e-999999999 is too small for a double, and said at once; before the fix: kpi growth ran for over 30 s
                row("value_1e_minus999999999_isTooSmall_andAnswersAtOnce", input("s.csv",
                        HEADER + "a,revenue,2023,1e-999999999,万元\na,revenue,2024,1,万元\n")
                        .growth().within(Duration.ofSeconds(10))
                        .fails("s.csv:2: column 'value': '1e-999999999' is too small for a double")),
                // 1e-100000 in CSV is too small for a double; before the fix: 300 KB of zeros
                row("value_1e_minus100000_isTooSmall_inCsv", input("z.csv", HEADER + "a,revenue,2024,1e-100000,万元\n")
                        .growth().fails("z.csv:2: column 'value': '1e-100000' is too small for a double")),
                // 1e-100000 in JSON is too small for a double; before the fix: a silent 0.0
                row("value_1e_minus100000_isTooSmall_inJson", input("z.json",
                        "[\n{\"entity\":\"a\",\"metric\":\"revenue\",\"period\":\"2024\",\"value\":1e-100000,"
                                + "\"unit\":\"万元\"}]\n")
                        .growth().fails("z.json:2: column 'value': '1e-100000' is too small for a double")),
                // 1e-400 would round to 0, so it is refused rather than taken as a zero base
                row("value_1e_minus400_isNotAZeroBase", input("u.csv",
                        HEADER + "a,revenue,2023,1e-400,万元\na,revenue,2024,1,万元\n")
                        .growth().fails("u.csv:2: column 'value': '1e-400' is too small for a double: it would round to 0")),
                // 1e400 is named in growth; before the fix: "must be finite but was Infinity" without a place
                row("value_1e400_isNamed_inGrowth", input("b.csv", HEADER.replace("\n", ",reported_change_pct\n")
                        + "a,revenue,2023,100,万元,\na,revenue,2024,1e400,万元,10\n")
                        .growth().fails("b.csv:3: column 'value': '1e400' is beyond the range of a double")),
                // 1e400 is named in check; before the fix: check exited 1 with NaN
                row("value_1e400_isNamed_inCheck", input("b.csv", HEADER.replace("\n", ",reported_change_pct\n")
                        + "a,revenue,2023,100,万元,\na,revenue,2024,1e400,万元,10\n")
                        .kpi("check", "--file", FILE, "--format", "json").fails("b.csv:3: column 'value'")
                        .then((r, d) -> assertThat(r.out()).doesNotContain("NaN"))),
                // an exponent of 2147483648 in CSV; before the fix: "kpi: Exponent overflow."
                row("exponent_2147483648_isNamed_inCsv", input("e.csv", HEADER + "a,revenue,2024,1e2147483648,万元\n")
                        .growth().fails("e.csv:2: column 'value': '1e2147483648' is beyond the range of a double")),
                // an exponent of 2147483648 in JSON; before the fix: a raw Jackson message
                row("exponent_2147483648_isNamed_inJson", input("e.json",
                        "[{\"entity\":\"a\",\"metric\":\"revenue\",\"period\":\"2024\",\"value\":1e2147483648,"
                                + "\"unit\":\"万元\"}]")
                        .growth().fails("e.json:1: column 'value': '1e2147483648' is beyond the range of a double")),

                // --- results beyond a double: no number, with a note ---

                // (1e300 − 1e-300) / 1e-300 is beyond a double; before the fix: "growth must be finite or null but
                // was Infinity"
                row("growth_from1e_minus300_to1e300_hasNoNumber_withANote", input("g.csv",
                        HEADER + "a,revenue,2023,1e-300,万元\na,revenue,2024,1e300,万元\n")
                        .growth("--format", "json").succeeds().then((r, d) -> {
                            JsonNode row = new ObjectMapper().readTree(r.out()).get(1);
                            assertThat(row.get("period").asText()).isEqualTo("2024");
                            assertThat(row.get("growth").isNull()).isTrue();
                            assertThat(row.get("note").asText()).isEqualTo("the change is beyond the range of a double");
                        })),
                // (−1.5e308 − 1.5e308) / 1.5e308 = −2, but the difference −3e308 overflows on the way: no number,
                // not minus infinity
                row("panel_qoq_beyondADouble_isNoNumber_notMinusInfinity", input("q.csv",
                        HEADER + "a,revenue,2024Q1,1.5e308,万元\na,revenue,2024Q2,-1.5e308,万元\n")
                        .kpi("panel", "--file", FILE, "--op", "qoq", "--format", "csv")
                        .succeeds("a/revenue: 1 qoq change is beyond the range of a double, so it has no number")
                        .then((r, d) -> {
                            assertThat(r.out()).doesNotContain("Infinity").doesNotContain("NaN");
                            assertThat(r.out().lines()).containsExactly("entity,metric,segment,period,value,unit");
                        })),
                // Q2 = H1 − Q1 = 1.5e308 − (−1.5e308) overflows; before the fix: "series … has an infinite value at
                // column 1"
                row("panel_ytdDifference_beyondADouble_isNoNumber_withANote", input("y.csv",
                        HEADER + "a,revenue,2024Q1,-1.5e308,万元\na,revenue,2024H1,1.5e308,万元\n")
                        .kpi("panel", "--file", FILE, "--op", "discrete", "--format", "csv")
                        .succeeds("a/revenue: 1 year-to-date difference is beyond the range of a double")
                        .then((r, d) -> assertThat(r.out().lines()).containsExactly("entity,metric,segment,period,value,unit",
                                "a,revenue,,2024Q1,-1.5E308,万元"))),
                // TTM 2024Q4 = 1 + 1 + 1e308 + 1e308 is beyond Double.MAX_VALUE (1.797…e308): no number, with a note;
                // TTM 2025Q1 = 1 + 1 + 1 + 1e308 = 1e308 (3 is below a double's precision there) and TTM 2025Q2 = 4 fit
                row("ttm_beyondADouble_isNoNumber_withANote_inPanel", input("t.csv", TTM)
                        .kpi("panel", "--file", FILE, "--op", "ttm", "--format", "csv")
                        .succeeds("a/revenue: 1 TTM sum is beyond the range of a double, so it has no number")
                        .then((r, d) -> {
                            List<String> rows = r.out().lines().toList();
                            assertThat(rows).hasSize(3);
                            assertThat(rows.get(1)).startsWith("a,revenue,,2025Q1,");
                            assertThat(Double.parseDouble(rows.get(1).split(",")[4])).isEqualTo(1e308);
                            assertThat(rows.get(2)).startsWith("a,revenue,,2025Q2,");
                            assertThat(Double.parseDouble(rows.get(2).split(",")[4])).isEqualTo(4.0);
                        })),
                // the same TTM in a chart's data: 2024Q4 is left out with a note
                row("ttm_beyondADouble_isNoNumber_withANote_inChart", input("t.csv", TTM)
                        .kpi("chart", "--file", FILE, "--metric", "revenue", "--type", "line", "--basis", "ttm",
                                "--out", DIR + "/ttm.csv")
                        .succeeds("2024Q4: TTM 2024Q1 + 2024Q2 + 2024Q3 + 2024Q4 is beyond the range of a double, "
                                + "so it has no number")
                        .then((r, d) -> {
                            Path data = d.resolve("ttm.csv");
                            assertThat(r.out().strip()).as("says where it wrote").isEqualTo(data.toString());
                            assertThat(Files.readString(data)).doesNotContain("Infinity").doesNotContain("NaN")
                                    .doesNotContain("2024Q4").contains("2025Q1").contains("2025Q2");
                        })),
                // growth says why the quarter whose year-to-date difference overflows has no number
                row("growth_ytdDifference_beyondADouble_saysWhyTheQuarterHasNoNumber", input("d.csv",
                        HEADER + "a,revenue,2024Q1,-1.5e308,万元\na,revenue,2024H1,1.5e308,万元\na,revenue,2023Q2,1,万元\n")
                        .growth("--basis", "discrete", "--kind", "yoy").succeeds()
                        .then((r, d) -> assertThat(r.out()).contains(
                                "a/revenue: 2024Q2: 2024H1 − 2024Q1 is beyond the range of a double, so it has no number"))),
                // (1e300 / 1e-300)^(1 / 0.5) overflows; before the fix: "unexpected error: ArithmeticException"
                row("cagr_beyondADouble_saysNoNumber", input("none.txt", "")
                        .kpi("cagr", "--from", "1e-300", "--to", "1e300", "--years", "0.5").succeeds()
                        .then((r, d) -> assertThat(r.out()).startsWith("cagr: no number (").contains("beyond the range of a double"))),
                // 1e300 / (1 − 0.999999)^60 = 1e300 · 1e360
                row("implied_beyondADouble_saysNoNumber", input("none.txt", "")
                        .kpi("implied", "--value", "1e300", "--growth", "-99.9999%", "--years", "60", "--format", "json")
                        .succeeds().then((r, d) -> {
                            JsonNode j = new ObjectMapper().readTree(r.out());
                            assertThat(j.get("base").isNull()).isTrue();
                            assertThat(j.get("note").asText()).contains("beyond the range of a double");
                        })),
                // 1e300 · 11^7 = 1.95e307 (2032) still fits; 1e300 · 11^8 = 2.14e308 (2033) does not
                row("project_beyondADouble_saysNoNumber", input("none.txt", "")
                        .kpi("project", "--value", "1e300", "--from-year", "2025", "--to-year", "2035", "--rate", "1000%",
                                "--format", "json")
                        .succeeds().then((r, d) -> {
                            JsonNode rows = new ObjectMapper().readTree(r.out());
                            assertThat(rows).hasSize(11);
                            assertThat(rows.get(4).get("value").asDouble()).isEqualTo(1e300 * Math.pow(11, 4));
                            assertThat(rows.get(8).get("value").isNull()).isTrue();
                            assertThat(rows.get(8).get("note").asText())
                                    .isEqualTo("from 2033 on the projected value is beyond the range of a double, so it has no number");
                            assertThat(r.out()).doesNotContain("Infinity");
                        })),

                // --- structure and places ---

                // a metric id that is not snake_case is named with its file, line and column
                row("metricIdNotSnakeCase_namesFileLineAndColumn", input("m.csv",
                        "entity,metric,period,basis,value,unit\na,Revenue,2024,year,1,万元\n")
                        .growth().fails("m.csv:2: column 'metric': metric id must be snake_case ([a-z][a-z0-9_]*) but was 'Revenue'")),
                // the base of 1000 would be 999, before the first year kpi4j represents; before the fix: an error
                row("year1000_hasNoBase_withANote", input("k.csv", HEADER + "a,revenue,1000,1,万元\na,revenue,1001,2,万元\n")
                        .growth("--format", "json").succeeds().then((r, d) -> {
                            JsonNode rows = new ObjectMapper().readTree(r.out());
                            assertThat(rows.get(0).get("note").asText())
                                    .isEqualTo("no base: default of 1000 would fall outside the years 1000..9999");
                            assertThat(rows.get(1).get("growth").asDouble()).isEqualTo(1.0); // (2 − 1) / 1
                        })),
                // a forecast past 9999Q4 is refused with the limit
                row("forecastPast9999Q4_isRefusedWithTheLimit", input("f.csv",
                        HEADER + "a,revenue,9999Q1,1,万元\na,revenue,9999Q2,2,万元\na,revenue,9999Q3,3,万元\n")
                        .kpi("forecast", "--file", FILE, "--metric", "revenue", "--method", "linear", "--horizon", "2")
                        .fails("a forecast 2 steps after 9999Q3 would run past 9999Q4, the last period kpi4j "
                                + "represents; forecast at most 1 steps")),
                // a second JSON array after the first is an error at its line
                row("jsonWithASecondArray_isAnError", input("t.json",
                        "[{\"entity\":\"a\",\"metric\":\"revenue\",\"period\":\"2024\",\"value\":1,\"unit\":\"万元\"}]\n"
                                + "[{\"entity\":\"a\",\"metric\":\"revenue\",\"period\":\"2023\",\"value\":1,\"unit\":\"万元\"}]\n")
                        .growth().fails("t.json:2: unexpected content after the array of facts")),
                // a CSV column given twice is an error naming both fields
                row("duplicateCsvColumn_isAnError", input("c.csv", "entity,metric,period,value,unit,unit\na,revenue,2024,1,万元,亿元\n")
                        .growth().fails("c.csv:1: column 'unit': the column 'unit' is given twice (fields 5 and 6)")),
                // a JSON key given twice in an object is an error naming the line the object starts on
                row("duplicateJsonKey_isAnError", input("k.json", "[{\"entity\":\"a\",\"metric\":\"revenue\",\"period\":\"2024\",\n"
                        + "\"value\":1,\"value\":2,\"unit\":\"万元\"}]")
                        .growth().fails("k.json:2: column 'value': the field 'value' is given twice in the object that "
                                + "starts on line 1")),
                // a line break in a quoted header stays on one line of the message, escaped
                row("newlineInAQuotedHeader_staysOnOneLine", input("h.csv", "\"entity\nx\",metric,period,value,unit\na,revenue,2024,1,万元\n")
                        .growth().fails("h.csv:1: unknown column 'entity\\nx'")),
                // a line break in a quoted entity: the bad value after it is named at the line the row starts on,
                // by the facts reader and the panel reader
                row("newlineInAQuotedEntity_staysOnOneLine", input("n.csv", HEADER + "\"a\nb\",revenue,2024,x,万元\n")
                        .growth().kpi("panel", "--file", FILE).fails("n.csv:2: column 'value': 'x' is not a number")),
                // Q1 + Q2 = 19 but H1 = 10: the same error in growth, check and panel; before the fix growth --basis
                // discrete used Q2 = 9 and check said 0 mismatch
                row("ytdContradiction_isTheSameErrorInGrowthCheckAndPanel", input("x.csv",
                        HEADER + "a,revenue,2024Q1,10,万元\na,revenue,2024Q2,9,万元\na,revenue,2024H1,10,万元\n")
                        .growth("--basis", "discrete").kpi("check", "--file", FILE).kpi("panel", "--file", FILE)
                        .fails("x.csv:4: column 'value': series a/revenue contradicts itself: 2024H1 = 10 (line 4) but "
                                + "2024Q1 + 2024Q2 = 19 (lines 2, 3), beyond the rounding of the figures")),
                // 2024-02-30 is no date and ＵＳＤ (full-width) is no unit: a CAGR-only row is refused by both readers
                // with the same message; the panel reader used to skip the row unread
                row("cagrOnlyRow_withABadDateAndUnit_isRefusedByBothReaders", input("r.csv",
                        "entity,metric,period,value,unit,reported_cagr_pct,comparison_period\n"
                                + "m,power,2024-02-30,,ＵＳＤ,46.2,2023-12-31\n")
                        .growth().kpi("panel", "--file", FILE).fails("r.csv:2: column 'unit': unknown unit 'ＵＳＤ'")
                        .sameErr()),
                // a header and no rows is the same error in growth, check and panel; before the fix: growth and check
                // printed [ ] with exit 0, panel exited 2
                row("headerOnlyCsv_isTheSameErrorEverywhere", input("o.csv", HEADER)
                        .growth().kpi("check", "--file", FILE).kpi("panel", "--file", FILE)
                        .fails("o.csv:1: the file has no facts: a header and no rows")),
                // an empty JSON array is the same error in growth and check
                row("emptyJsonArray_isTheSameErrorEverywhere", input("o.json", "[]\n")
                        .growth().kpi("check", "--file", FILE)
                        .fails("o.json:1: the file has no facts: an empty array")),

                // --- forecasts ---

                // values near 1e308 are refused with the limit, by both methods; before the fix: NullPointerException
                // (Holt-Winters) and "mean[0] must be finite but was NaN" (linear)
                row("forecast_valuesNear1e308_areRefusedWithTheLimit", input("w.csv",
                        HEADER + "a,revenue,2023,1e308,万元\na,revenue,2024,1.5e308,万元\n"
                                + "a,revenue,2025,1.7e308,万元\na,revenue,2026,1.6e308,万元\na,revenue,2027,1.7e308,万元\n")
                        .kpi("forecast", "--file", FILE, "--metric", "revenue", "--method", "linear", "--horizon", "2")
                        .kpi("forecast", "--file", FILE, "--metric", "revenue", "--method", "holt-winters", "--horizon", "2")
                        .fails("y[0] = 1.0E308 is too large to forecast from: models take values of magnitude up to 1e100")),
                // a linear horizon of 2e9 is refused at once; before the fix: an OutOfMemoryError stack trace
                row("forecast_hugeHorizon_linear_isRefusedAtOnce", input("h.csv", FIVE_YEARS)
                        .kpi("forecast", "--file", FILE, "--metric", "revenue", "--method", "linear", "--horizon", "2000000000")
                        .fails("--horizon must be 1 to 1000 but was 2000000000")),
                // a Holt-Winters horizon of 3e8 is refused at once; before the fix: a hang
                row("forecast_hugeHorizon_holtWinters_isRefusedAtOnce", input("h.csv", FIVE_YEARS)
                        .kpi("forecast", "--file", FILE, "--metric", "revenue", "--method", "holt-winters", "--horizon",
                                "300000000")
                        .fails("--horizon must be 1 to 1000 but was 300000000")),
                // forecast --help gives the limit on the horizon
                row("forecast_horizonLimit_isInHelp", input("h.csv", FIVE_YEARS).kpi("forecast", "--help")
                        .succeeds().then((r, d) -> assertThat(r.out()).contains("a horizon of 1 to 1000 steps, ending by 9999Q4")
                                .contains("1 to 1000"))),
                // 1e-300, 1e-200, 1e-100, 1, 1e100: ×1e100 a year; two years on, e^(ln 1e100 + 2·ln 1e100) = 1e300, the
                // third 1e400: no number
                row("forecast_logLinearCompoundingPastADouble_saysNoNumber", input("l.csv",
                        HEADER + "a,revenue,2020,1e-300,万元\na,revenue,2021,1e-200,万元\na,revenue,2022,1e-100,万元\n"
                                + "a,revenue,2023,1,万元\na,revenue,2024,1e100,万元\n")
                        .kpi("forecast", "--file", FILE, "--metric", "revenue", "--method", "log-linear", "--horizon", "3",
                                "--format", "json")
                        .succeeds().then((r, d) -> {
                            JsonNode doc = new ObjectMapper().readTree(r.out()); // one document: the model, the rows and the note
                            JsonNode rows = doc.get("rows");
                            assertThat(rows.get(1).get("forecast").isNull()).isFalse();
                            assertThat(rows.get(2).get("forecast").isNull()).isTrue();
                            assertThat(doc.get("note").asText()).isEqualTo("step 3 has no number: beyond the range of a double");
                            assertThat(r.out()).doesNotContain("Infinity").doesNotContain("NaN");
                        })),

                // --- files ---

                // a report whose folder holds its input is refused
                row("reportOverItsOwnInput_isRefused", input("rep/report.md", HEADER + "a,revenue,2024,1,万元\n")
                        .kpi("report", "--file", FILE, "--out", DIR + "/rep")
                        .fails("would write over the input", "report.md")),
                // a chart written over its input is refused
                row("chartOverItsOwnInput_isRefused", input("q.svg", HEADER + "a,revenue,2024,1,万元\na,revenue,2025,2,万元\n")
                        .kpi("chart", "--file", FILE, "--metric", "revenue", "--type", "line", "--out", FILE)
                        .fails("--out " + FILE + " would write over the input " + FILE)));
    }

    private static final String TTM = HEADER + "a,revenue,2024Q1,1e308,万元\na,revenue,2024Q2,1e308,万元\n"
            + "a,revenue,2024Q3,1,万元\na,revenue,2024Q4,1,万元\na,revenue,2025Q1,1,万元\na,revenue,2025Q2,1,万元\n";

    private static final String FIVE_YEARS = HEADER + "a,revenue,2020,1,万元\na,revenue,2021,2,万元\na,revenue,2022,3,万元\n"
            + "a,revenue,2023,4,万元\na,revenue,2024,5,万元\n";

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void extremeInput(String name, ExtremeCase c) throws Exception {
        Path input = dir.resolve(c.file);
        Files.createDirectories(input.getParent());
        Files.writeString(input, c.content, StandardCharsets.UTF_8);
        String firstErr = null;
        for (List<String> command : c.commands) {
            String[] args = command.stream().map(a -> place(a, input)).toArray(String[]::new);
            long t0 = System.nanoTime();
            KpiCommandTest.Result r = kpi(input, args);
            if (c.within != null) {
                assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(c.within);
            }
            String what = String.join(" ", command) + ": " + r.err();
            assertThat(r.code()).as(what).isEqualTo(c.code);
            for (String text : c.err) {
                assertThat(r.err()).as(what).contains(place(text, input));
            }
            if (c.sameErr) {
                firstErr = firstErr == null ? r.err() : firstErr;
                assertThat(r.err()).as(what).isEqualTo(firstErr);
            }
            c.check.check(r, dir);
        }
    }

    /** An argument or an expected text with the input file's path and the folder's in place. */
    private String place(String s, Path input) {
        return s.replace(FILE, input.toString()).replace(DIR, dir.toString());
    }

    /** Runs kpi, then checks that the input is byte for byte what it was and that errors are one line. */
    private KpiCommandTest.Result kpi(Path input, String... args) throws IOException {
        byte[] before = Files.readAllBytes(input);
        KpiCommandTest.Result r = KpiCommandTest.run(args);
        assertThat(Files.readAllBytes(input)).as("the input is unchanged").isEqualTo(before);
        assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception in");
        if (r.code() == 2) {
            assertThat(r.err().strip().lines().count()).as(r.err()).isEqualTo(1);
        }
        return r;
    }

    // --- the top level ---

    @Test
    void help_documentsTheExitCodes() {
        KpiCommandTest.Result r = KpiCommandTest.run("--help");
        assertThat(r.out()).contains("Exit codes:").contains("3   out of memory: give Java more")
                .contains("4   internal error (a bug in kpi4j)").contains("./kpi shell   A JShell with kpi4j");
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
        Path f = dir.resolve("big.csv");
        Files.writeString(f, sb.toString(), StandardCharsets.UTF_8);
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

package org.kpi4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KpiCommandTest {

    private static final String HEADER = "entity,metric,segment,period,basis,value,unit,as_of,reported_change_pct\n";

    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Kpi.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    private Path file(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void check_paratera_exitsZero_withNoMismatch() {
        Result r = run("check", "--dataset", "paratera");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("0 mismatch").contains("+48.27%");
    }

    @Test
    void check_json_givesImpliedBaseOfComputeServices() throws Exception {
        Result r = run("check", "--dataset", "paratera", "--metric", "revenue", "--format", "json");
        assertThat(r.code()).isZero();
        JsonNode rows = new ObjectMapper().readTree(r.out());
        JsonNode compute2024 = null;
        for (JsonNode n : rows) {
            if (n.get("segment").asText().equals("算力服务") && n.get("period").asText().equals("2024")) {
                compute2024 = n;
            }
        }
        assertThat(compute2024).isNotNull();
        // seed: 61,400.33万元 at +48.27% → 61400.33 / 1.4827 = 41,411.16万元
        assertThat(compute2024.get("implied_base").asDouble()).isCloseTo(41411.16, within(0.01));
        assertThat(compute2024.get("status").asText()).isEqualTo("unverifiable");
        assertThat(compute2024.get("reported_pct").asDouble()).isEqualTo(48.27);
    }

    @Test
    void check_mismatch_exitsOne() throws IOException {
        Path f = file("m.csv", HEADER
                + "acme,revenue,,2023,year,100.00,万元,2024-04-30,\n"
                + "acme,revenue,,2024,year,150.00,万元,2025-04-30,48.27\n");
        Result r = run("check", "--file", f.toString());
        // (150 − 100) / 100 = 50.00%, which cannot print as 48.27%
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("mismatch");
    }

    @Test
    void growth_json_turnaroundUnderAllConventions() throws Exception {
        Path f = file("t.csv", HEADER
                + "acme,net_profit,,2023,year,-200,万元,,\n"
                + "acme,net_profit,,2024,year,50,万元,,\n");
        // issue's worked example: base −200, value 50 → filing +125%, plain −125%, nm none; flag turnaround
        String[][] cases = {{"filing", "1.25"}, {"plain", "-1.25"}, {"nm", null}};
        for (String[] c : cases) {
            Result r = run("growth", "--file", f.toString(), "--kind", "yoy", "--convention", c[0], "--format", "json");
            assertThat(r.code()).as(r.err()).isZero();
            JsonNode row = new ObjectMapper().readTree(r.out()).get(1);
            assertThat(row.get("period").asText()).isEqualTo("2024");
            assertThat(row.get("base_value").asDouble()).isEqualTo(-200.0);
            assertThat(row.get("flag").asText()).isEqualTo("turnaround");
            if (c[1] == null) {
                assertThat(row.get("growth").isNull()).isTrue();
            } else {
                assertThat(row.get("growth").asDouble()).isCloseTo(Double.parseDouble(c[1]), within(1e-12));
            }
        }
    }

    @Test
    void growth_table_showsShareholderChangeVsYearEnd() {
        Result r = run("growth", "--dataset", "paratera", "--metric", "shareholder_count");
        assertThat(r.code()).isZero();
        // seed Q18: 18,170 at 2025-03-31 vs 8,003 at the 2024 year-end: 10167 / 8003 = +127.04%
        assertThat(r.out()).contains("+127.04%").contains("2024-12-31");
    }

    @Test
    void growth_discrete_derivesQ4FromYearAndQ3Ytd() throws Exception {
        Path f = file("ytd.csv", HEADER
                + "acme,revenue,,2023Q3,ytd,300,万元,,\n"
                + "acme,revenue,,2023,year,420,万元,,\n"
                + "acme,revenue,,2024Q3,ytd,360,万元,,\n"
                + "acme,revenue,,2024,year,510,万元,,\n");
        Result r = run("growth", "--file", f.toString(), "--kind", "yoy", "--basis", "discrete", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode rows = new ObjectMapper().readTree(r.out());
        JsonNode q4 = rows.get(1);
        // Q4 2024 = 510 − 360 = 150; Q4 2023 = 420 − 300 = 120; growth 30 / 120 = 25%
        assertThat(q4.get("period").asText()).isEqualTo("2024Q4");
        assertThat(q4.get("value").asDouble()).isEqualTo(150.0);
        assertThat(q4.get("base_value").asDouble()).isEqualTo(120.0);
        assertThat(q4.get("growth").asDouble()).isCloseTo(0.25, within(1e-12));
        assertThat(q4.get("derived").asBoolean()).isTrue();
    }

    @Test
    void growth_mixedScales_areConverted() throws Exception {
        Path f = file("scales.csv", HEADER
                + "acme,revenue,,2023,year,1000000,元,,\n"
                + "acme,revenue,,2024,year,150,万元,,\n");
        Result r = run("growth", "--file", f.toString(), "--kind", "yoy", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode row = new ObjectMapper().readTree(r.out()).get(1);
        // 1,000,000元 = 100万元; 150 / 100 − 1 = +50%
        assertThat(row.get("growth").asDouble()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void datasets_listsBoth() {
        Result r = run("datasets");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("paratera").contains("idc-compute");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // an extra field on line 3
        "extra field|acme,revenue,,2024,year,1,万元,,,oops|:3:|more fields",
        // unknown unit on line 3
        "unknown unit|acme,revenue,,2024,year,1,RMB bn,,|:3: column 'unit'|unknown unit 'RMB bn'",
        // bad period on line 3
        "bad period|acme,revenue,,2024Q5,quarter,1,万元,,|:3: column 'period'|2024Q5",
        // duplicate of line 2 with the same as_of
        "duplicate|acme,revenue,,2023,year,5,万元,,|:3:|duplicate fact",
        // CNY and USD in one series
        "currency mix|acme,revenue,,2024,year,1,USD,,|:3: column 'unit'|mixes",
        // 元 and persons in one series
        "unit mix|acme,revenue,,2024,year,1,persons,,|:3: column 'unit'|",
    })
    void badInput_exitsTwo_namingFileLineAndField(String name, String row, String where, String what)
            throws IOException {
        Path f = file("bad.csv", HEADER + "acme,revenue,,2023,year,5,万元,,\n" + row + "\n");
        Result r = run("growth", "--file", f.toString());
        assertThat(r.code()).as(name).isEqualTo(2);
        assertThat(r.err()).startsWith("kpi: " + f).contains(where);
        if (what != null) {
            assertThat(r.err()).contains(what);
        }
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void badInput_missingFile_exitsTwo() {
        Result r = run("check", "--file", dir.resolve("nope.csv").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("nope.csv").contains("no such file");
    }

    @Test
    void badInput_inputFileIsNotModified() throws IOException {
        String content = HEADER + "acme,revenue,,2024,year,1,RMB bn,,\n";
        Path f = file("keep.csv", content);
        run("growth", "--file", f.toString());
        assertThat(Files.readString(f, StandardCharsets.UTF_8)).isEqualTo(content);
    }

    @Test
    void badOption_exitsTwo() {
        Result r = run("growth", "--dataset", "paratera", "--kind", "weekly");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("unknown growth kind 'weekly'");
    }
}

package org.kpi4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpi4j.cli.KpiCommandTest.Result;
import org.kpi4j.fact.FactSet;
import org.kpi4j.io.FactsCsv;
import org.kpi4j.series.SeriesKey;
import org.kpi4j.time.Period;

/**
 * kpi import and the shared --file, --input-format and --as-of, on the fixtures of the io tests
 * (filings/acme_companyfacts.json: a made-up EDGAR filer; filings/sina_lrb_sh600000.json: a made-up
 * Sina income statement); expected values are the fixtures' or computed by hand from them.
 */
class ImportCommandTest {

    @TempDir
    Path dir;

    static Path resource(String name) {
        try {
            return Path.of(ImportCommandTest.class.getResource("/filings/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Result run(String... args) {
        return KpiCommandTest.run(args);
    }

    @Test
    void import_edgar_writesTidyFactsThatReadBack() throws Exception {
        Path out = dir.resolve("acme.csv");
        Result r = run("import", resource("acme_companyfacts.json").toString(), "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("edgar-companyfacts (SEC EDGAR companyfacts JSON)")
                .contains("24 facts (every vintage) in 8 series of Acme Widgets Inc.")
                .contains("note: fiscal calendar 52-53 weeks, last SATURDAY of JUNE")
                .contains("skipped: 6 source figures, for these reasons:")
                .contains("us-gaap:NumberOfStores: unit 'Store' is not a kpi4j unit")
                // the tidy file does not carry the calendar: the summary says how to read it back
                .contains("read it with: --fiscal-year-end '52-53 weeks, last SATURDAY of JUNE");
        String calendar = r.out().lines().filter(l -> l.contains("read it with")).findFirst().orElseThrow()
                .replaceAll(".*--fiscal-year-end '(.*)'$", "$1");
        assertThat(org.kpi4j.time.FiscalCalendar.parse(calendar)).isEqualTo(org.kpi4j.time.FiscalCalendar
                .lastWeekday(java.time.DayOfWeek.SATURDAY, java.time.Month.JUNE));
        FactSet back = FactsCsv.read(out);
        assertThat(back.size()).isEqualTo(24);
        // FY2024 revenue 462M, as_of its 10-K and the source kept
        assertThat(back.latest(SeriesKey.of("Acme Widgets Inc.", "revenue"), Period.parse("2024")).orElseThrow().source())
                .isEqualTo("EDGAR 10-K 0009999901-24-000010 us-gaap:Revenues");
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains(",revenue,,,2024,year,462000000,USD,2024-08-16,");
    }

    @Test
    void import_toStandardOutput_summaryOnStandardError_andJson() throws Exception {
        Result r = run("import", resource("sina_lrb_sh600000.json").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("entity,metric,segment,parent,period,basis,value,unit,as_of,reported_change_pct")
                .contains("sh600000,revenue,,,2024Q1-Q3,ytd,1000000000.00,元,2024-10-29,25,");
        assertThat(r.err()).contains("sina (Sina finance-report JSON").contains("skipped: 0 source figures");
        Path json = dir.resolve("s.json");
        assertThat(run("import", resource("sina_lrb_sh600000.json").toString(), "--out", json.toString()).code()).isZero();
        assertThat(Files.readString(json)).contains("\"unit\" : \"元/股\"");
    }

    @Test
    void import_neverOverwritesItsInput_andBadInputExitsTwo() throws Exception {
        Path copy = Files.copy(resource("sina_lrb_sh600000.json"), dir.resolve("in_sh600000.json"));
        Result r = run("import", copy.toString(), "--out", copy.toString());
        assertThat(r.code()).isEqualTo(2);
        // Outputs' one message for every command that writes
        assertThat(r.err()).contains("would write over the input").contains("kpi never writes over a file it reads");
        assertThat(Files.readAllBytes(copy)).isEqualTo(Files.readAllBytes(resource("sina_lrb_sh600000.json")));
        Path odd = Files.writeString(dir.resolve("odd.json"), "{\"x\": 1}");
        Result o = run("import", odd.toString());
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).startsWith("kpi: ").contains("cannot tell what format").doesNotContain("Exception");
        Result f = run("import", odd.toString(), "--format", "sina");
        assertThat(f.err()).contains("not a Sina finance-report file");
    }

    @Test
    void growth_onEdgar_asOfADate_andTheSkippedNote() {
        String file = resource("acme_companyfacts.json").toString();
        Result now = run("growth", "--file", file, "--metric", "total_assets", "--format", "csv");
        assertThat(now.code()).as(now.err()).isZero();
        // total assets at 2023-06-24: 980M after the 10-K/A of 2023-11-10
        assertThat(now.out()).contains("\"Acme Widgets Inc.\",total_assets,,2023-06-24,980000000,USD");
        assertThat(now.err()).contains("kpi: note: ").contains("6 source figures skipped");
        Result then = run("growth", "--file", file, "--metric", "total_assets", "--as-of", "2023-09-30", "--format", "csv");
        // as filed by 2023-09-30: 1,000M, and 2023-03-25's 990M
        assertThat(then.out()).contains("\"Acme Widgets Inc.\",total_assets,,2023-06-24,1000000000,USD")
                .contains("2023-03-25,990000000");
        Result none = run("growth", "--file", file, "--as-of", "2020-01-01");
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).contains("nothing had been filed by 2020-01-01; the first filing is of 2022-10-28");
        Result bad = run("growth", "--file", file, "--as-of", "31/12/2023");
        assertThat(bad.err()).contains("--as-of '31/12/2023' is not a date");
    }

    @Test
    void growth_discreteYoy_onEdgar_derivesTheFourthQuarter() {
        Result r = run("growth", "--file", resource("acme_companyfacts.json").toString(), "--metric", "revenue",
                "--kind", "yoy", "--basis", "discrete", "--format", "csv");
        assertThat(r.code()).as(r.err()).isZero();
        // 2024Q4 = 462 − 330 = 132M (derived) against 2023Q4 = 400 − 295 = 105M: 132 / 105 − 1
        String row = r.out().lines().filter(l -> l.contains(",2024Q4,")).findFirst().orElseThrow();
        String[] c = row.split(",");
        assertThat(Double.parseDouble(c[4])).isEqualTo(132e6);
        assertThat(Double.parseDouble(c[7])).isEqualTo(105e6);
        assertThat(Double.parseDouble(c[8])).isCloseTo(132.0 / 105 - 1, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(row).contains("true"); // derived
    }

    @Test
    void check_onSina_reproducesThePrintedChanges() {
        Result r = run("check", "--file", resource("sina_lrb_sh600000.json").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("6 ok, 0 mismatch, 1 unverifiable");
    }

    @Test
    void inputFormat_forcesTheReader() {
        Result r = run("growth", "--file", resource("sina_lrb_sh600000.json").toString(), "--input-format",
                "edgar-companyfacts");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("not an EDGAR companyfacts file");
    }

    @Test
    void panel_asOf_filtersRowsBeforeTheLatestVintageWins() throws Exception {
        Path f = Files.writeString(dir.resolve("market.csv"), "entity,metric,period,value,unit,as_of\n"
                + "acme,revenue,2024Q1,100,万元,2024-04-28\n"
                + "acme,revenue,2024Q1,120,万元,2024-08-30\n"
                + "acme,revenue,2024Q2,130,万元,2024-08-30\n");
        Result then = run("panel", "--file", f.toString(), "--op", "discrete", "--format", "csv", "--as-of", "2024-05-31");
        assertThat(then.code()).as(then.err()).isZero();
        // by 2024-05-31 only the first-quarter report: 100, and no 2024Q2
        assertThat(then.out()).contains("acme,revenue,,2024Q1,100.0,万元").doesNotContain("2024Q2");
        Result now = run("panel", "--file", f.toString(), "--op", "discrete", "--format", "csv");
        assertThat(now.out()).contains("acme,revenue,,2024Q1,120.0,万元").contains("acme,revenue,,2024Q2,130.0,万元");
    }
}

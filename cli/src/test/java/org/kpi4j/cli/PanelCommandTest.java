package org.kpi4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpi4j.forecast.HoltWinters;
import org.kpi4j.forecast.HoltWintersSpec;
import org.kpi4j.forecast.Seasonality;

class PanelCommandTest {

    @TempDir
    Path dir;

    /** Year-to-date filings whose discrete quarters are 100, 110, ..., 170, and a stock. */
    private Path file() throws IOException {
        Path p = dir.resolve("f.csv");
        Files.writeString(p, "entity,metric,segment,period,basis,value,unit\n"
                + "acme,revenue,,2023Q1,ytd,100,万元\nacme,revenue,,2023H1,ytd,210,万元\n"
                + "acme,revenue,,2023Q3,ytd,330,万元\nacme,revenue,,2023,year,460,万元\n"
                + "acme,revenue,,2024Q1,ytd,140,万元\nacme,revenue,,2024H1,ytd,290,万元\n"
                + "acme,revenue,,2024Q3,ytd,450,万元\nacme,revenue,,2024,year,620,万元\n"
                + "acme,receivables,,2023-12-31,,80,万元\nacme,receivables,,2024-12-31,,60,万元\n",
                StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void yoy_asCsv() throws Exception {
        var r = KpiCommandTest.run("panel", "--file", file().toString(), "--op", "yoy", "--format", "csv");
        assertThat(r.code()).as(r.err()).isZero();
        // 140/100 − 1, 150/110 − 1, 160/120 − 1, 170/130 − 1; receivables 60/80 − 1
        assertThat(r.out().lines()).containsExactly("entity,metric,segment,period,value,unit",
                "acme,revenue,,2024Q1," + (140.0 - 100) / 100 + ",ratio",
                "acme,revenue,,2024Q2," + (150.0 - 110) / 110 + ",ratio",
                "acme,revenue,,2024Q3," + (160.0 - 120) / 120 + ",ratio",
                "acme,revenue,,2024Q4," + (170.0 - 130) / 130 + ",ratio",
                "acme,receivables,,2024Q4," + (60.0 - 80) / 80 + ",ratio");
    }

    /**
     * Two quarterly series and one too short: each forecast equals the series fitted alone with
     * HoltWinters, written after its own last quarter; the short one is named on stderr.
     */
    @Test
    void forecast_equalsEachSeriesFittedAlone() throws Exception {
        double[] a = {112, 96, 108, 94, 118, 99, 113, 98, 123, 104, 119, 103, 128, 108, 124, 109};
        double[] b = {50, 61, 55, 70, 52, 64, 58, 74, 55, 66, 61, 77};
        StringBuilder csv = new StringBuilder("entity,metric,segment,period,basis,value,unit\n");
        for (int i = 0; i < a.length; i++) {
            csv.append("acme,revenue,,").append(2021 + i / 4).append('Q').append(i % 4 + 1).append(",quarter,")
                    .append(a[i]).append(",万元\n");
        }
        for (int i = 0; i < b.length; i++) {
            csv.append("beta,revenue,,").append(2022 + i / 4).append('Q').append(i % 4 + 1).append(",quarter,")
                    .append(b[i]).append(",万元\n");
        }
        csv.append("gamma,revenue,,2024Q3,quarter,5,万元\ngamma,revenue,,2024Q4,quarter,6,万元\n");
        Path p = dir.resolve("q.csv");
        Files.writeString(p, csv, StandardCharsets.UTF_8);
        var r = KpiCommandTest.run("panel", "--file", p.toString(), "--op", "forecast", "--horizon", "3",
                "--format", "csv");
        assertThat(r.code()).as(r.err()).isZero();
        HoltWintersSpec spec = HoltWintersSpec.quarterly(Seasonality.ADDITIVE);
        double[] fa = HoltWinters.fit(a, spec).forecast(3);
        double[] fb = HoltWinters.fit(b, spec).forecast(3);
        assertThat(r.out().lines()).containsExactly("entity,metric,segment,period,value,unit",
                "acme,revenue,,2025Q1," + fa[0] + ",万元", "acme,revenue,,2025Q2," + fa[1] + ",万元",
                "acme,revenue,,2025Q3," + fa[2] + ",万元", "beta,revenue,,2025Q1," + fb[0] + ",万元",
                "beta,revenue,,2025Q2," + fb[1] + ",万元", "beta,revenue,,2025Q3," + fb[2] + ",万元");
        assertThat(r.err()).contains("kpi: skipped gamma/revenue: 2 quarters (2024Q3..2024Q4);");
        var bad = KpiCommandTest.run("panel", "--file", p.toString(), "--op", "forecast", "--seasonal", "weekly");
        assertThat(bad.code()).isEqualTo(Kpi.BAD_INPUT);
        assertThat(bad.err()).contains("unknown seasonality 'weekly'");
    }

    @Test
    void ttm_toAFile_leavesTheInputAlone() throws Exception {
        Path in = file();
        byte[] before = Files.readAllBytes(in);
        Path out = dir.resolve("ttm.csv");
        var r = KpiCommandTest.run("panel", "--file", in.toString(), "--op", "ttm", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        // the stock has no TTM: left out, and said so
        assertThat(r.out()).contains("1 series x 8 quarters (2023Q1..2024Q4)");
        assertThat(r.err()).contains("kpi: skipped acme/receivables: a stock does not sum over time, so it has no TTM");
        // 100 + 110 + 120 + 130 = 460, then 110 + 120 + 130 + 140 = 500, ..., 140 + 150 + 160 + 170 = 620
        assertThat(Files.readAllLines(out)).contains("acme,revenue,,2023Q4,460.0,万元", "acme,revenue,,2024Q1,500.0,万元",
                "acme,revenue,,2024Q4,620.0,万元");
        assertThat(Files.readAllBytes(in)).isEqualTo(before);
    }

    @Test
    void table_showsTheHead() throws Exception {
        var r = KpiCommandTest.run("panel", "--file", file().toString(), "--op", "discrete");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("KpiPanel: 2 series × 8 quarters").contains("170.00");
    }

    /** With a March year-end, 2024-03-31 closes fiscal 2024's fourth quarter and 2023-06-30 its first. */
    @Test
    void fiscalYearEnd_movesStocksToTheirFiscalQuarter() throws Exception {
        Path p = dir.resolve("march.csv");
        Files.writeString(p, "entity,metric,period,value,unit\nacme,headcount,2023-06-30,700,persons\n"
                + "acme,headcount,2024-03-31,820,persons\n", StandardCharsets.UTF_8);
        var r = KpiCommandTest.run("panel", "--file", p.toString(), "--op", "discrete", "--format", "csv",
                "--fiscal-year-end", "3");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().lines()).containsExactly("entity,metric,segment,period,value,unit",
                "acme,headcount,,2024Q1,700.0,persons", "acme,headcount,,2024Q4,820.0,persons");
        var json = KpiCommandTest.run("panel", "--file", p.toString(), "--format", "json");
        assertThat(json.code()).isEqualTo(2);
        assertThat(json.err()).contains("kpi panel writes table or csv");
        var bad = KpiCommandTest.run("panel", "--file", p.toString(), "--fiscal-year-end", "13");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("--fiscal-year-end must be a month 1..12 but was 13");
    }

    /**
     * Apple's total assets as EDGAR dates them, on its 52/53-week calendar given as kpi import prints
     * it: the 10-K/A of 2010-01-25 restated both year-ends, so the 2009-06-27 figure (filed
     * 2009-07-22, never restated) is left out with a note, and 2009Q4's YoY compares the two
     * restated year-ends: 47,501 / 36,171 − 1.
     */
    @Test
    void weekCalendar_andARestatement_followTheFactSetRule() throws Exception {
        Path p = dir.resolve("apple.csv");
        Files.writeString(p, "entity,metric,period,value,unit,as_of\n"
                + "apple,total_assets,2008-09-27,39572000000,USD,2009-07-22\n"
                + "apple,total_assets,2008-09-27,36171000000,USD,2010-01-25\n"
                + "apple,total_assets,2009-06-27,48140000000,USD,2009-07-22\n"
                + "apple,total_assets,2009-09-26,53851000000,USD,2009-10-27\n"
                + "apple,total_assets,2009-09-26,47501000000,USD,2010-01-25\n", StandardCharsets.UTF_8);
        var r = KpiCommandTest.run("panel", "--file", p.toString(), "--op", "yoy", "--convention", "plain",
                "--format", "csv", "--fiscal-year-end", "52-53 weeks, last SATURDAY of SEPTEMBER, extra week in Q1");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().lines()).hasSize(2);
        String[] row = r.out().lines().skip(1).findFirst().orElseThrow().split(",");
        assertThat(row[3]).isEqualTo("2009Q4");
        assertThat(Double.parseDouble(row[4])).isCloseTo(47501.0 / 36171.0 - 1, within(1e-15));
        assertThat(r.err()).contains("apple/total_assets: 1 figure left out, filed before a restatement of its "
                + "fiscal year");
        var monthEnd = KpiCommandTest.run("panel", "--file", p.toString(), "--fiscal-year-end", "9");
        assertThat(monthEnd.code()).isEqualTo(2);
        assertThat(monthEnd.err()).contains("2008-09-27 is not the end of a fiscal quarter");
        var bad = KpiCommandTest.run("panel", "--file", p.toString(), "--fiscal-year-end", "last Sunday");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("--fiscal-year-end must be a month 1..12 or a calendar");
    }

    /**
     * Laid out as reported, a YoY of year-to-date figures compares H1 with H1; its rows say 2024H1,
     * never 2024Q2, which would read back as the second quarter alone (250 − 210 over 210, where the
     * second quarter grew (140 − 110) / 110 ... as discrete quarters would show).
     */
    @Test
    void asReported_yoyOfYearToDateFigures_isLabelledWithTheSpan() throws Exception {
        Path p = dir.resolve("ytd.csv");
        Files.writeString(p, "entity,metric,period,value,unit\nacme,revenue,2023Q1,100,万元\nacme,revenue,2023H1,210,万元\n"
                + "acme,revenue,2024Q1,110,万元\nacme,revenue,2024H1,250,万元\n", StandardCharsets.UTF_8);
        var r = KpiCommandTest.run("panel", "--file", p.toString(), "--op", "yoy", "--convention", "plain",
                "--as-reported", "--format", "csv");
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith("acme,revenue,,2024Q1,");
        assertThat(lines.get(2)).startsWith("acme,revenue,,2024H1,");
        assertThat(Double.parseDouble(lines.get(2).split(",")[4])).isCloseTo(40.0 / 210, within(1e-15));
        // the figures themselves, as reported, keep their spans too, so they read back as what they are
        var asIs = KpiCommandTest.run("panel", "--file", p.toString(), "--op", "discrete", "--format", "csv");
        assertThat(asIs.out()).contains("acme,revenue,,2024Q2,140.0,万元");
    }

    @Test
    void aJsonFile_isRefusedSayingHowToReadIt() throws Exception {
        Path p = Files.writeString(dir.resolve("companyfacts.json"), "\n  {\"cik\": 320193, \"facts\": {}}\n");
        var r = KpiCommandTest.run("panel", "--file", p.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("kpi: " + p + ":1: this is JSON, not a tidy CSV").contains("kpi import")
                .doesNotContain("malformed CSV");
    }

    /** A year-to-date flow, a stock and a ratio in one file: what issue 10 asks the panel to get right. */
    private Path mixed() throws IOException {
        Path p = dir.resolve("mixed.csv");
        Files.writeString(p, "entity,metric,segment,period,basis,value,unit\n"
                + "acme,revenue,,2024Q1,ytd,100,万元\nacme,revenue,,2024H1,ytd,210,万元\n"
                + "acme,revenue,,2024Q3,ytd,330,万元\nacme,revenue,,2024,year,460,万元\n"
                + "acme,total_assets,,2024-03-31,,10,元\nacme,total_assets,,2024-06-30,,10,元\n"
                + "acme,total_assets,,2024-09-30,,10,元\nacme,total_assets,,2024-12-31,,10,元\n"
                + "acme,debt_ratio,,2024-03-31,,50,%\nacme,debt_ratio,,2024-06-30,,55,%\n"
                + "acme,debt_ratio,,2024-09-30,,55,%\nacme,debt_ratio,,2024-12-31,,55,%\n",
                StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void table_saysWhatItLeftOutOnce_asReportedDiscreteIsRefused() throws Exception {
        var ttm = KpiCommandTest.run("panel", "--file", mixed().toString(), "--op", "ttm");
        assertThat(ttm.code()).as(ttm.err()).isZero();
        // the table's footnotes say it; stderr does not say it again
        assertThat(ttm.out().split("skipped acme/total_assets: a stock", -1)).hasSize(2);
        assertThat(ttm.err()).doesNotContain("skipped");
        var both = KpiCommandTest.run("panel", "--file", mixed().toString(), "--op", "discrete", "--as-reported");
        assertThat(both.code()).isEqualTo(2);
        assertThat(both.err()).contains("--as-reported keeps year-to-date flows cumulative and --op discrete");
    }

    @Test
    void mixedFile_ttmSumsTheFlowOnly_qoqGivesTheRatioInPoints() throws Exception {
        var ttm = KpiCommandTest.run("panel", "--file", mixed().toString(), "--op", "ttm", "--format", "csv");
        assertThat(ttm.code()).as(ttm.err()).isZero();
        // discrete quarters 100, 110, 120, 130: TTM at 2024Q4 = 460; no "40 元" of assets, no "215%" ratio
        assertThat(ttm.out().lines()).containsExactly("entity,metric,segment,period,value,unit",
                "acme,revenue,,2024Q4,460.0,万元");
        assertThat(ttm.err()).contains("skipped acme/total_assets: a stock").contains("skipped acme/debt_ratio: a ratio");
        var qoq = KpiCommandTest.run("panel", "--file", mixed().toString(), "--op", "qoq", "--format", "csv");
        assertThat(qoq.code()).as(qoq.err()).isZero();
        // debt ratio 50% → 55%: +5 pp (not "0.1 ratio"); revenue 100 → 110: +10%; assets flat: 0
        assertThat(qoq.out().lines()).contains("acme,debt_ratio,,2024Q2,5.0,pp", "acme,debt_ratio,,2024Q3,0.0,pp",
                "acme,revenue,,2024Q2,0.1,ratio", "acme,total_assets,,2024Q2,0.0,ratio");
    }

    @Test
    void outputOverTheInput_isRefused() throws Exception {
        Path in = file();
        byte[] before = Files.readAllBytes(in);
        var r = KpiCommandTest.run("panel", "--file", in.toString(), "--out", in.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("would write over the input").contains("kpi never writes over a file it reads");
        assertThat(Files.readAllBytes(in)).isEqualTo(before);
    }

    @Test
    void badRow_namesFileLineAndColumn_withoutAStackTrace() throws Exception {
        Path p = dir.resolve("bad.csv");
        Files.writeString(p, "entity,metric,period,value,unit\nacme,revenue,2024Q1,12x,万元\n", StandardCharsets.UTF_8);
        var r = KpiCommandTest.run("panel", "--file", p.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("bad.csv:2").contains("value").contains("'12x' is not a number");
        assertThat(r.err()).doesNotContain("\tat ");
    }
}

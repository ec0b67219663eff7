package org.kpi4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

    @TempDir
    Path dir;

    @Test
    void report_defaults_writeSelfContainedHtmlMarkdownAndWorkbook() throws Exception {
        var r = KpiCommandTest.run("report", "--out", dir.toString());
        assertThat(r.code()).as(r.err()).isZero();
        Path html = dir.resolve("report.html");
        assertThat(r.out().trim()).isEqualTo(html.toAbsolutePath().normalize().toString());
        assertThat(r.err()).contains("kpi: also wrote report.md, report.xlsx beside it");
        String text = Files.readString(html, StandardCharsets.UTF_8);
        // the record's figures (Q2: 65,461.73 and 1,205.67 万元, 扭亏为盈, +48.27%; Q1: CAGR 46.2%), the
        // implied 2023 base 61,400.33 / 1.4827 = 41,411.16, shareholders 18,170 / 8,003 − 1 = +127.04%, and
        // the 2028 end of the CAGR path 1037.3 · 1.462^3 = 3,241.5
        for (String expected : new String[] {"主要指标", "65,461.73", "1,205.67", "扭亏为盈", "48.27%", "46.2%", "19,827.30",
            "+127.04%", "41,411.16", "中国 · 智能算力规模", "3,241.5", "无法核对"}) {
            assertThat(text.contains(expected)).as("report.html contains %s", expected).isTrue();
        }
        assertThat(text).doesNotContain("src=\"http", "<script");
        Matcher svg = Pattern.compile("<figure[^>]*><svg").matcher(text);
        int charts = 0;
        while (svg.find()) {
            charts++;
        }
        assertThat(charts).isGreaterThanOrEqualTo(4);
        String md = Files.readString(dir.resolve("report.md"), StandardCharsets.UTF_8);
        Matcher ref = Pattern.compile("\\]\\((report-files/[^)]+\\.png)\\)").matcher(md);
        int refs = 0;
        while (ref.find()) {
            refs++;
            BufferedImage png = ImageIO.read(dir.resolve(ref.group(1)).toFile());
            assertThat(png.getWidth()).isEqualTo(800);
            assertThat(png.getHeight()).isEqualTo(500);
        }
        assertThat(refs).isEqualTo(charts);
        assertThat(dir.resolve("report.xlsx")).isNotEmptyFile();
    }

    @Test
    void report_neverWritesOverItsInput() throws Exception {
        Path f = dir.resolve("report.md");
        Files.writeString(f, "entity,metric,period,value,unit\nacme,revenue,2023,10,万元\n");
        var r = KpiCommandTest.run("report", "--file", f.toString(), "--out", dir.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("would write over the input file");
        assertThat(Files.readString(f)).startsWith("entity,metric");
    }

    @Test
    void kpi_withoutACommand_exitsTwoWithTheUsage() {
        var r = KpiCommandTest.run();
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("give a command", "Usage: kpi");
    }

    @Test
    void help_hasNoPicocliFormatWarnings() {
        // picocli prints its warnings (an unescaped % in a description) on System.err, not the command's err
        java.io.PrintStream saved = System.err;
        java.io.ByteArrayOutputStream warnings = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(warnings, true, StandardCharsets.UTF_8));
        try {
            for (String[] cmd : new String[][] {{"--help"}, {"check", "--help"}, {"implied", "--help"},
                {"project", "--help"}, {"chart", "--help"}, {"report", "--help"}, {"forecast", "--help"},
                {"backtest", "--help"}, {"growth", "--help"}, {"panel", "--help"}, {"cagr", "--help"},
                {"mix", "--help"}, {"import", "--help"}, {"datasets", "--help"}}) {
                var r = KpiCommandTest.run(cmd);
                assertThat(r.code()).isZero();
                assertThat(r.out() + r.err()).doesNotContain("picocli WARN", "Could not format");
            }
        } finally {
            System.setErr(saved);
        }
        assertThat(warnings.toString(StandardCharsets.UTF_8)).doesNotContain("picocli WARN", "Could not format");
    }

    @Test
    void report_english_forAFile() throws Exception {
        Path f = dir.resolve("f.csv");
        Files.writeString(f, "entity,metric,period,value,unit\nacme,revenue,2023Q1,10,万元\nacme,revenue,2024Q1,12,万元\n");
        var r = KpiCommandTest.run("report", "--file", f.toString(), "--lang", "en", "--out", dir.resolve("en").toString());
        assertThat(r.code()).as(r.err()).isZero();
        String text = Files.readString(dir.resolve("en/report.html"));
        // 12 / 10 − 1 = +20.00%
        assertThat(text.contains("Headline")).isTrue();
        assertThat(text.contains("+20.00%")).as("12 / 10 − 1").isTrue();
        assertThat(text.contains("Projections")).as("no CAGR in the file, so no projection").isFalse();
        assertThat(text.contains("CNY 10k")).as("万元 in English").isTrue();
    }

    @Test
    void chart_png_hasRequestedDefaultSize() throws Exception {
        Path out = dir.resolve("sh.png");
        var r = KpiCommandTest.run("chart", "--dataset", "paratera", "--metric", "shareholder_count", "--type", "line",
                "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        BufferedImage png = ImageIO.read(out.toFile());
        assertThat(png.getWidth()).isEqualTo(800);
        assertThat(png.getHeight()).isEqualTo(500);
    }

    @Test
    void chart_badExtension_exitsTwo() {
        var r = KpiCommandTest.run("chart", "--dataset", "paratera", "--metric", "shareholder_count", "--type", "line",
                "--out", dir.resolve("x.gif").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--out must end in .png, .svg or .pdf");
    }
}

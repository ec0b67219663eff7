package org.kpi4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpi4j.charts.ChartFonts;

class ReportCommandTest {

    @TempDir
    Path dir;

    @Test
    void report_defaults_writeSelfContainedHtmlAndMarkdownWhoseImagesExist() throws Exception {
        Assumptions.assumeTrue(ChartFonts.cjkFamily().isPresent(), "no CJK font installed (.ci/run installs fonts-noto-cjk)");
        var r = KpiCommandTest.run("report", "--out", dir.toString());
        assertThat(r.code()).as(r.err()).isZero();
        Path html = dir.resolve("report.html");
        assertThat(r.out().trim()).isEqualTo(html.toAbsolutePath().normalize().toString());
        String text = Files.readString(html, StandardCharsets.UTF_8);
        // headline table with the seed's figures, reconciliation, market section
        for (String expected : new String[] {"主要指标", "19,827.30", "+127.04%", "48.27", "41,411.16", "中国智能算力规模",
            "3,241.5", "unverifiable"}) {
            assertThat(text.contains(expected)).as("report.html contains %s", expected).isTrue();
        }
        assertThat(text.contains("src=\"http")).as("no network resources").isFalse();
        Matcher img = Pattern.compile("src=\"data:image/png;base64,").matcher(text);
        int images = 0;
        while (img.find()) {
            images++;
        }
        assertThat(images).isGreaterThanOrEqualTo(3);
        String md = Files.readString(dir.resolve("report.md"), StandardCharsets.UTF_8);
        Matcher ref = Pattern.compile("\\]\\((report-files/[^)]+\\.png)\\)").matcher(md);
        int refs = 0;
        while (ref.find()) {
            refs++;
            BufferedImage png = ImageIO.read(dir.resolve(ref.group(1)).toFile());
            assertThat(png.getWidth()).isEqualTo(800);
            assertThat(png.getHeight()).isEqualTo(500);
        }
        assertThat(refs).isEqualTo(images);
    }

    @Test
    void report_english_forAFile() throws Exception {
        Path f = dir.resolve("f.csv");
        Files.writeString(f, "entity,metric,period,value,unit\nacme,revenue,2023Q1,10,万元\nacme,revenue,2024Q1,12,万元\n");
        var r = KpiCommandTest.run("report", "--file", f.toString(), "--lang", "en", "--out", dir.resolve("en").toString());
        assertThat(r.code()).as(r.err()).isZero();
        String text = Files.readString(dir.resolve("en/report.html"));
        // 12 / 10 − 1 = +20.00%
        assertThat(text.contains("Headline KPIs")).isTrue();
        assertThat(text.contains("+20.00%")).as("12 / 10 − 1").isTrue();
        assertThat(text.contains("<h2>Market")).as("market section only for the default report").isFalse();
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

package org.kpi4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpi4j.charts.ChartData;
import org.kpi4j.time.Period;

/** {@code kpi chart}: one basis per chart, and the plotted data as CSV. */
class ChartCommandTest {

    /** Revenue filed year-to-date: Q1, H1, Q1-Q3, year = 10, 21, 33, 46 and 12, 26, 41, 57 亿元. */
    private static final String YTD = "entity,metric,segment,period,basis,value,unit\n"
            + "acme,revenue,,2023Q1,ytd,10,亿元\nacme,revenue,,2023H1,,21,亿元\nacme,revenue,,2023Q1-Q3,,33,亿元\n"
            + "acme,revenue,,2023,,46,亿元\nacme,revenue,,2024Q1,ytd,12,亿元\nacme,revenue,,2024H1,,26,亿元\n"
            + "acme,revenue,,2024Q1-Q3,,41,亿元\nacme,revenue,,2024,,57,亿元\n";

    @TempDir
    Path dir;

    private Path ytd() throws IOException {
        Path p = dir.resolve("ytd.csv");
        Files.writeString(p, YTD, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void font_drawsInTheFileGiven_orNamesTheFileThatIsNotOne() throws Exception {
        Path font = dir.resolve("cjk.ttc");
        try (java.io.InputStream in = org.kpi4j.charts.ChartFonts.class.getResourceAsStream("wqy-microhei.ttc")) {
            Files.copy(in, font);
        }
        Path png = dir.resolve("shareholders.png");
        var r = KpiCommandTest.run("chart", "--dataset", "paratera", "--metric", "shareholder_count", "--type", "line",
                "--font", font.toString(), "--out", png.toString());
        assertThat(r.code()).as(r.err()).isZero();
        // the chart's default size (800 × 500) in the font given
        assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(800);
        Path missing = dir.resolve("none.ttf");
        var bad = KpiCommandTest.run("chart", "--dataset", "paratera", "--metric", "shareholder_count", "--type", "line",
                "--font", missing.toString(), "--out", dir.resolve("x.png").toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err().strip()).isEqualTo("kpi: font file " + missing + " does not exist");
    }

    @Test
    void lineOfAYearToDateFile_toCsv_writesDiscreteQuarters() throws Exception {
        Path out = dir.resolve("rev.csv");
        var r = KpiCommandTest.run("chart", "--lang", "en", "--file", ytd().toString(), "--metric", "revenue",
                "--type", "line", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        // single quarters: Q2 = H1 − Q1 = 21 − 10, Q3 = 33 − 21, Q4 = 46 − 33, and so on for 2024
        assertThat(Files.readString(out)).isEqualTo("period,series,value,unit,basis\n"
                + "2023Q1,Revenue,10,亿元,discrete\n2023Q2,Revenue,11,亿元,discrete\n2023Q3,Revenue,12,亿元,discrete\n"
                + "2023Q4,Revenue,13,亿元,discrete\n2024Q1,Revenue,12,亿元,discrete\n2024Q2,Revenue,14,亿元,discrete\n"
                + "2024Q3,Revenue,15,亿元,discrete\n2024Q4,Revenue,16,亿元,discrete\n");
        assertThat(r.err()).contains("kpi: Derived, not reported: 2023Q2");
    }

    @Test
    void basisAndKind_chooseWhatIsPlotted() throws Exception {
        Path ttm = dir.resolve("ttm.csv");
        var r = KpiCommandTest.run("chart", "--lang", "en", "--file", ytd().toString(), "--metric", "revenue",
                "--type", "line", "--basis", "ttm", "--out", ttm.toString());
        assertThat(r.code()).as(r.err()).isZero();
        // 46, then 46 − 10 + 12 = 48, 51, 54, 57
        assertThat(Files.readString(ttm)).endsWith("2024Q3,Revenue,54,亿元,ttm\n2024Q4,Revenue,57,亿元,ttm\n");
        Path qoq = dir.resolve("qoq.csv");
        r = KpiCommandTest.run("chart", "--lang", "en", "--file", ytd().toString(), "--metric", "revenue",
                "--type", "yoy", "--kind", "qoq", "--out", qoq.toString());
        assertThat(r.code()).as(r.err()).isZero();
        ChartData d = ChartData.parseCsv(Files.readString(qoq));
        // 2024Q1 against 2023Q4: 12 / 13 − 1 = −7.692307692%
        assertThat(d.value("QoQ growth", Period.parse("2024Q1")).getAsDouble()).isCloseTo(-7.692307692308,
                org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void mixOfTheBundledRevenue_neverStacksAiCloudOnComputeServices() throws Exception {
        Path top = dir.resolve("top.csv");
        var r = KpiCommandTest.run("chart", "--lang", "en", "--dataset", "paratera", "--metric", "revenue",
                "--type", "mix", "--basis", "year", "--out", top.toString());
        assertThat(r.code()).as(r.err()).isZero();
        // FY2024 (IR record Q2 & Q5): 算力服务 61,400.33 万元 of 65,461.73 万元; 智算云 is part of 算力服务
        assertThat(Files.readString(top)).isEqualTo("period,series,value,unit,basis\n2024,算力服务,6.140033,亿元,year\n"
                + "2024,other,0.40614,亿元,year\n");
        Path parts = dir.resolve("parts.csv");
        r = KpiCommandTest.run("chart", "--lang", "en", "--dataset", "paratera", "--metric", "revenue",
                "--type", "mix", "--segment", "算力服务", "--basis", "year", "--out", parts.toString());
        assertThat(r.code()).as(r.err()).isZero();
        // 智算云 近 2.7 亿元 (Q22) of 算力服务's 6.1400330 亿元: the rest, 3.440033 亿元, is 通用云 and 行业云
        assertThat(Files.readString(parts)).isEqualTo("period,series,value,unit,basis\n2024,智算云,2.7,亿元,year\n"
                + "2024,other,3.440033,亿元,year\n");
    }

    @Test
    void mixOfMargins_isNotStacked_andRendersAPicture() throws Exception {
        Path png = dir.resolve("gm.png");
        var r = KpiCommandTest.run("chart", "--dataset", "paratera", "--metric", "gross_margin", "--type", "mix",
                "--out", png.toString());
        assertThat(r.code()).as(r.err()).isZero();
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(800);
    }

    @Test
    void badRequests_exitTwoWithOneLine() throws Exception {
        Path in = ytd();
        var r = KpiCommandTest.run("chart", "--file", in.toString(), "--metric", "revenue", "--type", "line",
                "--basis", "as-reported", "--out", dir.resolve("x.csv").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("kpi: series acme/revenue as reported mixes periods").contains("sawtooth");
        assertThat(r.err().strip().lines()).hasSize(1);
        r = KpiCommandTest.run("chart", "--file", in.toString(), "--metric", "revenue", "--type", "line",
                "--kind", "yoy", "--out", dir.resolve("x.csv").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--kind applies to --type yoy and combo");
        r = KpiCommandTest.run("chart", "--file", in.toString(), "--metric", "revenue", "--type", "line",
                "--basis", "monthly", "--out", dir.resolve("x.csv").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("unknown basis 'monthly'");
    }

    @Test
    void chartNeverWritesOverItsInput() throws Exception {
        Path in = dir.resolve("facts.csv");
        Files.writeString(in, YTD, StandardCharsets.UTF_8);
        var r = KpiCommandTest.run("chart", "--file", in.toString(), "--metric", "revenue", "--type", "line",
                "--out", in.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("would write over the input");
        assertThat(Files.readString(in)).isEqualTo(YTD);
    }
}

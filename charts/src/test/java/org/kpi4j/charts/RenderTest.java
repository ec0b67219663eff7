package org.kpi4j.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpi4j.series.KpiSeries;
import org.w3c.dom.Document;

/** Rendered output: sizes, non-blank pixels, well-formed SVG, loadable PDF. */
class RenderTest {

    @TempDir
    Path dir;

    private static KpiChart usdLine() {
        KpiSeries r = Fixtures.revenueUsd();
        return Charts.line(List.of(r, r.ttm()), ChartOptions.en());
    }

    /** Distinct colours and the share of pixels that are not the white background. */
    private static void assertNotBlank(BufferedImage img) {
        Set<Integer> colours = new HashSet<>();
        long ink = 0;
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                int rgb = img.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                if (rgb != 0xFFFFFF) {
                    ink++;
                }
            }
        }
        long sampled = (long) ((img.getWidth() + 1) / 2) * ((img.getHeight() + 1) / 2);
        assertThat(colours).as("distinct colours").hasSizeGreaterThan(20);
        assertThat((double) ink / sampled).as("share of non-background pixels").isBetween(0.01, 0.9);
    }

    @Test
    void pngFileHasTheRequestedSizeAndIsNotBlank() throws IOException {
        Path png = usdLine().toPng(dir.resolve("line.png"));
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(800);
        assertThat(img.getHeight()).isEqualTo(500);
        assertNotBlank(img);
    }

    @Test
    void optionsSizeSetsTheDefaultRenderSize() throws IOException {
        KpiChart c = Charts.line(Fixtures.revenueUsd(), ChartOptions.en().withSize(640, 400));
        BufferedImage img = ImageIO.read(c.toPng(dir.resolve("small.png")).toFile());
        assertThat(img.getWidth()).isEqualTo(640);
        assertThat(img.getHeight()).isEqualTo(400);
    }

    @Test
    void toImageRendersAtAnySize() {
        BufferedImage img = usdLine().toImage(1200, 750);
        assertThat(img.getWidth()).isEqualTo(1200);
        assertThat(img.getHeight()).isEqualTo(750);
        assertNotBlank(img);
    }

    @Test
    void pngBytesDecodeToAnImage() throws IOException {
        byte[] bytes = usdLine().pngBytes();
        assertThat(bytes).startsWith(0x89, 'P', 'N', 'G');
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(bytes));
        assertThat(img.getWidth()).isEqualTo(800);
        assertThat(img.getHeight()).isEqualTo(500);
    }

    @Test
    void svgParsesAsXml() throws Exception {
        Path svg = usdLine().toSvg(dir.resolve("line.svg"));
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        // the file names the SVG 1.1 DTD; do not fetch it
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        DocumentBuilder b = f.newDocumentBuilder();
        Document doc = b.parse(svg.toFile());
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(doc.getDocumentElement().getAttribute("width")).startsWith("800");
        assertThat(doc.getElementsByTagNameNS("*", "path").getLength()).isGreaterThan(10);
    }

    @Test
    void pdfStartsWithThePdfHeaderAndLoads() throws IOException {
        Path pdf = usdLine().toPdf(dir.resolve("line.pdf"));
        byte[] head = new byte[5];
        System.arraycopy(Files.readAllBytes(pdf), 0, head, 0, 5);
        assertThat(new String(head, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(800f);
            assertThat(doc.getPage(0).getMediaBox().getHeight()).isEqualTo(500f);
        }
    }

    @Test
    void everyChartTypeRendersToAllFormats() throws Exception {
        KpiSeries r = Fixtures.revenueUsd();
        List<String> p = List.of("2025Q1", "2025Q2");
        List<KpiChart> charts = List.of(
                usdLine(),
                Charts.yoy(r.yoy(), ChartOptions.en()),
                Charts.combo(r, r.yoy(), ChartOptions.en()),
                Charts.fan(r, FanLine.of("Base", p, new double[] {3.8e9, 4e9}), new double[] {3.5e9, 3.6e9},
                        new double[] {4e9, 4.5e9}, List.of(FanLine.of("Bull", p, new double[] {4e9, 4.6e9})),
                        ChartOptions.en()),
                Charts.mix(List.of(Fixtures.segment("cloud", org.kpi4j.unit.Unit.USD, 1e9, 1.2e9),
                        Fixtures.segment("services", org.kpi4j.unit.Unit.USD, 2e9, 2.1e9)), MixMode.VALUES, ChartOptions.en()));
        int i = 0;
        for (KpiChart c : charts) {
            String name = c.type().name().toLowerCase() + i++;
            BufferedImage img = ImageIO.read(c.toPng(dir.resolve(name + ".png")).toFile());
            assertThat(img.getWidth()).as(name).isEqualTo(800);
            assertNotBlank(img);
            assertThat(Files.size(c.toSvg(dir.resolve(name + ".svg")))).as(name).isPositive();
            try (PDDocument doc = Loader.loadPDF(c.toPdf(dir.resolve(name + ".pdf")).toFile())) {
                assertThat(doc.getNumberOfPages()).as(name).isEqualTo(1);
            }
        }
        KpiChart dash = Charts.dashboard(charts, 3, ChartOptions.en().withTitle("Acme"));
        BufferedImage img = ImageIO.read(dash.toPng(dir.resolve("dashboard.png")).toFile());
        assertThat(img.getWidth()).isEqualTo(3 * 640);
        assertThat(img.getHeight()).isEqualTo(2 * 400 + 40);
        assertNotBlank(img);
        try (PDDocument doc = Loader.loadPDF(dash.toPdf(dir.resolve("dashboard.pdf")).toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
        }
        assertThat(dash.toImage(900, 600).getWidth()).isEqualTo(900);
    }

    @Test
    void dashboardPanelsAreDrawnInTheirCells() {
        KpiChart a = usdLine();
        KpiChart d = Charts.dashboard(List.of(a, a), 2, ChartOptions.en());
        BufferedImage img = d.toImage(1600, 500);
        assertNotBlank(img.getSubimage(0, 0, 800, 500));
        assertNotBlank(img.getSubimage(800, 0, 800, 500));
    }
}

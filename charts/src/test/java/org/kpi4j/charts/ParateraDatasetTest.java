package org.kpi4j.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpi4j.datasets.Datasets;
import org.kpi4j.fact.FactSet;
import org.kpi4j.series.SeriesKey;
import org.kpi4j.series.KpiSeries;

/** Charts of the bundled Paratera (并行科技) figures. */
class ParateraDatasetTest {

    @TempDir
    Path dir;

    @Test
    void revenueInWanYuanIsChartedInYiYuan() throws IOException {
        Fixtures.assumeCjkFont();
        FactSet facts = Datasets.load("paratera");
        KpiSeries revenue = facts.series("paratera", "revenue");
        assertThat(revenue.unit().symbol()).isEqualTo("万元");
        KpiChart zh = Charts.line(revenue, ChartOptions.zh());
        assertThat(zh.yAxisTitle()).isEqualTo("营业收入 (亿元)");
        assertThat(zh.pointCounts()).containsEntry("营业收入", revenue.size());
        KpiChart en = Charts.line(revenue, ChartOptions.en());
        assertThat(en.yAxisTitle()).isEqualTo("Revenue (亿元)");
        BufferedImage img = ImageIO.read(zh.toPng(dir.resolve("paratera-revenue.png")).toFile());
        assertThat(img.getWidth()).isEqualTo(800);
    }

    @Test
    void segmentsReportedInWanAndYiStackInOneUnit() {
        Fixtures.assumeCjkFont();
        FactSet facts = Datasets.load("paratera");
        KpiSeries services = facts.series(SeriesKey.of("paratera", "revenue", "算力服务"));
        KpiSeries cloud = facts.series(SeriesKey.of("paratera", "revenue", "智算云"));
        KpiChart c = Charts.mix(List.of(services, cloud), MixMode.VALUES, ChartOptions.zh().withCatalog(Datasets.catalog()));
        assertThat(c.unitLabel()).isEqualTo("亿元");
        assertThat(c.seriesNames()).containsExactly("算力服务", "智算云");
        assertThat(c.title()).isEqualTo("paratera · 营业收入 · 分部构成");
        org.knowm.xchart.CategoryChart x = (org.knowm.xchart.CategoryChart) c.toXChart();
        // 2024: 61,400.33 万元 and 2.7 亿元
        assertThat(x.getSeries("算力服务").getYData()[0]).isEqualTo(6.1400330, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(x.getSeries("智算云").getYData()[0]).isEqualTo(2.7, org.assertj.core.api.Assertions.within(1e-9));
    }
}

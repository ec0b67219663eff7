package org.kpi4j.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

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
import org.kpi4j.time.Period;

/** Charts of the bundled Paratera (并行科技) figures. */
class ParateraDatasetTest {

    @TempDir
    Path dir;

    @Test
    void revenueInWanYuanIsChartedInYiYuan_onOneBasis() throws IOException {
        Fixtures.assumeCjkFont();
        FactSet facts = Datasets.load("paratera");
        KpiSeries revenue = facts.series("paratera", "revenue");
        assertThat(revenue.unit().symbol()).isEqualTo("万元");
        assertThat(revenue.periods()).extracting(Period::toString).containsExactly("2024", "2025Q1");
        KpiChart zh = Charts.line(revenue, ChartOptions.zh());
        assertThat(zh.yAxisTitle()).isEqualTo("营业收入 (亿元)");
        // FY2024 and 2025Q1 are one figure each on either basis; quarters win the tie, the year is named in a note
        assertThat(zh.data().periods()).extracting(Period::toString).containsExactly("2025Q1");
        assertThat(zh.notes()).anySatisfy(n -> assertThat(n).contains("2024"));
        // 19,827.30 万元 (IR record 2025-053 Q4) = 1.98273 亿元
        assertThat(zh.data().value("营业收入", Period.parse("2025Q1"))).hasValue(1.98273);
        KpiChart en = Charts.line(revenue, ChartOptions.en());
        assertThat(en.yAxisTitle()).isEqualTo("Revenue (CNY 100m)");
        BufferedImage img = ImageIO.read(zh.toPng(dir.resolve("paratera-revenue.png")).toFile());
        assertThat(img.getWidth()).isEqualTo(800);
    }

    @Test
    void computeServicesAndAiCloudAreNeverStackedOnEachOther() {
        Fixtures.assumeCjkFont();
        FactSet facts = Datasets.load("paratera");
        KpiSeries services = facts.series(SeriesKey.of("paratera", "revenue", "算力服务"));
        KpiSeries cloud = facts.series(SeriesKey.of("paratera", "revenue", "智算云"));
        // the old chart stacked 2.7 亿元 of 智算云 on 6.14 亿元 of 算力服务, 8.84 over a 6.55 total
        assertThatThrownBy(() -> MixSpec.builder().parts(services, cloud).hierarchy(facts.segments()).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'智算云' is part of '算力服务'");
        MixSpec top = MixSpec.builder().segmentsOf(facts, "paratera", "revenue", "").basis(ChartBasis.YEAR)
                .options(ChartOptions.zh().withCatalog(Datasets.catalog())).build();
        ChartData d = top.data();
        assertThat(d.series()).containsExactly("算力服务", "其他");
        // FY2024: 61,400.33 万元 of 65,461.73 万元 (Q2 & Q5); the rest, 4,061.40 万元, is "other"
        assertThat(d.value("算力服务", Period.year(2024)).getAsDouble()).isCloseTo(6.1400330, within(1e-12));
        assertThat(d.value("其他", Period.year(2024)).getAsDouble()).isCloseTo(0.4061400, within(1e-12));
        assertThat(top.chart().title()).isEqualTo("paratera · 营业收入 · 分部构成");
    }
}

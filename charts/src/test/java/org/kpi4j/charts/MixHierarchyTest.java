package org.kpi4j.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.kpi4j.fact.SegmentHierarchy;
import org.kpi4j.metric.Metric;
import org.kpi4j.series.KpiSeries;
import org.kpi4j.time.Period;
import org.kpi4j.unit.Unit;

/** Stacks of siblings that reach their whole; never a sub-segment on its parent, never a ratio. Sums by hand. */
class MixHierarchyTest {

    private static final Period Y2024 = Period.year(2024);

    private static KpiSeries year(String segment, String value) {
        return KpiSeries.builder("acme", Fixtures.REVENUE, Unit.YI_YUAN).segment(segment)
                .add(Y2024, Double.parseDouble(value), value.contains(".") ? value.length() - value.indexOf('.') - 1 : 0)
                .build();
    }

    @Test
    void theStackReachesTheWhole_withTheRemainderAsOther() {
        MixSpec spec = MixSpec.builder().parts(year("cloud", "60"), year("services", "25")).whole(year("", "100"))
                .build();
        ChartData d = spec.data();
        assertThat(d.series()).containsExactly("cloud", "services", "other");
        // 100 − 60 − 25 = 15
        assertThat(d.value("other", Y2024)).hasValue(15);
        assertThat(d.notes()).anySatisfy(n -> assertThat(n).contains("\"other\" is Revenue (whole) less the parts shown"));
        ChartData shares = MixSpec.builder().parts(year("cloud", "60"), year("services", "25")).whole(year("", "100"))
                .mode(MixMode.SHARES).build().data();
        // shares of the whole: 60%, 25%, 15%
        assertThat(shares.value("cloud", Y2024)).hasValue(60);
        assertThat(shares.value("other", Y2024)).hasValue(15);
        assertThat(shares.unit("cloud")).contains(Unit.PERCENT);
    }

    @Test
    void partsThatReachTheWholeWithinPrintedRounding_haveNoOther() {
        // 6.04 + 3.98 = 10.02 against 10.0: within 0.005 + 0.005 + 0.05, the rounding of the printed figures
        ChartData d = MixSpec.builder().parts(year("a", "6.04"), year("b", "3.98")).whole(year("", "10.0")).build()
                .data();
        assertThat(d.series()).containsExactly("a", "b");
    }

    @Test
    void partsThatExceedTheWhole_areRefused() {
        // 算力服务 6.14 亿元 and 智算云 2.7 亿元 stacked as siblings would make 8.84 over a 6.55 whole
        MixSpec spec = MixSpec.builder().parts(year("算力服务", "6.14"), year("智算云", "2.7")).whole(year("", "6.55"))
                .build();
        assertThatThrownBy(spec::data).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("add up to 8.84").hasMessageContaining("more than the whole, 6.55")
                .hasMessageContaining("parent");
    }

    @Test
    void aSubSegmentIsNeverStackedOnTheSegmentThatContainsIt() {
        SegmentHierarchy h = SegmentHierarchy.builder().part("acme", "智算云", "算力服务").build();
        assertThatThrownBy(() -> MixSpec.builder().parts(year("算力服务", "6.14"), year("智算云", "2.7")).hierarchy(h)
                .build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'智算云' is part of '算力服务'");
        // its siblings, stacked up to the parent: 6.14 − 2.7 = 3.44 is "other"
        ChartData d = MixSpec.builder().parts(year("智算云", "2.7")).whole(year("算力服务", "6.14")).hierarchy(h).build()
                .data();
        assertThat(d.value("other", Y2024).getAsDouble()).isCloseTo(3.44, within(1e-12));
        SegmentHierarchy deeper = SegmentHierarchy.builder().part("acme", "智算云", "算力服务").part("acme", "GPU", "智算云")
                .build();
        assertThatThrownBy(() -> MixSpec.builder().parts(year("GPU", "1"), year("行业云", "2")).hierarchy(deeper).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only siblings");
        assertThatThrownBy(() -> MixSpec.builder().parts(year("智算云", "2.7")).whole(year("", "6.55")).hierarchy(h).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("their whole");
    }

    @Test
    void ratiosAreDrawnSideBySide_neverStacked() {
        Metric margin = Metric.ratio("gross_margin", "Gross margin", "毛利率", false);
        KpiSeries a = KpiSeries.builder("acme", margin, Unit.PERCENT).segment("cloud").add(Y2024, 30, 0).build();
        KpiSeries b = KpiSeries.builder("acme", margin, Unit.PERCENT).segment("services").add(Y2024, 40, 0).build();
        KpiChart c = Charts.mix(java.util.List.of(a, b), MixMode.VALUES, ChartOptions.en());
        CategoryChart x = (CategoryChart) c.toXChart();
        // the old chart stacked 30% and 40% to 70%
        assertThat(x.getStyler().isStacked()).isFalse();
        assertThat(c.data().value("cloud", Y2024)).hasValue(30);
        assertThat(c.notes()).anySatisfy(n -> assertThat(n).contains("not stacked"));
        assertThatThrownBy(() -> Charts.mix(java.util.List.of(a, b), MixMode.SHARES, ChartOptions.en()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ratio");
    }
}

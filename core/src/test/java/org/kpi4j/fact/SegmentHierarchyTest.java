package org.kpi4j.fact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kpi4j.KpiDataException;
import org.kpi4j.Origin;
import org.kpi4j.metric.Metric;
import org.kpi4j.metric.MetricCatalog;
import org.kpi4j.time.Period;
import org.kpi4j.unit.Unit;

/**
 * Segments within segments. The shape is Paratera's (IR record 2025-053, Q6): 算力服务 covers three
 * product lines, 通用云, 行业云 and 智算云; 算力服务 itself is part of the whole company.
 */
class SegmentHierarchyTest {

    private static final Metric REVENUE = MetricCatalog.standard().get("revenue").orElseThrow();

    private static Fact fact(String segment, String parent, int line) {
        return Fact.builder("paratera", REVENUE, Period.year(2024), BigDecimal.ONE, Unit.YI_YUAN).segment(segment)
                .parent(parent).origin(new Origin("f.csv", line)).build();
    }

    private static final SegmentHierarchy PARATERA = SegmentHierarchy.builder()
            .part("paratera", "通用云", "算力服务").part("paratera", "行业云", "算力服务").part("paratera", "智算云", "算力服务")
            .build();

    @Test
    void parent_ofAStatedPart_isItsSegment_andOfAnyOtherSegment_isTheWholeEntity() {
        assertThat(PARATERA.parent("paratera", "智算云")).isEqualTo("算力服务");
        assertThat(PARATERA.parent("paratera", "算力服务")).isEmpty();
        assertThat(PARATERA.parent("acme", "智算云")).as("another entity states nothing").isEmpty();
        assertThat(SegmentHierarchy.empty().parent("paratera", "智算云")).isEmpty();
    }

    @Test
    void isWithin_followsParentsUpToTheWholeEntity() {
        SegmentHierarchy deep = SegmentHierarchy.builder().part("x", "a1", "a").part("x", "a1i", "a1").build();
        assertThat(deep.isWithin("x", "a1i", "a")).isTrue();
        assertThat(deep.isWithin("x", "a1i", "")).isTrue();
        assertThat(deep.isWithin("x", "a", "a1i")).isFalse();
        assertThat(deep.isWithin("x", "a", "a")).as("not within itself").isFalse();
        assertThat(deep.isWithin("x", "b", "a")).isFalse();
    }

    @Test
    void children_keepsTheDirectPartsInTheOrderGiven() {
        List<String> all = List.of("智算云", "算力服务", "行业云", "通用云");
        assertThat(PARATERA.children("paratera", "算力服务", all)).containsExactly("智算云", "行业云", "通用云");
        assertThat(PARATERA.children("paratera", "", all)).containsExactly("算力服务");
    }

    @Test
    void builder_refusesTwoParentsASelfParentAndACycle() {
        assertThatThrownBy(() -> SegmentHierarchy.builder().part("x", "a", "b").part("x", "a", "c"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'b'").hasMessageContaining("'c'");
        assertThatThrownBy(() -> SegmentHierarchy.builder().part("x", "a", "a"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("itself");
        assertThatThrownBy(() -> SegmentHierarchy.builder().part("x", "a", "b").part("x", "b", "a").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cycle");
    }

    @Test
    void of_readsTheParentsFactsState_andNamesBothLinesOfAConflict() {
        SegmentHierarchy h = SegmentHierarchy.of(List.of(fact("算力服务", "", 2), fact("智算云", "算力服务", 3),
                fact("智算云", "算力服务", 4)));
        assertThat(h.parent("paratera", "智算云")).isEqualTo("算力服务");
        assertThatThrownBy(() -> SegmentHierarchy.of(List.of(fact("智算云", "算力服务", 3), fact("智算云", "行业云", 7))))
                .isInstanceOf(KpiDataException.class).hasMessageContaining("f.csv:7").hasMessageContaining("f.csv:3")
                .hasMessageContaining("parent");
        assertThatThrownBy(() -> SegmentHierarchy.of(List.of(fact("a", "b", 3), fact("b", "a", 4))))
                .isInstanceOf(KpiDataException.class).hasMessageContaining("cycle");
    }

    @Test
    void factSet_keepsItsHierarchyThroughFilter() {
        FactSet set = FactSet.of(List.of(fact("算力服务", "", 2), fact("智算云", "算力服务", 3)));
        FactSet onlyServices = set.filter(f -> f.segment().equals("算力服务"));
        assertThat(onlyServices.segments().parent("paratera", "智算云")).isEqualTo("算力服务");
    }

    @Test
    void fact_refusesAParentForTheWholeEntityOrItself() {
        assertThatThrownBy(() -> fact("", "算力服务", 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("whole entity");
        assertThatThrownBy(() -> fact("智算云", "智算云", 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("itself");
    }

    @Test
    void with_unitesTwoHierarchies_andToStringListsTheParts() {
        SegmentHierarchy h = SegmentHierarchy.empty().with(PARATERA);
        assertThat(h).isEqualTo(PARATERA);
        assertThat(h.toString()).contains("智算云", "算力服务");
    }
}

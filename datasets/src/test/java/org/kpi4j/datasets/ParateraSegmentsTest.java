package org.kpi4j.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kpi4j.fact.FactSet;

/**
 * The bundled record states its segment hierarchy: the IR record 2025-053 (Q6) says 算力服务 covers
 * three product lines, 通用云, 行业云 and 智算云, so 智算云 is part of 算力服务.
 */
class ParateraSegmentsTest {

    @Test
    void aiCloudIsPartOfComputeServices() {
        FactSet f = Datasets.load("paratera");
        assertThat(f.segments().parent("paratera", "智算云")).isEqualTo("算力服务");
        assertThat(f.segments().parent("paratera", "算力服务")).as("a part of the whole company").isEmpty();
        assertThat(f.segments().isWithin("paratera", "智算云", "")).isTrue();
    }
}

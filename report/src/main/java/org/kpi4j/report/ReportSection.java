package org.kpi4j.report;

import java.util.List;
import java.util.Objects;

/**
 * One section of a {@link KpiReport}: a heading and its blocks in reading order.
 *
 * <pre>{@code
 * ReportSection s = new ReportSection(ReportOptions.Section.NOTES, "说明",
 *         List.of(new ReportBlock.Notes(List.of("近似值：智算云 2024 = 2.7 亿元"))));
 * s.blocks().size();   // 1
 * }</pre>
 *
 * @param kind which section it is, not null
 * @param title the heading, not null
 * @param blocks the blocks, not null
 */
public record ReportSection(ReportOptions.Section kind, String title, List<ReportBlock> blocks) {

    /**
     * Validates the section.
     *
     * @param kind which section it is, not null
     * @param title the heading, not null
     * @param blocks the blocks, not null
     */
    public ReportSection {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        blocks = List.copyOf(blocks);
    }
}

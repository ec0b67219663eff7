package org.kpi4j.report;

import java.util.List;
import java.util.Objects;
import org.kpi4j.charts.KpiChart;
import org.kpi4j.format.KpiTable;

/**
 * One block of a {@link ReportSection}: a paragraph, a table, a chart with its caption, or a list
 * of notes. Writers render each kind in their own way; all text in a block is plain text, which
 * every writer escapes.
 *
 * <pre>{@code
 * ReportBlock b = new ReportBlock.Paragraph("2024 年营业收入 65,461.73万元。");
 * b instanceof ReportBlock.Paragraph;   // true
 * }</pre>
 */
public sealed interface ReportBlock {

    /**
     * A paragraph of plain text.
     *
     * @param text the text, not null
     */
    record Paragraph(String text) implements ReportBlock {
        /**
         * Validates the paragraph.
         *
         * @param text the text, not null
         */
        public Paragraph {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A table, with an id that names its sheet in the workbook.
     *
     * @param id a short name (a sheet name: at most 31 characters, none of {@code []:*?/\}), not null
     * @param table the table, not null
     */
    record Table(String id, KpiTable table) implements ReportBlock {
        /**
         * Validates the table block.
         *
         * @param id the sheet name, not null
         * @param table the table, not null
         */
        public Table {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(table, "table");
            if (id.isBlank() || id.length() > 31 || id.chars().anyMatch(c -> "[]:*?/\\".indexOf(c) >= 0)) {
                throw new IllegalArgumentException("a table id names a sheet: 1 to 31 characters, none of []:*?/\\, "
                        + "but was '" + id + "'");
            }
        }
    }

    /**
     * A chart and the caption under it.
     *
     * @param chart the chart, not null
     * @param caption what the chart shows, in words, not null
     */
    record Figure(KpiChart chart, String caption) implements ReportBlock {
        /**
         * Validates the figure.
         *
         * @param chart the chart, not null
         * @param caption the caption, not null
         */
        public Figure {
            Objects.requireNonNull(chart, "chart");
            Objects.requireNonNull(caption, "caption");
        }
    }

    /**
     * A list of notes.
     *
     * @param items the notes, not null
     */
    record Notes(List<String> items) implements ReportBlock {
        /**
         * Validates the list.
         *
         * @param items the notes, not null
         */
        public Notes {
            items = List.copyOf(items);
        }
    }
}

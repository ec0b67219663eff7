package org.kpi4j.growth;

import java.util.List;
import java.util.Objects;
import org.kpi4j.format.Cell;
import org.kpi4j.format.KpiFormat;
import org.kpi4j.format.KpiTable;

/**
 * Growth figures in rows, printed as an aligned table.
 *
 * <pre>{@code
 * GrowthTable t = facts.growth(GrowthKind.YOY, GrowthConvention.FILING);
 * String table = t.toString();   // entity  metric  segment  period  value  unit  base  yoy  printed  flag  note
 * KpiTable zh = t.toTable(KpiFormat.zh());
 * }</pre>
 *
 * @param kind the kind of comparison, not null
 * @param convention the convention for non-positive bases, not null
 * @param rows the rows, copied, not null
 * @param notes what has no number and why, such as a TTM sum beyond the range of a double
 *     ({@code KpiSeries.notes()}), copied, not null
 */
public record GrowthTable(GrowthKind kind, GrowthConvention convention, List<GrowthRow> rows, List<String> notes) {

    /**
     * Validates and copies the rows and notes.
     *
     * @param kind the kind of comparison, not null
     * @param convention the convention for non-positive bases, not null
     * @param rows the rows, copied, not null
     * @param notes what has no number and why, copied, not null
     */
    public GrowthTable {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(convention, "convention");
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
    }

    /**
     * A table without notes.
     *
     * @param kind the kind of comparison, not null
     * @param convention the convention for non-positive bases, not null
     * @param rows the rows, copied, not null
     */
    public GrowthTable(GrowthKind kind, GrowthConvention convention, List<GrowthRow> rows) {
        this(kind, convention, rows, List.of());
    }

    /** @return the number of rows */
    public int size() {
        return rows.size();
    }

    /**
     * Returns the rows as a table: values in their unit with the decimals they were given, growth as
     * a signed percent (a ratio's change in percentage points), the printed change beside it, the
     * flag and a note; a derived value is marked with {@code *}.
     *
     * @param format the language of numbers, units and flags, not null
     * @return the table, not null
     */
    public KpiTable toTable(KpiFormat format) {
        KpiTable.Builder t = KpiTable.builder("entity", "metric", "segment", "period", "value", "unit", "base period",
                "base", kind.code(), "printed", "flag", "note");
        for (GrowthRow r : rows) {
            Cell change = r.ratio() ? Cell.points(r.points(), 2, format) : Cell.change(r.growth(), 2, format);
            t.row(Cell.text(r.entity()), Cell.text(r.metric()), Cell.text(r.segment().isEmpty() ? null : r.segment()),
                    Cell.text(r.period()), Cell.number(r.value(), r.decimals(), r.derived() ? "*" : "", format),
                    Cell.text(format.unit(r.unit())), Cell.text(r.basePeriod()),
                    r.baseValue() == null ? Cell.missing() : Cell.number(r.baseValue(), r.decimals(), format), change,
                    r.reportedPct() == null ? Cell.missing() : Cell.text(format.printed(r.reportedPct(), r.ratio())),
                    Cell.text(r.flag().label(format.language())), Cell.text(r.note()));
        }
        if (rows.stream().anyMatch(GrowthRow::derived)) {
            t.footnote(format.pick("* derived from reported figures", "* 由已报告数据推算"));
        }
        notes.forEach(t::footnote);
        return t.build();
    }

    /** Returns {@link #toTable(KpiFormat)} in English as aligned text. */
    @Override
    public String toString() {
        return toTable(KpiFormat.en()).toString();
    }
}

package org.kpi4j.growth;

import java.util.List;
import java.util.Objects;
import org.kpi4j.internal.TextTable;

/**
 * Growth figures in rows, printed as an aligned table.
 *
 * <pre>{@code
 * GrowthTable t = facts.growth(GrowthKind.YOY, GrowthConvention.FILING);
 * String table = t.toString();   // entity  metric  segment  period  value  unit  base  growth  printed  flag  note
 * }</pre>
 *
 * @param kind the kind of comparison, not null
 * @param convention the convention for non-positive bases, not null
 * @param rows the rows, copied, not null
 */
public record GrowthTable(GrowthKind kind, GrowthConvention convention, List<GrowthRow> rows) {

    /**
     * Validates and copies the rows.
     *
     * @param kind the kind of comparison, not null
     * @param convention the convention for non-positive bases, not null
     * @param rows the rows, copied, not null
     */
    public GrowthTable {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(convention, "convention");
        rows = List.copyOf(rows);
    }

    /** @return the number of rows */
    public int size() {
        return rows.size();
    }

    /**
     * Returns the table as aligned text: values in their unit with the decimals they were given,
     * growth as a signed percent (ratios as signed percentage points), the printed percentage
     * beside it, the flag and a note; a derived value is marked with {@code *}.
     */
    @Override
    public String toString() {
        TextTable t = TextTable.of("entity", "metric", "segment", "period", "value", "unit", "base period",
                "base", kind.code(), "printed", "flag", "note");
        for (GrowthRow r : rows) {
            String change;
            if (r.ratio()) {
                change = r.difference() == null ? null : signed(r.difference() * 100 / ratioScale(r)) + " pp";
            } else {
                change = r.growth() == null ? null : TextTable.percent(r.growth(), 2);
            }
            String printed = r.reportedPct() == null ? null
                    : (r.reportedPct().signum() > 0 ? "+" : "") + r.reportedPct().toPlainString() + (r.ratio() ? " pp" : "%");
            t.row(r.entity(), r.metric(), r.segment().isEmpty() ? null : r.segment(), r.period(),
                    TextTable.number(r.value(), r.decimals()) + (r.derived() ? "*" : ""), r.unit(), r.basePeriod(),
                    r.baseValue() == null ? null : TextTable.number(r.baseValue(), r.decimals()),
                    change, printed, r.flag() == GrowthFlag.NONE ? "" : r.flag().code(), r.note());
        }
        return t + (rows.stream().anyMatch(GrowthRow::derived) ? "* derived from reported figures\n" : "");
    }

    private static double ratioScale(GrowthRow r) {
        // a ratio held in percent is already ×100
        return r.unit().exponent() == -2 ? 100 : 1;
    }

    private static String signed(double v) {
        String s = TextTable.number(v, 2);
        return (v > 0 && !s.equals("0.00") ? "+" : "") + s;
    }
}

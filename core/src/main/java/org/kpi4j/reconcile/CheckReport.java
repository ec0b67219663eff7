package org.kpi4j.reconcile;

import java.util.List;
import java.util.Objects;
import org.kpi4j.format.Cell;
import org.kpi4j.format.KpiFormat;
import org.kpi4j.format.KpiTable;

/**
 * The result of checking every printed figure of a fact set.
 *
 * <pre>{@code
 * CheckReport r = Reconciliation.check(facts);
 * r.hasMismatch();           // false when every checkable figure reconciles
 * String table = r.toString();     // one aligned row per printed figure
 * }</pre>
 *
 * @param rows the checks, copied, not null
 */
public record CheckReport(List<CheckRow> rows) {

    /**
     * Copies the rows.
     *
     * @param rows the checks, copied, not null
     */
    public CheckReport {
        rows = List.copyOf(Objects.requireNonNull(rows, "rows"));
    }

    /** @return true if any printed figure does not reconcile */
    public boolean hasMismatch() {
        return rows.stream().anyMatch(r -> r.status() == CheckStatus.MISMATCH);
    }

    /**
     * Counts the rows with a status.
     *
     * @param status the status, not null
     * @return the count
     */
    public long count(CheckStatus status) {
        return rows.stream().filter(r -> r.status() == status).count();
    }

    /**
     * Returns the checks as a table: what was printed, what was recomputed (in percent, or in points
     * for a ratio), the base, the base a printed % implies when the data lack it, and the verdict.
     *
     * @param format the language of numbers and flags, not null
     * @return the table, not null
     */
    public KpiTable toTable(KpiFormat format) {
        KpiTable.Builder t = KpiTable.builder("entity", "metric", "segment", "period", "as_of", "check", "printed", "computed",
                "base period", "implied base", "status", "note");
        for (CheckRow r : rows) {
            Cell printed;
            Cell computed;
            switch (r.kind()) {
                case FLAG:
                    printed = Cell.text(r.printedFlag().label(format.language()));
                    computed = Cell.missing();
                    break;
                case POINTS:
                    printed = Cell.text(format.printed(r.printed(), true));
                    computed = Cell.points(r.computedPct(), 2, format);
                    break;
                default:
                    printed = Cell.text(format.printed(r.printed(), false));
                    computed = r.computedPct() == null ? Cell.missing() : Cell.change(r.computedPct() / 100, 2, format);
                    break;
            }
            t.row(Cell.text(r.entity()), Cell.text(r.metric()), Cell.text(r.segment().isEmpty() ? null : r.segment()),
                    Cell.text(r.period()), Cell.text(r.asOf()), Cell.text(r.kind()), printed, computed,
                    Cell.text(r.basePeriod()), r.impliedBase() == null ? Cell.missing() : Cell.number(r.impliedBase(), 2,
                            format), Cell.text(r.status()), Cell.text(r.note()));
        }
        t.footnote(String.format("%d ok, %d mismatch, %d unverifiable", count(CheckStatus.OK),
                count(CheckStatus.MISMATCH), count(CheckStatus.UNVERIFIABLE)));
        return t.build();
    }

    /** Returns {@link #toTable(KpiFormat)} in English as aligned text. */
    @Override
    public String toString() {
        return toTable(KpiFormat.en()).toString();
    }
}

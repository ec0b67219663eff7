package org.kpi4j.reconcile;

import java.util.List;
import java.util.Objects;
import org.kpi4j.internal.TextTable;

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

    @Override
    public String toString() {
        TextTable t = TextTable.of("entity", "metric", "segment", "period", "as_of", "check", "printed", "computed",
                "base period", "implied base", "status", "note");
        for (CheckRow r : rows) {
            String unit = r.what().equals("flag") ? "" : r.what().equals("points") ? " pp" : "%";
            t.row(r.entity(), r.metric(), r.segment().isEmpty() ? null : r.segment(), r.period(), r.asOf(), r.what(),
                    r.what().equals("flag") ? r.reported() : signed(r.reported()) + unit,
                    r.computedPct() == null ? null : signedNum(r.computedPct()) + unit, r.basePeriod(),
                    r.impliedBase() == null ? null : TextTable.number(r.impliedBase(), 2), r.status().code(), r.note());
        }
        return t + String.format("%d ok, %d mismatch, %d unverifiable%n", count(CheckStatus.OK),
                count(CheckStatus.MISMATCH), count(CheckStatus.UNVERIFIABLE));
    }

    private static String signed(String s) {
        return s.startsWith("-") || s.startsWith("0") && s.replaceAll("[0.]", "").isEmpty() ? s : "+" + s;
    }

    private static String signedNum(double v) {
        String s = TextTable.number(v, 2);
        return v > 0 && !s.equals("0.00") ? "+" + s : s;
    }
}

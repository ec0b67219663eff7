package org.kpi4j.reconcile;

import java.time.LocalDate;
import java.util.Objects;
import org.kpi4j.growth.GrowthFlag;
import org.kpi4j.time.Period;
import org.kpi4j.unit.Percentage;

/**
 * One printed figure checked: a change %, a ratio's change in points, a sign flag (扭亏为盈) or a
 * CAGR, what was recomputed and the verdict.
 *
 * <pre>{@code
 * CheckRow r = Reconciliation.check(facts).rows().get(0);
 * r.status();        // OK, MISMATCH or UNVERIFIABLE
 * r.impliedBase();   // the base the printed % implies, when the data lack it
 * }</pre>
 *
 * @param entity the entity, not null
 * @param metric the metric id, not null
 * @param segment the segment, empty for the whole entity, not null
 * @param period the period of the checked figure, not null
 * @param asOf the report that printed it, may be null
 * @param kind what was printed, not null
 * @param printed the printed percentage (percentage points for {@link CheckKind#POINTS}), null for a flag
 * @param printedFlag the printed flag, {@link GrowthFlag#NONE} unless the kind is {@link CheckKind#FLAG}, not null
 * @param computedPct the recomputed percent (points for POINTS), null if not computed
 * @param lowPct the lowest percent (or points) the rounded inputs allow, null if not computed
 * @param highPct the highest percent (or points) the rounded inputs allow, null if not computed
 * @param basePeriod the base period, null if none
 * @param baseValue the base, in the checked figure's unit, null when missing
 * @param impliedBase the base the printed % implies (value ÷ (1 + printed %)), null when not applicable
 * @param status the verdict, not null
 * @param note the reason or detail, empty if none, not null
 */
public record CheckRow(String entity, String metric, String segment, Period period, LocalDate asOf, CheckKind kind,
        Percentage printed, GrowthFlag printedFlag, Double computedPct, Double lowPct, Double highPct,
        Period basePeriod, Double baseValue, Double impliedBase, CheckStatus status, String note) {

    /**
     * Validates the row.
     *
     * @param entity the entity, not null
     * @param metric the metric id, not null
     * @param segment the segment, empty for the whole entity, not null
     * @param period the period of the checked figure, not null
     * @param asOf the report that printed it, may be null
     * @param kind what was printed, not null
     * @param printed the printed percentage, null exactly for a flag
     * @param printedFlag the printed flag, not null
     * @param computedPct the recomputed percent, null if not computed
     * @param lowPct the lowest percent the rounded inputs allow, null if not computed
     * @param highPct the highest percent the rounded inputs allow, null if not computed
     * @param basePeriod the base period, null if none
     * @param baseValue the base, null when missing
     * @param impliedBase the base the printed % implies, null when not applicable
     * @param status the verdict, not null
     * @param note the reason or detail, empty if none, not null
     */
    public CheckRow {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(printedFlag, "printedFlag");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(note, "note");
        if ((kind == CheckKind.FLAG) != (printed == null)) {
            throw new IllegalArgumentException("a " + kind + " check " + (printed == null ? "needs" : "has no")
                    + " printed percentage");
        }
        for (Double d : new Double[] {computedPct, lowPct, highPct, baseValue, impliedBase}) {
            if (d != null && !Double.isFinite(d)) {
                throw new IllegalArgumentException("a check's numbers must be finite or null but one was " + d);
            }
        }
    }

    /** @return what was printed as text: {@code 48.27%}, {@code -5.10%} (points) or {@code turnaround} */
    public String reported() {
        return kind == CheckKind.FLAG ? printedFlag.toString() : printed.toString();
    }
}

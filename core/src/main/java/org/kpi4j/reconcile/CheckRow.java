package org.kpi4j.reconcile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.kpi4j.time.Period;

/**
 * One printed figure checked: a change %, a sign flag (扭亏为盈) or a CAGR, what was recomputed and
 * the verdict.
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
 * @param what what was printed: {@code change} (a % or, for a ratio, points), {@code flag} or {@code cagr}
 * @param reported the printed text: {@code 48.27} (percent or points), {@code turnaround}, not null
 * @param computedPct the recomputed percent (or points, or the computed flag's ordinal is not used: see note), null if not computed
 * @param lowPct the lowest percent the rounded inputs allow, null if not computed
 * @param highPct the highest percent the rounded inputs allow, null if not computed
 * @param basePeriod the base period, null if none
 * @param baseValue the base, in the checked figure's unit, null when missing
 * @param impliedBase the base the printed % implies (value ÷ (1 + printed %)), null when not applicable
 * @param status the verdict, not null
 * @param note the reason or detail, empty if none, not null
 */
public record CheckRow(String entity, String metric, String segment, Period period, LocalDate asOf, String what,
        String reported, Double computedPct, Double lowPct, Double highPct, Period basePeriod, Double baseValue,
        Double impliedBase, CheckStatus status, String note) {

    /**
     * Validates the row.
     *
     * @param entity the entity, not null
     * @param metric the metric id, not null
     * @param segment the segment, empty for the whole entity, not null
     * @param period the period of the checked figure, not null
     * @param asOf the report that printed it, may be null
     * @param what what was printed: {@code change} (a % or, for a ratio, points), {@code flag} or {@code cagr}
     * @param reported the printed text: {@code 48.27} (percent or points), {@code turnaround}, not null
     * @param computedPct the recomputed percent (or points, or the computed flag's ordinal is not used: see note), null if not computed
     * @param lowPct the lowest percent the rounded inputs allow, null if not computed
     * @param highPct the highest percent the rounded inputs allow, null if not computed
     * @param basePeriod the base period, null if none
     * @param baseValue the base, in the checked figure's unit, null when missing
     * @param impliedBase the base the printed % implies (value ÷ (1 + printed %)), null when not applicable
     * @param status the verdict, not null
     * @param note the reason or detail, empty if none, not null
     */
    public CheckRow {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(reported, "reported");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(note, "note");
    }

    /**
     * Returns the printed percent as a number when the check is of a % or CAGR.
     *
     * @return the printed percent, or null for a flag
     */
    public BigDecimal reportedPct() {
        return what.equals("flag") ? null : new BigDecimal(reported);
    }
}

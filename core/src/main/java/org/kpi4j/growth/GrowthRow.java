package org.kpi4j.growth;

import java.util.Objects;
import org.kpi4j.time.Period;
import org.kpi4j.unit.Percentage;
import org.kpi4j.unit.Unit;

/**
 * One growth figure: a value, its base, the growth between them and a flag for a non-positive base.
 *
 * <p>For a ratio metric (a margin, the debt ratio) the change is the difference in percentage
 * points, {@link #points()}, and {@code growth} is null: filings print a margin's change in points,
 * and a relative change of a ratio is rarely what an analyst means. Rows are made by
 * {@link Growth#compare}, through {@code KpiSeries.growth} and {@code FactSet.growth}.
 *
 * <pre>{@code
 * GrowthRow r = facts.growth(GrowthKind.YOY, GrowthConvention.FILING).rows().get(0);
 * r.growth();   // 0.4827 for +48.27%
 * }</pre>
 *
 * @param entity the entity, not null
 * @param metric the metric id, not null
 * @param segment the segment, empty for the whole entity, not null
 * @param period the period of the value, not null
 * @param value the value, in {@code unit}
 * @param unit the unit of value and base, not null
 * @param decimals the decimals the value was given with, for display
 * @param basePeriod the period compared against, null when there is none
 * @param baseValue the base in {@code unit}, null when missing
 * @param growth the growth as a fraction, null when not meaningful or for a ratio metric
 * @param difference value − base in {@code unit}, null when the base is missing
 * @param ratio true if the metric is a ratio (growth is then in points)
 * @param flag the sign flag, not null
 * @param reportedPct the change the source printed for this comparison (in points for a ratio), null if none
 * @param derived true if the value or base was computed (a discrete Q4, a TTM sum) rather than reported
 * @param note why a figure is missing or how it was derived, empty if nothing to say, not null
 */
public record GrowthRow(String entity, String metric, String segment, Period period, double value, Unit unit,
        int decimals, Period basePeriod, Double baseValue, Double growth, Double difference, boolean ratio,
        GrowthFlag flag, Percentage reportedPct, boolean derived, String note) {

    /**
     * Validates the row.
     *
     * @param entity the entity, not null
     * @param metric the metric id, not null
     * @param segment the segment, empty for the whole entity, not null
     * @param period the period of the value, not null
     * @param value the value, in {@code unit}
     * @param unit the unit of value and base, not null
     * @param decimals the decimals the value was given with, for display
     * @param basePeriod the period compared against, null when there is none
     * @param baseValue the base in {@code unit}, null when missing
     * @param growth the growth as a fraction, null when not meaningful or for a ratio metric
     * @param difference value − base in {@code unit}, null when the base is missing
     * @param ratio true if the metric is a ratio (growth is then in points)
     * @param flag the sign flag, not null
     * @param reportedPct the change the source printed for this comparison (in points for a ratio), null if none
     * @param derived true if the value or base was computed (a discrete Q4, a TTM sum) rather than reported
     * @param note why a figure is missing or how it was derived, empty if nothing to say, not null
     */
    public GrowthRow {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(flag, "flag");
        Objects.requireNonNull(note, "note");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value must be finite but was " + value);
        }
        if (growth != null && !Double.isFinite(growth)) {
            throw new IllegalArgumentException("growth must be finite or null but was " + growth);
        }
    }

    /**
     * Returns the change of a ratio in percentage points: 32% to 27% is −5.
     *
     * @return the points, or null for a flow or stock, when the base is missing, or when the points
     *     are beyond the range of a double (a difference of 1e307 in a ratio unit is 1e309 points)
     */
    public Double points() {
        if (!ratio || difference == null) {
            return null;
        }
        double p = difference * Growth.pointsPerUnit(unit);
        return Double.isFinite(p) ? p : null;
    }
}

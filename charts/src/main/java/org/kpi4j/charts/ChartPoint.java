package org.kpi4j.charts;

import java.util.Objects;
import org.kpi4j.format.KpiFormat;
import org.kpi4j.time.Period;
import org.kpi4j.unit.Unit;

/**
 * One value a chart draws: a period, the series (as the legend names it), the value in the unit the
 * axis shows, and the basis of the period. A row of {@link ChartData}.
 *
 * <pre>{@code
 * ChartPoint p = ChartPoint.of(Period.parse("2024Q2"), "Revenue", 11, Unit.YI_YUAN, ChartBasis.DISCRETE);
 * p.toString();   // "2024Q2,Revenue,11,亿元,discrete"
 * }</pre>
 *
 * @param period the period on the x axis, not null
 * @param series the series' name, not blank
 * @param value the value as drawn, finite
 * @param unit the unit of the value (the display unit: 亿元, {@code %} for growth, {@code pp} for a
 *     ratio's change), not null
 * @param basis the basis of the period, not {@link ChartBasis#AUTO}, not null
 */
public record ChartPoint(Period period, String series, double value, Unit unit, ChartBasis basis) {

    /**
     * Validates the point.
     *
     * @param period the period, not null
     * @param series the series' name, not blank
     * @param value the value, finite
     * @param unit the unit, not null
     * @param basis the basis, not AUTO, not null
     * @throws IllegalArgumentException if the name is blank, the value not finite or the basis AUTO
     */
    public ChartPoint {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(basis, "basis");
        if (series.isBlank()) {
            throw new IllegalArgumentException("a chart point needs a series name");
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("the value of " + series + " at " + period + " must be finite but was "
                    + value);
        }
        if (basis == ChartBasis.AUTO) {
            throw new IllegalArgumentException("a drawn point has a definite basis, not auto");
        }
    }

    /**
     * Obtains a point.
     *
     * <pre>{@code
     * ChartPoint.of(Period.year(2024), "营业收入", 6.546173, Unit.YI_YUAN, ChartBasis.YEAR).value();   // 6.546173
     * }</pre>
     *
     * @param period the period, not null
     * @param series the series' name, not blank
     * @param value the value, finite
     * @param unit the unit, not null
     * @param basis the basis, not AUTO, not null
     * @return the point, not null
     */
    public static ChartPoint of(Period period, String series, double value, Unit unit, ChartBasis basis) {
        return new ChartPoint(period, series, value, unit, basis);
    }

    /**
     * Returns the point as a row of {@link ChartData#toCsv()}: period, series, value, unit, basis.
     *
     * @return the CSV row, without a line end, not null
     */
    @Override
    public String toString() {
        return ChartData.csv(period.toString()) + "," + ChartData.csv(series) + "," + KpiFormat.decimal(value) + ","
                + ChartData.csv(unit.symbol()) + "," + basis;
    }
}

package org.kpi4j.series;

import java.util.Objects;
import org.kpi4j.time.Period;

/**
 * One point of a {@link KpiSeries}, for reading (the series itself stores primitives).
 *
 * <pre>{@code
 * Point p = series.latest();
 * p.period();   // 2025Q1
 * }</pre>
 *
 * @param period the period, not null
 * @param value the value, finite
 * @param decimals the decimals it was given with
 * @param provenance where it came from, not null
 */
public record Point(Period period, double value, int decimals, Provenance provenance) {

    /**
     * Validates the point.
     *
     * @param period the period, not null
     * @param value the value, finite
     * @param decimals the decimals it was given with
     * @param provenance where it came from, not null
     */
    public Point {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(provenance, "provenance");
    }
}

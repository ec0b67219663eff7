package org.kpi4j.series;

import java.util.List;
import java.util.Objects;
import org.kpi4j.time.Period;
import org.kpi4j.unit.Percentage;

/**
 * Where a point of a series came from: reported as is, or derived from reported points by a formula
 * (a discrete Q4 from the year and the Q1-Q3 figure, a trailing-twelve-month sum), plus what the
 * source printed about its change.
 *
 * <pre>{@code
 * Provenance p = discreteSeries.provenance(3);
 * p.derived();   // true
 * p.formula();   // 2024 − 2024Q1-Q3
 * }</pre>
 *
 * @param derived true if computed rather than reported
 * @param formula how it was computed, such as {@code 2024 − 2024Q1-Q3}; empty when reported, not null
 * @param inputs the periods it was computed from (itself when reported), not null
 * @param approximate true if the figure, or any figure it was computed from, is approximate
 * @param source where the reported figure was read (file:line, citation), empty if unknown, not null
 * @param reportedChangePct the change the source printed, in percent; null if none
 * @param comparisonPeriod the base of the printed change when not the default one; null otherwise
 */
public record Provenance(boolean derived, String formula, List<Period> inputs, boolean approximate, String source,
        Percentage reportedChangePct, Period comparisonPeriod) {

    /**
     * Validates and copies.
     *
     * @param derived true if computed rather than reported
     * @param formula how it was computed, such as {@code 2024 − 2024Q1-Q3}; empty when reported, not null
     * @param inputs the periods it was computed from (itself when reported), not null
     * @param approximate true if the figure, or any figure it was computed from, is approximate
     * @param source where the reported figure was read (file:line, citation), empty if unknown, not null
     * @param reportedChangePct the change the source printed, in percent; null if none
     * @param comparisonPeriod the base of the printed change when not the default one; null otherwise
     */
    public Provenance {
        Objects.requireNonNull(formula, "formula");
        Objects.requireNonNull(source, "source");
        inputs = List.copyOf(inputs);
    }

    /**
     * Returns the provenance of a reported point with nothing printed about its change.
     *
     * @param period the period, not null
     * @return the provenance, not null
     */
    public static Provenance reported(Period period) {
        return new Provenance(false, "", List.of(period), false, "", null, null);
    }

    /**
     * Returns the provenance of a point computed from others.
     *
     * @param formula how, not null
     * @param inputs from which periods, not null
     * @param approximate true if any input is approximate
     * @return the provenance, not null
     */
    public static Provenance derived(String formula, List<Period> inputs, boolean approximate) {
        return new Provenance(true, formula, inputs, approximate, "", null, null);
    }
}

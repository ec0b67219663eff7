package org.kpi4j.time;

/**
 * The shape of a {@link Period}: a span of fiscal quarters or a single date.
 *
 * <pre>{@code
 * Period.parse("2024Q1-Q3").type();   // YTD
 * }</pre>
 */
public enum PeriodType {
    /** A whole fiscal year, written {@code 2024}. */
    YEAR,
    /** A fiscal half year, written {@code 2024H1} or {@code 2024H2}. */
    HALF,
    /** A single fiscal quarter, written {@code 2024Q3}. */
    QUARTER,
    /**
     * The first three quarters of a fiscal year (a Q3 report's cumulative figure), written
     * {@code 2024Q1-Q3}. Year-to-date spans ending at Q1, Q2 and Q4 are the quarter, first half and
     * year themselves, so they have no separate type.
     */
    YTD,
    /** A single date (a balance-sheet instant), written {@code 2024-12-31}. */
    INSTANT;

    /** @return true for the four types that span quarters, false for {@link #INSTANT} */
    public boolean isDuration() {
        return this != INSTANT;
    }
}

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

    /**
     * Parses a name in any case: year, half, quarter, ytd, instant.
     *
     * @param text the name, not null
     * @return the constant, not null
     * @throws IllegalArgumentException naming the text if unknown
     */
    public static PeriodType parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown period type '" + text + "'; expected year, half, quarter, ytd, instant", e);
        }
    }

    /** @return the name in lower case, which {@link #parse(String)} reads back */
    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

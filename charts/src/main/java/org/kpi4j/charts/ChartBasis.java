package org.kpi4j.charts;

import java.util.Locale;

/**
 * What the periods of a chart are: one basis per chart, so that a year is never drawn beside a
 * quarter and a flow filed year-to-date never as its cumulative sawtooth (Q1, H1, Q1-Q3, year).
 *
 * <p>For flows: {@link #DISCRETE} single quarters ({@code KpiSeries.toDiscreteQuarters()}: Q2 = H1 −
 * Q1 and so on), {@link #TTM} trailing-twelve-month sums, {@link #YEAR} fiscal years (as reported,
 * or the sum of four quarters where the year is not), {@link #AS_REPORTED} the periods as filed,
 * allowed only when they are all of one length. For stocks and ratios measured at instants every
 * basis but TTM (a stock does not sum over time) keeps the instants; {@code YEAR} keeps the fiscal
 * year-ends. For ratios over periods (a margin) {@code DISCRETE} keeps the quarters and {@code YEAR}
 * the years: a ratio is never summed or differenced. {@link #AUTO} chooses for the reader: for a
 * flow the basis of discrete quarters or fiscal years that keeps more figures (quarters on a tie),
 * otherwise the period length most figures have; the chart's notes say what was left out.
 *
 * <pre>{@code
 * ChartBasis.parse("as-reported");   // AS_REPORTED
 * ChartBasis.TTM.toString();         // "ttm"
 * }</pre>
 */
public enum ChartBasis {
    /** Chosen from the data: see the class description. */
    AUTO("auto"),
    /** Single fiscal quarters. */
    DISCRETE("discrete"),
    /** Trailing-twelve-month sums of a flow, labelled by their closing quarter. */
    TTM("ttm"),
    /** Fiscal years (fiscal year-ends for instants). */
    YEAR("year"),
    /** The periods as reported, all of one length. */
    AS_REPORTED("as-reported");

    private final String code;

    ChartBasis(String code) {
        this.code = code;
    }

    /**
     * Parses {@code auto}, {@code discrete}, {@code ttm}, {@code year} or {@code as-reported}
     * (case-insensitive; {@code _} for {@code -} accepted).
     *
     * <pre>{@code
     * ChartBasis.parse("discrete");   // DISCRETE
     * ChartBasis.parse("monthly");    // IllegalArgumentException
     * }</pre>
     *
     * @param text the name, not null
     * @return the basis, not null
     * @throws IllegalArgumentException naming the text if unknown
     */
    public static ChartBasis parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (ChartBasis b : values()) {
            if (b.code.equals(t)) {
                return b;
            }
        }
        throw new IllegalArgumentException("unknown basis '" + text + "'; expected auto, discrete, ttm, year or as-reported");
    }

    /**
     * Returns the name {@link #parse(String)} reads back.
     *
     * <pre>{@code
     * ChartBasis.AS_REPORTED.toString();   // "as-reported"
     * }</pre>
     *
     * @return the code, such as {@code as-reported}, not null
     */
    @Override
    public String toString() {
        return code;
    }
}

package org.kpi4j.series;

import java.util.Locale;

/**
 * What the values of a series or of a panel's series are, relative to what was reported: the typed
 * state every transformation checks, so that a TTM of TTM sums or discrete quarters of annualised
 * figures is an error naming what was asked, never a number.
 *
 * <pre>{@code
 * Transform.parse("ttm");                        // TTM
 * Transform.TTM.toString();                      // "ttm"
 * Transform.DISCRETE.isChange();                 // false
 * }</pre>
 */
public enum Transform {
    /** As reported: year-to-date spans, quarters, halves and years as the filings gave them. */
    REPORTED("reported"),
    /** Single fiscal quarters (a flow's Q2 = H1 − Q1 where only the year-to-date figures were filed). */
    DISCRETE("discrete"),
    /** Cumulative from the start of the fiscal year (Q1, H1, Q1-Q3, year). */
    YEAR_TO_DATE("ytd"),
    /** Trailing-twelve-month sums, labelled by their closing quarter. */
    TTM("ttm"),
    /** Scaled to a full year (a quarter × 4, a half × 2, Q1-Q3 × 4/3). */
    ANNUALIZED("annualized"),
    /** Changes against the same quarter a year earlier: growth fractions, or points for a ratio. */
    YOY("yoy"),
    /** Changes against the previous quarter: growth fractions, or points for a ratio. */
    QOQ("qoq");

    private final String code;

    Transform(String code) {
        this.code = code;
    }

    /** @return true for {@link #YOY} and {@link #QOQ}: values that are changes, not figures */
    public boolean isChange() {
        return this == YOY || this == QOQ;
    }

    /**
     * Parses a code: {@code reported}, {@code discrete}, {@code ytd}, {@code ttm},
     * {@code annualized}, {@code yoy} or {@code qoq}.
     *
     * @param text the code, not null
     * @return the transform, not null
     * @throws IllegalArgumentException naming the text if unknown
     */
    public static Transform parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (Transform x : values()) {
            if (x.code.equals(t)) {
                return x;
            }
        }
        throw new IllegalArgumentException("unknown transform '" + text
                + "'; expected reported, discrete, ytd, ttm, annualized, yoy or qoq");
    }

    /** @return the code, which {@link #parse(String)} reads back */
    @Override
    public String toString() {
        return code;
    }
}

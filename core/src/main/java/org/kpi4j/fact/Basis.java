package org.kpi4j.fact;

import org.kpi4j.KpiDataException;
import java.util.Locale;

/**
 * What span a reported figure covers, as a file's {@code basis} column says it.
 *
 * <pre>{@code
 * Basis.parse("ytd");   // YTD
 * }</pre>
 */
public enum Basis {
    /** Cumulative from the start of the fiscal year (a Q3 report's Jan..Sep). */
    YTD,
    /** A single quarter. */
    QUARTER,
    /** A half year. */
    HALF,
    /** A whole fiscal year. */
    YEAR,
    /** A balance-sheet instant. */
    INSTANT;

    /**
     * Parses {@code ytd}, {@code quarter}, {@code half}, {@code year} or {@code instant}.
     *
     * @param text the text, not null
     * @return the basis, not null
     * @throws IllegalArgumentException naming the text if unknown
     */
    public static Basis parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown basis " + KpiDataException.quote(text)
                    + "; expected ytd, quarter, half, year or instant", e);
        }
    }

    /** @return the lower-case spelling used in files */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return the lower-case spelling used in files, which {@link #parse(String)} reads back */
    @Override
    public String toString() {
        return code();
    }
}

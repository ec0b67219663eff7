package org.kpi4j.reconcile;

import java.util.Locale;

/**
 * What kind of printed figure a {@link CheckRow} checks.
 *
 * <pre>{@code
 * CheckKind.parse("points");     // POINTS
 * CheckKind.CAGR.toString();     // "cagr"
 * }</pre>
 */
public enum CheckKind {
    /** A printed growth rate of a flow or stock, in percent. */
    CHANGE,
    /** A printed change of a ratio, in percentage points. */
    POINTS,
    /** A sign change printed in words (扭亏为盈). */
    FLAG,
    /** A printed compound annual growth rate, in percent. */
    CAGR;

    /**
     * Parses {@code change}, {@code points}, {@code flag} or {@code cagr}.
     *
     * @param text the code, not null
     * @return the kind, not null
     * @throws IllegalArgumentException naming the text if unknown
     */
    public static CheckKind parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown check kind '" + text + "'; expected change, points, flag or cagr", e);
        }
    }

    /** @return the code in lower case, which {@link #parse(String)} reads back */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}

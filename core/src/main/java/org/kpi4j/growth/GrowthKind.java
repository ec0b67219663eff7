package org.kpi4j.growth;

import java.util.Locale;

/**
 * Which base a growth figure compares against.
 *
 * <pre>{@code
 * GrowthKind.parse("ttm-yoy");   // TTM_YOY
 * }</pre>
 */
public enum GrowthKind {
    /**
     * As a filing compares: a duration with the same period a year earlier, an instant with the prior
     * fiscal year-end, and any figure whose source names its comparison period with that period.
     */
    DEFAULT,
    /** The same period a year earlier (for an instant: the same date a year earlier). */
    YOY,
    /** The previous quarter (for an instant: the end of the previous quarter). */
    QOQ,
    /** Trailing twelve months against the trailing twelve months a year earlier (flows only). */
    TTM_YOY,
    /** The prior fiscal year-end: how periodic reports compare balance-sheet instants. */
    VS_YEAR_END;

    /**
     * Parses {@code default}, {@code yoy}, {@code qoq}, {@code ttm-yoy} or {@code vs-year-end}.
     *
     * @param text the name, not null
     * @return the kind, not null
     * @throws IllegalArgumentException naming the text if unknown
     */
    public static GrowthKind parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown growth kind '" + text
                    + "'; expected default, yoy, qoq, ttm-yoy or vs-year-end", e);
        }
    }

    /** @return the command-line spelling, such as {@code ttm-yoy} */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

package org.kpi4j.series;

import java.util.Locale;

/**
 * How flows filed year-to-date are laid out in a {@link KpiPanel}.
 *
 * <pre>{@code
 * PanelLayout.parse("as-reported");   // AS_REPORTED
 * }</pre>
 */
public enum PanelLayout {
    /** Discrete quarters: year-to-date figures differenced within each fiscal year. */
    QUARTERLY,
    /** Figures as reported: a year-to-date flow keeps its cumulative value in its last quarter. */
    AS_REPORTED;

    /**
     * Parses {@code quarterly} or {@code as-reported}.
     *
     * @param text the code, not null
     * @return the layout, not null
     * @throws IllegalArgumentException naming the text if unknown
     */
    public static PanelLayout parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown panel layout '" + text + "'; expected quarterly or as-reported", e);
        }
    }

    /** @return {@code quarterly} or {@code as-reported}, which {@link #parse(String)} reads back */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

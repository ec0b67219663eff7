package org.kpi4j.forecast;

/**
 * How {@link HoltWinters#fit(double[], HoltWintersSpec, Initialization)} obtains the initial states.
 *
 * <pre>{@code
 * HoltWintersFit fit = HoltWinters.fit(y, HoltWintersSpec.quarterly(Seasonality.ADDITIVE), Initialization.HEURISTIC);
 * }</pre>
 */
public enum Initialization {
    /**
     * Initial states from the heuristic of Hyndman et al. (2008, sec. 2.6.1) as statsmodels'
     * {@code _initialization_heuristic} computes it, then held fixed while the smoothing parameters
     * are estimated. For series shorter than 10 + 2·⌊m/2⌋ (10 without seasonality) statsmodels'
     * {@code _initialization_simple} is used instead, as statsmodels does for "estimated".
     */
    HEURISTIC,
    /**
     * Initial states start at the heuristic values and are estimated together with the smoothing
     * parameters by minimising the SSE. This is what statsmodels 0.13's
     * {@code ExponentialSmoothing(...).fit()} does with {@code initialization_method} "estimated" or
     * "heuristic".
     */
    ESTIMATED;

    /**
     * Parses a name in any case: heuristic, estimated.
     *
     * @param text the name, not null
     * @return the constant, not null
     * @throws IllegalArgumentException naming the text if unknown
     */
    public static Initialization parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown initialization '" + text + "'; expected heuristic, estimated", e);
        }
    }

    /** @return the name in lower case, which {@link #parse(String)} reads back */
    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

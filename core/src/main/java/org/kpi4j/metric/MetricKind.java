package org.kpi4j.metric;

/**
 * How a metric behaves over time.
 *
 * <pre>{@code
 * MetricCatalog.standard().get("revenue").orElseThrow().kind();   // FLOW, printed "flow"
 * MetricKind.parse("stock");                                        // STOCK
 * }</pre>
 */
public enum MetricKind {
    /** Accumulates over a period and sums across periods: revenue, net profit, capex. */
    FLOW,
    /** Measured at an instant and never summed: total assets, receivables, head count. */
    STOCK,
    /** A quotient of two amounts: never summed or averaged, recomputed from its parts. */
    RATIO;

    /**
     * Parses {@code flow}, {@code stock} or {@code ratio}, case-insensitive.
     *
     * @param text the name, not null
     * @return the kind, not null
     * @throws IllegalArgumentException naming the text if unknown
     */
    public static MetricKind parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown metric kind '" + text + "'; expected flow, stock or ratio", e);
        }
    }

    /** @return the name in lower case, which {@link #parse(String)} reads back */
    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

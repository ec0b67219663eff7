package org.kpi4j.metric;

/**
 * How a metric behaves over time.
 *
 * <pre>{@code
 * MetricCatalog.standard().get("revenue").orElseThrow().kind();   // FLOW
 * }</pre>
 */
public enum MetricKind {
    /** Accumulates over a period and sums across periods: revenue, net profit, capex. */
    FLOW,
    /** Measured at an instant and never summed: total assets, receivables, head count. */
    STOCK,
    /** A quotient of two amounts: never summed or averaged, recomputed from its parts. */
    RATIO
}

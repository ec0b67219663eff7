/**
 * Metrics: {@link org.kpi4j.metric.Metric} definitions (flow, stock or ratio) and the
 * {@link org.kpi4j.metric.MetricCatalog} of well-known financial KPIs.
 */
package org.kpi4j.metric;

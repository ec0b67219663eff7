/**
 * Growth: conventions for a zero or negative base ({@link org.kpi4j.growth.GrowthConvention}),
 * sign {@link org.kpi4j.growth.GrowthFlag flags} such as a turnaround, and growth tables.
 * Tables are computed by {@link org.kpi4j.fact.FactSet#growth} and
 * {@link org.kpi4j.series.KpiSeries#yoy}.
 */
package org.kpi4j.growth;

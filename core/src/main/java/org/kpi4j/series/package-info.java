/**
 * Series: {@link org.kpi4j.series.KpiSeries} (one entity × metric over periods, primitive storage,
 * with {@link org.kpi4j.series.Provenance} per point) and its transformations: year-to-date to
 * discrete quarters and back, trailing twelve months, annualising, growth.
 */
package org.kpi4j.series;

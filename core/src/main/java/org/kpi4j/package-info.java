/**
 * kpi4j: financial-KPI time series. The root package holds only {@link org.kpi4j.KpiDataException},
 * the one exception type for bad data; the model and analytics live in the sub-packages
 * {@code time}, {@code unit}, {@code metric}, {@code fact}, {@code series}, {@code growth},
 * {@code reconcile}, {@code projection}, {@code forecast}, {@code explain}, and file I/O in {@code io}.
 */
package org.kpi4j;

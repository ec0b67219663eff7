/**
 * Time: reporting {@link org.kpi4j.time.Period periods} (years, halves, quarters, year-to-date
 * spans, instants) and the {@link org.kpi4j.time.FiscalCalendar} that maps them to dates.
 */
package org.kpi4j.time;

/**
 * Facts: a reported {@link org.kpi4j.fact.Fact} with its period, unit, report date and printed
 * change, and the {@link org.kpi4j.fact.FactSet} that keeps every vintage and builds series.
 */
package org.kpi4j.fact;

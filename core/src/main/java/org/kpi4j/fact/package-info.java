/**
 * Facts: a reported {@link org.kpi4j.fact.Fact} with its period, unit, report date and printed
 * change, the {@link org.kpi4j.fact.FactSet} that keeps every vintage and builds series, and the
 * way in from files: {@link org.kpi4j.fact.FactSet#read(java.nio.file.Path)} picks the installed
 * {@link org.kpi4j.fact.FactFormat} (module org.kpi4j.io provides tidy CSV/JSON, SEC EDGAR, Sina and
 * tushare) with {@link org.kpi4j.fact.ReadOptions}, and says in {@link org.kpi4j.fact.ReadNote}s
 * what it skipped.
 */
package org.kpi4j.fact;

/**
 * The report: {@link org.kpi4j.report.KpiReport} (a model of sections holding paragraphs, tables,
 * charts and notes, built from any {@code FactSet} by {@link org.kpi4j.report.ReportOptions}) and
 * its writers, {@link org.kpi4j.report.HtmlWriter} (one self-contained page, charts as SVG with real
 * text), {@link org.kpi4j.report.MarkdownWriter} (charts as PNG files beside it) and
 * {@link org.kpi4j.report.ExcelWriter} (one sheet per table, numbers as numbers, a sheet of facts
 * with their provenance).
 *
 * <p>Every figure comes from the facts: the headline picks each headline metric's latest fiscal year
 * and latest quarter, charts are chosen by what the data allow, printed growth without a base is
 * shown with the base it implies, and a reported CAGR becomes a projection checked against the
 * printed one-year growth.
 */
package org.kpi4j.report;

/**
 * How kpi4j shows numbers to people, in one place: grouped numbers, signed percentages and
 * percentage points, units as an analyst reads them in Chinese or English ({@link
 * org.kpi4j.format.KpiFormat}), machine decimals without float noise for CSV and JSON
 * ({@link org.kpi4j.format.KpiFormat#decimal(double)}), and the {@link org.kpi4j.format.KpiTable}
 * model that every {@code toString()} table, the report's HTML, Markdown and Excel writers and the
 * notebook display render.
 *
 * <p>The representation rule: a computed growth or share is a {@code double} fraction (0.4827), a
 * ratio's change is a {@code double} in percentage points, and a percentage as printed is an
 * {@link org.kpi4j.unit.Percentage}; this package turns each into text.
 */
package org.kpi4j.format;

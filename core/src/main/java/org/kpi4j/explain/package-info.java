/**
 * Explain: what moved a KPI. {@link org.kpi4j.explain.MarginDecomposition} splits a change in total
 * margin across segments into a rate effect (segments' own margins moved) and a mix effect (revenue
 * shifted between segments of different margin); {@link org.kpi4j.explain.Shares} and
 * {@link org.kpi4j.explain.ShareTable} give segment shares and concentration (top-N share,
 * Herfindahl–Hirschman index); {@link org.kpi4j.explain.Ratios} gives the DuPont breakdown of
 * return on equity and ratio helpers that refuse a zero denominator.
 *
 * <p>Values are plain doubles; margins, shares and rates are fractions ({@code 0.32} for 32%), and
 * changes of them are printed in percentage points. Nothing here returns {@code NaN}: invalid input
 * throws {@link java.lang.IllegalArgumentException} with a sentence naming the segment, the field
 * and the value.
 */
package org.kpi4j.explain;

/**
 * Units: {@link org.kpi4j.unit.Unit} with its {@link org.kpi4j.unit.Dimension} and decimal scale
 * (元, 万元, 亿元, USD bn, EFLOPS, persons, percent), converted exactly.
 */
package org.kpi4j.unit;

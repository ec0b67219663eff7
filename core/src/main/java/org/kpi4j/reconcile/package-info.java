/**
 * Reconciliation: checks printed growth percentages, sign flags and CAGRs against figures
 * recomputed from the facts, within the tolerance their printed rounding implies.
 */
package org.kpi4j.reconcile;

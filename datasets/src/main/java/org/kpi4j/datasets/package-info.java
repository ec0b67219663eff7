/**
 * Bundled datasets: {@link org.kpi4j.datasets.Datasets#load(String)} by name, with provenance on
 * every fact.
 */
package org.kpi4j.datasets;

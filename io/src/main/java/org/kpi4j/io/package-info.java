/**
 * File I/O: tidy facts as CSV ({@link org.kpi4j.io.FactsCsv}) and JSON
 * ({@link org.kpi4j.io.FactsJson}), read with Jackson; errors name file, line and column.
 */
package org.kpi4j.io;

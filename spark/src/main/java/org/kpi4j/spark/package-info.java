/**
 * kpi4j on Apache Spark: tidy facts as a {@code Dataset<Row>} ({@link org.kpi4j.spark.SparkFacts}
 * reads and writes CSV and Parquet), and the KPI operations ({@link org.kpi4j.spark.SparkKpi}:
 * year-to-date to discrete quarters, YoY, QoQ, TTM, the facts known on a date, the check of printed
 * changes) computed by the core per series, so Spark and {@code KpiPanel} give the same numbers.
 * Column names other than the tidy format's are mapped with {@link org.kpi4j.spark.FactColumns}.
 */
package org.kpi4j.spark;

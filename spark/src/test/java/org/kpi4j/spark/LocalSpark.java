package org.kpi4j.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The one Spark session of the test JVM, started on first use: local mode on two threads, no UI,
 * the driver bound to the loopback address (no network needed), two shuffle partitions so a small
 * test does not run 200 empty tasks. Spark stops it at JVM exit.
 */
final class LocalSpark {

    private static SparkSession session;

    private LocalSpark() {
    }

    static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSession.builder()
                    .master("local[2]")
                    .appName("kpi4j-spark-test")
                    .config("spark.ui.enabled", "false")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.sql.shuffle.partitions", "2")
                    .config("spark.sql.debug.maxToStringFields", "100")
                    .getOrCreate();
        }
        return session;
    }
}

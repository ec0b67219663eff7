package org.kpi4j.benchmarks;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The job of {@code kpi panel --op yoy} in DuckDB, through its JDBC driver: a tidy facts CSV of
 * {@code SyntheticPanel} → discrete quarters → filing YoY → CSV, with kpi4j's rules so that the output
 * is the same numbers. Year-to-date flows are differenced within the fiscal year by {@code lag} over
 * the rows of a series and year ordered by quarter, taken only when the row before is the quarter
 * before (a gap leaves the quarter missing, never a difference across it); YoY is a self-join on the
 * quarter ordinal − 4 (never a row {@code lag} across gaps); (v − b) / |b|, missing for a zero or
 * missing base. Rows come out in no particular order ({@code SameResults} compares by key).
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.kpi4j.benchmarks.DuckDbJob FACTS.csv OUT.csv
 * </pre>
 */
public final class DuckDbJob {

    private DuckDbJob() {
    }

    /**
     * Runs the job.
     *
     * @param args the input CSV and the output CSV
     * @throws SQLException if DuckDB fails
     */
    public static void main(String[] args) throws SQLException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: DuckDbJob FACTS.csv OUT.csv");
        }
        long t0 = System.nanoTime();
        long rows = run(Path.of(args[0]), Path.of(args[1]));
        System.err.printf("duckdb: %,d rows in %.3f s in-process%n", rows, (System.nanoTime() - t0) / 1e9);
    }

    /**
     * Runs the job in a new in-memory database on all cores.
     *
     * @return the rows written
     */
    static long run(Path in, Path out) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("SET preserve_insertion_order = false");
            s.execute("CREATE TABLE facts AS SELECT entity, metric, coalesce(segment, '') AS segment, period, basis, value,"
                    + " CAST(substr(period, 1, 4) AS INTEGER) * 4 + CAST(substr(period, 6, 1) AS INTEGER) - 1 AS t"
                    + " FROM read_csv(" + literal(in) + ", header = true, columns = {'entity': 'VARCHAR',"
                    + " 'metric': 'VARCHAR', 'segment': 'VARCHAR', 'period': 'VARCHAR', 'basis': 'VARCHAR',"
                    + " 'value': 'DOUBLE', 'unit': 'VARCHAR'})");
            s.execute("CREATE TABLE discrete AS SELECT entity, metric, segment, period, t,"
                    + " CASE WHEN basis = 'ytd' AND t % 4 <> 0"
                    + "   THEN CASE WHEN lag(t) OVER w = t - 1 THEN value - lag(value) OVER w END"
                    + "   ELSE value END AS v"
                    + " FROM facts WINDOW w AS (PARTITION BY entity, metric, segment, t // 4 ORDER BY t)");
            s.execute("DROP TABLE facts");
            return s.executeUpdate("COPY (SELECT a.entity, a.metric, a.segment, a.period,"
                    + " (a.v - b.v) / abs(b.v) AS value, 'ratio' AS unit"
                    + " FROM discrete a JOIN discrete b ON a.entity = b.entity AND a.metric = b.metric"
                    + " AND a.segment = b.segment AND b.t = a.t - 4"
                    + " WHERE a.v IS NOT NULL AND b.v IS NOT NULL AND b.v <> 0) TO " + literal(out) + " (HEADER)");
        }
    }

    private static String literal(Path p) {
        return "'" + p.toAbsolutePath().toString().replace("'", "''") + "'";
    }
}

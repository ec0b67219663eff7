package org.kpi4j.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.kpi4j.datasets.SyntheticPanel;
import org.kpi4j.growth.GrowthConvention;
import org.kpi4j.io.PanelCsv;
import org.kpi4j.series.KpiPanel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole job in one JVM, kpi4j against DuckDB (JDBC, in-process, all cores): a tidy facts CSV →
 * discrete quarters → filing YoY → CSV. kpi4j: {@link PanelCsv#read(Path)}, {@link KpiPanel#yoy},
 * {@link PanelCsv#write(KpiPanel, OutputStream)}; DuckDB: {@link DuckDbJob}'s SQL. Both write a file
 * that {@link SameResults} finds equal to the bit. Input: {@code -p file=FACTS.csv}, or by default
 * the 10M-fact {@code SyntheticPanel} file (12,500 entities × 8 metrics × 100 quarters) written to a
 * temp file first. One call takes seconds, so each is timed alone ({@code SingleShotTime}).
 * {@code benchmarks/peers/run.sh} runs this beside Polars and pandas.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g", "-XX:+AlwaysPreTouch"})
public class PeersBench {

    /** A tidy facts CSV; empty for the default synthetic file. */
    @Param({""})
    public String file;

    private Path in;
    private Path generated;
    private Path out;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        if (file.isEmpty()) {
            generated = Files.createTempFile("kpi4j-peers", ".csv");
            SyntheticPanel.writeTidyCsv(generated, 42, 12500, 8, 100);
            in = generated;
        } else {
            in = Path.of(file);
        }
        out = Files.createTempFile("kpi4j-peers-out", ".csv");
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(out);
        if (generated != null) {
            Files.deleteIfExists(generated);
        }
    }

    @Benchmark
    public int kpi4j() throws IOException {
        KpiPanel yoy = PanelCsv.read(in).yoy(GrowthConvention.FILING);
        try (OutputStream o = Files.newOutputStream(out)) {
            PanelCsv.write(yoy, o);
        }
        return yoy.seriesCount();
    }

    @Benchmark
    public long duckdb() throws SQLException {
        return DuckDbJob.run(in, out);
    }
}

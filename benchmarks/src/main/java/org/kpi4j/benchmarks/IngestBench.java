package org.kpi4j.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.kpi4j.datasets.SyntheticPanel;
import org.kpi4j.fact.FactSet;
import org.kpi4j.io.FactsCsv;
import org.kpi4j.io.PanelCsv;
import org.kpi4j.series.KpiPanel;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Tidy-CSV ingest of a {@link SyntheticPanel} file (flows as {@code ytd} rows, stocks as
 * {@code instant}; 2,500 entities × 8 metrics × 50 quarters ≈ 970k facts by default) written once
 * into a temp file, two ways: {@link PanelCsv#read(Path)} (straight into a discrete-quarter
 * {@link KpiPanel}, YTD differenced) and {@link FactsCsv#read(Path)} (a {@link FactSet} of rich facts,
 * one object per fact with provenance). Throughput mode; the secondary result {@code *:facts} is
 * facts per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g", "-XX:+AlwaysPreTouch"})
public class IngestBench {

    /** Entities; × 8 metrics × quarters rows (less about 3% gaps). */
    @Param({"2500"})
    public int entities;

    @Param({"50"})
    public int quarters;

    private Path file;
    long expected;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        file = Files.createTempFile("kpi4j-ingest", ".csv");
        expected = SyntheticPanel.writeTidyCsv(file, 42, entities, 8, quarters);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
    }

    /** Counts facts read, reported per second alongside the reads per second. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Facts {
        public long facts;

        @Setup(Level.Iteration)
        public void reset() {
            facts = 0;
        }
    }

    @Benchmark
    public FactSet read(Facts counter) {
        FactSet s = FactsCsv.read(file);
        if (s.size() != expected) {
            throw new IllegalStateException("read " + s.size() + " facts, expected " + expected);
        }
        counter.facts += s.size();
        return s;
    }

    @Benchmark
    public KpiPanel readPanel(Facts counter) {
        KpiPanel p = PanelCsv.read(file);
        if (p.seriesCount() != entities * 8) {
            throw new IllegalStateException("read " + p.seriesCount() + " series, expected " + entities * 8);
        }
        counter.facts += expected;
        return p;
    }
}

package org.kpi4j.benchmarks;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.kpi4j.fact.FactSet;
import org.kpi4j.io.EdgarFacts;
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

/**
 * Reading a large filer's SEC companyfacts (Apple's, 4.1 MB and 24,579 facts; the file is read
 * where it lies, {@code -p file=...} or {@code ../shared/data/real} above the working directory,
 * never copied) three ways, from the same file in the page cache: {@code jacksonTokens} walks every
 * JSON token (the floor for any reader), {@code jacksonTree} builds Jackson's tree (what a caller
 * who reads the JSON himself gets), {@code edgarFacts} is {@link EdgarFacts#read(Path)}: parse,
 * infer the fiscal calendar, map concepts, units and periods, settle vintages and build the
 * {@link FactSet} (12,748 facts). Average time per read.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
public class EdgarBench {

    /** The companyfacts file; empty to look for Apple's in ../shared/data/real above the working directory. */
    @Param({""})
    public String file;

    private Path path;
    private final ObjectMapper mapper = new ObjectMapper();

    @Setup(Level.Trial)
    public void setUp() {
        if (!file.isEmpty()) {
            path = Path.of(file);
        } else {
            for (Path p = Path.of("").toAbsolutePath(); p != null && path == null; p = p.getParent()) {
                Path c = p.resolve("../shared/data/real/CIK0000320193_apple_companyfacts.json").normalize();
                if (Files.isRegularFile(c)) {
                    path = c;
                }
            }
        }
        if (path == null || !Files.isRegularFile(path)) {
            throw new IllegalStateException("no companyfacts file: give -p file=CIK##########.json");
        }
    }

    @Benchmark
    public long jacksonTokens() throws IOException {
        long n = 0;
        try (InputStream in = Files.newInputStream(path); JsonParser p = mapper.getFactory().createParser(in)) {
            while (p.nextToken() != null) {
                n++;
            }
        }
        return n;
    }

    @Benchmark
    public JsonNode jacksonTree() throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return mapper.readTree(in);
        }
    }

    @Benchmark
    public FactSet edgarFacts() {
        return EdgarFacts.read(path);
    }

}

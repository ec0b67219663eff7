package org.kpi4j.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.kpi4j.projection.Cagr;
import org.kpi4j.projection.Projection;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * CAGR and projection over {@code n} series (default 1M): {@link Cagr#rate}, {@link Cagr#valueAt},
 * {@link Projection#of} (six yearly rows each), and a plain {@code Math.pow} loop as the ceiling.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
public class CagrBench {

    @Param({"1000000"})
    public int n;

    private double[] from;
    private double[] to;
    private double[] rate;

    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom r = new SplittableRandom(42);
        from = new double[n];
        to = new double[n];
        rate = new double[n];
        for (int i = 0; i < n; i++) {
            from[i] = Math.exp(5 + 5 * r.nextDouble());
            to[i] = from[i] * Math.exp(0.6 * r.nextGaussian());
            rate[i] = -0.3 + 0.8 * r.nextDouble();
        }
    }

    @Benchmark
    public double[] cagrRateKpi4j() {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = Cagr.rate(from[i], to[i], 5.0);
        }
        return out;
    }

    @Benchmark
    public double[] cagrRatePlain() {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = Math.pow(to[i] / from[i], 1 / 5.0) - 1;
        }
        return out;
    }

    @Benchmark
    public double[] valueAtKpi4j() {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = Cagr.valueAt(from[i], rate[i], 5.0);
        }
        return out;
    }

    @Benchmark
    public void projectionKpi4j(Blackhole bh) {
        for (int i = 0; i < n; i++) {
            bh.consume(Projection.of(from[i], 2024, 2029, rate[i]));
        }
    }
}

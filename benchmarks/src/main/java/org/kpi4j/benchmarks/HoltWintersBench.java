package org.kpi4j.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.kpi4j.forecast.HoltWinters;
import org.kpi4j.forecast.HoltWintersSpec;
import org.kpi4j.forecast.Initialization;
import org.kpi4j.forecast.Seasonality;
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
 * Holt-Winters (additive seasonality, trend, heuristic initial states) fitted to {@code count}
 * quarterly series of {@code length} quarters each, one after another on one thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
public class HoltWintersBench {

    @Param({"1000"})
    public int count;

    @Param({"40"})
    public int length;

    private double[][] ys;
    private final HoltWintersSpec spec = HoltWintersSpec.quarterly(Seasonality.ADDITIVE);

    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom r = new SplittableRandom(42);
        ys = new double[count][length];
        for (int s = 0; s < count; s++) {
            double level = 1000 * (1 + r.nextDouble());
            double trend = level * (0.005 + 0.02 * r.nextGaussian());
            double[] season = {-0.1, 0, 0.02, 0.08};
            for (int t = 0; t < length; t++) {
                level += trend;
                ys[s][t] = level * (1 + season[t % 4]) + level * 0.03 * r.nextGaussian();
            }
        }
    }

    @Benchmark
    public void fitHeuristic(Blackhole bh) {
        for (double[] y : ys) {
            bh.consume(HoltWinters.fit(y, spec, Initialization.HEURISTIC));
        }
    }
}

package org.kpi4j.benchmarks;

import java.util.concurrent.TimeUnit;
import org.kpi4j.forecast.HoltWinters;
import org.kpi4j.forecast.PanelForecast;
import org.kpi4j.series.KpiPanel;
import org.kpi4j.series.KpiPanelBuilder;
import org.kpi4j.series.SeriesKey;
import org.kpi4j.time.Period;
import org.kpi4j.unit.Unit;
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
 * Holt-Winters (additive seasonality, trend) fitted to {@code count} quarterly series of
 * {@code length} quarters each: heuristic or estimated initial states one series after another on one
 * thread, and estimated as a whole panel on all cores ({@link PanelForecast}).
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

    private KpiPanel panel;

    @Setup(Level.Trial)
    public void setUp() {
        ys = ForecastVsStatsmodels.series(count, length);
        KpiPanelBuilder b = KpiPanel.builder(Period.parse("2015Q1"), length);
        for (int s = 0; s < count; s++) {
            b.add(SeriesKey.of("e" + s, "revenue"), Unit.YUAN, ys[s]);
        }
        panel = b.build();
    }

    @Benchmark
    public void fitHeuristic(Blackhole bh) {
        for (double[] y : ys) {
            bh.consume(HoltWinters.fit(y, spec, Initialization.HEURISTIC));
        }
    }

    /** Estimated initial states, as statsmodels' {@code fit()}: one series after another on one thread. */
    @Benchmark
    public void fitEstimated(Blackhole bh) {
        for (double[] y : ys) {
            bh.consume(HoltWinters.fit(y, spec));
        }
    }

    /** The same fits as {@link #fitEstimated}, the whole panel at once on all cores. */
    @Benchmark
    public PanelForecast panelForecast() {
        return PanelForecast.of(panel, spec, 4);
    }
}

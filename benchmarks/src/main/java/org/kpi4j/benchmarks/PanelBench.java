package org.kpi4j.benchmarks;

import java.util.concurrent.TimeUnit;
import org.kpi4j.datasets.SyntheticPanel;
import org.kpi4j.growth.GrowthConvention;
import org.kpi4j.series.KpiPanel;
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
import tech.tablesaw.api.DoubleColumn;

/**
 * YoY, QoQ, TTM and YTD→discrete over a panel of {@code series × quarters} points, three ways each:
 * {@code kpi4j} ({@link KpiPanel}, parallel above its threshold), {@code plain} (a single-threaded
 * loop over one flat {@code double[]}, allocating its output: the ceiling for one core) and
 * {@code tablesaw} (one {@link DoubleColumn} per series with pctChange / rolling(4).sum() /
 * difference(): the JVM peer). Data: {@link SyntheticPanel} (8 metrics per entity, gaps, losses).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g", "-XX:+AlwaysPreTouch"})
public class PanelBench {

    /** Number of series; a multiple of 8 (entities × 8 metrics). 100,000 × 100 = 10M points. */
    @Param({"100000"})
    public int series;

    @Param({"100"})
    public int quarters;

    private KpiPanel reported;   // flows year-to-date, as filed
    private KpiPanel discrete;   // discrete quarters
    private double[] ytdFlat;
    private double[] discFlat;
    private DoubleColumn[] ytdCols;
    private DoubleColumn[] discCols;
    private int q0;

    @Setup(Level.Trial)
    public void setUp() {
        reported = SyntheticPanel.generate(42, series / 8, 8, quarters);
        discrete = reported.toDiscreteQuarters();
        int n = reported.seriesCount();
        ytdFlat = new double[n * quarters];
        discFlat = new double[n * quarters];
        ytdCols = new DoubleColumn[n];
        discCols = new DoubleColumn[n];
        for (int s = 0; s < n; s++) {
            double[] a = reported.row(s);
            double[] b = discrete.row(s);
            System.arraycopy(a, 0, ytdFlat, s * quarters, quarters);
            System.arraycopy(b, 0, discFlat, s * quarters, quarters);
            ytdCols[s] = DoubleColumn.create("s" + s, a);
            discCols[s] = DoubleColumn.create("s" + s, b);
        }
        q0 = Math.floorMod(reported.quarter(0).endQuarterIndex(), 4);
    }

    // ---- YoY ----

    @Benchmark
    public KpiPanel yoyKpi4j() {
        return discrete.yoy(GrowthConvention.FILING);
    }

    @Benchmark
    public double[] yoyPlain() {
        return Plain.growth(discFlat, quarters, 4);
    }

    /** The plain loop split by series across all cores, as KpiPanel does: the multi-core ceiling. */
    @Benchmark
    public double[] yoyPlainAllCores() {
        return Plain.growthParallel(discFlat, quarters, 4);
    }

    @Benchmark
    public DoubleColumn[] yoyTablesaw() {
        DoubleColumn[] out = new DoubleColumn[discCols.length];
        for (int s = 0; s < out.length; s++) {
            out[s] = discCols[s].pctChange(4);
        }
        return out;
    }

    // ---- QoQ ----

    @Benchmark
    public KpiPanel qoqKpi4j() {
        return discrete.qoq(GrowthConvention.FILING);
    }

    @Benchmark
    public double[] qoqPlain() {
        return Plain.growth(discFlat, quarters, 1);
    }

    @Benchmark
    public DoubleColumn[] qoqTablesaw() {
        DoubleColumn[] out = new DoubleColumn[discCols.length];
        for (int s = 0; s < out.length; s++) {
            out[s] = discCols[s].pctChange(1);
        }
        return out;
    }

    // ---- TTM ----

    @Benchmark
    public KpiPanel ttmKpi4j() {
        return discrete.ttm();
    }

    @Benchmark
    public double[] ttmPlain() {
        return Plain.ttm(discFlat, quarters);
    }

    @Benchmark
    public DoubleColumn[] ttmTablesaw() {
        DoubleColumn[] out = new DoubleColumn[discCols.length];
        for (int s = 0; s < out.length; s++) {
            out[s] = discCols[s].rolling(4).sum();
        }
        return out;
    }

    // ---- YTD -> discrete ----

    @Benchmark
    public KpiPanel ytdKpi4j() {
        return reported.toDiscreteQuarters();
    }

    @Benchmark
    public double[] ytdPlain() {
        return Plain.ytdToDiscrete(ytdFlat, quarters, q0);
    }

    @Benchmark
    public DoubleColumn[] ytdTablesaw() {
        DoubleColumn[] out = new DoubleColumn[ytdCols.length];
        for (int s = 0; s < out.length; s++) {
            DoubleColumn c = ytdCols[s];
            DoubleColumn d = c.difference();
            for (int t = (4 - q0) % 4; t < quarters; t += 4) {
                d.set(t, c.getDouble(t)); // Q1 is as reported
            }
            out[s] = d;
        }
        return out;
    }

    /** The simplest correct loops: the ceiling. */
    static final class Plain {
        private Plain() {
        }

        static double[] growth(double[] in, int n, int lag) {
            double[] out = new double[in.length];
            for (int off = 0; off < in.length; off += n) {
                for (int t = 0; t < Math.min(lag, n); t++) {
                    out[off + t] = Double.NaN;
                }
                for (int i = off + lag; i < off + n; i++) {
                    out[i] = in[i] / in[i - lag] - 1; // no sign convention: negative bases not handled
                }
            }
            return out;
        }

        static double[] growthParallel(double[] in, int n, int lag) {
            double[] out = new double[in.length];
            java.util.stream.IntStream.range(0, in.length / n).parallel().forEach(s -> {
                int off = s * n;
                for (int t = 0; t < Math.min(lag, n); t++) {
                    out[off + t] = Double.NaN;
                }
                for (int i = off + lag; i < off + n; i++) {
                    out[i] = in[i] / in[i - lag] - 1;
                }
            });
            return out;
        }

        static double[] ttm(double[] in, int n) {
            double[] out = new double[in.length];
            for (int off = 0; off < in.length; off += n) {
                for (int t = 0; t < Math.min(3, n); t++) {
                    out[off + t] = Double.NaN;
                }
                for (int i = off + 3; i < off + n; i++) {
                    out[i] = in[i] + in[i - 1] + in[i - 2] + in[i - 3];
                }
            }
            return out;
        }

        static double[] ytdToDiscrete(double[] in, int n, int q0) {
            double[] out = new double[in.length];
            for (int off = 0; off < in.length; off += n) {
                out[off] = q0 == 0 ? in[off] : Double.NaN;
                for (int t = 1; t < n; t++) {
                    int i = off + t;
                    out[i] = (q0 + t) % 4 == 0 ? in[i] : in[i] - in[i - 1];
                }
            }
            return out;
        }
    }
}

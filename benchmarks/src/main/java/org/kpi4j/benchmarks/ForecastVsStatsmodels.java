package org.kpi4j.benchmarks;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import org.kpi4j.forecast.HoltWintersFit;
import org.kpi4j.forecast.HoltWintersSpec;
import org.kpi4j.forecast.PanelForecast;
import org.kpi4j.forecast.Seasonality;
import org.kpi4j.series.KpiPanel;
import org.kpi4j.series.KpiPanelBuilder;
import org.kpi4j.series.SeriesKey;
import org.kpi4j.time.Period;
import org.kpi4j.unit.Unit;

/**
 * kpi4j's half of {@code benchmarks/peers/forecast.sh}: {@code count} quarterly series of
 * {@code length} quarters ({@link HoltWintersBench}'s, seed 42) written to {@code DIR/series.csv}
 * (one series a line), then {@link PanelForecast#of} (additive trend and seasonality, estimated
 * initial states, as statsmodels' {@code fit()}) on all cores, {@code rounds} times; the fastest
 * round's milliseconds per series on stdout, each series' SSE, parameters and 4 forecasts in
 * {@code DIR/kpi4j.csv} for {@code forecast_statsmodels.py} to compare.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.kpi4j.benchmarks.ForecastVsStatsmodels DIR 200 40 3
 * </pre>
 */
public final class ForecastVsStatsmodels {

    private ForecastVsStatsmodels() {
    }

    /**
     * Runs it.
     *
     * @param args the directory, the number of series, their length, the rounds, and optionally
     *     {@code mul} for multiplicative seasonality (else additive)
     * @throws IOException if the files cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        int length = Integer.parseInt(args[2]);
        int rounds = Integer.parseInt(args[3]);
        double[][] ys = series(count, length);
        KpiPanelBuilder b = KpiPanel.builder(Period.parse("2015Q1"), length);
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(dir.resolve("series.csv"), StandardCharsets.UTF_8))) {
            for (int s = 0; s < count; s++) {
                b.add(SeriesKey.of("e" + s, "revenue"), Unit.YUAN, ys[s]);
                StringBuilder line = new StringBuilder();
                for (int t = 0; t < length; t++) {
                    line.append(t == 0 ? "" : ",").append(ys[s][t]);
                }
                w.println(line);
            }
        }
        KpiPanel panel = b.build();
        Seasonality seasonality = args.length > 4 && args[4].equals("mul") ? Seasonality.MULTIPLICATIVE
                : Seasonality.ADDITIVE;
        HoltWintersSpec spec = HoltWintersSpec.quarterly(seasonality);
        long bestNanos = Long.MAX_VALUE;
        long bestCpu = Long.MAX_VALUE;
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        PanelForecast f = null;
        for (int r = 0; r < rounds; r++) {
            long c0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            f = PanelForecast.of(panel, spec, 4);
            bestNanos = Math.min(bestNanos, System.nanoTime() - t0);
            bestCpu = Math.min(bestCpu, os.getProcessCpuTime() - c0);
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(dir.resolve("kpi4j.csv"), StandardCharsets.UTF_8))) {
            w.println("series,sse,alpha,beta,gamma,f1,f2,f3,f4");
            for (int s = 0; s < f.forecasts().seriesCount(); s++) {
                HoltWintersFit fit = f.fit(s);
                double[] fc = fit.forecast(4);
                int series = Integer.parseInt(f.forecasts().key(s).entity().substring(1)); // "e12": the input's 12th
                w.printf(Locale.ROOT, "%d,%s,%s,%s,%s,%s,%s,%s,%s%n", series, fit.sse(), fit.params().alpha(),
                        fit.params().beta(), fit.params().gamma(), fc[0], fc[1], fc[2], fc[3]);
            }
        }
        System.out.printf(Locale.ROOT, "kpi4j PanelForecast (" + seasonality + "): %d series x %d quarters on %d cores, fastest of %d rounds "
                + "%.1f ms, %.3f ms per series; CPU %.3f ms per series%n", count, length,
                Runtime.getRuntime().availableProcessors(), rounds, bestNanos / 1e6, bestNanos / 1e6 / count,
                bestCpu / 1e6 / count);
    }

    /** {@link HoltWintersBench}'s series. */
    static double[][] series(int count, int length) {
        SplittableRandom r = new SplittableRandom(42);
        double[][] ys = new double[count][length];
        for (int s = 0; s < count; s++) {
            double level = 1000 * (1 + r.nextDouble());
            double trend = level * (0.005 + 0.02 * r.nextGaussian());
            double[] season = {-0.1, 0, 0.02, 0.08};
            for (int t = 0; t < length; t++) {
                level += trend;
                ys[s][t] = level * (1 + season[t % 4]) + level * 0.03 * r.nextGaussian();
            }
        }
        return ys;
    }
}

package org.kpi4j.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kpi4j.forecast.Backtest;
import org.kpi4j.forecast.BacktestRow;
import org.kpi4j.forecast.Forecaster;
import org.kpi4j.forecast.HoltWintersSpec;
import org.kpi4j.forecast.Observations;
import org.kpi4j.forecast.Seasonality;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kpi backtest}: rolling-origin MAPE and MASE per model. */
@Command(name = "backtest", mixinStandardHelpOptions = true,
        description = "Rolling-origin backtest: out-of-sample MAPE and MASE of each candidate model.")
final class BacktestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Input input = new Input();

    @Option(names = "--horizon", required = true, paramLabel = "H", description = "steps ahead, >= 1")
    int horizon;

    @Option(names = "--min-train", paramLabel = "N", description = "shortest training window (default: half the series, at least 8)")
    Integer minTrain;

    @Option(names = "--format", paramLabel = "FMT", defaultValue = "table", description = "table, csv or json")
    Format format;

    @Override
    public Integer call() {
        Observations obs = Observations.of(input.series(null));
        double[] y = obs.values();
        int m = obs.stepQuarters() == 1 ? 4 : 1;
        int train = minTrain != null ? minTrain : Math.max(8, y.length / 2);
        if (train + horizon > y.length) {
            throw new IllegalArgumentException("a backtest with --horizon " + horizon + " and a training window of " + train
                    + " needs at least " + (train + horizon) + " points but the series has " + y.length);
        }
        boolean positive = java.util.Arrays.stream(y).allMatch(v -> v > 0);
        List<Forecaster> models = new ArrayList<>(List.of(Forecaster.naive(), Forecaster.linearTrend()));
        if (m > 1) {
            models.add(1, Forecaster.seasonalNaive(m));
        }
        if (positive) {
            models.add(Forecaster.logLinearTrend());
        }
        HoltWintersSpec hw = HoltWintersSpec.quarterly(Seasonality.ADDITIVE);
        PrintWriter err = spec.commandLine().getErr();
        if (m > 1 && train >= hw.minPoints()) {
            models.add(Forecaster.holtWinters(hw));
        } else if (m > 1) {
            // said, not silently dropped: each training window must hold two seasons to fit the seasonal states
            err.println("kpi: note: holt-winters is left out: it needs a training window of at least " + hw.minPoints()
                    + " quarters (two seasons), but --min-train is " + train);
        } else {
            err.println("kpi: note: holt-winters is left out: yearly data have no quarterly season");
        }
        if (!positive) {
            err.println("kpi: note: log-linear-trend is left out: the series has a value of zero or less");
        }
        err.flush();
        Backtest bt = Backtest.rollingOrigin(y, horizon, train, m, models);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.TABLE) {
            out.print(bt);
        } else {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (BacktestRow r : bt.rows()) {
                Map<String, Object> mp = new LinkedHashMap<>();
                mp.put("model", r.model());
                mp.put("mape", r.mape());
                mp.put("mase", r.mase());
                mp.put("points", r.points());
                rows.add(mp);
            }
            format.write(out, rows, List.of("model", "mape", "mase", "points"));
        }
        return 0;
    }
}

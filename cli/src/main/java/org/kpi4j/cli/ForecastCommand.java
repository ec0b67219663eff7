package org.kpi4j.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kpi4j.forecast.Forecast;
import org.kpi4j.forecast.HoltWinters;
import org.kpi4j.forecast.HoltWintersFit;
import org.kpi4j.forecast.HoltWintersParams;
import org.kpi4j.forecast.HoltWintersSpec;
import org.kpi4j.forecast.Observations;
import org.kpi4j.forecast.Seasonality;
import org.kpi4j.forecast.TrendForecast;
import org.kpi4j.internal.TextTable;
import org.kpi4j.series.KpiSeries;
import org.kpi4j.time.Period;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kpi forecast}: a trend or Holt-Winters forecast with prediction intervals. */
@Command(name = "forecast", mixinStandardHelpOptions = true,
        description = {"Forecast a series H steps ahead with prediction intervals.",
            "Year-to-date flows are converted to discrete quarters first; a gap is an error.",
            "Limits: a horizon of 1 to 1000 steps, ending by 9999Q4; observations of magnitude up to 1e100. A step "
                + "whose forecast is beyond the range of a double shows no number, with a note."})
final class ForecastCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Input input = new Input();

    @Option(names = "--method", required = true, paramLabel = "M", description = "linear, log-linear or holt-winters")
    String method;

    @Option(names = "--seasonal", paramLabel = "S", defaultValue = "additive",
            description = "holt-winters seasonality: none, additive or multiplicative (default: ${DEFAULT-VALUE})")
    String seasonal;

    @Option(names = "--damped", description = "holt-winters: damped trend")
    boolean damped;

    @Option(names = "--alpha", paramLabel = "A", description = "holt-winters known parameters: level smoothing")
    Double alpha;

    @Option(names = "--beta", paramLabel = "B", description = "trend smoothing")
    Double beta;

    @Option(names = "--gamma", paramLabel = "G", description = "seasonal smoothing")
    Double gamma;

    @Option(names = "--phi", paramLabel = "P", description = "damping (with --damped)")
    Double phi;

    @Option(names = "--horizon", required = true, paramLabel = "H", description = "steps ahead, 1 to 1000")
    int horizon;

    @Option(names = "--level", paramLabel = "L", defaultValue = "0.95", description = "interval level in (0, 1) (default: ${DEFAULT-VALUE})")
    double level;

    @Option(names = "--fitted", description = "also print the in-sample fitted values")
    boolean fitted;

    @Option(names = "--format", paramLabel = "FMT", defaultValue = "table", description = "table, csv or json")
    Format format;

    @Override
    public Integer call() {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("--level must be in (0, 1) but was " + level);
        }
        if (horizon < 1 || horizon > Forecast.MAX_HORIZON) {
            throw new IllegalArgumentException("--horizon must be 1 to " + Forecast.MAX_HORIZON + " but was " + horizon);
        }
        KpiSeries series = input.series(null);
        Observations obs = Observations.of(series);
        List<Period> future = obs.futurePeriods(horizon); // before fitting: a horizon past 9999Q4 is refused at once
        double[] y = obs.values();
        Forecast f;
        double[] inSample;
        String about;
        switch (method) {
            case "linear":
            case "log-linear": {
                TrendForecast t = method.equals("linear") ? TrendForecast.linear(y) : TrendForecast.logLinear(y);
                f = t.forecast(horizon, level);
                inSample = t.fitted();
                about = method + " trend";
                break;
            }
            case "holt-winters": {
                HoltWintersFit fit = holtWinters(y, obs.stepQuarters());
                f = fit.forecast(horizon, level);
                inSample = fit.fitted();
                about = fit.spec().name() + " " + fit.params() + String.format(", SSE %.6g, AIC %.4f", fit.sse(), fit.aic())
                        + (fit.warnings().isEmpty() ? "" : "; warnings: " + String.join("; ", fit.warnings()));
                break;
            }
            default:
                throw new IllegalArgumentException("unknown --method '" + method + "'; expected linear, log-linear or holt-winters");
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        if (fitted) {
            for (int i = 0; i < y.length; i++) {
                rows.add(row(obs.periods().get(i), "fitted", y[i], inSample[i], null, null));
            }
        }
        for (int k = 0; k < horizon; k++) {
            rows.add(row(future.get(k), "forecast", null, f.mean()[k], f.lower()[k], f.upper()[k]));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.TABLE) {
            out.println(series.entity() + "/" + series.metric().id() + (series.segment().isEmpty() ? "" : "[" + series.segment() + "]")
                    + " in " + series.unit() + ": " + about + ", " + Math.round(level * 100) + "% interval");
            TextTable t = TextTable.of("period", "kind", "actual", "forecast", "lower", "upper");
            for (Map<String, Object> r : rows) {
                t.row(r.get("period"), r.get("kind"), num(r.get("actual")), num(r.get("forecast")), num(r.get("lower")),
                        num(r.get("upper")));
            }
            out.print(t);
            if (!f.note().isEmpty()) {
                out.println("note: " + f.note());
            }
        } else {
            format.write(out, rows, List.of("period", "kind", "actual", "forecast", "lower", "upper"));
        }
        return 0;
    }

    private HoltWintersFit holtWinters(double[] y, int step) {
        Seasonality s = switch (seasonal) {
            case "none" -> Seasonality.NONE;
            case "additive" -> Seasonality.ADDITIVE;
            case "multiplicative" -> Seasonality.MULTIPLICATIVE;
            default -> throw new IllegalArgumentException("unknown --seasonal '" + seasonal
                    + "'; expected none, additive or multiplicative");
        };
        if (step != 1 && s != Seasonality.NONE) {
            s = Seasonality.NONE; // yearly data has no quarterly season
        }
        HoltWintersSpec hs = HoltWintersSpec.quarterly(s);
        if (damped) {
            hs = hs.withDampedTrend();
        }
        if (alpha == null && beta == null && gamma == null && phi == null) {
            return HoltWinters.fit(y, hs);
        }
        if (alpha == null || beta == null || (hs.seasonal() && gamma == null) || (damped && phi == null)) {
            throw new IllegalArgumentException("known parameters need --alpha and --beta"
                    + (hs.seasonal() ? ", --gamma" : "") + (damped ? " and --phi" : "") + ", or none of them to fit");
        }
        HoltWintersParams p = damped ? HoltWintersParams.of(alpha, beta, gamma == null ? 0 : gamma, phi)
                : HoltWintersParams.of(alpha, beta, gamma == null ? 0 : gamma);
        return HoltWinters.known(y, hs, p, HoltWinters.heuristicStates(y, hs));
    }

    private static Map<String, Object> row(Period p, String kind, Double actual, double fc, Double lo, Double hi) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("period", p.toString());
        m.put("kind", kind);
        m.put("actual", actual);
        m.put("forecast", number(fc));
        m.put("lower", number(lo));
        m.put("upper", number(hi));
        return m;
    }

    /** A forecast cell: null, no number, where the model's value is beyond the range of a double. */
    private static Double number(Double v) {
        return v == null || !Double.isFinite(v) ? null : v;
    }

    private static String num(Object o) {
        return o == null ? null : TextTable.number((Double) o, 2);
    }
}

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
import org.kpi4j.forecast.HoltWintersStates;
import org.kpi4j.forecast.Initialization;
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

    @Option(names = "--initialization", paramLabel = "I", defaultValue = "estimated",
            description = "holt-winters, when fitting: estimated (the initial states are fitted too) or heuristic "
                    + "(held at statsmodels' heuristic values) (default: ${DEFAULT-VALUE})")
    String initialization;

    @Option(names = "--initial-level", paramLabel = "L0", description = "holt-winters known initial states (with "
            + "--alpha ...): the level before the first point (default: the heuristic states)")
    Double initialLevel;

    @Option(names = "--initial-trend", paramLabel = "B0", description = "the trend before the first point (default: 0 "
            + "with --initial-level)")
    Double initialTrend;

    @Option(names = "--initial-seasonal", paramLabel = "S1,..", split = ",",
            description = "the seasonal states, one per quarter, element j for observation j (with --initial-level)")
    List<Double> initialSeasonal;

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
        Map<String, Object> model = new LinkedHashMap<>();
        switch (method) {
            case "linear":
            case "log-linear": {
                TrendForecast t = method.equals("linear") ? TrendForecast.linear(y) : TrendForecast.logLinear(y);
                f = t.forecast(horizon, level);
                inSample = t.fitted();
                about = method + " trend";
                model.put("name", about);
                model.put("n", t.n());
                model.put("intercept", t.intercept());
                model.put("slope", t.slope());
                if (method.equals("log-linear")) {
                    model.put("growth_rate", t.growthRate());
                }
                model.put("residual_std_error", t.residualStdError());
                break;
            }
            case "holt-winters": {
                HoltWintersFit fit = holtWinters(y, obs.stepQuarters());
                f = fit.forecast(horizon, level);
                inSample = fit.fitted();
                about = fit.spec().name() + " " + fit.params() + ", initial states (" + initialSource() + ") level "
                        + String.format("%.6g", fit.initialStates().level()) + ", trend "
                        + String.format("%.6g", fit.initialStates().trend())
                        + (fit.initialStates().seasonal().length == 0 ? "" : ", seasonal "
                                + java.util.Arrays.toString(fit.initialStates().seasonal()))
                        + String.format(", SSE %.6g, AIC %.4f", fit.sse(), fit.aic())
                        + (fit.warnings().isEmpty() ? "" : "; warnings: " + String.join("; ", fit.warnings()));
                model.putAll(describe(fit, initialSource()));
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
        } else if (format == Format.JSON) {
            // one document: what was forecast, the model (parameters, initial states, SSE, AIC) and the rows
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("series", series.entity() + "/" + series.metric().id()
                    + (series.segment().isEmpty() ? "" : "[" + series.segment() + "]"));
            doc.put("unit", series.unit().symbol());
            doc.put("level", level);
            doc.put("model", model);
            doc.put("rows", rows);
            if (!f.note().isEmpty()) {
                doc.put("note", f.note()); // the steps beyond the range of a double, which have no number
            }
            format.writeOne(out, doc);
        } else {
            format.write(out, rows, List.of("period", "kind", "actual", "forecast", "lower", "upper"));
        }
        return 0;
    }

    /** Where the initial states of a Holt-Winters fit come from, as the JSON names it. */
    private String initialSource() {
        if (alpha == null) {
            return Initialization.parse(initialization).toString();
        }
        return initialLevel != null ? "given" : "heuristic";
    }

    /** A Holt-Winters fit as JSON: the model, its parameters and initial states, SSE, AIC and warnings. */
    static Map<String, Object> describe(HoltWintersFit fit, String initialSource) {
        Map<String, Object> m = new LinkedHashMap<>();
        HoltWintersParams p = fit.params();
        m.put("name", fit.spec().name());
        m.put("n", fit.n());
        m.put("alpha", p.alpha());
        m.put("beta", p.beta());
        m.put("gamma", p.gamma());
        m.put("phi", p.phi());
        Map<String, Object> init = new LinkedHashMap<>();
        init.put("source", initialSource);
        init.put("level", fit.initialStates().level());
        init.put("trend", fit.initialStates().trend());
        init.put("seasonal", fit.initialStates().seasonal());
        m.put("initial_states", init);
        m.put("sse", fit.sse());
        m.put("sigma2", fit.sigma2());
        m.put("parameter_count", fit.parameterCount());
        m.put("aic", fit.aic());
        m.put("warnings", fit.warnings());
        return m;
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
        boolean statesGiven = initialLevel != null || initialTrend != null || initialSeasonal != null;
        if (alpha == null && beta == null && gamma == null && phi == null) {
            if (statesGiven) {
                throw new IllegalArgumentException("initial states (--initial-level ...) go with known parameters "
                        + "(--alpha, --beta ...); to fit, choose --initialization estimated or heuristic instead");
            }
            return HoltWinters.fit(y, hs, Initialization.parse(initialization));
        }
        if (alpha == null || beta == null || (hs.seasonal() && gamma == null) || (damped && phi == null)) {
            throw new IllegalArgumentException("known parameters need --alpha and --beta"
                    + (hs.seasonal() ? ", --gamma" : "") + (damped ? " and --phi" : "") + ", or none of them to fit");
        }
        HoltWintersParams p = damped ? HoltWintersParams.of(alpha, beta, gamma == null ? 0 : gamma, phi)
                : HoltWintersParams.of(alpha, beta, gamma == null ? 0 : gamma);
        return HoltWinters.known(y, hs, p, statesGiven ? states(hs) : HoltWinters.heuristicStates(y, hs));
    }

    private HoltWintersStates states(HoltWintersSpec hs) {
        if (initialLevel == null) {
            throw new IllegalArgumentException("initial states need --initial-level (and --initial-trend, "
                    + "--initial-seasonal as the model has them)");
        }
        int m = hs.seasonal() ? hs.period() : 0;
        List<Double> seasonals = initialSeasonal == null ? List.of() : initialSeasonal;
        if (seasonals.size() != m) {
            throw new IllegalArgumentException(m == 0 ? "--initial-seasonal is for a seasonal model, but this one has "
                    + "no seasonality (--seasonal none, or yearly data)"
                    : "--initial-seasonal needs " + m + " values, one per quarter, but got " + seasonals.size());
        }
        return new HoltWintersStates(initialLevel, initialTrend == null ? 0 : initialTrend,
                seasonals.stream().mapToDouble(Double::doubleValue).toArray());
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

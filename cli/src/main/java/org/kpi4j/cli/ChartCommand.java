package org.kpi4j.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.kpi4j.charts.ChartOptions;
import org.kpi4j.charts.Charts;
import org.kpi4j.charts.FanLine;
import org.kpi4j.charts.KpiChart;
import org.kpi4j.charts.MixMode;
import org.kpi4j.datasets.Datasets;
import org.kpi4j.fact.FactSet;
import org.kpi4j.series.SeriesKey;
import org.kpi4j.forecast.Forecast;
import org.kpi4j.forecast.Observations;
import org.kpi4j.forecast.TrendForecast;
import org.kpi4j.growth.GrowthConvention;
import org.kpi4j.growth.GrowthKind;
import org.kpi4j.series.KpiSeries;
import org.kpi4j.time.Period;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kpi chart}: one chart of one metric to PNG, SVG or PDF. */
@Command(name = "chart", mixinStandardHelpOptions = true,
        description = {"Render one chart of a metric to a PNG, SVG or PDF file (by extension).",
            "Types: line, yoy (growth bars), combo (value bars + growth line), fan (trend forecast with a 95% band),",
            "mix (the metric's segments stacked)."})
final class ChartCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Input input = new Input();

    @Option(names = "--type", required = true, paramLabel = "T", description = "line, yoy, combo, fan or mix")
    String type;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "FILE.png, FILE.svg or FILE.pdf")
    Path out;

    @Option(names = "--lang", paramLabel = "L", defaultValue = "en", description = "zh or en (default: ${DEFAULT-VALUE})")
    String lang;

    @Option(names = "--horizon", paramLabel = "H", defaultValue = "4", description = "fan: steps ahead (default: ${DEFAULT-VALUE})")
    int horizon;

    @Override
    public Integer call() throws IOException {
        ChartOptions opt = options(lang);
        KpiChart chart;
        if (type.equals("mix")) {
            FactSet facts = input.load(null);
            List<KpiSeries> segs = new ArrayList<>();
            for (SeriesKey k : facts.keys()) {
                if (!k.segment().isEmpty()) {
                    segs.add(facts.series(k));
                }
            }
            if (segs.isEmpty()) {
                throw new IllegalArgumentException("mix needs a metric reported by segment; " + input.metric + " has no segments");
            }
            chart = Charts.mix(segs, MixMode.VALUES, opt);
        } else {
            KpiSeries s = input.series(null);
            switch (type) {
                case "line":
                    chart = Charts.line(s, opt);
                    break;
                case "yoy":
                    chart = Charts.yoy(s.growth(GrowthKind.YOY, GrowthConvention.FILING), opt);
                    break;
                case "combo":
                    chart = Charts.combo(s, s.growth(GrowthKind.YOY, GrowthConvention.FILING), opt);
                    break;
                case "fan":
                    chart = fan(s, horizon, opt);
                    break;
                default:
                    throw new IllegalArgumentException("unknown --type '" + type + "'; expected line, yoy, combo, fan or mix");
            }
        }
        write(chart, out);
        spec.commandLine().getOut().println(out);
        return 0;
    }

    static ChartOptions options(String lang) {
        switch (lang.toLowerCase(Locale.ROOT)) {
            case "zh":
                return ChartOptions.zh().withCatalog(Datasets.catalog());
            case "en":
                return ChartOptions.en().withCatalog(Datasets.catalog());
            default:
                throw new IllegalArgumentException("unknown --lang '" + lang + "'; expected zh or en");
        }
    }

    static KpiChart fan(KpiSeries s, int horizon, ChartOptions opt) {
        Observations obs = Observations.of(s);
        double[] y = obs.values();
        boolean positive = java.util.Arrays.stream(y).allMatch(v -> v > 0);
        TrendForecast t = positive ? TrendForecast.logLinear(y) : TrendForecast.linear(y);
        Forecast f = t.forecast(horizon, 0.95);
        List<String> periods = obs.futurePeriods(horizon).stream().map(Period::toString).toList();
        return Charts.fan(s, FanLine.of(positive ? "log-linear trend" : "linear trend", periods, f.mean()), f.lower(),
                f.upper(), List.of(), opt);
    }

    static void write(KpiChart chart, Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".png")) {
            chart.toPng(file);
        } else if (name.endsWith(".svg")) {
            chart.toSvg(file);
        } else if (name.endsWith(".pdf")) {
            chart.toPdf(file);
        } else {
            throw new IllegalArgumentException("--out must end in .png, .svg or .pdf but was " + file);
        }
    }

}

package org.kpi4j.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.kpi4j.charts.ChartBasis;
import org.kpi4j.charts.ChartData;
import org.kpi4j.charts.ChartOptions;
import org.kpi4j.charts.ChartSpec;
import org.kpi4j.charts.ComboSpec;
import org.kpi4j.charts.FanSpec;
import org.kpi4j.charts.GrowthSpec;
import org.kpi4j.charts.KpiChart;
import org.kpi4j.charts.LineSpec;
import org.kpi4j.charts.MixMode;
import org.kpi4j.charts.MixSpec;
import org.kpi4j.datasets.Datasets;
import org.kpi4j.fact.FactSet;
import org.kpi4j.growth.GrowthConvention;
import org.kpi4j.growth.GrowthKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kpi chart}: one chart of one metric to PNG, SVG or PDF, or its plotted data to CSV. */
@Command(name = "chart", mixinStandardHelpOptions = true,
        description = {"Render one chart of a metric to a PNG, SVG or PDF file, or its data to a CSV file.",
            "The file's extension chooses; the CSV holds what is plotted (period, series, value, unit, basis).",
            "Types: line, yoy (growth bars), combo (value bars + growth line), fan (trend forecast with a band),",
            "mix (the parts of --segment, or of the whole entity, stacked; ratios side by side).",
            "Every chart draws one basis: flows filed year-to-date as single quarters, TTM sums or fiscal years."})
final class ChartCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Input input = new Input();

    @Option(names = "--type", required = true, paramLabel = "T", description = "line, yoy, combo, fan or mix")
    String type;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "FILE.png, .svg, .pdf, or .csv for the data")
    Path out;

    @Option(names = "--lang", paramLabel = "L", defaultValue = "zh", description = "zh or en (default: ${DEFAULT-VALUE}, as kpi report)")
    String lang;

    @Option(names = "--font", paramLabel = "FILE", description = "a .ttf/.otf/.ttc font to draw the labels in "
            + "(default: an installed CJK font, else the bundled WenQuanYi Micro Hei)")
    Path font;

    @Option(names = "--basis", paramLabel = "B", defaultValue = "auto",
            description = "auto, discrete, ttm, year or as-reported (default: ${DEFAULT-VALUE})")
    String basis;

    @Option(names = "--kind", paramLabel = "KIND",
            description = "yoy and combo: default, yoy, qoq, ttm-yoy or vs-year-end (default: default)")
    String kind;

    @Option(names = "--convention", paramLabel = "C", defaultValue = "filing",
            description = "yoy and combo: filing, plain or nm (default: ${DEFAULT-VALUE})")
    String convention;

    @Option(names = "--mode", paramLabel = "M", defaultValue = "values",
            description = "mix: values or shares (default: ${DEFAULT-VALUE})")
    String mode;

    @Option(names = "--horizon", paramLabel = "H", defaultValue = "4", description = "fan: steps ahead (default: ${DEFAULT-VALUE})")
    int horizon;

    @Option(names = "--level", paramLabel = "L", defaultValue = "0.95",
            description = "fan: the band's coverage in (0, 1) (default: ${DEFAULT-VALUE})")
    double level;

    @Override
    public Integer call() throws IOException {
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean csv = name.endsWith(".csv");
        if (!csv && !name.endsWith(".png") && !name.endsWith(".svg") && !name.endsWith(".pdf")) {
            throw new IllegalArgumentException("--out must end in .png, .svg or .pdf (a picture) or .csv (its data) but was "
                    + out);
        }
        Outputs.refuseInput(input.file(), "--out", out);
        ChartOptions opt = options(lang);
        if (font != null) {
            opt = opt.withFont(org.kpi4j.charts.ChartFonts.load(font));
        }
        ChartSpec chart = spec(ChartBasis.parse(basis), opt);
        if (csv) {
            ChartData data = chart.data();
            Files.writeString(out, data.toCsv(), StandardCharsets.UTF_8);
            PrintWriter err = spec.commandLine().getErr();
            data.notes().forEach(n -> err.println("kpi: " + n));
            err.flush();
        } else {
            write(chart.chart(), out);
        }
        spec.commandLine().getOut().println(out);
        return 0;
    }

    private ChartSpec spec(ChartBasis b, ChartOptions opt) {
        boolean growth = type.equals("yoy") || type.equals("combo");
        if (kind != null && !growth) {
            throw new IllegalArgumentException("--kind applies to --type yoy and combo, not " + type);
        }
        GrowthKind k = kind == null ? GrowthKind.DEFAULT : GrowthKind.parse(kind);
        GrowthConvention c = GrowthConvention.parse(convention);
        switch (type) {
            case "line":
                return LineSpec.builder().series(input.series(null)).basis(b).options(opt).build();
            case "yoy":
                return GrowthSpec.builder().series(input.series(null)).kind(k).convention(c).basis(b).options(opt).build();
            case "combo":
                return ComboSpec.builder().series(input.series(null)).kind(k).convention(c).basis(b).options(opt).build();
            case "fan":
                return FanSpec.builder().history(input.series(null)).basis(b).trendForecast(horizon, level).options(opt)
                        .build();
            case "mix":
                return mix(b, opt);
            default:
                throw new IllegalArgumentException("unknown --type '" + type + "'; expected line, yoy, combo, fan or mix");
        }
    }

    private ChartSpec mix(ChartBasis b, ChartOptions opt) {
        if (input.metric == null) {
            throw new IllegalArgumentException("give --metric M");
        }
        FactSet facts = input.load(null);
        if (facts.entities().size() > 1) {
            throw new IllegalArgumentException("several entities report " + input.metric + "; pick one with --entity: "
                    + facts.entities());
        }
        MixMode m;
        switch (mode.toLowerCase(Locale.ROOT)) {
            case "values":
                m = MixMode.VALUES;
                break;
            case "shares":
                m = MixMode.SHARES;
                break;
            default:
                throw new IllegalArgumentException("unknown --mode '" + mode + "'; expected values or shares");
        }
        String parent = input.segment == null ? "" : input.segment;
        return MixSpec.builder().segmentsOf(facts, facts.entities().get(0), input.metric, parent).mode(m).basis(b)
                .options(opt).build();
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

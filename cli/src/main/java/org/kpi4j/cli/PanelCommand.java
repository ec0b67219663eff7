package org.kpi4j.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.kpi4j.datasets.Datasets;
import org.kpi4j.forecast.HoltWintersSpec;
import org.kpi4j.forecast.PanelForecast;
import org.kpi4j.forecast.Seasonality;
import org.kpi4j.growth.GrowthConvention;
import org.kpi4j.io.PanelCsv;
import org.kpi4j.series.KpiPanel;
import org.kpi4j.series.PanelLayout;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kpi panel}: one operation over every series of a large tidy file, through the panel path. */
@Command(name = "panel", mixinStandardHelpOptions = true,
        description = {"YoY, QoQ, TTM, discrete quarters or Holt-Winters forecasts of every series in a large tidy CSV at once.",
            "The file is read straight into a columnar panel (no object per row; flows filed year-to-date become "
                + "discrete quarters); the result is a table of the first 10 series and last 6 quarters, or every "
                + "cell as tidy CSV with --format csv or --out. For the checks, flags and provenance of a few series, use 'kpi growth'."})
final class PanelCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--file", paramLabel = "F", required = true, description = "tidy facts CSV")
    Path file;

    @Option(names = "--op", paramLabel = "OP", defaultValue = "yoy",
            description = "yoy, qoq, ttm, discrete or forecast (default: ${DEFAULT-VALUE})")
    String op;

    @Option(names = "--horizon", paramLabel = "H", defaultValue = "4",
            description = "forecast: quarters after each series' last value (default: ${DEFAULT-VALUE})")
    int horizon;

    @Option(names = "--seasonal", paramLabel = "S", defaultValue = "additive",
            description = "forecast: Holt-Winters seasonality, none, additive or multiplicative (default: ${DEFAULT-VALUE})")
    String seasonal;

    @Option(names = "--damped", description = "forecast: damped trend")
    boolean damped;

    @Option(names = "--convention", paramLabel = "C", defaultValue = "filing",
            description = "for yoy and qoq: filing, plain or nm (default: ${DEFAULT-VALUE})")
    String convention;

    @Option(names = "--as-reported", description = "keep year-to-date flows cumulative instead of differencing them")
    boolean asReported;

    @Mixin
    FiscalYear fiscalYear = new FiscalYear();

    @Option(names = "--as-of", paramLabel = "DATE", description = "only rows filed by DATE (as_of on or before it, "
            + "YYYY-MM-DD); of those the latest vintage of each figure wins")
    String asOf;

    @Option(names = "--format", paramLabel = "FMT", defaultValue = "table",
            description = "table or csv (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--out", paramLabel = "F", description = "write the result as tidy CSV to this file")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (format == Format.JSON) {
            throw new IllegalArgumentException("kpi panel writes table or csv (a panel can hold millions of values); "
                    + "use 'kpi growth --format json' for a few series");
        }
        GrowthConvention c = GrowthConvention.parse(convention);
        if (asReported && op.equalsIgnoreCase("discrete")) {
            throw new IllegalArgumentException("--as-reported keeps year-to-date flows cumulative and --op discrete "
                    + "turns them into single quarters; give one of them");
        }
        if (out != null) {
            Outputs.refuseInput(file, "--out", out);
        }
        KpiPanel panel = PanelCsv.read(file, Datasets.catalog(), fiscalYear.calendar(),
                asReported ? PanelLayout.AS_REPORTED : PanelLayout.QUARTERLY,
                asOf == null ? null : Input.date(asOf, "--as-of"));
        KpiPanel result;
        switch (op.toLowerCase(Locale.ROOT)) {
            case "yoy":
                result = panel.yoy(c);
                break;
            case "qoq":
                result = panel.qoq(c);
                break;
            case "ttm":
                result = panel.ttm();
                break;
            case "discrete":
                result = panel.toDiscreteQuarters();
                break;
            case "forecast":
                HoltWintersSpec hw = HoltWintersSpec.quarterly(Seasonality.parse(seasonal));
                result = PanelForecast.of(panel, damped ? hw.withDampedTrend() : hw, horizon).forecasts(); // all cores
                break;
            default:
                throw new IllegalArgumentException("unknown --op '" + op + "'; expected yoy, qoq, ttm, discrete or forecast");
        }
        PrintWriter pw = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (out != null || format == Format.CSV) { // the table shows them as its footnotes
            result.notes().forEach(n -> err.println("kpi: " + n));
            err.flush();
        }
        if (out != null) {
            try (OutputStream o = Files.newOutputStream(out)) {
                PanelCsv.write(result, o); // UTF-8 bytes formatted on all cores, no character encoder
            } catch (UncheckedIOException e) {
                throw new IllegalArgumentException("cannot write " + out + ": " + e.getCause().getMessage(), e);
            }
            pw.printf("%s: %,d series x %d quarters (%s..%s) -> %s%n", op, result.seriesCount(),
                    result.quarterCount(), result.quarter(0), result.quarter(result.quarterCount() - 1), out);
        } else if (format == Format.CSV) {
            PanelCsv.write(result, pw);
        } else {
            pw.print(result);
            if (op.equalsIgnoreCase("yoy") || op.equalsIgnoreCase("qoq")) {
                pw.println(op + ": " + c + " convention; growth as a fraction of the base, a ratio's change in points");
            }
        }
        pw.flush();
        return 0;
    }
}

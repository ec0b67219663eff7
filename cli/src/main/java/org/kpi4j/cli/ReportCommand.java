package org.kpi4j.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.kpi4j.charts.ChartFonts;
import org.kpi4j.datasets.Datasets;
import org.kpi4j.fact.Fact;
import org.kpi4j.fact.FactSet;
import org.kpi4j.format.Language;
import org.kpi4j.report.KpiReport;
import org.kpi4j.report.ReportOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kpi report}: options, then {@link KpiReport}. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write report.html, report.md and report.xlsx for a dataset or file.",
            "report.html is self-contained (charts as SVG, no network needed), report.md has its charts as PNG",
            "in report-files/; with no --file or --dataset, the bundled paratera dataset with the idc-compute",
            "market. Prints the path of report.html."})
final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Input input = new Input();

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "kpi-report", description = "output folder (default: ${DEFAULT-VALUE})")
    Path outDir;

    @Option(names = "--lang", paramLabel = "L", defaultValue = "zh", description = "zh or en (default: ${DEFAULT-VALUE})")
    String lang;

    @Option(names = "--font", paramLabel = "FILE", description = "a .ttf/.otf/.ttc font for the PNG charts "
            + "(default: an installed CJK font, else the bundled WenQuanYi Micro Hei)")
    Path font;

    @Override
    public Integer call() throws IOException {
        ReportOptions options = ReportOptions.of(Language.parse(lang)).withNames(Datasets.names())
                .withCatalog(Datasets.catalog());
        if (input.asOf != null) {
            options = options.withAsOf(Input.date(input.asOf, "--as-of"));
        }
        if (input.entity != null) {
            options = options.withEntity(input.entity);
        }
        if (font != null) {
            options = options.withChartFont(ChartFonts.load(font));
        }
        FactSet facts;
        if (input.source == null) {
            List<Fact> all = new ArrayList<>(input.load("paratera").facts());
            all.addAll(Datasets.load("idc-compute").facts());
            facts = FactSet.of(all);
        } else {
            facts = input.load(null);
        }
        if (input.source != null && input.source.file != null) {
            Path in = input.source.file.toAbsolutePath().normalize();
            for (String name : List.of("report.html", "report.md", "report.xlsx")) {
                if (outDir.resolve(name).toAbsolutePath().normalize().equals(in)) {
                    throw new IllegalArgumentException("--out " + outDir + " would write over the input file " + in);
                }
            }
        }
        // the same through links, and the charts' folder of the Markdown report
        Outputs.refuseInput(input.file(), "--out", new Path[] {outDir.resolve("report.html"), outDir.resolve("report.md"),
            outDir.resolve("report.xlsx")}, outDir.resolve(org.kpi4j.report.MarkdownWriter.FILES));
        KpiReport report = KpiReport.of(facts, options);
        Files.createDirectories(outDir);
        List<Path> files = report.writeTo(outDir);
        spec.commandLine().getOut().println(files.get(0).toAbsolutePath().normalize()); // the one to open; a script's $(kpi report)
        List<String> beside = new ArrayList<>();
        long charts = 0;
        for (Path f : files.subList(1, files.size())) {
            if (outDir.equals(f.getParent())) {
                beside.add(f.getFileName().toString());
            } else {
                charts++; // the Markdown report's pictures, in its own folder
            }
        }
        spec.commandLine().getErr().printf("kpi: also wrote %s beside it%s%n", String.join(", ", beside),
                charts == 0 ? "" : " (and " + charts + " chart" + (charts == 1 ? "" : "s") + " for the Markdown in "
                        + org.kpi4j.report.MarkdownWriter.FILES + "/)");
        spec.commandLine().getErr().flush();
        return 0;
    }
}

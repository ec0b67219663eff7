package org.kpi4j.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.kpi4j.datasets.Datasets;
import org.kpi4j.fact.Fact;
import org.kpi4j.fact.FactFormat;
import org.kpi4j.fact.FactSet;
import org.kpi4j.fact.ReadNote;
import org.kpi4j.fact.ReadOptions;
import org.kpi4j.io.FactsCsv;
import org.kpi4j.io.FactsJson;
import org.kpi4j.time.FiscalCalendar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kpi import}: any file of facts kpi reads, written as tidy facts with as_of and source. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Read a file of facts in any format kpi knows and write it as tidy facts (CSV, or JSON for "
                + "--out *.json), every vintage with its as_of and source, so that it can be kept, diffed and read back.",
            "Formats, told from the content: tidy-csv, tidy-json, edgar-companyfacts, edgar-companyconcept, "
                + "edgar-frames, sina, tushare. A summary (what was read, what was skipped and why) goes to "
                + "standard error, or to standard output with --out."})
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the file to import")
    Path file;

    @Option(names = {"--format", "--input-format"}, paramLabel = "FMT",
            description = "the file's format, when its content does not tell")
    String format;

    @Option(names = "--out", paramLabel = "F", description = "write the tidy facts here (.json for JSON, else CSV) "
            + "instead of to standard output")
    Path out;

    @Option(names = "--entity", paramLabel = "E", description = "the entity, for a file that does not name it "
            + "(a Sina report saved without its stock code in the name)")
    String entity;

    @Mixin
    FiscalYear fiscalYear = new FiscalYear();

    @Override
    public Integer call() throws IOException {
        if (out != null) {
            Outputs.refuseInput(file, "--out", out);
        }
        ReadOptions o = ReadOptions.defaults().withCatalog(Datasets.catalog());
        if (format != null) {
            o = o.withFormat(format);
        }
        if (fiscalYear.given().isPresent()) {
            o = o.withCalendar(fiscalYear.given().get());
        }
        if (entity != null) {
            o = o.withEntity(entity);
        }
        FactFormat f = FactSet.formatOf(file, o);
        FactSet facts = f.read(file, o);
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter summary = out == null ? spec.commandLine().getErr() : stdout;
        if (out == null) {
            FactsCsv.write(facts, stdout);
        } else {
            try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                if (out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
                    FactsJson.write(facts, w);
                } else {
                    FactsCsv.write(facts, w);
                }
            } catch (UncheckedIOException | IOException e) {
                throw new IllegalArgumentException("cannot write " + out + ": " + e.getMessage(), e);
            }
        }
        summarize(summary, f, facts);
        return 0;
    }

    private void summarize(PrintWriter w, FactFormat f, FactSet facts) {
        w.printf("%s: %s (%s)%n", file, f.name(), f.description());
        w.printf("  %,d facts (every vintage) in %,d series of %s%n", facts.size(), facts.keys().size(),
                facts.entities().size() == 1 ? facts.entities().get(0) : facts.entities().size() + " entities");
        LocalDate first = facts.facts().stream().map(Fact::asOf).filter(Objects::nonNull).min(LocalDate::compareTo)
                .orElse(null);
        LocalDate last = facts.facts().stream().map(Fact::asOf).filter(Objects::nonNull).max(LocalDate::compareTo)
                .orElse(null);
        if (first != null) {
            w.printf("  filed %s..%s%n", first, last);
        }
        int skipped = facts.notes().stream().mapToInt(ReadNote::skipped).sum();
        for (ReadNote n : facts.notes()) {
            if (n.skipped() == 0) {
                w.println("  note: " + n.text());
            }
        }
        w.printf("  skipped: %,d source figures%s%n", skipped, skipped == 0 ? "" : ", for these reasons:");
        for (ReadNote n : facts.notes()) {
            if (n.skipped() > 0) {
                w.printf("  %7s  %s%n", String.format("%,d", n.skipped()), n.text());
            }
        }
        if (out != null) {
            w.println("  -> " + out);
        }
        if (!facts.calendar().equals(FiscalCalendar.calendarYear())) {
            // a tidy file does not carry its calendar: say how to read it back on the same quarters
            w.printf("  read it with: --fiscal-year-end '%s'%n", facts.calendar());
        }
        w.flush();
    }
}

package org.kpi4j.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import org.kpi4j.datasets.Datasets;
import org.kpi4j.fact.Fact;
import org.kpi4j.fact.FactSet;
import org.kpi4j.fact.ReadNote;
import org.kpi4j.fact.ReadOptions;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The facts a command works on: a file or a bundled dataset, optionally filtered. */
final class Input {

    static final class Source {
        @Option(names = "--file", paramLabel = "F", description = "facts in any format kpi reads, told from the "
                + "content: tidy CSV or JSON, SEC EDGAR companyfacts, companyconcept or frames JSON, Sina "
                + "finance-report JSON, tushare CSV (see 'kpi import')")
        Path file;

        @Option(names = "--dataset", paramLabel = "NAME", description = "a bundled dataset (see 'kpi datasets')")
        String dataset;
    }

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Source source;

    @Option(names = "--input-format", paramLabel = "FMT", description = "the --file's format, when its content does "
            + "not tell: tidy-csv, tidy-json, edgar-companyfacts, edgar-companyconcept, edgar-frames, sina, tushare")
    String inputFormat;

    @Option(names = "--as-of", paramLabel = "DATE", description = "only what had been filed by DATE (YYYY-MM-DD): "
            + "each figure as the latest report up to then gave it")
    String asOf;

    @Option(names = "--entity", paramLabel = "E", description = "only this entity")
    String entity;

    @Option(names = "--metric", paramLabel = "M", description = "only this metric id")
    String metric;

    @Mixin
    FiscalYear fiscalYear = new FiscalYear();

    @Option(names = "--segment", paramLabel = "S", description = "the business line (default: the whole entity)")
    String segment;

    /** The command this mixin is part of, for messages on stderr; null when built by hand. */
    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    /** @return the file given with --file, or null for a dataset */
    Path file() {
        return source == null ? null : source.file;
    }

    /** Loads the facts and picks the one series that --entity, --metric and --segment name. */
    org.kpi4j.series.KpiSeries series(String defaultDataset) {
        if (metric == null) {
            throw new IllegalArgumentException("give --metric M");
        }
        FactSet facts = load(defaultDataset);
        String seg = segment == null ? "" : segment;
        java.util.List<org.kpi4j.series.SeriesKey> keys = facts.keys().stream().filter(k -> k.segment().equals(seg)).toList();
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("no " + metric + " series" + (seg.isEmpty() ? " for the whole entity"
                    : " for segment '" + seg + "'") + "; series: " + facts.keys());
        }
        if (keys.size() > 1) {
            throw new IllegalArgumentException("several entities report " + metric + "; pick one with --entity: "
                    + keys.stream().map(org.kpi4j.series.SeriesKey::entity).toList());
        }
        return facts.series(keys.get(0));
    }

    /** The {@code --as-of} date, if given. */
    static LocalDate date(String text, String option) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " '" + text + "' is not a date; expected YYYY-MM-DD", e);
        }
    }

    /** The options a file is read with: the catalog of the bundled data, a forced format and calendar. */
    ReadOptions readOptions() {
        ReadOptions o = ReadOptions.defaults().withCatalog(Datasets.catalog());
        if (inputFormat != null) {
            o = o.withFormat(inputFormat);
        }
        if (fiscalYear.given().isPresent()) {
            o = o.withCalendar(fiscalYear.given().get());
        }
        return o;
    }

    FactSet load(String defaultDataset) {
        FactSet facts;
        if (source != null && source.file != null) {
            facts = FactSet.read(source.file, readOptions());
            int skipped = facts.notes().stream().mapToInt(ReadNote::skipped).sum();
            if (skipped > 0 && mixee != null) {
                PrintWriter err = mixee.commandLine().getErr();
                err.printf("kpi: note: %s: %,d source figures skipped ('kpi import %s' lists why)%n", source.file,
                        skipped, source.file);
                err.flush();
            }
        } else if (source != null && source.dataset != null) {
            facts = Datasets.load(source.dataset);
        } else if (defaultDataset != null) {
            facts = Datasets.load(defaultDataset);
        } else {
            throw new IllegalArgumentException("give --file F or --dataset NAME");
        }
        if (asOf != null) {
            LocalDate d = date(asOf, "--as-of");
            FactSet all = facts;
            facts = facts.asOf(d);
            if (facts.size() == 0) {
                LocalDate first = all.facts().stream().map(Fact::asOf).filter(Objects::nonNull).min(LocalDate::compareTo)
                        .orElse(null);
                throw new IllegalArgumentException("nothing had been filed by " + d + (first == null
                        ? "; no fact says when it was filed (no as_of)" : "; the first filing is of " + first));
            }
        }
        if (entity != null) {
            if (!facts.entities().contains(entity)) {
                throw new IllegalArgumentException("no entity '" + entity + "'; entities: " + facts.entities());
            }
            facts = facts.filter(f -> f.entity().equals(entity));
        }
        if (metric != null) {
            FactSet all = facts;
            facts = facts.filter(f -> f.metric().id().equals(metric));
            if (facts.size() == 0) {
                throw new IllegalArgumentException("no facts for metric '" + metric + "'; metrics: "
                        + all.keys().stream().map(k -> k.metric()).distinct().toList());
            }
        }
        return facts;
    }
}

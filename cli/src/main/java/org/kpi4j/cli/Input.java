package org.kpi4j.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.kpi4j.datasets.Datasets;
import org.kpi4j.fact.FactSet;
import org.kpi4j.io.FactsCsv;
import org.kpi4j.io.FactsJson;
import org.kpi4j.time.FiscalCalendar;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The facts a command works on: a file or a bundled dataset, optionally filtered. */
final class Input {

    static final class Source {
        @Option(names = "--file", paramLabel = "F", description = "tidy facts, CSV or JSON (by extension)")
        Path file;

        @Option(names = "--dataset", paramLabel = "NAME", description = "a bundled dataset (see 'kpi datasets')")
        String dataset;
    }

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Source source;

    @Option(names = "--entity", paramLabel = "E", description = "only this entity")
    String entity;

    @Option(names = "--metric", paramLabel = "M", description = "only this metric id")
    String metric;

    @Mixin
    FiscalYear fiscalYear = new FiscalYear();

    @Option(names = "--segment", paramLabel = "S", description = "the business line (default: the whole entity)")
    String segment;

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

    FactSet load(String defaultDataset) {
        FiscalCalendar cal = fiscalYear.calendar();
        FactSet facts;
        if (source != null && source.file != null) {
            String name = source.file.getFileName().toString().toLowerCase(Locale.ROOT);
            facts = name.endsWith(".json") ? FactsJson.read(source.file, Datasets.catalog(), cal)
                    : FactsCsv.read(source.file, Datasets.catalog(), cal);
        } else if (source != null && source.dataset != null) {
            facts = Datasets.load(source.dataset);
        } else if (defaultDataset != null) {
            facts = Datasets.load(defaultDataset);
        } else {
            throw new IllegalArgumentException("give --file F or --dataset NAME");
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

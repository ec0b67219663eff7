package org.kpi4j.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.kpi4j.explain.MarginDecomposition;
import org.kpi4j.explain.SegmentEffect;
import org.kpi4j.fact.FactSet;
import org.kpi4j.series.SeriesKey;
import org.kpi4j.metric.MetricKind;
import org.kpi4j.series.KpiSeries;
import org.kpi4j.time.Period;
import org.kpi4j.unit.Unit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kpi mix}: a margin change split into rate and mix effects across segments. */
@Command(name = "mix", mixinStandardHelpOptions = true,
        description = {"Split a margin's change between two periods into a rate effect and a mix effect.",
            "The rate effect is the segments' own margins moving, the mix effect revenue shifting between",
            "segments; the two add up to the total change.",
            "--metric is a margin (ratio, e.g. gross_margin) or a profit (money, e.g. gross_profit) reported per segment;",
            "segment revenue comes from --revenue-metric."})
final class MixCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--file", paramLabel = "F", description = "tidy facts, CSV or JSON")
    java.nio.file.Path file;

    @Option(names = "--dataset", paramLabel = "NAME", description = "a bundled dataset")
    String dataset;

    @Option(names = "--entity", paramLabel = "E", description = "the entity (needed when the data hold several)")
    String entity;

    @Option(names = "--metric", required = true, paramLabel = "M", description = "margin or profit metric per segment")
    String metric;

    @Option(names = "--revenue-metric", paramLabel = "R", defaultValue = "revenue", description = "(default: ${DEFAULT-VALUE})")
    String revenueMetric;

    @Option(names = "--segments", required = true, split = ",", paramLabel = "S1,S2,…", description = "the segments")
    List<String> segments;

    @Option(names = "--from", paramLabel = "P0", description = "base period (default: the second-latest common period)")
    String from;

    @Option(names = "--to", paramLabel = "P1", description = "current period (default: the latest common period)")
    String to;

    @Option(names = "--format", paramLabel = "FMT", defaultValue = "table", description = "table, csv or json")
    Format format;

    @Override
    public Integer call() {
        Input in = new Input();
        in.source = new Input.Source();
        in.source.file = file;
        in.source.dataset = dataset;
        in.entity = entity;
        if (file == null && dataset == null) {
            throw new IllegalArgumentException("give --file F or --dataset NAME");
        }
        FactSet facts = in.load(null);
        String e = entity != null ? entity : facts.entities().size() == 1 ? facts.entities().get(0) : null;
        if (e == null) {
            throw new IllegalArgumentException("several entities in the data; pick one with --entity: " + facts.entities());
        }
        List<KpiSeries> rev = new ArrayList<>();
        List<KpiSeries> num = new ArrayList<>();
        for (String s : segments) {
            rev.add(series(facts, e, revenueMetric, s));
            num.add(series(facts, e, metric, s));
        }
        Period p1 = to != null ? Period.parse(to) : null;
        Period p0 = from != null ? Period.parse(from) : null;
        if (p0 == null || p1 == null) {
            List<Period> common = new ArrayList<>(rev.get(0).periods());
            for (int i = 0; i < segments.size(); i++) {
                common.retainAll(rev.get(i).periods());
                common.retainAll(num.get(i).periods());
            }
            if (common.size() < 2) {
                throw new IllegalArgumentException("the segments share fewer than two periods with both " + revenueMetric
                        + " and " + metric + "; give --from and --to");
            }
            p1 = p1 != null ? p1 : common.get(common.size() - 1);
            p0 = p0 != null ? p0 : common.get(common.size() - 2);
        }
        boolean ratio = num.get(0).metric().kind() == MetricKind.RATIO;
        MarginDecomposition.Builder b = MarginDecomposition.builder();
        for (int i = 0; i < segments.size(); i++) {
            double r0 = value(rev.get(i), p0);
            double r1 = value(rev.get(i), p1);
            if (ratio) {
                double m0 = num.get(i).unit().convert(value(num.get(i), p0), Unit.RATIO);
                double m1 = num.get(i).unit().convert(value(num.get(i), p1), Unit.RATIO);
                b.segmentMargins(segments.get(i), r0, m0, r1, m1);
            } else {
                KpiSeries g = num.get(i).to(rev.get(i).unit());
                b.segment(segments.get(i), r0, value(g, p0), r1, value(g, p1));
            }
        }
        MarginDecomposition d = b.build();
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.TABLE) {
            out.println(e + " " + metric + " " + p0 + " -> " + p1);
            out.print(d);
        } else {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (SegmentEffect s : d.segments()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("segment", s.segment());
                m.put("base_share", s.baseShare());
                m.put("current_share", s.currentShare());
                m.put("base_margin", s.baseMargin());
                m.put("current_margin", s.currentMargin());
                m.put("rate_effect", s.rateEffect());
                m.put("mix_effect", s.mixEffect());
                rows.add(m);
            }
            Map<String, Object> total = new LinkedHashMap<>();
            total.put("segment", "total");
            total.put("base_share", 1.0);
            total.put("current_share", 1.0);
            total.put("base_margin", d.baseMargin());
            total.put("current_margin", d.currentMargin());
            total.put("rate_effect", d.rateEffect());
            total.put("mix_effect", d.mixEffect());
            rows.add(total);
            format.write(out, rows, List.copyOf(total.keySet()));
        }
        return 0;
    }

    private static KpiSeries series(FactSet facts, String entity, String metric, String segment) {
        SeriesKey k = SeriesKey.of(entity, metric, segment);
        if (!facts.keys().contains(k)) {
            throw new IllegalArgumentException("no " + metric + " figures for segment '" + segment + "' of " + entity);
        }
        return facts.series(k);
    }

    private static double value(KpiSeries s, Period p) {
        OptionalDouble v = s.get(s.metric().instant() ? s.calendar().instantAtEnd(p) : p);
        if (v.isEmpty()) {
            throw new IllegalArgumentException("no " + s.metric().id() + " figure for segment '" + s.segment() + "' in " + p);
        }
        return v.getAsDouble();
    }
}

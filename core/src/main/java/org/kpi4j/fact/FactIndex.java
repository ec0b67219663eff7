package org.kpi4j.fact;

import static org.kpi4j.fact.FactSet.AS_OF;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kpi4j.KpiDataException;
import org.kpi4j.internal.SpanSums;
import org.kpi4j.metric.MetricKind;
import org.kpi4j.series.SeriesKey;
import org.kpi4j.time.Period;
import org.kpi4j.unit.Unit;

/**
 * A {@link FactSet}'s facts by series key, checked series by series as they are indexed: one kind of
 * unit per series, each report's figure once, and a report's figures of a flow adding up over the
 * quarters (the checks the class comment of {@link FactSet} lists).
 */
final class FactIndex {

    private FactIndex() {
    }

    /**
     * Groups facts by series key, in the order each key's first fact appears, and checks each series.
     *
     * @throws KpiDataException naming the lines of a duplicate fact, units of different kinds in one
     *     series, or a report's figures that contradict each other
     */
    static Map<SeriesKey, List<Fact>> byKey(List<Fact> facts) {
        Map<SeriesKey, List<Fact>> m = new LinkedHashMap<>();
        for (Fact f : facts) {
            m.computeIfAbsent(f.key(), k -> new ArrayList<>()).add(f);
        }
        Map<SeriesKey, List<Fact>> frozen = new LinkedHashMap<>();
        for (Map.Entry<SeriesKey, List<Fact>> e : m.entrySet()) {
            checkKey(e.getKey(), e.getValue());
            checkSpans(e.getKey(), e.getValue());
            frozen.put(e.getKey(), List.copyOf(e.getValue()));
        }
        return frozen;
    }

    /** A figure's identity within one series: its period and the report it was given in. */
    private record Vintage(Period period, LocalDate asOf) {
    }

    private static void checkKey(SeriesKey key, List<Fact> list) {
        Map<Vintage, Fact> seen = new HashMap<>();
        Fact first = null;
        for (Fact f : list) {
            if (first == null) {
                first = f;
            } else if (!f.unit().isCompatibleWith(first.unit())) {
                throw KpiDataException.at(f.origin(), "unit", "series " + key + " mixes " + first.unit() + " ("
                        + first.unit().dimension() + (first.origin() == null || first.origin().line() < 1 ? "" : ", line " + first.origin().line())
                        + ") with " + f.unit() + " (" + f.unit().dimension() + "); one series takes one kind of unit");
            }
            Fact dup = seen.putIfAbsent(new Vintage(f.period(), f.asOf()), f);
            if (dup != null) {
                throw KpiDataException.at(f.origin(), "period", "duplicate fact: " + key + " " + f.period()
                        + " as of " + (f.asOf() == null ? "(no as_of)" : f.asOf()) + " is already given"
                        + (dup.origin() == null || dup.origin().line() < 1 ? "" : " at line " + dup.origin().line())
                        + "; give each report's figure once, with its as_of");
            }
        }
        List<Unit> units = list.stream().map(Fact::unit).distinct().toList();
        if (units.size() > 1) {
            for (Fact f : list) {
                for (Unit u : units) {
                    if (!f.hasValue() || f.value().signum() == 0) {
                        continue;
                    }
                    double d = f.unit().convert(f.value(), u).doubleValue();
                    if (Double.isInfinite(d) || Math.abs(d) < Double.MIN_NORMAL) {
                        throw KpiDataException.at(f.origin(), "value", "series " + key + " mixes " + f.unit() + " with "
                                + u + ", and " + f.value() + " " + f.unit() + " is " + (Double.isInfinite(d) ? "too large"
                                        : "too small") + " for a double in " + u + "; give the series in one scale");
                    }
                }
            }
        }
    }

    /**
     * A report's figures of a flow that cover the same quarters in different ways (Q1, Q2 and H1)
     * must agree: {@link SpanSums}, over the figures of each report (each {@code as_of}; the
     * figures without one are one report). Figures of different reports may differ: a later report
     * restates, and {@link FactSet#series(SeriesKey)} takes the latest.
     */
    private static void checkSpans(SeriesKey key, List<Fact> list) {
        Fact first = list.get(0);
        if (first.metric().kind() != MetricKind.FLOW || first.unit().isPerShare()) {
            return; // ratios and per-share figures do not add up over quarters
        }
        // report → fiscal year → figures
        Map<LocalDate, Map<Integer, List<SpanSums.Figure>>> byReport = new TreeMap<>(AS_OF);
        Map<SpanSums.Figure, Fact> from = new HashMap<>();
        for (Fact f : list) {
            if (!f.hasValue() || f.approximate() || !f.period().isDuration()) {
                continue;
            }
            Period p = f.period();
            SpanSums.Figure fig = new SpanSums.Figure(p.firstQuarter(), p.lastQuarter(),
                    f.unit().convert(f.value(), first.unit()).doubleValue(), p.toString(),
                    f.origin() == null ? 0 : f.origin().line());
            byReport.computeIfAbsent(f.asOf(), d -> new TreeMap<>()).computeIfAbsent(p.year(), y -> new ArrayList<>())
                    .add(fig);
            from.put(fig, f);
        }
        for (Map<Integer, List<SpanSums.Figure>> report : byReport.values()) {
            for (List<SpanSums.Figure> year : report.values()) {
                SpanSums.Contradiction c = year.size() < 2 ? null : SpanSums.find(key.toString(), year);
                if (c != null) {
                    throw KpiDataException.at(from.get(c.whole()).origin(), "value", c.message());
                }
            }
        }
    }
}

package org.kpi4j.io;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.kpi4j.Origin;
import org.kpi4j.fact.Fact;
import org.kpi4j.fact.FactSet;
import org.kpi4j.fact.ReadOptions;
import org.kpi4j.metric.Metric;
import org.kpi4j.series.SeriesKey;
import org.kpi4j.time.FiscalCalendar;
import org.kpi4j.time.Period;
import org.kpi4j.unit.Unit;

/**
 * Turns EDGAR's facts into kpi4j facts: a unit for each, a metric (the synonym table's, or one
 * derived from the concept), a period and, per figure, its vintages.
 *
 * <p>Vintages: EDGAR lists a figure once for every filing that carried it (a 10-K repeats last
 * year's figures; a 10-K/A or an 8-K recast restates them). Per period and filing the most preferred
 * of a metric's concepts counts; the filings are then taken in order of filing date, and a value
 * equal to the one before it is a repeat, kept once (dated by its first filing), while a changed
 * value is a new vintage ({@code as_of} = its filing date). Two filings on one day that disagree keep
 * the later accession; a filing that gives one concept two values for one period (share classes
 * that the API does not tell apart) keeps neither. Each of these is counted in a note.
 */
final class XbrlFacts {

    private record Candidate(String entity, Metric metric, Period period, int priority, Unit unit, XbrlFact fact) {
    }

    private record GroupKey(String entity, String metric, Period period) {
    }

    /** The file name the facts' origin gives. */
    private final String source;
    private final SkipNotes notes;
    private final XbrlMetrics metrics;
    private int repeats;

    XbrlFacts(String source, ReadOptions options, SkipNotes notes) {
        this.source = source;
        this.notes = notes;
        this.metrics = new XbrlMetrics(options.catalog(), options.synonyms());
    }

    /**
     * @param periods the period of a fact, or null when it has none (counted as skipped)
     * @param noPeriod why a fact has no period, given the fact
     * @param sourceOf the citation of a fact (its form, accession and concept)
     */
    FactSet build(List<XbrlFact> raw, FiscalCalendar calendar, Function<XbrlFact, Period> periods,
            Function<XbrlFact, String> noPeriod, Function<XbrlFact, String> sourceOf) {
        Map<String, Shape> shapes = shapes(raw);
        Map<GroupKey, List<Candidate>> groups = new LinkedHashMap<>();
        for (XbrlFact f : raw) {
            String concept = f.qualifiedConcept();
            Unit unit = XbrlMetrics.unit(f.unit());
            if (unit == null) {
                notes.skip(concept + ": unit '" + f.unit() + "' is not a kpi4j unit", f.describe());
                continue;
            }
            Period period = periods.apply(f);
            if (period == null) {
                notes.skip(concept + ": " + noPeriod.apply(f), f.describe());
                continue;
            }
            List<XbrlMetrics.Mapping> mapped = metrics.mapped(concept);
            if (mapped.isEmpty()) {
                Shape s = shapes.get(concept);
                if (period.isInstant() != s.instant) {
                    notes.skip(concept + ": " + (s.instant ? "a duration among instants" : "an instant among durations")
                            + ", which one metric cannot hold", f.describe());
                    continue;
                }
                Metric m = s.metrics.computeIfAbsent(unit.dimension().name(), d -> XbrlMetrics.derived(f.taxonomy(),
                        f.concept(), f.label(), s.instant, unit, s.dimensions > 1));
                add(groups, new Candidate(f.entity(), m, period, 0, unit, f));
                continue;
            }
            for (XbrlMetrics.Mapping mp : mapped) {
                Metric m = mp.metric();
                if (!m.family().accepts(unit) || m.instant() != period.isInstant()) {
                    notes.skip(concept + ": a " + (period.isInstant() ? "instant" : "duration") + " in " + f.unit()
                            + " does not fit metric " + m.id() + " (a " + m.kind() + " in "
                            + m.family().name().toLowerCase(java.util.Locale.ROOT) + " units)", f.describe());
                    continue;
                }
                add(groups, new Candidate(f.entity(), m, period, mp.priority(), unit, f));
            }
        }
        // series in order of first appearance, each by period and then filing date
        Map<SeriesKey, List<Fact>> bySeries = new LinkedHashMap<>();
        for (Map.Entry<GroupKey, List<Candidate>> g : groups.entrySet()) {
            List<Fact> series = bySeries.computeIfAbsent(new SeriesKey(g.getKey().entity(), g.getKey().metric(), ""),
                    k -> new ArrayList<>());
            for (Candidate c : vintages(g.getValue())) {
                XbrlFact x = c.fact();
                series.add(Fact.builder(c.entity(), c.metric(), c.period(), x.value(), c.unit()).asOf(x.filed())
                        .source(sourceOf.apply(x)).origin(new Origin(source, 0)).build());
            }
        }
        if (repeats > 0) {
            notes.remark(String.format("%,d facts repeat the figure an earlier filing gave for the same period and are "
                    + "kept once, dated by the first filing", repeats));
        }
        List<Fact> facts = new ArrayList<>();
        Comparator<Fact> order = Comparator.comparing(Fact::period)
                .thenComparing(Fact::asOf, Comparator.nullsFirst(Comparator.naturalOrder()));
        for (List<Fact> series : bySeries.values()) {
            series.sort(order);
            facts.addAll(series);
        }
        return FactSet.of(facts, calendar).withNotes(notes.notes());
    }

    private static void add(Map<GroupKey, List<Candidate>> groups, Candidate c) {
        groups.computeIfAbsent(new GroupKey(c.entity(), c.metric().id(), c.period()),
                k -> new ArrayList<>()).add(c);
    }

    /** Of each concept that is not in the synonym table: instant or not (by majority), and its units. */
    private static final class Shape {
        int instants;
        int durations;
        boolean instant;
        int dimensions;
        final java.util.Set<String> dims = new java.util.HashSet<>();
        final Map<String, Metric> metrics = new HashMap<>();
    }

    private Map<String, Shape> shapes(List<XbrlFact> raw) {
        Map<String, Shape> m = new HashMap<>();
        for (XbrlFact f : raw) {
            Shape s = m.computeIfAbsent(f.qualifiedConcept(), k -> new Shape());
            if (f.start() == null) {
                s.instants++;
            } else {
                s.durations++;
            }
            Unit u = XbrlMetrics.unit(f.unit());
            if (u != null) {
                s.dims.add(u.dimension().name());
            }
        }
        for (Shape s : m.values()) {
            s.instant = s.instants > s.durations;
            s.dimensions = s.dims.size();
        }
        return m;
    }

    /** The vintages of one figure (see the class comment). */
    private List<Candidate> vintages(List<Candidate> all) {
        if (all.size() == 1) {
            return all; // one filing gave it once: nothing to settle
        }
        Map<String, List<Candidate>> byFiling = new LinkedHashMap<>();
        for (Candidate c : all) {
            byFiling.computeIfAbsent(c.fact().accn(), k -> new ArrayList<>()).add(c);
        }
        List<Candidate> chosen = new ArrayList<>();
        for (List<Candidate> filing : byFiling.values()) {
            int best = filing.stream().mapToInt(Candidate::priority).min().orElseThrow();
            Candidate first = null;
            boolean conflict = false;
            for (Candidate c : filing) {
                if (c.priority() != best) {
                    continue;
                }
                if (first == null) {
                    first = c;
                } else if (first.fact().value().compareTo(c.fact().value()) != 0) {
                    conflict = true;
                }
            }
            for (Candidate c : filing) {
                if (c.priority() != best) {
                    notes.skip(c.fact().qualifiedConcept() + " not used for " + c.metric().id() + ": the same filing gives "
                            + first.fact().qualifiedConcept() + ", which the synonym table prefers", c.fact().describe());
                }
            }
            if (conflict) {
                for (Candidate c : filing) {
                    if (c.priority() == best) {
                        notes.skip(c.fact().qualifiedConcept() + ": one filing gives several values for one period "
                                + "(share classes or members that the API does not tell apart), so none is kept",
                                first.fact().describe());
                    }
                }
            } else {
                chosen.add(first);
            }
        }
        chosen.sort(Comparator.comparing((Candidate c) -> c.fact().filed(), Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(c -> c.fact().accn()));
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : chosen) {
            while (true) {
                Candidate last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
                if (last != null && last.fact().value().compareTo(c.fact().value()) == 0) {
                    repeats++;
                    break;
                }
                if (last != null && Objects.equals(last.fact().filed(), c.fact().filed())) {
                    notes.skip(c.fact().qualifiedConcept() + ": two filings of one day give different values for one "
                            + "period; the later accession is kept", last.fact().describe() + " = " + last.fact().value()
                            + " against " + c.fact().accn() + " = " + c.fact().value());
                    kept.remove(kept.size() - 1);
                    continue;
                }
                kept.add(c);
                break;
            }
        }
        return kept;
    }

    /**
     * The fiscal period a duration covers on a calendar: its end a quarter end, the day before its
     * start a quarter end, and the quarters between them a labelled span of one fiscal year (a
     * quarter, a half, Q1-Q3 or the year); null otherwise. A 14-week quarter of a 53-week year is a
     * quarter like any other.
     */
    /** The file name of a path, for a fact's origin: the directories are noise in every table row. */
    static String fileName(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }

    static Period fiscalPeriod(LocalDate start, LocalDate end, FiscalCalendar calendar) {
        if (start == null) {
            return Period.instant(end);
        }
        Period last = calendar.quarterOf(end);
        LocalDate before = start.minusDays(1);
        Period prior = calendar.quarterOf(before);
        if (!calendar.endDate(last).equals(end) || !calendar.endDate(prior).equals(before)) {
            return null;
        }
        int n = prior.quartersBetweenEnds(last);
        int first = last.lastQuarter() - n + 1;
        if (n < 1 || first < 1) {
            return null;
        }
        try {
            return Period.span(last.year(), first, last.lastQuarter());
        } catch (IllegalArgumentException e) {
            return null; // Q2-Q3 and the like
        }
    }

    static String noFiscalPeriod(FiscalCalendar calendar) {
        return "durations that are no fiscal period of the calendar (" + calendar + "): not a quarter, half, Q1-Q3 or "
                + "year running from a fiscal quarter's start to a quarter's end";
    }
}

package org.kpi4j.charts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.kpi4j.metric.MetricKind;
import org.kpi4j.series.KpiSeries;
import org.kpi4j.series.KpiSeriesBuilder;
import org.kpi4j.series.Transform;
import org.kpi4j.time.FiscalCalendar;
import org.kpi4j.time.Period;
import org.kpi4j.time.PeriodType;

/**
 * Puts the series of one chart on one basis (see {@link ChartBasis}): the data preparation every
 * chart type starts with. Core does the arithmetic ({@code toDiscreteQuarters}, {@code ttm},
 * {@code toYearToDate}); this class only chooses and says what it left out.
 */
final class BasisChoice {

    private BasisChoice() {
    }

    /**
     * The series on their basis.
     *
     * @param series the series as drawn, one per input, in order
     * @param bases the basis of each
     * @param leftOut per series, the input periods not drawn on that basis
     * @param basis the basis of the chart (of its first series)
     * @param instants true if the periods are instants
     */
    record Based(List<KpiSeries> series, List<ChartBasis> bases, List<List<Period>> leftOut, ChartBasis basis,
            boolean instants) {
    }

    private enum Shape { FLOW, INSTANT, LEVEL }

    static Based of(List<KpiSeries> input, ChartBasis requested) {
        Shape shape = shape(input.get(0));
        for (KpiSeries s : input) {
            if (shape(s) != shape) {
                throw new IllegalArgumentException("one chart draws one kind of period, but " + describe(input.get(0))
                        + " is " + words(shape) + " and " + describe(s) + " " + words(shape(s)));
            }
        }
        List<KpiSeries> out = new ArrayList<>();
        List<ChartBasis> bases = new ArrayList<>();
        ChartBasis raw = shape == Shape.FLOW ? flowBasis(input, requested) : null;
        for (KpiSeries s : input) {
            KpiSeries d;
            ChartBasis b;
            if (shape == Shape.INSTANT) {
                b = instantBasis(s, requested);
                d = b == ChartBasis.YEAR ? filter(s, p -> isYearEnd(s.calendar(), p)) : s;
            } else if (shape == Shape.FLOW && s.transform() == Transform.TTM) {
                b = ChartBasis.TTM;
                d = s;
            } else if (shape == Shape.LEVEL || !rawFlow(s)) {
                PeriodType t = levelType(input, s, requested);
                // annualised figures or changes keep their periods but are not single quarters' figures
                b = shape == Shape.LEVEL ? basisOf(t) : ChartBasis.AS_REPORTED;
                d = filter(s, p -> p.type() == t);
            } else {
                b = raw;
                d = convert(s, raw);
            }
            out.add(d);
            bases.add(b);
        }
        Set<PeriodType> types = new HashSet<>();
        for (KpiSeries s : out) {
            s.periods().forEach(p -> types.add(p.type()));
        }
        if (types.size() > 1) {
            throw new IllegalArgumentException("one chart draws one kind of period, but the series hold " + types
                    + "; draw them on one basis (" + ChartBasis.DISCRETE + ", " + ChartBasis.YEAR + ")");
        }
        if (out.stream().allMatch(KpiSeries::isEmpty)) {
            throw new IllegalArgumentException(describe(input.get(0)) + " has nothing to draw on the basis of "
                    + Text.basis(org.kpi4j.format.KpiFormat.en(), bases.get(0)) + "; its periods are "
                    + input.get(0).periods() + (requested == ChartBasis.AUTO ? "" : "; try another basis"));
        }
        List<List<Period>> left = new ArrayList<>();
        for (int i = 0; i < input.size(); i++) {
            left.add(leftOut(input.get(i), out.get(i), bases.get(i)));
        }
        return new Based(out, bases, left, bases.get(0), shape == Shape.INSTANT);
    }

    private static Shape shape(KpiSeries s) {
        if (s.metric().instant() || (!s.isEmpty() && s.periods().stream().allMatch(Period::isInstant))) {
            return Shape.INSTANT;
        }
        return s.metric().kind() == MetricKind.FLOW ? Shape.FLOW : Shape.LEVEL;
    }

    private static String words(Shape s) {
        return s == Shape.INSTANT ? "measured at instants" : s == Shape.FLOW ? "a flow over periods"
                : "a ratio over periods";
    }

    /** A flow as core reads it from facts, which any basis can be computed from. */
    private static boolean rawFlow(KpiSeries s) {
        Transform t = s.transform();
        return t == Transform.REPORTED || t == Transform.YEAR_TO_DATE || t == Transform.DISCRETE;
    }

    /** The basis of the raw flows of a chart; AUTO keeps the most figures (discrete quarters on a tie). */
    private static ChartBasis flowBasis(List<KpiSeries> input, ChartBasis requested) {
        List<KpiSeries> raw = input.stream().filter(BasisChoice::rawFlow).toList();
        for (KpiSeries s : input) {
            if (s.transform() == Transform.TTM && requested != ChartBasis.AUTO && requested != ChartBasis.TTM) {
                throw new IllegalArgumentException("series " + describe(s) + " holds TTM sums; draw it on the basis "
                        + ChartBasis.TTM + ", not " + requested);
            }
        }
        if (requested != ChartBasis.AUTO || raw.isEmpty()) {
            if (requested == ChartBasis.AS_REPORTED) {
                for (KpiSeries s : raw) {
                    Set<PeriodType> t = new HashSet<>();
                    s.periods().forEach(p -> t.add(p.type()));
                    if (t.size() > 1) {
                        throw new IllegalArgumentException("series " + describe(s) + " as reported mixes periods of "
                                + "different length " + s.periods() + " (a year-to-date filing draws a cumulative "
                                + "sawtooth, a year beside a quarter a collapse); draw it on the basis "
                                + ChartBasis.DISCRETE + ", " + ChartBasis.TTM + " or " + ChartBasis.YEAR);
                    }
                }
            }
            return requested == ChartBasis.AUTO ? ChartBasis.DISCRETE : requested;
        }
        int discrete = 0;
        int years = 0;
        for (KpiSeries s : raw) {
            discrete += s.toDiscreteQuarters().size();
            years += years(s).size();
        }
        if (discrete == 0 && years == 0) {
            Set<PeriodType> t = new HashSet<>();
            raw.forEach(s -> s.periods().forEach(p -> t.add(p.type())));
            if (t.size() == 1) {
                return ChartBasis.AS_REPORTED;
            }
        }
        return years > discrete ? ChartBasis.YEAR : ChartBasis.DISCRETE;
    }

    private static KpiSeries convert(KpiSeries s, ChartBasis b) {
        switch (b) {
            case DISCRETE:
                return s.toDiscreteQuarters();
            case TTM:
                return s.transform() == Transform.TTM ? s : s.ttm();
            case YEAR:
                return years(s);
            default:
                return s;
        }
    }

    /** Fiscal years: each year as reported, else the sum of its four quarters (core's year-to-date). */
    static KpiSeries years(KpiSeries s) {
        KpiSeriesBuilder b = KpiSeries.builder(s.entity(), s.metric(), s.unit()).segment(s.segment())
                .calendar(s.calendar()).transform(Transform.YEAR_TO_DATE);
        Map<Period, Integer> seen = new LinkedHashMap<>();
        for (int i = 0; i < s.size(); i++) {
            if (s.period(i).type() == PeriodType.YEAR) {
                b.add(s.period(i), s.value(i), s.decimals(i), s.provenance(i));
                seen.put(s.period(i), i);
            }
        }
        KpiSeries ytd = s.toYearToDate();
        for (int i = 0; i < ytd.size(); i++) {
            Period p = ytd.period(i);
            if (p.type() == PeriodType.YEAR && !seen.containsKey(p)) {
                b.add(p, ytd.value(i), ytd.decimals(i), ytd.provenance(i));
            }
        }
        return b.build();
    }

    private static ChartBasis instantBasis(KpiSeries s, ChartBasis requested) {
        if (requested == ChartBasis.TTM) {
            throw new IllegalArgumentException(describe(s) + " is measured at instants ("
                    + s.metric().kind() + "), which do not sum over time, so it has no TTM; draw it on the basis "
                    + ChartBasis.AS_REPORTED + " or " + ChartBasis.YEAR);
        }
        return requested == ChartBasis.YEAR ? ChartBasis.YEAR : ChartBasis.AS_REPORTED;
    }

    private static boolean isYearEnd(FiscalCalendar c, Period p) {
        return p.isInstant() && c.yearEnd(c.fiscalYearOf(p.date())).equals(p.date());
    }

    /** The one period type a ratio (or an already transformed flow) is drawn in. */
    private static PeriodType levelType(List<KpiSeries> input, KpiSeries s, ChartBasis requested) {
        switch (requested) {
            case TTM:
                if (s.transform() == Transform.TTM) {
                    return PeriodType.QUARTER;
                }
                throw new IllegalArgumentException(describe(s) + " is a " + s.metric().kind()
                        + (s.metric().kind() == MetricKind.FLOW ? " holding " + s.transform() + " figures" : "")
                        + ", which is not summed over time, so it has no TTM");
            case DISCRETE:
                return PeriodType.QUARTER;
            case YEAR:
                return PeriodType.YEAR;
            default:
                break;
        }
        Map<PeriodType, Integer> counts = new LinkedHashMap<>();
        counts.put(PeriodType.QUARTER, 0);
        counts.put(PeriodType.YEAR, 0);
        for (KpiSeries x : input) {
            if (x.metric().kind() == s.metric().kind() && x.transform() == s.transform()) {
                x.periods().forEach(p -> counts.merge(p.type(), 1, Integer::sum));
            }
        }
        if (requested == ChartBasis.AS_REPORTED && counts.values().stream().filter(n -> n > 0).count() > 1) {
            throw new IllegalArgumentException("series " + describe(s) + " as reported mixes periods of different "
                    + "length " + s.periods() + "; a year beside a quarter does not compare; draw it on the basis "
                    + ChartBasis.DISCRETE + " or " + ChartBasis.YEAR);
        }
        PeriodType best = PeriodType.QUARTER;
        for (Map.Entry<PeriodType, Integer> e : counts.entrySet()) {
            if (e.getValue() > counts.get(best)) {
                best = e.getKey();
            }
        }
        return best;
    }

    private static ChartBasis basisOf(PeriodType t) {
        return t == PeriodType.QUARTER ? ChartBasis.DISCRETE : t == PeriodType.YEAR ? ChartBasis.YEAR
                : ChartBasis.AS_REPORTED;
    }

    private static KpiSeries filter(KpiSeries s, Predicate<Period> keep) {
        KpiSeriesBuilder b = KpiSeries.builder(s.entity(), s.metric(), s.unit()).segment(s.segment())
                .calendar(s.calendar()).transform(s.transform());
        for (int i = 0; i < s.size(); i++) {
            if (keep.test(s.period(i))) {
                b.add(s.period(i), s.value(i), s.decimals(i), s.provenance(i));
            }
        }
        return b.build();
    }

    /** The input periods whose figures the drawn series does not show (nor any figure derived from them). */
    private static List<Period> leftOut(KpiSeries in, KpiSeries drawn, ChartBasis b) {
        Set<Period> shown = new HashSet<>(drawn.periods());
        Function<Period, Boolean> covered;
        if (b == ChartBasis.TTM || (in.transform() == drawn.transform() && in.size() == drawn.size())) {
            return List.of();
        } else if (b == ChartBasis.DISCRETE && in.metric().kind() == MetricKind.FLOW && rawFlow(in)) {
            covered = p -> {
                for (int q = p.firstQuarter(); q <= p.lastQuarter(); q++) {
                    if (!shown.contains(Period.quarter(p.year(), q))) {
                        return false;
                    }
                }
                return true;
            };
        } else if (b == ChartBasis.YEAR && !in.metric().instant() && in.metric().kind() == MetricKind.FLOW) {
            covered = p -> shown.contains(Period.year(p.year()));
        } else {
            covered = shown::contains;
        }
        List<Period> out = new ArrayList<>();
        for (Period p : in.periods()) {
            if (!covered.apply(p)) {
                out.add(p);
            }
        }
        return out;
    }

    static String describe(KpiSeries s) {
        return s.entity() + "/" + s.metric().id() + (s.segment().isEmpty() ? "" : "/" + s.segment());
    }
}

package org.kpi4j.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kpi4j.fact.Fact;
import org.kpi4j.fact.FactSet;
import org.kpi4j.growth.GrowthConvention;
import org.kpi4j.growth.GrowthKind;
import org.kpi4j.growth.GrowthRow;
import org.kpi4j.reconcile.CheckKind;
import org.kpi4j.reconcile.CheckReport;
import org.kpi4j.reconcile.CheckRow;
import org.kpi4j.reconcile.Reconciliation;
import org.kpi4j.series.KpiSeries;
import org.kpi4j.series.KpiSeriesBuilder;
import org.kpi4j.series.SeriesKey;
import org.kpi4j.time.Period;
import org.kpi4j.unit.Unit;

/** What every part of a report reads: the facts, their growth as filings compare, the checks, the words; and the notes the parts leave. */
final class Context {

    final FactSet facts;
    final ReportOptions options;
    final Words words;
    final CheckReport checks;
    private final Map<List<Object>, GrowthRow> growth = new HashMap<>();
    private final Map<SeriesKey, Optional<KpiSeries>> series = new HashMap<>();
    private final Set<String> notes = new LinkedHashSet<>();

    Context(FactSet facts, ReportOptions options) {
        this.facts = facts;
        this.options = options;
        this.words = new Words(options);
        this.checks = Reconciliation.check(facts);
        for (GrowthRow r : facts.growth(GrowthKind.DEFAULT, GrowthConvention.FILING).rows()) {
            growth.put(List.of(SeriesKey.of(r.entity(), r.metric(), r.segment()), r.period()), r);
        }
    }

    /** The series of a key, or empty (with a note) when its facts cannot form one. */
    Optional<KpiSeries> series(SeriesKey key) {
        return series.computeIfAbsent(key, k -> {
            try {
                KpiSeries s = facts.series(k);
                return s.isEmpty() ? Optional.empty() : Optional.of(readable(s));
            } catch (IllegalArgumentException e) {
                note(words.pick("left out ", "未采用 ") + words.series(k.metric(), k.segment()) + ": " + e.getMessage());
                return Optional.empty();
            }
        });
    }

    /**
     * A series in the scale an analyst reads: dollar amounts of a billion or more in USD bn (a US
     * filing's 416,161,000,000 USD reads as 416.161 USD bn, its decimals shifted with it). Yuan stay
     * in the unit the source printed (万元), as the record quotes them.
     */
    static KpiSeries readable(KpiSeries s) {
        if (!s.unit().equals(Unit.USD)) {
            return s;
        }
        double max = 0;
        for (int i = 0; i < s.size(); i++) {
            max = Math.max(max, Math.abs(s.value(i)));
        }
        if (max < 1e9) {
            return s;
        }
        KpiSeries bn = s.to(Unit.USD_BN);
        KpiSeriesBuilder b = KpiSeries.builder(bn.entity(), bn.metric(), bn.unit()).segment(bn.segment())
                .calendar(bn.calendar()).transform(bn.transform());
        for (int i = 0; i < bn.size(); i++) {
            b.add(bn.period(i), bn.value(i), exactDecimals(bn.value(i), bn.decimals(i)), bn.provenance(i));
        }
        return b.build();
    }

    /**
     * The fewest decimals, up to those the figure carries, that print it exactly: a filing's whole
     * dollars in billions (416,161,000,000 USD, 0 decimals, is 416.161000000 USD bn) print as 416.161.
     */
    static int exactDecimals(double v, int max) {
        for (int d = 0; d < max; d++) {
            double scale = Math.pow(10, d);
            if (Math.abs(Math.round(v * scale) / scale - v) <= 1e-9 * Math.max(1, Math.abs(v))) {
                return d;
            }
        }
        return max;
    }

    /**
     * The periods of a series whose figure was restated: filed again later with another value. The
     * series keeps the latest filing; these say that an earlier report printed something else.
     */
    List<String> restatements(SeriesKey key) {
        List<String> out = new ArrayList<>();
        Optional<KpiSeries> s = series(key);
        if (s.isEmpty()) {
            return out;
        }
        for (Period p : s.get().periods()) {
            List<Fact> v = facts.vintages(key, p);
            if (v.size() < 2) {
                continue;
            }
            Fact last = v.get(v.size() - 1);
            for (Fact earlier : v.subList(0, v.size() - 1)) {
                if (earlier.value() != null && last.value() != null
                        && earlier.value().compareTo(last.value()) != 0 && earlier.unit().equals(last.unit())) {
                    Unit u = s.get().unit();
                    double a = earlier.unit().convert(earlier.value().doubleValue(), u);
                    double z = last.unit().convert(last.value().doubleValue(), u);
                    int dec = Math.max(exactDecimals(a, 9), exactDecimals(z, 9));
                    out.add(p + " " + words.format.value(a, dec, u) + " → " + words.format.value(z, dec, u)
                            + (last.asOf() == null ? "" : " (" + last.asOf() + ")"));
                    break;
                }
            }
        }
        return out;
    }

    /** The growth row of a period as filings compare it, if any. */
    Optional<GrowthRow> growth(SeriesKey key, Period period) {
        return Optional.ofNullable(growth.get(List.of(key, period)));
    }

    /** The base a printed change implies, when the data lack the base. */
    Optional<CheckRow> implied(SeriesKey key, Period period) {
        for (CheckRow r : checks.rows()) {
            if (r.entity().equals(key.entity()) && r.metric().equals(key.metric()) && r.segment().equals(key.segment())
                    && r.period().equals(period) && r.kind() == CheckKind.CHANGE && r.impliedBase() != null
                    && r.baseValue() == null) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** The latest fact behind a point. */
    Optional<Fact> fact(SeriesKey key, Period period) {
        return facts.latest(key, period);
    }

    void note(String note) {
        notes.add(note);
    }

    List<String> notes() {
        return new ArrayList<>(notes);
    }
}

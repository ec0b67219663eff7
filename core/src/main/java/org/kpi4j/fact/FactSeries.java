package org.kpi4j.fact;

import static org.kpi4j.fact.FactSet.AS_OF;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.kpi4j.growth.GrowthConvention;
import org.kpi4j.growth.GrowthKind;
import org.kpi4j.growth.GrowthRow;
import org.kpi4j.growth.GrowthTable;
import org.kpi4j.metric.Metric;
import org.kpi4j.metric.MetricKind;
import org.kpi4j.series.KpiSeries;
import org.kpi4j.series.KpiSeriesBuilder;
import org.kpi4j.series.Provenance;
import org.kpi4j.series.SeriesKey;
import org.kpi4j.time.FiscalCalendar;
import org.kpi4j.time.Period;
import org.kpi4j.unit.Unit;

/**
 * The series a {@link FactSet} builds from its facts (the latest vintage of each period, in one
 * unit, on one basis per fiscal year through {@link Vintages}) and the growth of all of them.
 */
final class FactSeries {

    private FactSeries() {
    }

    /** See {@link FactSet#series(SeriesKey)}. */
    static KpiSeries series(SeriesKey key, Map<SeriesKey, List<Fact>> byKey, FiscalCalendar calendar) {
        List<Fact> all = byKey.get(Objects.requireNonNull(key, "key"));
        if (all == null) {
            throw new IllegalArgumentException("no facts for " + key + "; known series: " + byKey.keySet());
        }
        Map<Period, Fact> latest = new TreeMap<>();
        for (Fact f : all) {
            if (f.hasValue()) {
                latest.merge(f.period(), f, (a, b) -> AS_OF.compare(a.asOf(), b.asOf()) >= 0 ? a : b);
            }
        }
        Map<Period, String> stale = Vintages.dropStale(all, latest, calendar);
        Map<Unit, Integer> counts = new LinkedHashMap<>();
        Unit unit = all.get(0).unit();
        for (Fact f : latest.values()) {
            counts.merge(f.unit(), 1, Integer::sum);
        }
        int best = 0;
        for (Fact f : latest.values()) {
            int c = counts.get(f.unit());
            if (c >= best) {
                best = c;
                unit = f.unit();
            }
        }
        Metric metric = all.get(0).metric();
        KpiSeriesBuilder b = KpiSeries.builder(key.entity(), metric, unit).segment(key.segment()).calendar(calendar);
        int shiftBase = unit.exponent();
        for (Fact f : latest.values()) {
            double v = f.unit().convert(f.value(), unit).doubleValue();
            int dec = Math.max(0, f.decimals() + shiftBase - f.unit().exponent());
            String src = (f.origin() == null ? "" : f.origin().toString())
                    + (f.source().isEmpty() ? "" : (f.origin() == null ? "" : " ") + f.source());
            b.add(f.period(), v, dec, new Provenance(false, "", List.of(f.period()), f.approximate(), src,
                    f.reportedChangePct(), f.comparisonPeriod()));
        }
        stale.forEach(b::leftOut);
        return b.build();
    }

    /** See {@link FactSet#growth(GrowthKind, GrowthConvention, boolean)}. */
    static GrowthTable growth(Map<SeriesKey, List<Fact>> byKey, FiscalCalendar calendar, GrowthKind kind,
            GrowthConvention convention, boolean discrete) {
        List<GrowthRow> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (SeriesKey k : byKey.keySet()) {
            if (byKey.get(k).stream().noneMatch(Fact::hasValue)) {
                continue;
            }
            KpiSeries s = series(k, byKey, calendar);
            boolean flow = s.metric().kind() == MetricKind.FLOW;
            if (kind == GrowthKind.TTM_YOY && !flow) {
                continue;
            }
            if (discrete && flow) {
                s = s.toDiscreteQuarters();
            }
            GrowthTable t = s.growth(kind, convention);
            rows.addAll(t.rows());
            notes.addAll(t.notes());
        }
        return new GrowthTable(kind, convention, rows, notes);
    }
}

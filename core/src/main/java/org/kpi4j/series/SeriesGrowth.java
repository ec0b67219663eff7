package org.kpi4j.series;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.kpi4j.growth.Growth;
import org.kpi4j.growth.GrowthConvention;
import org.kpi4j.growth.GrowthFlag;
import org.kpi4j.growth.GrowthKind;
import org.kpi4j.growth.GrowthRow;
import org.kpi4j.growth.GrowthTable;
import org.kpi4j.metric.MetricKind;
import org.kpi4j.time.Period;
import org.kpi4j.unit.Percentage;

/**
 * The growth table of a {@link KpiSeries}: each point's base from {@link GrowthKind#basePeriod},
 * the comparison from {@link Growth#compare}, and the change its source printed when it was printed
 * against that same base.
 */
final class SeriesGrowth {

    private SeriesGrowth() {
    }

    /** See {@link KpiSeries#growth(GrowthKind, GrowthConvention)}. */
    static GrowthTable growth(KpiSeries series, GrowthKind kind, GrowthConvention convention) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(convention, "convention");
        if (series.transform().isChange()) {
            throw new IllegalStateException(kind + " growth of series " + series.label() + " is not defined: "
                    + SeriesTransforms.why(series.transform()));
        }
        KpiSeries s = series;
        boolean flow = series.metric().kind() == MetricKind.FLOW;
        if (kind == GrowthKind.TTM_YOY) {
            s = series.transform() == Transform.TTM ? series : series.ttm();
        } else if (kind == GrowthKind.QOQ && flow) {
            s = series.toDiscreteQuarters();
        }
        return new GrowthTable(kind, convention, rows(s, kind, convention), s.notes());
    }

    private static List<GrowthRow> rows(KpiSeries s, GrowthKind kind, GrowthConvention convention) {
        List<GrowthRow> rows = new ArrayList<>(s.size());
        boolean ratio = s.metric().kind() == MetricKind.RATIO;
        for (int i = 0; i < s.size(); i++) {
            Period p = s.period(i);
            Provenance pv = s.provenance(i);
            Optional<Period> base = kind.basePeriod(p, pv.comparisonPeriod(), s.calendar());
            Period printedBase = GrowthKind.DEFAULT.basePeriod(p, pv.comparisonPeriod(), s.calendar()).orElse(null);
            Percentage printed = base.isPresent() && base.get().equals(printedBase) ? pv.reportedChangePct() : null;
            int j = base.isEmpty() ? -1 : s.indexOf(base.get()).orElse(-1);
            String why = base.isEmpty() ? kind.whyNoBase(p) : j < 0 ? whyMissing(s, base.get()) : "";
            Double baseValue = null;
            Double growth = null;
            Double diff = null;
            GrowthFlag flag = GrowthFlag.NONE;
            if (j >= 0) {
                Growth.Change c = Growth.compare(s.value(i), s.value(j), s.metric().kind(), s.unit(), convention);
                baseValue = s.value(j);
                double d = s.value(i) - s.value(j);
                diff = Double.isFinite(d) ? d : null;
                growth = c.growth();
                flag = c.flag();
                why = c.note();
            }
            boolean derived = pv.derived() || (j >= 0 && s.provenance(j).derived());
            if (pv.approximate() || (j >= 0 && s.provenance(j).approximate())) {
                why = join(why, "approximate");
            }
            if (pv.derived() && !pv.formula().isEmpty()) {
                why = join(why, pv.formula());
            }
            rows.add(new GrowthRow(s.entity(), s.metric().id(), s.segment(), p, s.value(i), s.unit(), s.decimals(i),
                    base.orElse(null), baseValue, growth, diff, ratio, flag, printed, derived, why));
        }
        return rows;
    }

    /** Why a period has no point: a dropped derivation's reason, or that there is no such figure. */
    private static String whyMissing(KpiSeries s, Period period) {
        String why = s.dropped().get(period);
        return why == null ? "no " + period + " figure" : period + " has no number: " + why;
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : a + "; " + b;
    }
}

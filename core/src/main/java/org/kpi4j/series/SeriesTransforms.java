package org.kpi4j.series;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kpi4j.metric.MetricKind;
import org.kpi4j.time.Period;
import org.kpi4j.time.PeriodType;

/**
 * The transformations of a {@link KpiSeries} that sum or difference a flow over time, and the rules
 * of which {@link Transform} each may start from. Missing inputs leave results absent, never
 * estimated. A per-share flow (EPS) is summed too, but every derived figure says that it assumes a
 * constant share count.
 */
final class SeriesTransforms {

    /** Why a derived point is left out. */
    private static final String BEYOND = " is beyond the range of a double, so it has no number";

    private SeriesTransforms() {
    }

    /** Refuses an operation on a series whose values cannot take it, saying why. */
    static void require(KpiSeries s, String op, Transform... allowed) {
        if (s.metric().kind() != MetricKind.FLOW) {
            throw new IllegalStateException(op + " sums or differences over time, which is defined for flows; '"
                    + s.metric().id() + "' is a " + s.metric().kind().toString() + " (series " + s.label() + ")");
        }
        for (Transform t : allowed) {
            if (s.transform() == t) {
                return;
            }
        }
        throw new IllegalStateException(op + " of series " + s.label() + " is not defined: " + why(s.transform())
                + "; apply it to the reported or discrete series instead");
    }

    static String why(Transform t) {
        switch (t) {
            case TTM:
                return "its values are already trailing-twelve-month sums";
            case ANNUALIZED:
                return "its values are annualised (scaled to a year), not the figures of their periods";
            case YOY:
            case QOQ:
                return "its values are changes (" + t + "), not figures";
            default:
                return "its values are " + t;
        }
    }

    private static boolean perShare(KpiSeries s) {
        return s.unit().isPerShare();
    }

    private static boolean approximate(KpiSeries s, boolean approx) {
        return approx || perShare(s);
    }

    /** See {@link KpiSeries#to(org.kpi4j.unit.Unit)}. */
    static KpiSeries convert(KpiSeries s, org.kpi4j.unit.Unit target) {
        if (target.equals(s.unit())) {
            return s;
        }
        s.unit().factorTo(target); // throws for another dimension, even when there is no point to convert
        int shift = target.exponent() - s.unit().exponent();
        KpiSeriesBuilder b = s.like(s.transform());
        b.unit = target;
        b.dropped.putAll(s.dropped());
        for (int i = 0; i < s.size(); i++) {
            double v = s.unit().convert(s.value(i), target);
            if (Double.isFinite(v) && (v == 0 ? s.value(i) == 0 : Math.abs(v) >= Double.MIN_NORMAL)) {
                b.add(s.period(i), v, Math.max(0, s.decimals(i) + shift), s.provenance(i));
            } else { // 1e305 亿元 in 元, 1e-305 元 in 亿元
                b.drop(s.period(i), s.value(i) + " " + s.unit().symbol() + " in " + target.symbol() + " is "
                        + (Double.isFinite(v) ? "too small" : "too large") + " for a double, so it has no number");
            }
        }
        return b.build();
    }

    /** See {@link KpiSeries#toDiscreteQuarters()}. */
    static KpiSeries toDiscreteQuarters(KpiSeries s) {
        require(s, "toDiscreteQuarters", Transform.REPORTED, Transform.YEAR_TO_DATE, Transform.DISCRETE);
        if (s.transform() == Transform.DISCRETE) {
            return s;
        }
        KpiSeriesBuilder b = s.like(Transform.DISCRETE);
        b.dropped.putAll(s.dropped()); // what the reported series left out (filed before a restatement)
        Map<Integer, List<Integer>> byYear = new TreeMap<>();
        for (int i = 0; i < s.size(); i++) {
            byYear.computeIfAbsent(s.period(i).year(), y -> new ArrayList<>()).add(i);
        }
        for (Map.Entry<Integer, List<Integer>> e : byYear.entrySet()) {
            discreteYear(s, b, e.getKey(), e.getValue());
        }
        return b.build();
    }

    private static void discreteYear(KpiSeries s, KpiSeriesBuilder b, int y, List<Integer> points) {
        Integer[] cum = new Integer[5];
        Integer[] disc = new Integer[5];
        Integer h2 = null;
        for (int i : points) {
            Period p = s.period(i);
            if (p.isYearToDate()) {
                cum[p.lastQuarter()] = i;
            } else if (p.type() == PeriodType.QUARTER) {
                disc[p.lastQuarter()] = i;
            } else if (p.type() == PeriodType.HALF) {
                h2 = i;
            }
        }
        double[] dv = new double[5];
        int[] dd = new int[5];
        boolean[] da = new boolean[5];
        boolean[] have = new boolean[5];
        for (int q = 1; q <= 4; q++) {
            Integer kept = q == 1 && cum[1] != null ? cum[1] : disc[q];
            if (kept != null) {
                b.add(Period.quarter(y, q), s.value(kept), s.decimals(kept), s.provenance(kept));
                dv[q] = s.value(kept);
                dd[q] = s.decimals(kept);
                da[q] = s.provenance(kept).approximate();
                have[q] = true;
            } else if (q > 1 && cum[q] != null && cum[q - 1] != null) {
                int a = cum[q];
                int c = cum[q - 1];
                double v = s.value(a) - s.value(c);
                if (!Double.isFinite(v)) {
                    b.drop(Period.quarter(y, q), s.period(a) + " − " + s.period(c) + BEYOND);
                    continue;
                }
                dv[q] = v;
                dd[q] = Math.max(s.decimals(a), s.decimals(c));
                da[q] = approximate(s, s.provenance(a).approximate() || s.provenance(c).approximate());
                have[q] = true;
                b.add(Period.quarter(y, q), v, dd[q], Provenance.derived(s.period(a) + " − " + s.period(c)
                        + perShareNote(s), List.of(s.period(a), s.period(c)), da[q]));
            }
        }
        if (h2 != null && have[3] && !have[4]) {
            Period q3 = Period.quarter(y, 3);
            double v = s.value(h2) - dv[3];
            if (!Double.isFinite(v)) {
                b.drop(Period.quarter(y, 4), s.period(h2) + " − " + Period.quarter(y, 3) + BEYOND);
            } else {
                b.add(Period.quarter(y, 4), v, Math.max(s.decimals(h2), dd[3]), Provenance.derived(s.period(h2) + " − "
                        + q3 + perShareNote(s), List.of(s.period(h2), q3),
                        approximate(s, s.provenance(h2).approximate() || da[3])));
            }
        }
    }

    private static String perShareNote(KpiSeries s) {
        return perShare(s) ? " (per share: assumes a constant share count)" : "";
    }

    /** See {@link KpiSeries#toYearToDate()}. */
    static KpiSeries toYearToDate(KpiSeries s) {
        require(s, "toYearToDate", Transform.REPORTED, Transform.DISCRETE, Transform.YEAR_TO_DATE);
        KpiSeries d = toDiscreteQuarters(s);
        KpiSeriesBuilder b = s.like(Transform.YEAR_TO_DATE);
        b.dropped.putAll(d.dropped());
        for (int i = 0; i < d.size(); i++) {
            Period p = d.period(i);
            int q = p.lastQuarter();
            double sum = 0;
            int dec = 0;
            boolean approx = false;
            List<Period> in = new ArrayList<>();
            for (int k = 1; k <= q; k++) {
                int j = d.indexOf(Period.quarter(p.year(), k)).orElse(-1);
                if (j < 0) {
                    in = null;
                    break;
                }
                sum += d.value(j);
                dec = Math.max(dec, d.decimals(j));
                approx |= d.provenance(j).approximate();
                in.add(d.period(j));
            }
            Period ytd = Period.ytd(p.year(), q);
            if (in != null && !Double.isFinite(sum)) {
                b.drop(ytd, String.join(" + ", in.stream().map(Period::toString).toList()) + BEYOND);
            }
            if (in == null || !Double.isFinite(sum)) {
                continue;
            }
            int orig = s.indexOf(ytd).orElse(-1);
            if (orig >= 0 && !s.provenance(orig).derived()) {
                b.add(ytd, s.value(orig), s.decimals(orig), s.provenance(orig));
            } else {
                b.add(ytd, sum, dec, q == 1 ? d.provenance(i) : Provenance.derived(String.join(" + ",
                        in.stream().map(Period::toString).toList()) + perShareNote(s), in, approximate(s, approx)));
            }
        }
        return b.build();
    }

    /** See {@link KpiSeries#ttm()}. */
    static KpiSeries ttm(KpiSeries s) {
        require(s, "ttm", Transform.REPORTED, Transform.DISCRETE, Transform.YEAR_TO_DATE);
        KpiSeries d = toDiscreteQuarters(s);
        KpiSeriesBuilder b = s.like(Transform.TTM);
        b.dropped.putAll(d.dropped());
        for (int i = 0; i < d.size(); i++) {
            Period p = d.period(i);
            double sum = 0;
            int dec = 0;
            boolean approx = false;
            List<Period> in = new ArrayList<>(4);
            // newest quarter first, the order of the panel's kernel, so both give the same double
            for (int k = 0; k <= 3 && in != null; k++) {
                // the quarters before 1000Q1 do not exist: a TTM there has too few quarters
                int j = p.endQuarterIndex() - k < Period.MIN_YEAR * 4 ? -1 : d.indexOf(p.plusQuarters(-k)).orElse(-1);
                if (j < 0) {
                    in = null;
                } else {
                    sum += d.value(j);
                    dec = Math.max(dec, d.decimals(j));
                    approx |= d.provenance(j).approximate();
                    in.add(0, d.period(j));
                }
            }
            if (in != null && !Double.isFinite(sum)) {
                b.drop(p, "TTM " + String.join(" + ", in.stream().map(Period::toString).toList()) + BEYOND);
            } else if (in != null) {
                b.add(p, sum, dec, Provenance.derived("TTM " + String.join(" + ", in.stream().map(Period::toString)
                        .toList()) + perShareNote(s), in, approximate(s, approx)));
            }
        }
        return b.build();
    }

    /** See {@link KpiSeries#annualized()}. */
    static KpiSeries annualized(KpiSeries s) {
        require(s, "annualized", Transform.REPORTED, Transform.DISCRETE, Transform.YEAR_TO_DATE);
        KpiSeriesBuilder b = s.like(Transform.ANNUALIZED);
        for (int i = 0; i < s.size(); i++) {
            Period p = s.period(i);
            int len = p.lengthInQuarters();
            double v = s.value(i) * 4.0 / len;
            if (!Double.isFinite(v)) {
                b.drop(p, p + " × 4/" + len + BEYOND);
                continue;
            }
            b.add(p, v, s.decimals(i) + (len == 3 ? 2 : 0), len == 4 ? s.provenance(i)
                    : Provenance.derived(p + " × 4/" + len, List.of(p), s.provenance(i).approximate()));
        }
        return b.build();
    }
}

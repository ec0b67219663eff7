package org.kpi4j.series;

import java.util.ArrayList;
import java.util.List;
import org.kpi4j.growth.Growth;
import org.kpi4j.growth.GrowthConvention;
import org.kpi4j.metric.MetricKind;
import org.kpi4j.unit.Unit;

/**
 * The operations of {@link KpiPanel}, series by series: which series an operation applies to (by
 * metric kind and transform), the kernel each one runs, and the notes for those left out.
 */
final class PanelOps {

    private PanelOps() {
    }

    /** Refuses to go on from values that are changes or TTM sums, naming the series and why. */
    private static void refuse(KpiPanel p, int s, String op, Transform... states) {
        for (Transform t : states) {
            if (p.transforms[s] == t) {
                throw new IllegalStateException(op + " of series " + p.keys[s] + " is not defined: "
                        + SeriesTransforms.why(t) + "; apply it to the reported or discrete panel instead");
            }
        }
    }

    private static String skipped(KpiPanel p, int s, String why) {
        return "skipped " + p.keys[s] + ": " + why;
    }

    static KpiPanel toDiscreteQuarters(KpiPanel p) {
        List<Integer> keep = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (int s = 0; s < p.keys.length; s++) {
            refuse(p, s, "toDiscreteQuarters", Transform.TTM, Transform.ANNUALIZED, Transform.YOY, Transform.QOQ);
            if (p.metrics[s].kind() == MetricKind.RATIO && p.transforms[s] == Transform.YEAR_TO_DATE) {
                notes.add(skipped(p, s, "a ratio reported year-to-date cannot be differenced into quarters"));
            } else {
                keep.add(s);
            }
        }
        int[] in = keep.stream().mapToInt(Integer::intValue).toArray();
        KpiPanel out = select(p, in, notes, true);
        double[] v = out.values;
        int q = p.quarters;
        int q0 = Math.floorMod(p.firstQuarter, 4);
        int[] dropped = new int[in.length];
        out.forEachSeries(k -> {
            if (out.transforms[k] == Transform.YEAR_TO_DATE) {
                dropped[k] = Kernels.ytdToDiscrete(v, v, k * q, q, q0);
            }
        });
        List<String> overflow = beyond(out, dropped, "year-to-date difference");
        for (int k = 0; k < in.length; k++) {
            if (out.transforms[k] == Transform.YEAR_TO_DATE) {
                out.transforms[k] = Transform.DISCRETE;
            }
        }
        return overflow.isEmpty() ? out : new KpiPanel(out.firstQuarter, q, out.keys, out.metrics, out.units,
                out.transforms, v, concat(out.notes(), overflow));
    }

    static KpiPanel ttm(KpiPanel p) {
        List<Integer> keep = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        boolean ytd = false;
        for (int s = 0; s < p.keys.length; s++) {
            if (p.metrics[s].kind() != MetricKind.FLOW) {
                notes.add(skipped(p, s, "a " + p.metrics[s].kind() + " does not sum over time, so it has no TTM"));
                continue;
            }
            refuse(p, s, "ttm", Transform.TTM, Transform.ANNUALIZED, Transform.YOY, Transform.QOQ);
            ytd |= p.transforms[s] == Transform.YEAR_TO_DATE;
            keep.add(s);
        }
        KpiPanel flows = select(p, keep.stream().mapToInt(Integer::intValue).toArray(), List.of(), false);
        KpiPanel d = ytd ? toDiscreteQuarters(flows) : flows;
        double[] out = new double[d.values.length];
        int q = d.quarters;
        int[] dropped = new int[d.keys.length];
        d.forEachSeries(s -> dropped[s] = Kernels.ttm(d.values, out, s * q, q));
        Transform[] t = new Transform[d.keys.length];
        java.util.Arrays.fill(t, Transform.TTM);
        return new KpiPanel(d.firstQuarter, q, d.keys, d.metrics, d.units, t, out,
                concat(concat(d.notes(), notes), beyond(d, dropped, "TTM sum")));
    }

    static KpiPanel change(KpiPanel p, Transform kind, GrowthConvention convention) {
        java.util.Objects.requireNonNull(convention, "convention");
        String op = kind.toString();
        List<Integer> keep = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        boolean ytd = false;
        for (int s = 0; s < p.keys.length; s++) {
            refuse(p, s, op, Transform.YOY, Transform.QOQ, Transform.ANNUALIZED);
            if (kind == Transform.QOQ) {
                refuse(p, s, op, Transform.TTM);
                if (p.transforms[s] == Transform.YEAR_TO_DATE && p.metrics[s].kind() == MetricKind.RATIO) {
                    notes.add(skipped(p, s, "qoq of a ratio reported year-to-date would compare spans of different "
                            + "lengths"));
                    continue;
                }
                ytd |= p.transforms[s] == Transform.YEAR_TO_DATE;
            }
            keep.add(s);
        }
        KpiPanel in = select(p, keep.stream().mapToInt(Integer::intValue).toArray(), List.of(), false);
        KpiPanel src = ytd ? toDiscreteQuarters(in) : in;
        int lag = kind == Transform.YOY ? 4 : 1;
        int q = src.quarters;
        double[] out = new double[src.values.length];
        Unit[] units = new Unit[src.keys.length];
        double[] factor = new double[src.keys.length];
        for (int s = 0; s < units.length; s++) {
            boolean ratio = src.metrics[s].kind() == MetricKind.RATIO;
            units[s] = ratio ? Unit.POINTS : Unit.RATIO;
            factor[s] = ratio ? Growth.pointsPerUnit(src.units[s]) : 0;
        }
        int[] dropped = new int[src.keys.length];
        src.forEachSeries(s -> dropped[s] = factor[s] != 0 ? Growth.points(src.values, out, s * q, q, lag, factor[s])
                : convention.growth(src.values, out, s * q, q, lag));
        Transform[] t = new Transform[units.length];
        java.util.Arrays.fill(t, kind);
        return new KpiPanel(src.firstQuarter, q, src.keys, src.metrics, units, t, out,
                concat(concat(src.notes(), notes), beyond(src, dropped, op + " change")));
    }

    /** A note for each series with results beyond the range of a double, which are left without a number. */
    static List<String> beyond(KpiPanel p, int[] dropped, String what) {
        List<String> notes = new ArrayList<>();
        for (int s = 0; s < dropped.length; s++) {
            if (dropped[s] > 0) {
                notes.add(p.keys[s] + ": " + dropped[s] + " " + what + (dropped[s] == 1 ? " is" : "s are")
                        + " beyond the range of a double, so " + (dropped[s] == 1 ? "it has" : "they have") + " no number");
            }
        }
        return notes;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /**
     * The panel of the given series, with the notes added. The metadata arrays are always copies
     * (an operation may change a transform); the values are shared when every series is kept and the
     * caller will not write them.
     */
    private static KpiPanel select(KpiPanel p, int[] series, List<String> notes, boolean writable) {
        int q = p.quarters;
        int n = series.length;
        boolean all = n == p.keys.length;
        SeriesKey[] k = new SeriesKey[n];
        org.kpi4j.metric.Metric[] m = new org.kpi4j.metric.Metric[n];
        Unit[] u = new Unit[n];
        Transform[] t = new Transform[n];
        double[] v = all ? (writable ? p.values.clone() : p.values) : new double[n * q];
        for (int i = 0; i < n; i++) {
            int s = series[i];
            k[i] = p.keys[s];
            m[i] = p.metrics[s];
            u[i] = p.units[s];
            t[i] = p.transforms[s];
            if (!all) {
                System.arraycopy(p.values, s * q, v, i * q, q);
            }
        }
        return new KpiPanel(p.firstQuarter, q, k, m, u, t, v, concat(p.notes(), notes));
    }
}

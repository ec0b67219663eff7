package org.kpi4j.series;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.kpi4j.growth.Growth;
import org.kpi4j.growth.GrowthConvention;
import org.kpi4j.metric.Metric;
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
        Transform had = p.transforms[s];
        if (had == Transform.DISCRETE || had == Transform.REPORTED || had == Transform.YEAR_TO_DATE) {
            return; // every operation takes these
        }
        for (Transform t : states) {
            if (had == t) {
                throw new IllegalStateException(op + " of series " + p.keys[s] + " is not defined: "
                        + SeriesTransforms.why(t) + "; apply it to the reported or discrete panel instead");
            }
        }
    }

    /** The series an operation keeps, in order, without a boxed Integer each. */
    private static final class Kept {
        private final int[] series;
        private int size;

        Kept(int capacity) {
            series = new int[capacity];
        }

        void add(int s) {
            series[size++] = s;
        }

        int[] toArray() {
            return size == series.length ? series : java.util.Arrays.copyOf(series, size);
        }
    }

    private static String skipped(KpiPanel p, int s, String why) {
        return "skipped " + p.keys[s] + ": " + why;
    }

    static KpiPanel toDiscreteQuarters(KpiPanel p) {
        Kept keep = new Kept(p.keys.length);
        List<String> notes = new ArrayList<>();
        for (int s = 0; s < p.keys.length; s++) {
            refuse(p, s, "toDiscreteQuarters", Transform.TTM, Transform.ANNUALIZED, Transform.YOY, Transform.QOQ);
            if (p.metrics[s].kind() == MetricKind.RATIO && p.transforms[s] == Transform.YEAR_TO_DATE) {
                notes.add(skipped(p, s, "a ratio reported year-to-date cannot be differenced into quarters"));
            } else {
                keep.add(s);
            }
        }
        int[] from = keep.toArray();
        KpiPanel out = select(p, from, notes, new double[from.length * p.quarters]);
        double[] v = out.values;
        int q = p.quarters;
        int q0 = Math.floorMod(p.firstQuarter, 4);
        boolean moderate = p.moderate();
        int[] dropped = new int[from.length];
        out.forEachSeries(k -> {
            if (out.transforms[k] == Transform.YEAR_TO_DATE) {
                dropped[k] = Kernels.ytdToDiscrete(p.values, from[k] * q, v, k * q, q, q0, moderate);
            } else {
                System.arraycopy(p.values, from[k] * q, v, k * q, q);
            }
        });
        List<String> overflow = beyond(out, dropped, "year-to-date difference");
        for (int k = 0; k < from.length; k++) {
            if (out.transforms[k] == Transform.YEAR_TO_DATE) {
                out.transforms[k] = Transform.DISCRETE;
            }
        }
        return overflow.isEmpty() ? out : new KpiPanel(out.firstQuarter, q, out.keys, out.metrics, out.units,
                out.transforms, v, concat(out.notes(), overflow));
    }

    static KpiPanel ttm(KpiPanel p) {
        Kept keep = new Kept(p.keys.length);
        Kept left = new Kept(p.keys.length);
        boolean ytd = false;
        for (int s = 0; s < p.keys.length; s++) {
            if (p.metrics[s].kind() != MetricKind.FLOW) {
                left.add(s);
                continue;
            }
            refuse(p, s, "ttm", Transform.TTM, Transform.ANNUALIZED, Transform.YOY, Transform.QOQ);
            ytd |= p.transforms[s] == Transform.YEAR_TO_DATE;
            keep.add(s);
        }
        int[] flows = keep.toArray();
        // a note naming each series left out, in order, worded when read: a panel may leave out many
        SeriesKey[] keys = p.keys;
        Metric[] metrics = p.metrics;
        List<String> notes = Notes.each(left.toArray(), s -> "skipped " + keys[s] + ": a " + metrics[s].kind()
                + " does not sum over time, so it has no TTM");
        // the sums read the flows where they are; year-to-date flows are made discrete first
        KpiPanel d = ytd ? toDiscreteQuarters(select(p, flows, List.of(), null)) : p;
        int[] from = ytd ? identity(d.keys.length) : flows;
        int q = d.quarters;
        double[] out = new double[from.length * q];
        Transform[] t = new Transform[from.length];
        java.util.Arrays.fill(t, Transform.TTM);
        KpiPanel r = select(d, from, List.of(), out);
        boolean moderate = d.moderate();
        int[] dropped = new int[from.length];
        r.forEachSeries(k -> dropped[k] = Kernels.ttm(d.values, from[k] * q, out, k * q, q, moderate));
        return new KpiPanel(r.firstQuarter, q, r.keys, r.metrics, r.units, t, out,
                concat(concat(d.notes(), notes), beyond(r, dropped, "TTM sum")));
    }

    static KpiPanel change(KpiPanel p, Transform kind, GrowthConvention convention) {
        java.util.Objects.requireNonNull(convention, "convention");
        String op = kind.toString();
        Kept keep = new Kept(p.keys.length);
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
        int[] kept = keep.toArray();
        // the kernels read and write the same offsets: a panel with every series kept is read in place
        KpiPanel in = kept.length == p.keys.length ? p : select(p, kept, List.of(), null);
        KpiPanel src = ytd ? toDiscreteQuarters(in) : in;
        int lag = kind == Transform.YOY ? 4 : 1;
        int q = src.quarters;
        double[] out = new double[src.values.length];
        Unit[] units = new Unit[src.keys.length];
        double[] factor = new double[src.keys.length];
        Unit lastUnit = null; // pointsPerUnit makes a BigDecimal: once per unit, not once per ratio series
        double lastFactor = 0;
        for (int s = 0; s < units.length; s++) {
            boolean ratio = src.metrics[s].kind() == MetricKind.RATIO;
            units[s] = ratio ? Unit.POINTS : Unit.RATIO;
            if (ratio && src.units[s] != lastUnit) {
                lastUnit = src.units[s];
                lastFactor = Growth.pointsPerUnit(lastUnit);
            }
            factor[s] = ratio ? lastFactor : 0;
        }
        boolean moderate = src.moderate();
        int[] dropped = new int[src.keys.length];
        src.forEachSeries(s -> dropped[s] = factor[s] != 0
                ? Growth.points(src.values, out, s * q, q, lag, factor[s], moderate)
                : convention.growth(src.values, out, s * q, q, lag, moderate));
        Transform[] t = new Transform[units.length];
        java.util.Arrays.fill(t, kind);
        // a change of year-to-date figures compares spans (H1 with H1), and its cells stand for them
        boolean[] spans = null;
        for (int s = 0; s < units.length; s++) {
            if (src.spansYearToDate(s)) {
                if (spans == null) {
                    spans = new boolean[units.length];
                }
                spans[s] = true;
            }
        }
        return new KpiPanel(src.firstQuarter, q, src.keys, src.metrics, units, t, out,
                concat(concat(src.notes(), notes), beyond(src, dropped, op + " change")), spans);
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

    private static int[] identity(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        return a;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return Notes.concat(a, b);
    }

    /**
     * The panel of the given series, with the notes added: metadata arrays always copied (an
     * operation may change a transform); values copied into {@code values} when it is null, else
     * {@code values} as given (the caller fills it).
     */
    private static KpiPanel select(KpiPanel p, int[] series, List<String> notes, double[] values) {
        int q = p.quarters;
        int n = series.length;
        double[] v = values != null ? values : new double[n * q];
        if (values != null && isAll(series, p.keys.length)) {
            // every series kept, values given: keys, metrics and units are never written, so shared
            return new KpiPanel(p.firstQuarter, q, p.keys, p.metrics, p.units, p.transforms.clone(), v,
                    concat(p.notes(), notes), p.spans == null ? null : p.spans.clone());
        }
        SeriesKey[] k = new SeriesKey[n];
        org.kpi4j.metric.Metric[] m = new org.kpi4j.metric.Metric[n];
        Unit[] u = new Unit[n];
        Transform[] t = new Transform[n];
        for (int i = 0; i < n; i++) {
            int s = series[i];
            k[i] = p.keys[s];
            m[i] = p.metrics[s];
            u[i] = p.units[s];
            t[i] = p.transforms[s];
            if (values == null) {
                System.arraycopy(p.values, s * q, v, i * q, q);
            }
        }
        boolean[] spans = null;
        if (p.spans != null) {
            spans = new boolean[n];
            for (int i = 0; i < n; i++) {
                spans[i] = p.spans[series[i]];
            }
        }
        return new KpiPanel(p.firstQuarter, q, k, m, u, t, v, concat(p.notes(), notes), spans);
    }

    /** Whether {@code series} is 0, 1, ..., n - 1. */
    private static boolean isAll(int[] series, int n) {
        if (series.length != n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (series[i] != i) {
                return false;
            }
        }
        return true;
    }
}

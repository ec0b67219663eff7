package org.kpi4j.charts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.kpi4j.fact.SegmentHierarchy;
import org.kpi4j.format.KpiFormat;
import org.kpi4j.metric.MetricKind;
import org.kpi4j.series.KpiSeries;
import org.kpi4j.time.Period;
import org.kpi4j.unit.Unit;

/**
 * The data of a segment mix: siblings stacked up to their whole, the remainder as "other", a period
 * with an unreported part left out, parts that exceed the whole refused; ratios side by side.
 */
final class MixPrep {

    private MixPrep() {
    }

    static void check(List<KpiSeries> parts, KpiSeries whole, SegmentHierarchy h, MixMode mode) {
        KpiSeries first = parts.get(0);
        String entity = first.entity();
        Set<String> seen = new HashSet<>();
        for (KpiSeries s : parts) {
            if (s.segment().isEmpty()) {
                throw new IllegalArgumentException("a segment mix stacks segments, but " + BasisChoice.describe(s)
                        + " is the whole entity (no segment), which would count the segments twice; give it as the whole");
            }
            if (!s.metric().id().equals(first.metric().id())) {
                throw new IllegalArgumentException("a segment mix needs one metric but got " + first.metric().id()
                        + " and " + s.metric().id());
            }
            if (!s.entity().equals(entity)) {
                throw new IllegalArgumentException("a segment mix needs one entity but got " + entity + " and "
                        + s.entity());
            }
            if (!seen.add(s.segment())) {
                throw new IllegalArgumentException("segment '" + s.segment() + "' is given twice");
            }
        }
        List<KpiSeries> all = new ArrayList<>(parts);
        if (whole != null) {
            all.add(whole);
        }
        Specs.oneDimension(all);
        for (KpiSeries a : parts) {
            for (KpiSeries b : parts) {
                if (h.isWithin(entity, a.segment(), b.segment())) {
                    throw new IllegalArgumentException("'" + a.segment() + "' is part of '" + b.segment() + "': a "
                            + "sub-segment is never stacked on top of the segment that contains it; stack the parts of '"
                            + b.segment() + "' or the parts of the whole");
                }
            }
        }
        String parent = h.parent(entity, first.segment());
        for (KpiSeries s : parts) {
            String p = h.parent(entity, s.segment());
            if (!p.equals(parent)) {
                throw new IllegalArgumentException("only siblings are stacked, but '" + first.segment() + "' is part of "
                        + name(parent) + " and '" + s.segment() + "' of " + name(p));
            }
        }
        if (whole != null) {
            if (!whole.entity().equals(entity) || !whole.metric().id().equals(first.metric().id())) {
                throw new IllegalArgumentException("the whole " + BasisChoice.describe(whole) + " is not of "
                        + entity + "/" + first.metric().id());
            }
            if (!whole.segment().equals(parent)) {
                throw new IllegalArgumentException("the parts are parts of " + name(parent) + ", so their whole is that, "
                        + "not " + name(whole.segment()));
            }
        }
        if (mode == MixMode.SHARES && first.metric().kind() == MetricKind.RATIO) {
            throw new IllegalArgumentException("shares of a ratio (" + first.metric().id() + ") mean nothing: ratios "
                    + "do not add up; draw the values side by side");
        }
    }

    private static String name(String segment) {
        return segment.isEmpty() ? "the whole entity" : "'" + segment + "'";
    }

    static Plot plot(MixSpec spec) {
        KpiFormat f = spec.options().format();
        List<KpiSeries> parts = spec.parts();
        KpiSeries first = parts.get(0);
        Unit unit = first.unit();
        List<KpiSeries> all = new ArrayList<>();
        parts.forEach(s -> all.add(s.to(unit)));
        if (spec.whole() != null) {
            all.add(spec.whole().to(unit));
        }
        BasisChoice.Based b = BasisChoice.of(all, spec.basis());
        List<KpiSeries> on = b.series().subList(0, parts.size());
        KpiSeries whole = spec.whole() == null ? null : b.series().get(parts.size());
        String parent = spec.hierarchy().parent(first.entity(), first.segment());
        String wholeName = parent.isEmpty() ? Names.metric(first, f) + " (" + Text.whole(f) + ")" : parent;
        List<String> names = new ArrayList<>(Names.series(on, f));
        List<String> noteNames = new ArrayList<>(names);
        if (whole != null) {
            noteNames.add(wholeName);
        }
        List<String> notes = Names.basisNotes(b, noteNames, f);
        boolean ratio = first.metric().kind() == MetricKind.RATIO;
        DisplayScale scale = DisplayScale.of(unit, LinePrep.values(b.series()));
        List<ChartPoint> points = new ArrayList<>();
        Map<String, Plot.Role> roles = new LinkedHashMap<>();
        String metric = Names.metric(first, f);
        String yTitle;
        if (ratio) {
            for (int k = 0; k < on.size(); k++) {
                points.addAll(LinePrep.points(on.get(k), names.get(k), scale, b.bases().get(k)));
                roles.put(names.get(k), Plot.Role.SIDE);
            }
            if (whole != null) {
                points.addAll(LinePrep.points(whole, wholeName, scale, b.bases().get(parts.size())));
                roles.put(wholeName, Plot.Role.SIDE);
            }
            notes.add(Text.ratioSideBySide(f));
            yTitle = Text.axisTitle(metric, Text.unit(f, scale.target()));
        } else {
            boolean shares = spec.mode() == MixMode.SHARES;
            String other = unique(Text.other(f), names);
            Stack st = stack(on, whole, names);
            Unit shown = shares ? Unit.PERCENT : scale.target();
            for (int k = 0; k <= on.size(); k++) {
                String name = k < on.size() ? names.get(k) : other;
                for (Map.Entry<Period, double[]> e : st.values().entrySet()) {
                    double v = e.getValue()[k];
                    if (k == on.size() && !(v > 0)) {
                        continue; // no remainder beyond the rounding of the printed figures
                    }
                    double den = e.getValue()[on.size() + 1];
                    if (shares && !(den > 0)) {
                        throw new IllegalArgumentException("shares need a positive whole but the parts of " + wholeName
                                + " come to " + den + " " + unit + " at " + e.getKey());
                    }
                    if (shares && v < 0) {
                        throw new IllegalArgumentException("shares need non-negative values but " + name + " is " + v
                                + " " + unit + " at " + e.getKey());
                    }
                    double y = shares ? Unit.RATIO.convert(v / den, Unit.PERCENT) : scale.apply(v);
                    points.add(ChartPoint.of(e.getKey(), name, y, shown, b.basis()));
                }
                roles.put(name, k < on.size() ? (shares ? Plot.Role.SHARE : Plot.Role.PART) : Plot.Role.OTHER);
            }
            if (!st.notStacked().isEmpty()) {
                notes.add(Text.notStacked(f, Names.abbreviate(st.notStacked())));
            }
            if (points.stream().anyMatch(p -> p.series().equals(other))) {
                notes.add(Text.otherIs(f, wholeName));
            }
            if (whole == null || !st.noWhole().isEmpty()) {
                notes.add(Text.noWhole(f, wholeName + (whole == null ? "" : " " + Names.abbreviate(st.noWhole()))));
                if (shares) {
                    notes.add(Text.shareOfSum(f));
                }
            }
            yTitle = shares ? Text.axisTitle(metric + " " + Text.share(f), Text.unit(f, Unit.PERCENT))
                    : Text.axisTitle(metric, Text.unit(f, scale.target()));
        }
        if (points.isEmpty()) {
            throw new IllegalArgumentException("no period has every part of " + wholeName + " reported on the basis of "
                    + Text.basis(KpiFormat.en(), b.basis()) + "; nothing to stack");
        }
        String title = spec.options().title().orElse(Names.join(first.entity(), metric, parent, Text.mix(f)));
        String unitLabel = ratio || spec.mode() == MixMode.VALUES ? Text.unit(f, scale.target()) : Text.unit(f, Unit.PERCENT);
        return new Plot(KpiChart.Type.MIX, title, Text.axis(f, b.basis(), b.instants()), yTitle, null, unitLabel,
                ChartData.of(points, notes), roles, null);
    }

    /**
     * The stack by period: each part's value, the remainder (NaN when the whole is unknown or the
     * parts reach it within rounding) and the whole the shares are of; periods with a part missing
     * are left out.
     */
    record Stack(Map<Period, double[]> values, List<String> notStacked, List<String> noWhole) {
    }

    private static Stack stack(List<KpiSeries> parts, KpiSeries whole, List<String> names) {
        TreeSet<Period> periods = new TreeSet<>();
        parts.forEach(s -> periods.addAll(s.periods()));
        if (whole != null) {
            periods.addAll(whole.periods());
        }
        Map<Period, double[]> out = new LinkedHashMap<>();
        List<String> notStacked = new ArrayList<>();
        List<String> noWhole = new ArrayList<>();
        int n = parts.size();
        for (Period p : periods) {
            double[] row = new double[n + 2];
            List<String> missing = new ArrayList<>();
            double sum = 0;
            double tol = 0;
            boolean approximate = false;
            for (int k = 0; k < n; k++) {
                OptionalInt i = parts.get(k).indexOf(p);
                if (i.isEmpty()) {
                    missing.add(names.get(k));
                    continue;
                }
                row[k] = parts.get(k).value(i.getAsInt());
                sum += row[k];
                tol += halfUnit(parts.get(k), i.getAsInt());
                approximate |= parts.get(k).provenance(i.getAsInt()).approximate();
            }
            if (!missing.isEmpty()) {
                notStacked.add(p + " (" + String.join(", ", missing) + ")");
                continue;
            }
            OptionalInt w = whole == null ? OptionalInt.empty() : whole.indexOf(p);
            row[n] = Double.NaN;
            row[n + 1] = sum;
            if (w.isPresent()) {
                double total = whole.value(w.getAsInt());
                tol += halfUnit(whole, w.getAsInt());
                double rest = total - sum;
                if (rest < -tol) {
                    throw new IllegalArgumentException("the parts " + names + " of " + BasisChoice.describe(whole)
                            + " add up to " + KpiFormat.decimal(sum) + " " + whole.unit() + " in " + p
                            + ", more than the whole, " + KpiFormat.decimal(total) + " beyond the rounding of the "
                            + "printed figures" + (approximate ? " (some parts are approximate)" : "")
                            + ": they overlap; if one segment is part of another, say so (a parent column), and "
                            + "stack only siblings");
                }
                row[n] = rest > tol ? rest : Double.NaN;
                row[n + 1] = total;
            } else if (whole != null) {
                noWhole.add(p.toString());
            }
            out.put(p, row);
        }
        return new Stack(out, notStacked, noWhole);
    }

    /** Half a unit in the last printed decimal: how far a printed figure may be from what it rounds. */
    private static double halfUnit(KpiSeries s, int i) {
        return 0.5 * Math.pow(10, -s.decimals(i));
    }

    private static String unique(String name, List<String> used) {
        String u = name;
        for (int n = 2; used.contains(u); n++) {
            u = name + " (" + n + ")";
        }
        return u;
    }
}

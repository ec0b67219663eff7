package org.kpi4j.charts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kpi4j.format.KpiFormat;
import org.kpi4j.series.KpiSeries;
import org.kpi4j.unit.Unit;

/** The data of a line chart: series on one basis, in one display unit. */
final class LinePrep {

    private LinePrep() {
    }

    static Plot plot(LineSpec spec) {
        KpiFormat f = spec.options().format();
        Unit unit = spec.unit();
        List<KpiSeries> converted = new ArrayList<>();
        for (KpiSeries s : spec.series()) {
            converted.add(s.to(unit));
        }
        BasisChoice.Based b = BasisChoice.of(converted, spec.basis());
        List<String> names = Names.series(b.series(), f);
        DisplayScale scale = DisplayScale.of(unit, values(b.series()));
        List<ChartPoint> points = new ArrayList<>();
        Map<String, Plot.Role> roles = new LinkedHashMap<>();
        for (int k = 0; k < b.series().size(); k++) {
            points.addAll(points(b.series().get(k), names.get(k), scale, b.bases().get(k)));
            roles.put(names.get(k), Plot.Role.LINE);
        }
        ChartData data = ChartData.of(points, Names.basisNotes(b, names, f));
        String title = spec.options().title().orElse(Names.title(b.series(), f, null));
        java.util.Set<ChartBasis> bases = new java.util.LinkedHashSet<>(b.bases());
        String x = bases.size() == 1 || b.instants() ? Text.axis(f, b.basis(), b.instants())
                : Text.period(f) + " (" + String.join(", ", bases.stream().map(v -> Text.basis(f, v)).toList()) + ")";
        return new Plot(KpiChart.Type.LINE, title, x,
                Names.yTitle(b.series(), f, scale.target()), null, Text.unit(f, scale.target()), data, roles, null);
    }

    static double[] values(List<KpiSeries> series) {
        return series.stream().flatMapToDouble(s -> java.util.Arrays.stream(s.values())).toArray();
    }

    /** A series' points in the display unit. */
    static List<ChartPoint> points(KpiSeries s, String name, DisplayScale scale, ChartBasis basis) {
        List<ChartPoint> out = new ArrayList<>(s.size());
        for (int i = 0; i < s.size(); i++) {
            double v = scale.apply(s.value(i));
            if (Double.isFinite(v)) {
                out.add(ChartPoint.of(s.period(i), name, v, scale.target(), basis));
            }
        }
        return out;
    }
}

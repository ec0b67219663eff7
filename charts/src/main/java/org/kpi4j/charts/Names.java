package org.kpi4j.charts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.kpi4j.format.KpiFormat;
import org.kpi4j.format.Language;
import org.kpi4j.series.KpiSeries;
import org.kpi4j.series.Transform;
import org.kpi4j.time.Period;
import org.kpi4j.unit.Unit;

/** Legend names, titles and notes made from series: the words around the data. */
final class Names {

    private Names() {
    }

    static boolean zh(KpiFormat f) {
        return f.language() == Language.ZH;
    }

    static String metric(KpiSeries s, KpiFormat f) {
        return s.metric().name(zh(f));
    }

    /** Legend names: the parts that tell the series apart (entity, metric, segment), unique. */
    static List<String> series(List<KpiSeries> series, KpiFormat f) {
        Set<String> entities = new LinkedHashSet<>();
        Set<String> metrics = new LinkedHashSet<>();
        for (KpiSeries s : series) {
            entities.add(s.entity());
            metrics.add(s.metric().id());
        }
        boolean manyEntities = entities.size() > 1;
        boolean manyMetrics = metrics.size() > 1;
        List<String> out = new ArrayList<>();
        Set<String> used = new LinkedHashSet<>();
        for (KpiSeries s : series) {
            List<String> parts = new ArrayList<>();
            if (manyEntities) {
                parts.add(s.entity());
            }
            if (manyMetrics || (!manyEntities && s.segment().isEmpty())) {
                parts.add(metric(s, f));
            }
            if (!s.segment().isEmpty()) {
                parts.add(s.segment());
            }
            String name = String.join(" · ", parts);
            if (used.contains(name) && s.transform() != Transform.REPORTED) {
                name = name + " (" + s.transform().toString().toUpperCase(Locale.ROOT) + ")";
            }
            String unique = name;
            for (int n = 2; used.contains(unique); n++) {
                unique = name + " (" + n + ")";
            }
            used.add(unique);
            out.add(unique);
        }
        return out;
    }

    /** entity · metric · segment · suffix, leaving out what the series do not share. */
    static String title(List<KpiSeries> series, KpiFormat f, String suffix) {
        Set<String> entities = new LinkedHashSet<>();
        Set<String> metrics = new LinkedHashSet<>();
        Set<String> segments = new LinkedHashSet<>();
        for (KpiSeries s : series) {
            entities.add(s.entity());
            metrics.add(metric(s, f));
            segments.add(s.segment());
        }
        String segment = segments.size() == 1 && !segments.iterator().next().isEmpty() ? segments.iterator().next() : null;
        return join(entities.size() == 1 ? entities.iterator().next() : null,
                metrics.size() == 1 ? metrics.iterator().next() : null, segment, suffix);
    }

    static String join(String... parts) {
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isEmpty()) {
                out.add(p);
            }
        }
        return String.join(" · ", out);
    }

    /** The y axis title: the metric (or "value" for several metrics) and the display unit. */
    static String yTitle(List<KpiSeries> series, KpiFormat f, Unit unit) {
        Set<String> ids = new LinkedHashSet<>();
        series.forEach(s -> ids.add(s.metric().id()));
        String what = ids.size() == 1 ? metric(series.get(0), f) : Text.value(f);
        return Text.axisTitle(what, Text.unit(f, unit));
    }

    static String abbreviate(List<String> items) {
        int max = 6;
        if (items.size() <= max) {
            return String.join(", ", items);
        }
        return String.join(", ", items.subList(0, max)) + ", … (" + items.size() + ")";
    }

    /** The notes of a basis: per series, the periods left out, then the points derived among reported ones. */
    static List<String> basisNotes(BasisChoice.Based b, List<String> names, KpiFormat f) {
        List<String> notes = new ArrayList<>();
        boolean several = b.series().size() > 1;
        // one note per basis: "… (one basis per chart): 算力服务: 2025Q1; 营业收入 (整体): 2025Q1"
        java.util.Map<ChartBasis, List<String>> left = new java.util.LinkedHashMap<>();
        for (int i = 0; i < b.series().size(); i++) {
            List<Period> l = b.leftOut().get(i);
            if (!l.isEmpty()) {
                left.computeIfAbsent(b.bases().get(i), x -> new ArrayList<>()).add((several ? names.get(i) + ": " : "")
                        + abbreviate(l.stream().map(Period::toString).toList()));
            }
        }
        left.forEach((basis, items) -> notes.add(Text.leftOut(f, basis, String.join("; ", items))));
        for (int i = 0; i < b.series().size(); i++) {
            KpiSeries s = b.series().get(i);
            List<String> derived = new ArrayList<>();
            for (int k = 0; k < s.size(); k++) {
                if (s.provenance(k).derived()) {
                    derived.add(s.period(k).toString());
                }
            }
            // a TTM or annualised series is derived throughout; list derived points only among reported ones
            if (!derived.isEmpty() && derived.size() < s.size()) {
                notes.add(Text.derived(f, (several ? names.get(i) + ": " : "") + abbreviate(derived)));
            }
            // a derived point beyond the range of a double is not drawn: say which and why
            notes.addAll(s.notes());
        }
        return notes;
    }
}

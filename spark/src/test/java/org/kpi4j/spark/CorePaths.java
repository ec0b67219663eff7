package org.kpi4j.spark;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.kpi4j.fact.FactSet;
import org.kpi4j.io.FactsCsv;
import org.kpi4j.io.PanelCsv;
import org.kpi4j.metric.MetricCatalog;
import org.kpi4j.series.KpiPanel;
import org.kpi4j.series.KpiSeries;
import org.kpi4j.series.PanelLayout;
import org.kpi4j.series.SeriesKey;
import org.kpi4j.time.FiscalCalendar;

/** The expected results, computed on one machine by the core and io without Spark, as cells. */
final class CorePaths {

    private CorePaths() {
    }

    /** The panel of a CSV as {@code PanelCsv.read} builds it. */
    static KpiPanel panelCsv(String csv, FiscalCalendar calendar, PanelLayout layout) {
        return PanelCsv.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "random.csv",
                MetricCatalog.standard(), calendar, layout);
    }

    /** The facts of a CSV as {@code FactsCsv.read} reads them. */
    static FactSet factSet(String csv, FiscalCalendar calendar) {
        return FactsCsv.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "random.csv",
                MetricCatalog.standard(), calendar);
    }

    /**
     * The panel of the same CSV by another route: FactSet's latest vintages, each series as a
     * KpiSeries, {@code KpiPanel.of} (which turns flows into discrete quarters with
     * {@code KpiSeries.toDiscreteQuarters}).
     */
    static KpiPanel seriesPanel(String csv, FiscalCalendar calendar) {
        FactSet facts = factSet(csv, calendar);
        List<KpiSeries> series = new ArrayList<>();
        for (SeriesKey k : facts.keys()) {
            series.add(facts.series(k));
        }
        return KpiPanel.of(series);
    }

    /**
     * Every present value of a panel after an operation, by cell (its unit part of the cell); with
     * {@code spans}, the cells of a series the input panel holds year-to-date are labelled with the
     * span they end ({@code 2024H1}) rather than the quarter.
     */
    static Map<String, Double> cells(KpiPanel p, UnaryOperator<KpiPanel> op, boolean spans) {
        java.util.Set<SeriesKey> ytd = new java.util.HashSet<>();
        for (int s = 0; s < p.seriesCount(); s++) {
            if (spans && p.transform(s) == org.kpi4j.series.Transform.YEAR_TO_DATE) {
                ytd.add(p.key(s));
            }
        }
        KpiPanel r = op.apply(p);
        Map<String, Double> m = new LinkedHashMap<>();
        for (int s = 0; s < r.seriesCount(); s++) {
            SeriesKey k = r.key(s);
            String unit = r.unit(s).symbol();
            for (int c = 0; c < r.quarterCount(); c++) {
                org.kpi4j.time.Period q = r.quarter(c);
                String label = ytd.contains(k) ? org.kpi4j.time.Period.ytd(q.year(), q.lastQuarter()).toString()
                        : q.toString();
                r.get(s, c).ifPresent(v -> m.put(cell(k.entity(), k.metric(), k.segment(), label, unit), v));
            }
        }
        return m;
    }

    /** The notes of a panel after an operation: the series it left out and why. */
    static List<String> notes(KpiPanel p, UnaryOperator<KpiPanel> op) {
        return op.apply(p).notes();
    }

    /** Every value row of a Spark result in {@link SparkKpi#resultSchema()}, by cell. */
    static Map<String, Double> cells(Dataset<Row> result) {
        return cells(result.collectAsList());
    }

    /** Every value row of a Spark result's rows, by cell. */
    static Map<String, Double> cells(List<Row> result) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (Row r : result) {
            if (r.isNullAt(4)) {
                continue; // a series left out, with a note
            }
            Double old = m.put(cell(r.getString(0), r.getString(1), r.getString(2), r.getString(3), r.getString(5)),
                    r.getDouble(4));
            if (old != null) {
                throw new AssertionError("two rows for one cell: " + r);
            }
        }
        return m;
    }

    /** The notes of a Spark result's rows: one per series it left out. */
    static List<String> notes(List<Row> result) {
        List<String> n = new ArrayList<>();
        for (Row r : result) {
            if (!r.isNullAt(6)) {
                n.add(r.getString(6));
            }
        }
        return n;
    }

    /**
     * What differs between two sets of cells, at most 10 lines: a cell only in one, or a value
     * whose bits differ; empty when they are equal bit for bit.
     */
    static List<String> diff(Map<String, Double> expected, Map<String, Double> actual) {
        List<String> d = new ArrayList<>();
        for (Map.Entry<String, Double> e : expected.entrySet()) {
            Double a = actual.get(e.getKey());
            if (a == null) {
                d.add("missing " + e.getKey() + " = " + e.getValue());
            } else if (Double.doubleToRawLongBits(a) != Double.doubleToRawLongBits(e.getValue())) {
                d.add("differs " + e.getKey() + ": expected " + e.getValue() + " but was " + a);
            }
        }
        for (Map.Entry<String, Double> e : actual.entrySet()) {
            if (!expected.containsKey(e.getKey())) {
                d.add("extra " + e.getKey() + " = " + e.getValue());
            }
        }
        return d.size() > 10 ? List.copyOf(d.subList(0, 10)) : d;
    }

    /** The series of which some figure (a period) was filed more than once: restated. */
    static Set<SeriesKey> restated(FactSet facts) {
        Set<String> seen = new HashSet<>();
        Set<SeriesKey> r = new HashSet<>();
        for (org.kpi4j.fact.Fact f : facts.facts()) {
            if (f.hasValue() && !seen.add(f.key() + " | " + f.period())) {
                r.add(f.key());
            }
        }
        return r;
    }

    /** The cells of the series not in {@code series}. */
    static Map<String, Double> without(Map<String, Double> cells, Set<SeriesKey> series) {
        Set<String> prefixes = new HashSet<>();
        for (SeriesKey k : series) {
            prefixes.add(cell(k.entity(), k.metric(), k.segment(), "", ""));
        }
        Map<String, Double> m = new LinkedHashMap<>();
        cells.forEach((c, v) -> {
            String[] p = c.split(" \\| ", -1);
            if (!prefixes.contains(cell(p[0], p[1], p[2], "", ""))) {
                m.put(c, v);
            }
        });
        return m;
    }

    static String cell(String entity, String metric, String segment, String period, String unit) {
        return entity + " | " + metric + " | " + segment + " | " + period + " | " + unit;
    }
}

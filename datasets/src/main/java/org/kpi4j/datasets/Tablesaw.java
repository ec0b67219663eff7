package org.kpi4j.datasets;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kpi4j.series.SeriesKey;
import org.kpi4j.series.KpiPanel;
import org.kpi4j.series.KpiPanelBuilder;
import org.kpi4j.time.Period;
import org.kpi4j.unit.Unit;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Converts a {@link KpiPanel} to a Tablesaw {@link Table} and back, keeping units and periods.
 *
 * <p>Long layout: one row per series and quarter, columns {@code entity, metric, segment, unit,
 * period, value} (missing values are Tablesaw's missing double). Wide layout: a {@code period} column
 * and one value column per series named {@code entity/metric[segment] (unit)}. Both read back with
 * {@link #fromLong(Table)} and {@link #fromWide(Table)}.
 *
 * <pre>{@code
 * Table t = Tablesaw.toLong(panel);
 * KpiPanel back = Tablesaw.fromLong(t);
 * Table wide = Tablesaw.toWide(panel);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Tablesaw {

    private Tablesaw() {
    }

    /**
     * Returns the panel in long layout.
     *
     * @param panel the panel, not null
     * @return a new table, not null
     */
    public static Table toLong(KpiPanel panel) {
        Objects.requireNonNull(panel, "panel");
        int n = panel.seriesCount() * panel.quarterCount();
        StringColumn entity = StringColumn.create("entity");
        StringColumn metric = StringColumn.create("metric");
        StringColumn segment = StringColumn.create("segment");
        StringColumn unit = StringColumn.create("unit");
        StringColumn period = StringColumn.create("period");
        double[] values = new double[n];
        int row = 0;
        for (int s = 0; s < panel.seriesCount(); s++) {
            SeriesKey k = panel.key(s);
            double[] v = panel.row(s);
            for (int q = 0; q < panel.quarterCount(); q++) {
                entity.append(k.entity());
                metric.append(k.metric());
                segment.append(k.segment());
                unit.append(panel.unit(s).symbol());
                period.append(panel.quarter(q).toString());
                values[row++] = v[q];
            }
        }
        return Table.create("kpi panel", entity, metric, segment, unit, period, DoubleColumn.create("value", values));
    }

    /**
     * Reads a long-layout table back into a panel on the quarters from its earliest to its latest.
     *
     * @param table a table with columns entity, metric, segment, unit, period, value; not null
     * @return the panel, not null
     * @throws IllegalArgumentException naming the row if a column is missing, a period is not a
     *     quarter, a unit is unknown or a series mixes units
     */
    public static KpiPanel fromLong(Table table) {
        Objects.requireNonNull(table, "table");
        for (String c : List.of("entity", "metric", "segment", "unit", "period", "value")) {
            if (!table.columnNames().contains(c)) {
                throw new IllegalArgumentException("table '" + table.name() + "' lacks the column '" + c + "'");
            }
        }
        Column<?> value = table.column("value");
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        int[] idx = new int[table.rowCount()];
        for (int r = 0; r < table.rowCount(); r++) {
            Period p = quarter(table.getString(r, "period"), r);
            idx[r] = p.endQuarterIndex();
            lo = Math.min(lo, idx[r]);
            hi = Math.max(hi, idx[r]);
        }
        if (table.rowCount() == 0) {
            throw new IllegalArgumentException("table '" + table.name() + "' has no rows");
        }
        Map<SeriesKey, double[]> rows = new LinkedHashMap<>();
        Map<SeriesKey, Unit> units = new LinkedHashMap<>();
        int q = hi - lo + 1;
        for (int r = 0; r < table.rowCount(); r++) {
            SeriesKey k = SeriesKey.of(table.getString(r, "entity"), table.getString(r, "metric"),
                    table.getString(r, "segment"));
            Unit u = unit(table.getString(r, "unit"), r);
            Unit prev = units.putIfAbsent(k, u);
            if (prev != null && !prev.equals(u)) {
                throw new IllegalArgumentException("row " + r + ": series " + k + " is in " + prev + " and " + u);
            }
            double[] v = rows.computeIfAbsent(k, x -> {
                double[] a = new double[q];
                Arrays.fill(a, Double.NaN);
                return a;
            });
            v[idx[r] - lo] = value.isMissing(r) ? Double.NaN : ((Number) value.get(r)).doubleValue();
        }
        KpiPanelBuilder b = KpiPanel.builder(Period.ofQuarterIndex(lo), q);
        rows.forEach((k, v) -> b.add(k, units.get(k), v));
        return b.build();
    }

    /**
     * Returns the panel in wide layout: a period column and a column per series.
     *
     * @param panel the panel, not null
     * @return a new table, not null
     */
    public static Table toWide(KpiPanel panel) {
        Objects.requireNonNull(panel, "panel");
        Table t = Table.create("kpi panel");
        StringColumn period = StringColumn.create("period");
        for (int q = 0; q < panel.quarterCount(); q++) {
            period.append(panel.quarter(q).toString());
        }
        t.addColumns(period);
        for (int s = 0; s < panel.seriesCount(); s++) {
            t.addColumns(DoubleColumn.create(panel.key(s) + " (" + panel.unit(s).symbol() + ")", panel.row(s)));
        }
        return t;
    }

    /**
     * Reads a wide-layout table (as {@link #toWide(KpiPanel)} writes it) back into a panel.
     *
     * @param table the table, not null
     * @return the panel, not null
     * @throws IllegalArgumentException if the periods are not consecutive quarters or a column name
     *     does not say its series and unit
     */
    public static KpiPanel fromWide(Table table) {
        Objects.requireNonNull(table, "table");
        int n = table.rowCount();
        if (n == 0) {
            throw new IllegalArgumentException("table '" + table.name() + "' has no rows");
        }
        Period first = quarter(table.getString(0, "period"), 0);
        for (int r = 1; r < n; r++) {
            if (quarter(table.getString(r, "period"), r).endQuarterIndex() != first.endQuarterIndex() + r) {
                throw new IllegalArgumentException("row " + r + ": periods must be consecutive quarters from " + first);
            }
        }
        KpiPanelBuilder b = KpiPanel.builder(first, n);
        java.util.regex.Pattern name = java.util.regex.Pattern.compile("([^/]+)/([a-z][a-z0-9_]*)(?:\\[(.*)\\])? \\((.+)\\)");
        List<String> cols = new ArrayList<>(table.columnNames());
        cols.remove("period");
        for (String c : cols) {
            java.util.regex.Matcher m = name.matcher(c);
            if (!m.matches()) {
                throw new IllegalArgumentException("column '" + c + "' should be named entity/metric[segment] (unit)");
            }
            Column<?> col = table.column(c);
            double[] v = new double[n];
            for (int r = 0; r < n; r++) {
                v[r] = col.isMissing(r) ? Double.NaN : ((Number) col.get(r)).doubleValue();
            }
            b.add(SeriesKey.of(m.group(1), m.group(2), m.group(3) == null ? "" : m.group(3)), Unit.parse(m.group(4)), v);
        }
        return b.build();
    }

    private static Period quarter(String text, int row) {
        Period p;
        try {
            p = Period.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("row " + row + ": " + e.getMessage(), e);
        }
        if (p.type() != org.kpi4j.time.PeriodType.QUARTER) {
            throw new IllegalArgumentException("row " + row + ": a panel holds quarters, not " + text);
        }
        return p;
    }

    private static Unit unit(String text, int row) {
        try {
            return Unit.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("row " + row + ": " + e.getMessage(), e);
        }
    }
}

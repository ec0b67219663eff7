package org.kpi4j.charts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.kpi4j.format.Cell;
import org.kpi4j.format.KpiFormat;
import org.kpi4j.format.KpiTable;
import org.kpi4j.time.Period;
import org.kpi4j.unit.Unit;

/**
 * What a chart draws, as data: one {@link ChartPoint} per value (period, series, value, unit,
 * basis) and the notes printed under the chart. Every {@link KpiChart} is drawn from its data and
 * nothing else, so the data (as a table or CSV) checks the picture.
 *
 * <pre>{@code
 * ChartData d = LineSpec.builder().series(facts.series("acme", "revenue")).build().data();
 * d.basis();                                        // Optional[discrete]: not the year-to-date sawtooth
 * d.value("Revenue", Period.parse("2024Q2"));       // OptionalDouble[14.0] (2024H1 26 − Q1 12 亿元)
 * String csv = d.toCsv();                           // period,series,value,unit,basis
 * ChartData.parseCsv(csv).points().equals(d.points());   // true
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ChartData {

    /** The columns of {@link #toCsv()}. */
    public static final List<String> COLUMNS = List.of("period", "series", "value", "unit", "basis");

    private final List<ChartPoint> points;
    private final List<String> notes;
    private final List<String> series;
    private final List<Period> periods;
    private final Map<String, Map<Period, ChartPoint>> index;

    private ChartData(List<ChartPoint> points, List<String> notes) {
        this.points = List.copyOf(points);
        this.notes = List.copyOf(notes);
        Map<String, Map<Period, ChartPoint>> idx = new LinkedHashMap<>();
        Set<Period> ps = new TreeSet<>();
        for (ChartPoint p : this.points) {
            ChartPoint before = idx.computeIfAbsent(p.series(), s -> new TreeMap<>()).putIfAbsent(p.period(), p);
            if (before != null) {
                throw new IllegalArgumentException("series '" + p.series() + "' has two values at " + p.period());
            }
            Unit u = idx.get(p.series()).values().iterator().next().unit();
            if (!u.equals(p.unit())) {
                throw new IllegalArgumentException("series '" + p.series() + "' mixes " + u + " with " + p.unit());
            }
            ps.add(p.period());
        }
        this.index = idx;
        this.series = List.copyOf(idx.keySet());
        this.periods = List.copyOf(ps);
    }

    /**
     * Obtains chart data.
     *
     * <pre>{@code
     * ChartData.of(List.of(ChartPoint.of(Period.year(2024), "Revenue", 57, Unit.YI_YUAN, ChartBasis.YEAR)),
     *         List.of()).series();   // [Revenue]
     * }</pre>
     *
     * @param points the points, series in order of first appearance, not null
     * @param notes the notes, not null
     * @return the data, not null
     * @throws IllegalArgumentException if a series has two values for one period or two units
     */
    public static ChartData of(List<ChartPoint> points, List<String> notes) {
        return new ChartData(Objects.requireNonNull(points, "points"), Objects.requireNonNull(notes, "notes"));
    }

    /** @return every point, series by series, not null */
    public List<ChartPoint> points() {
        return points;
    }

    /**
     * Returns the points of one series, in period order.
     *
     * @param series the series' name, not null
     * @return the points, empty if the chart has no such series, not null
     */
    public List<ChartPoint> points(String series) {
        return List.copyOf(index.getOrDefault(Objects.requireNonNull(series, "series"), Map.of()).values());
    }

    /** @return the series' names, in legend order, not null */
    public List<String> series() {
        return series;
    }

    /** @return the periods of the x axis, ascending, not null */
    public List<Period> periods() {
        return periods;
    }

    /**
     * Looks up a drawn value.
     *
     * @param series the series' name, not null
     * @param period the period, not null
     * @return the value, or empty where the series draws nothing
     */
    public OptionalDouble value(String series, Period period) {
        ChartPoint p = index.getOrDefault(Objects.requireNonNull(series, "series"), Map.of())
                .get(Objects.requireNonNull(period, "period"));
        return p == null ? OptionalDouble.empty() : OptionalDouble.of(p.value());
    }

    /**
     * Returns the unit a series is drawn in.
     *
     * @param series the series' name, not null
     * @return the unit, or empty if there is no such series
     */
    public Optional<Unit> unit(String series) {
        Map<Period, ChartPoint> m = index.get(Objects.requireNonNull(series, "series"));
        return m == null ? Optional.empty() : Optional.of(m.values().iterator().next().unit());
    }

    /** @return the basis every point shares, or empty if the points differ (a dashboard) or there are none */
    public Optional<ChartBasis> basis() {
        Set<ChartBasis> b = new LinkedHashSet<>();
        points.forEach(p -> b.add(p.basis()));
        return b.size() == 1 ? Optional.of(b.iterator().next()) : Optional.empty();
    }

    /** @return the notes drawn under the chart: the basis chosen, what was left out and why, derived points */
    public List<String> notes() {
        return notes;
    }

    /** @return the number of points */
    public int size() {
        return points.size();
    }

    /**
     * Returns the data as a table: period, series, value, unit, basis; the notes as footnotes.
     *
     * @param format the language of numbers and units, not null
     * @return the table, not null
     */
    public KpiTable toTable(KpiFormat format) {
        Objects.requireNonNull(format, "format");
        KpiTable.Builder t = KpiTable.builder(COLUMNS);
        for (ChartPoint p : points) {
            int decimals = Math.min(6, Math.max(0, new BigDecimal(KpiFormat.decimal(p.value())).scale()));
            t.row(Cell.text(p.period()), Cell.text(p.series()), Cell.number(p.value(), decimals, format),
                    Cell.text(format.unit(p.unit())), Cell.text(p.basis()));
        }
        notes.forEach(t::footnote);
        return t.build();
    }

    /**
     * Returns the data as CSV: a header {@code period,series,value,unit,basis}, one row per point,
     * values without float noise ({@link KpiFormat#decimal(double)}), units by their symbols
     * ({@code 亿元}, {@code %}, {@code pp}), RFC 4180 quoting, {@code \n} line ends.
     *
     * @return the text, not null
     */
    public String toCsv() {
        StringBuilder sb = new StringBuilder(String.join(",", COLUMNS)).append('\n');
        for (ChartPoint p : points) {
            sb.append(p).append('\n');
        }
        return sb.toString();
    }

    /**
     * Writes {@link #toCsv()}.
     *
     * @param writer the writer, flushed, not closed, not null
     * @throws UncheckedIOException if writing fails
     */
    public void writeCsv(Writer writer) {
        Objects.requireNonNull(writer, "writer");
        try {
            writer.write(toCsv());
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads data written by {@link #toCsv()} (without notes, which the CSV does not hold).
     *
     * @param csv the text, not null
     * @return the data, not null
     * @throws IllegalArgumentException naming the line if the header, a period, a value, a unit or a
     *     basis is not what {@code toCsv} writes
     */
    public static ChartData parseCsv(String csv) {
        Objects.requireNonNull(csv, "csv");
        List<List<String>> rows = CsvRows.parse(csv);
        if (rows.isEmpty() || !rows.get(0).equals(COLUMNS)) {
            throw new IllegalArgumentException("line 1: expected the header " + String.join(",", COLUMNS));
        }
        List<ChartPoint> out = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> r = rows.get(i);
            try {
                if (r.size() != COLUMNS.size()) {
                    throw new IllegalArgumentException("expected " + COLUMNS.size() + " fields but got " + r.size());
                }
                out.add(ChartPoint.of(Period.parse(r.get(0)), r.get(1), Double.parseDouble(r.get(2)),
                        Unit.parse(r.get(3)), ChartBasis.parse(r.get(4))));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return of(out, List.of());
    }

    /** A field quoted for CSV when it holds a comma, a quote or a line end. */
    static String csv(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    /** Returns {@link #toTable(KpiFormat)} in English as aligned text. */
    @Override
    public String toString() {
        return toTable(KpiFormat.en()).toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChartData d && d.points.equals(points) && d.notes.equals(notes);
    }

    @Override
    public int hashCode() {
        return points.hashCode() * 31 + notes.hashCode();
    }
}

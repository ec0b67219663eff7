package org.kpi4j.io;

import java.util.Iterator;
import java.util.Objects;
import org.kpi4j.KpiDataException;
import org.kpi4j.fact.FactSet;
import org.kpi4j.metric.MetricCatalog;
import org.kpi4j.series.KpiPanel;
import org.kpi4j.series.PanelLayout;
import org.kpi4j.time.FiscalCalendar;

/**
 * Reads tidy facts given as rows of text rather than as a file (a Spark partition, a database
 * cursor, rows a program makes), with exactly the rules of the file readers: {@link #facts} those of
 * {@link FactsCsv} (one {@code Fact} per row), {@link #panel} those of {@link PanelCsv} (catalog,
 * basis, units, fiscal calendar, latest {@code as_of}, the refusals) through the same
 * {@link org.kpi4j.series.PanelAssembler}. A row gives the text of each tidy column by name (see
 * {@link FactsCsv} for the columns); row {@code i} (from 1) is "line {@code i}" in error messages.
 *
 * <pre>{@code
 * List<Map<String, String>> rows = List.of(
 *         Map.of("entity", "acme", "metric", "revenue", "period", "2024Q1", "value", "10", "unit", "万元"),
 *         Map.of("entity", "acme", "metric", "revenue", "period", "2024H1", "value", "25", "unit", "万元"));
 * KpiPanel p = TidyReader.panel("rows", rows.stream().<TidyReader.Row>map(m -> m::get).iterator(),
 *         MetricCatalog.standard(), FiscalCalendar.calendarYear(), PanelLayout.QUARTERLY);
 * p.get(0, 1);   // OptionalDouble[15.0]: H1 − Q1
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TidyReader {

    /** One row of tidy facts: the text of a column by its tidy name. */
    @FunctionalInterface
    public interface Row {
        /**
         * Returns the text of a column.
         *
         * @param column a tidy column name ({@code entity}, {@code as_of}, ...), not null
         * @return the text as given, null or empty where the row has none
         */
        String get(String column);
    }

    private TidyReader() {
    }

    /**
     * Reads rows as facts, as {@link FactsCsv#read(java.io.InputStream, String, MetricCatalog, FiscalCalendar)}
     * reads a file's rows.
     *
     * @param source the name used in error messages, not null
     * @param rows the rows, not null
     * @param catalog the known metrics, not null
     * @param calendar the fiscal calendar, not null
     * @return the facts, each with the origin (source, row number), not null
     * @throws KpiDataException on bad data, naming the row as a line
     */
    public static FactSet facts(String source, Iterator<? extends Row> rows, MetricCatalog catalog,
            FiscalCalendar calendar) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(rows, "rows");
        FactRows r = new FactRows(source, Objects.requireNonNull(catalog, "catalog"),
                Objects.requireNonNull(calendar, "calendar"));
        int line = 0;
        while (rows.hasNext()) {
            Row row = rows.next();
            r.add(++line, row::get);
        }
        return FactSet.of(r.facts(), calendar);
    }

    /**
     * Reads rows into a panel, as {@link PanelCsv#read(java.io.InputStream, String, MetricCatalog,
     * FiscalCalendar, PanelLayout)} reads a file's rows.
     *
     * @param source the name used in error messages, not null
     * @param rows the rows, at least one with a figure, not null
     * @param catalog the known metrics, not null
     * @param calendar the fiscal calendar, not null
     * @param layout how to lay out year-to-date flows, not null
     * @return the panel, not null
     * @throws KpiDataException on bad data, naming the row as a line, or if no row holds a figure
     */
    public static KpiPanel panel(String source, Iterator<? extends Row> rows, MetricCatalog catalog,
            FiscalCalendar calendar, PanelLayout layout) {
        Objects.requireNonNull(rows, "rows");
        PanelRows p = new PanelRows(Objects.requireNonNull(source, "source"), Objects.requireNonNull(catalog, "catalog"),
                Objects.requireNonNull(calendar, "calendar"), Objects.requireNonNull(layout, "layout"));
        int line = 0;
        while (rows.hasNext()) {
            p.add(++line, rows.next());
        }
        return p.build();
    }
}

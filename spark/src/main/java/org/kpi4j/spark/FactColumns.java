package org.kpi4j.spark;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The column names of a tidy facts table: which column of a {@code Dataset<Row>} holds each field
 * of the tidy format ({@code entity, metric, segment, parent, period, basis, value, unit, as_of,
 * reported_change_pct, comparison_period, reported_flag, reported_cagr_pct, approximate, source,
 * note}; see the README's "Tidy facts").
 *
 * <p>The standard names are the tidy format's own; a table whose columns are named otherwise maps
 * them with {@link #with(String, String)}. A field the table lacks is simply not there: only
 * {@code entity, metric, period, value} and {@code unit} are required.
 *
 * <pre>{@code
 * FactColumns cols = FactColumns.standard().with("entity", "cik").with("metric", "concept");
 * cols.name("entity");   // "cik"
 * cols.name("period");   // "period"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FactColumns implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The fields of the tidy facts format, in its column order. */
    public static final List<String> FIELDS = List.of("entity", "metric", "segment", "parent", "period", "basis", "value",
            "unit", "as_of", "reported_change_pct", "comparison_period", "reported_flag", "reported_cagr_pct",
            "approximate", "source", "note");

    /** The fields every facts table must have. */
    public static final List<String> REQUIRED = List.of("entity", "metric", "period", "value", "unit");

    private static final FactColumns STANDARD;

    static {
        Map<String, String> m = new LinkedHashMap<>();
        for (String f : FIELDS) {
            m.put(f, f);
        }
        STANDARD = new FactColumns(m);
    }

    private final Map<String, String> names;

    private FactColumns(Map<String, String> names) {
        this.names = Collections.unmodifiableMap(new LinkedHashMap<>(names));
    }

    /**
     * Returns the standard names: each field's column is named as the field.
     *
     * <pre>{@code
     * FactColumns.standard().name("as_of");   // "as_of"
     * }</pre>
     *
     * @return the standard column names, not null
     */
    public static FactColumns standard() {
        return STANDARD;
    }

    /**
     * Returns a copy in which a field is read from another column.
     *
     * <pre>{@code
     * FactColumns xbrl = FactColumns.standard().with("metric", "concept").with("as_of", "filed");
     * }</pre>
     *
     * @param field a field of {@link #FIELDS}, not null
     * @param column the column that holds it, not empty, not null
     * @return the new column names, not null
     * @throws IllegalArgumentException if the field is unknown, the column is empty or another field
     *     already reads that column
     */
    public FactColumns with(String field, String column) {
        checkField(field);
        Objects.requireNonNull(column, "column");
        if (column.isEmpty()) {
            throw new IllegalArgumentException("column must not be empty (field '" + field + "')");
        }
        for (Map.Entry<String, String> e : names.entrySet()) {
            if (!e.getKey().equals(field) && e.getValue().equals(column)) {
                throw new IllegalArgumentException("column '" + column + "' already holds the field '" + e.getKey()
                        + "'; give '" + field + "' a column of its own");
            }
        }
        Map<String, String> m = new LinkedHashMap<>(names);
        m.put(field, column);
        return new FactColumns(m);
    }

    /**
     * Returns the column that holds a field.
     *
     * <pre>{@code
     * FactColumns.standard().with("value", "val").name("value");   // "val"
     * }</pre>
     *
     * @param field a field of {@link #FIELDS}, not null
     * @return the column name, not null
     * @throws IllegalArgumentException if the field is unknown
     */
    public String name(String field) {
        checkField(field);
        return names.get(field);
    }

    private static void checkField(String field) {
        Objects.requireNonNull(field, "field");
        if (!FIELDS.contains(field)) {
            throw new IllegalArgumentException("unknown field '" + field + "'; expected one of "
                    + String.join(", ", FIELDS));
        }
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof FactColumns && ((FactColumns) obj).names.equals(names);
    }

    @Override
    public int hashCode() {
        return names.hashCode();
    }

    /** @return the fields read from a column of another name, as {@code field=column}, or "standard" */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        names.forEach((f, c) -> {
            if (!f.equals(c)) {
                sb.append(sb.length() == 0 ? "" : ", ").append(f).append('=').append(c);
            }
        });
        return sb.length() == 0 ? "standard" : sb.toString();
    }
}

package org.kpi4j.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.kpi4j.KpiDataException;

/**
 * Facts made ready for a per-series operation: the columns it reads, the series key as text
 * (entity, metric, segment with null as ""), the quarter ordinal, {@code repartition} by the key (a
 * series never spans two partitions) and {@code sortWithinPartitions} by key and ordinal (a series'
 * rows are contiguous and in quarter order).
 */
final class BySeries {

    private BySeries() {
    }

    /** A column by its name as given, dots and all (col("a.b") would mean a struct's field). */
    static Column column(String name) {
        return col("`" + name.replace("`", "``") + "`");
    }

    /** What the panel operations read (PanelCsv's fields): nothing else is shuffled. */
    static final List<String> PANEL_FIELDS = List.of("period", "basis", "value", "unit", "as_of",
            "reported_cagr_pct");

    /** What the checks read: every field but source and note. */
    static final List<String> CHECK_FIELDS = List.of("parent", "period", "basis", "value", "unit", "as_of",
            "reported_change_pct", "comparison_period", "reported_flag", "reported_cagr_pct", "approximate");

    /**
     * The facts with the series key as text and the quarter ordinal appended, partitioned by series
     * and sorted by series and ordinal within each partition; with {@code fields}, only those
     * fields' columns are kept (the key is in the appended columns), so that a shuffle moves nothing
     * the operation does not read.
     */
    static Dataset<Row> prepare(Dataset<Row> facts, FactColumns columns, List<String> fields, Column ordinal) {
        Objects.requireNonNull(facts, "facts");
        List<String> have = Arrays.asList(facts.columns());
        List<String> missing = new ArrayList<>();
        for (String f : FactColumns.REQUIRED) {
            if (!have.contains(columns.name(f))) {
                missing.add(f.equals(columns.name(f)) ? f : columns.name(f) + " (field " + f + ")");
            }
        }
        if (!missing.isEmpty()) {
            throw KpiDataException.of("the facts lack the column" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing) + "; they have " + String.join(", ", have));
        }
        String seg = columns.name("segment");
        Column segment = have.contains(seg) ? coalesce(column(seg).cast(DataTypes.StringType), lit("")) : lit("");
        Column[] keys = {col(RowLayout.ENTITY), col(RowLayout.METRIC), col(RowLayout.SEGMENT)};
        Dataset<Row> in = facts;
        if (fields != null) {
            List<Column> keep = new ArrayList<>();
            for (String f : fields) {
                if (have.contains(columns.name(f))) {
                    keep.add(column(columns.name(f)));
                }
            }
            keep.add(column(columns.name("entity")));
            keep.add(column(columns.name("metric")));
            if (have.contains(seg)) {
                keep.add(column(seg));
            }
            in = facts.select(keep.toArray(new Column[0]));
        }
        Dataset<Row> keyed = in
                .withColumn(RowLayout.ENTITY, column(columns.name("entity")).cast(DataTypes.StringType))
                .withColumn(RowLayout.METRIC, column(columns.name("metric")).cast(DataTypes.StringType))
                .withColumn(RowLayout.SEGMENT, segment)
                .withColumn(RowLayout.ORDINAL, ordinal);
        if (fields != null) {
            keyed = keyed.drop(column(columns.name("entity")), column(columns.name("metric")));
            if (have.contains(seg)) {
                keyed = keyed.drop(column(seg));
            }
        }
        return keyed
                .repartition(keys)
                .sortWithinPartitions(keys[0], keys[1], keys[2], col(RowLayout.ORDINAL));
    }
}

package org.kpi4j.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.kpi4j.KpiDataException;
import org.kpi4j.growth.GrowthConvention;

/**
 * How {@link SparkKpi}'s operations run on Spark: the facts partitioned and sorted by series
 * ({@link BySeries}), each partition handed to a job of the core ({@link PanelJob}, {@link FactsJob})
 * in batches of whole series, and the schemas of what the jobs give.
 */
final class SparkJobs {

    /** {@link SparkKpi#resultSchema()}. */
    static final StructType RESULT = new StructType(new StructField[] {
        DataTypes.createStructField("entity", DataTypes.StringType, false),
        DataTypes.createStructField("metric", DataTypes.StringType, false),
        DataTypes.createStructField("segment", DataTypes.StringType, false),
        DataTypes.createStructField("period", DataTypes.StringType, true),
        DataTypes.createStructField("value", DataTypes.DoubleType, true),
        DataTypes.createStructField("unit", DataTypes.StringType, true),
        DataTypes.createStructField("note", DataTypes.StringType, true)});

    /** TidyRows.CHECK_COLUMNS, the columns of kpi check --format csv; numbers as doubles, the rest text. */
    static final StructType CHECK;

    static {
        java.util.Set<String> numbers = java.util.Set.of("computed_pct", "base_value", "implied_base");
        List<StructField> f = new ArrayList<>();
        for (String c : org.kpi4j.io.TidyRows.CHECK_COLUMNS) {
            boolean required = List.of("entity", "metric", "segment", "period", "check", "status", "note").contains(c);
            f.add(DataTypes.createStructField(c, numbers.contains(c) ? DataTypes.DoubleType : DataTypes.StringType,
                    !required));
        }
        CHECK = new StructType(f.toArray(new StructField[0]));
    }

    private SparkJobs() {
    }

    /** {@link SparkKpi#latestAsOf}: the facts' own columns, the row of the latest report by the date. */
    static Dataset<Row> latestAsOf(SparkKpi kpi, Dataset<Row> facts, LocalDate date) {
        Dataset<Row> p = bySeries(kpi, facts, null);
        RowLayout rows = new RowLayout(p.schema(), kpi.columns());
        StructType own = new StructType(Arrays.copyOf(p.schema().fields(), rows.width()));
        return p.mapPartitions(FactsJob.latestAsOf(spec(kpi), rows, "facts", kpi.batchRows(), date),
                Encoders.row(own));
    }

    /** {@link SparkKpi#filedBy}: the rows filed by the date, every vintage, with the facts' own columns. */
    static Dataset<Row> filedBy(SparkKpi kpi, Dataset<Row> facts, LocalDate date) {
        Dataset<Row> p = bySeries(kpi, facts, null);
        RowLayout rows = new RowLayout(p.schema(), kpi.columns());
        StructType own = new StructType(Arrays.copyOf(p.schema().fields(), rows.width()));
        return p.mapPartitions(FactsJob.filedBy(spec(kpi), rows, "facts", kpi.batchRows(), date), Encoders.row(own));
    }

    /** {@link SparkKpi#reconcile}: one row per printed figure, in {@link #CHECK}. */
    static Dataset<Row> reconcile(SparkKpi kpi, Dataset<Row> facts) {
        Dataset<Row> p = bySeries(kpi, facts, BySeries.CHECK_FIELDS);
        RowLayout rows = new RowLayout(p.schema(), kpi.columns());
        return p.mapPartitions(FactsJob.reconcile(spec(kpi), rows, "facts", kpi.batchRows()), Encoders.row(CHECK));
    }

    /** A panel operation: one row per present value or series left out, in {@link #RESULT}. */
    static Dataset<Row> panel(SparkKpi kpi, Dataset<Row> facts, PanelJob.Op op, GrowthConvention convention) {
        Dataset<Row> p = bySeries(kpi, facts, BySeries.PANEL_FIELDS);
        RowLayout rows = new RowLayout(p.schema(), kpi.columns());
        return p.mapPartitions(new PanelJob(op, convention, spec(kpi), kpi.layout(), rows, "facts", kpi.batchRows()),
                Encoders.row(RESULT));
    }

    private static CatalogSpec spec(SparkKpi kpi) {
        return new CatalogSpec(kpi.catalog(), kpi.calendar());
    }

    private static Dataset<Row> bySeries(SparkKpi kpi, Dataset<Row> facts, List<String> fields) {
        Objects.requireNonNull(facts, "facts");
        return BySeries.prepare(facts, kpi.columns(), fields,
                kpi.quarterOrdinal(BySeries.column(kpi.columns().name("period"))));
    }

    /** {@link SparkKpi#dataError}: the first {@link KpiDataException} among a failure's causes. */
    static java.util.Optional<KpiDataException> dataError(Throwable failure) {
        for (Throwable t = Objects.requireNonNull(failure, "failure"); t != null; t = t.getCause()) {
            if (t instanceof KpiDataException) {
                return java.util.Optional.of((KpiDataException) t);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return java.util.Optional.empty();
    }
}

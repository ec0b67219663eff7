package org.kpi4j.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpi4j.KpiDataException;
import org.kpi4j.growth.GrowthConvention;

/** Bad facts fail the job with a KpiDataException that names the Spark row and the column. */
class BadDataTest {

    @TempDir
    static Path dir;

    private static int files;

    private static Dataset<Row> facts(String csv) throws IOException {
        Path f = dir.resolve("bad-" + files++ + ".csv");
        Files.writeString(f, csv, StandardCharsets.UTF_8);
        return SparkFacts.readCsv(LocalSpark.session(), f.toString());
    }

    /** The data error behind the failed action. */
    private static KpiDataException failure(Dataset<Row> result) {
        Throwable t = catchThrowable(result::collectAsList);
        assertThat(t).as("the action fails").isNotNull();
        return SparkKpi.dataError(t).orElseThrow(() -> new AssertionError("no KpiDataException in", t));
    }

    @Test
    void unknownUnit_namesTheRowAndTheColumn() throws IOException {
        Dataset<Row> f = facts("entity,metric,period,value,unit,as_of\n"
                + "acme,revenue,2024Q1,10,万元,2024-04-30\n"
                + "acme,revenue,2024Q2,12,RMB bn,2024-07-30\n");
        KpiDataException e = failure(SparkKpi.standard().yoy(f, GrowthConvention.FILING));
        assertThat(e.column()).contains("unit");
        assertThat(e.text()).contains("RMB bn");
        assertThat(e.getMessage()).startsWith("facts row (entity=acme, metric=revenue, period=2024Q2, "
                + "as_of=2024-07-30): column 'unit': ");
    }

    @Test
    void seriesMixingYearToDateAndQuarters_namesBothRows() throws IOException {
        Dataset<Row> f = facts("entity,metric,period,value,unit\n"
                + "acme,revenue,2024H1,25,万元\n"
                + "acme,revenue,2024Q3,20,万元\n");
        KpiDataException e = failure(SparkKpi.standard().ttm(f));
        // the assembler's refusal, its "line N" replaced by the row it stands for
        assertThat(e.getMessage()).contains("mixes year-to-date figures (the row (entity=acme, metric=revenue, "
                + "period=2024H1))").doesNotContain("line ");
    }

    @Test
    void ratioFiledYearToDate_isRefused() throws IOException {
        Dataset<Row> f = facts("entity,metric,period,value,unit\n"
                + "acme,gross_margin,2024Q1,30,%\n"
                + "acme,gross_margin,2024H1,31,%\n");
        assertThat(failure(SparkKpi.standard().ytdToDiscrete(f)).getMessage())
                .contains("is a ratio reported year-to-date");
    }

    @Test
    void duplicateInOneReport_isRefusedByReconcileAsByKpiCheck() throws IOException {
        Dataset<Row> f = facts("entity,metric,period,value,unit,as_of,reported_change_pct\n"
                + "acme,revenue,2024,10,万元,2025-04-30,5\n"
                + "acme,revenue,2024,11,万元,2025-04-30,\n");
        assertThat(failure(SparkKpi.standard().reconcile(f)).getMessage()).contains("duplicate fact");
    }

    @Test
    void missingRequiredColumn_failsAtOnce() throws IOException {
        Dataset<Row> f = LocalSpark.session().createDataFrame(java.util.List.of(), SparkFacts.schema())
                .drop("unit");
        assertThatThrownBy(() -> SparkKpi.standard().yoy(f, GrowthConvention.FILING))
                .isInstanceOf(KpiDataException.class).hasMessageStartingWith("the facts lack the column unit;");
    }
}

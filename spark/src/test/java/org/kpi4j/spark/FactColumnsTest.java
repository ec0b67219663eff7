package org.kpi4j.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.kpi4j.growth.GrowthConvention;

/** Column names other than the tidy format's. */
class FactColumnsTest {

    @Test
    void with_readsAFieldFromAnotherColumn() {
        FactColumns c = FactColumns.standard().with("entity", "cik").with("value", "val");
        assertThat(c.name("entity")).isEqualTo("cik");
        assertThat(c.name("period")).isEqualTo("period");
        assertThat(c).hasToString("entity=cik, value=val");
        assertThat(FactColumns.standard()).hasToString("standard");
    }

    @Test
    void with_refusesAnUnknownFieldAndASharedColumn() {
        assertThatThrownBy(() -> FactColumns.standard().with("colour", "c"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("unknown field 'colour'");
        assertThatThrownBy(() -> FactColumns.standard().with("entity", "metric"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("column 'metric' already holds the field 'metric'; give 'entity' a column of its own");
    }

    @Test
    void operations_readTheMappedColumns_numbersAndDotsIncluded() {
        // an XBRL-like table: a numeric CIK, a concept, a double value, a column name with a dot
        StructType schema = new StructType().add("cik", "long").add("concept", "string").add("fp", "string")
                .add("val", "double").add("uom", "string").add("filed.date", "date").add("extra", "string");
        Dataset<Row> f = LocalSpark.session().createDataFrame(List.of(
                RowFactory.create(320193L, "revenue", "2023Q1", 10.0, "USD", java.sql.Date.valueOf("2023-05-01"), "x"),
                RowFactory.create(320193L, "revenue", "2024Q1", 12.5, "USD", java.sql.Date.valueOf("2024-05-01"), "y")),
                schema);
        FactColumns c = FactColumns.standard().with("entity", "cik").with("metric", "concept").with("period", "fp")
                .with("value", "val").with("unit", "uom").with("as_of", "filed.date");
        Row r = SparkKpi.standard().withColumns(c).yoy(f, GrowthConvention.FILING).first();
        // (12.5 − 10) / 10 = 0.25
        assertThat(r.getString(0)).isEqualTo("320193");
        assertThat(r.getString(3)).isEqualTo("2024Q1");
        assertThat(r.getDouble(4)).isEqualTo(0.25);
    }
}

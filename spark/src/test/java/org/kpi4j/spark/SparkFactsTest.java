package org.kpi4j.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpi4j.KpiDataException;
import org.kpi4j.fact.FactSet;
import org.kpi4j.growth.GrowthConvention;
import org.kpi4j.io.FactsCsv;
import org.kpi4j.metric.MetricCatalog;
import org.kpi4j.time.FiscalCalendar;

/** Tidy facts in and out of Spark: CSV and Parquet in one explicit schema, nothing inferred. */
class SparkFactsTest {

    @TempDir
    static Path dir;

    private static final String CSV = "metric,entity,period,value,unit,segment,note\n"
            + "revenue,acme,2023Q1,\"61,400.30\",万元,\"cloud, AI\",\"said \"\"about\"\"\"\n"
            + "revenue,acme,2024Q1,70000,万元,\"cloud, AI\",\n";

    private static Path write(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void readCsv_keepsEveryFieldAsPrinted_inTheTidySchema() throws IOException {
        Dataset<Row> f = SparkFacts.readCsv(LocalSpark.session(), write("in.csv", CSV).toString());
        assertThat(f.schema()).isEqualTo(SparkFacts.schema());
        Row r = f.filter("period = '2023Q1'").first();
        // the printed figure with its grouping and trailing zero; the period as a label;
        // RFC 4180 quotes; absent columns null
        assertThat(r.<String>getAs("value")).isEqualTo("61,400.30");
        assertThat(r.<String>getAs("period")).isEqualTo("2023Q1");
        assertThat(r.<String>getAs("segment")).isEqualTo("cloud, AI");
        assertThat(r.<String>getAs("note")).isEqualTo("said \"about\"");
        assertThat((Object) r.getAs("as_of")).isNull();
        // the filing convention's (v − b) / |b| = (70000 − 61400.30) / 61400.30, the grouped text parsed
        // by kpi4j's rules to the same double as the literal
        Row g = SparkKpi.standard().yoy(f, GrowthConvention.FILING).first();
        assertThat(g.getDouble(4)).isEqualTo((70000 - 61400.30) / 61400.30);
    }

    @Test
    void readCsv_readsWhatFactsCsvWrites_theParentColumnIncluded() throws IOException {
        String tidy = "entity,metric,segment,parent,period,value,unit,as_of\n"
                + "acme,revenue,算力服务,,2024Q1,100,万元,2024-04-30\n"
                + "acme,revenue,智算云,算力服务,2024Q1,40,万元,2024-04-30\n";
        FactSet set = FactsCsv.read(new java.io.ByteArrayInputStream(tidy.getBytes(StandardCharsets.UTF_8)), "t.csv",
                MetricCatalog.standard(), FiscalCalendar.calendarYear());
        java.io.StringWriter w = new java.io.StringWriter();
        FactsCsv.write(set, w);
        // FactsCsv writes every tidy column, in the order of FactColumns.FIELDS
        assertThat(w.toString().lines().findFirst()).hasValue(String.join(",", FactColumns.FIELDS));
        Dataset<Row> f = SparkFacts.readCsv(LocalSpark.session(), write("written.csv", w.toString()).toString());
        assertThat(f.filter("segment = '智算云'").first().<String>getAs("parent")).isEqualTo("算力服务");
        // the facts known on a date keep their own columns, the parent with them
        Row known = SparkKpi.standard().latestAsOf(f, java.time.LocalDate.of(2024, 12, 31))
                .filter("segment = '智算云'").first();
        assertThat(known.<String>getAs("parent")).isEqualTo("算力服务");
        assertThat(known.<String>getAs("value")).isEqualTo("40");
    }

    @Test
    void readCsv_refusesAnUnknownColumn_andAMalformedRow() throws IOException {
        Path bad = write("bad.csv", "entity,metric,period,value,unit,colour\nacme,revenue,2024,1,万元,red\n");
        assertThatThrownBy(() -> SparkFacts.readCsv(LocalSpark.session(), bad.toString()))
                .isInstanceOf(KpiDataException.class).hasMessageContaining("unknown column 'colour'");
        Path noUnit = write("nounit.csv", "entity,metric,period,value\nacme,revenue,2024,1\n");
        assertThatThrownBy(() -> SparkFacts.readCsv(LocalSpark.session(), noUnit.toString()))
                .isInstanceOf(KpiDataException.class).hasMessageContaining("lacks the required column 'unit'");
        // a row with a field too many fails the read instead of becoming nulls
        Path extra = write("extra.csv", "entity,metric,period,value,unit\nacme,revenue,2024,1,万元,oops\n");
        Throwable t = catchThrowable(() -> SparkFacts.readCsv(LocalSpark.session(), extra.toString()).collectAsList());
        assertThat(t).isNotNull().hasStackTraceContaining("Malformed");
    }

    @Test
    void parquet_roundTripsTheFacts_andAcceptsNumbersAndDates() throws IOException {
        Dataset<Row> f = SparkFacts.readCsv(LocalSpark.session(), write("pq.csv", CSV).toString());
        String out = dir.resolve("facts.parquet").toString();
        SparkFacts.writeParquet(f, out, SaveMode.Overwrite);
        Dataset<Row> back = SparkFacts.readParquet(LocalSpark.session(), out);
        assertThat(back.schema()).isEqualTo(SparkFacts.schema());
        assertThat(back.collectAsList()).containsExactlyInAnyOrderElementsOf(f.collectAsList());

        // a vendor's Parquet: the value a double, as_of a date; the same growth as from text
        Dataset<Row> typed = f.withColumn("value", functions.regexp_replace(functions.col("value"), ",", "")
                .cast("double")).withColumn("as_of", functions.lit("2025-04-30").cast("date"));
        String typedOut = dir.resolve("typed.parquet").toString();
        SparkFacts.writeParquet(typed, typedOut, SaveMode.Overwrite);
        Dataset<Row> t = SparkFacts.readParquet(LocalSpark.session(), typedOut);
        assertThat(SparkKpi.standard().yoy(t, GrowthConvention.FILING).first().getDouble(4))
                .isEqualTo((70000 - 61400.30) / 61400.30);
    }

    @Test
    void readParquet_refusesAPeriodStoredAsANumber() {
        Dataset<Row> f = LocalSpark.session().sql("select 'acme' entity, 'revenue' metric, 2024 period, "
                + "1.0 value, '万元' unit");
        String out = dir.resolve("int-period.parquet").toString();
        SparkFacts.writeParquet(f, out, SaveMode.Overwrite);
        assertThatThrownBy(() -> SparkFacts.readParquet(LocalSpark.session(), out))
                .isInstanceOf(KpiDataException.class).hasMessageContaining("column 'period': period is stored as int");
    }

    @Test
    void writeCsv_writesResultsThatReadBackToTheSameDoubles() throws IOException {
        Dataset<Row> f = SparkFacts.readCsv(LocalSpark.session(), write("w.csv", RandomFacts.csv(5, 60,
                org.kpi4j.time.FiscalCalendar.calendarYear())).toString());
        Dataset<Row> yoy = SparkKpi.standard().yoy(f, GrowthConvention.FILING);
        Path out = dir.resolve("yoy");
        SparkFacts.writeCsv(yoy.coalesce(1), out.toString(), SaveMode.Overwrite);
        Path part;
        try (var s = Files.list(out)) {
            part = s.filter(p -> p.getFileName().toString().endsWith(".csv")).findFirst().orElseThrow();
        }
        List<String> lines = Files.readAllLines(part, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("entity,metric,segment,period,value,unit,note");
        // read back as tidy text (an empty segment comes back null, which the tidy format reads as none)
        Map<String, Double> back = new HashMap<>();
        int notes = 0;
        for (Row r : SparkFacts.readCsv(LocalSpark.session(), out.toString()).collectAsList()) {
            if (r.getAs("value") == null) { // a note row: figures left out as filed before a restatement
                assertThat((String) r.getAs("note")).contains("filed before a restatement");
                notes++;
                continue;
            }
            back.put(CorePaths.cell(r.getAs("entity"), r.getAs("metric"), r.getAs("segment") == null ? ""
                    : r.getAs("segment"), r.getAs("period"), r.getAs("unit")), Double.parseDouble(r.getAs("value")));
        }
        assertThat(CorePaths.diff(CorePaths.cells(yoy), back)).isEmpty();
        assertThat(CorePaths.notes(yoy.collectAsList())).hasSize(notes);
        assertThat(lines).hasSizeGreaterThan(20);
    }
}

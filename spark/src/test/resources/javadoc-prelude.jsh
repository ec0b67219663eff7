// The names the Javadoc examples of kpi4j-spark may use without declaring them; JavadocExamplesTest runs
// this in the test JVM (JShell's local execution), in the working directory target/test-work, where
// the test's Spark session is already running.
import java.nio.file.*;
import java.time.*;
import java.util.*;
import org.apache.spark.sql.*;
import static org.apache.spark.sql.functions.col;
import org.kpi4j.*;
import org.kpi4j.growth.*;
import org.kpi4j.metric.*;
import org.kpi4j.series.*;
import org.kpi4j.time.*;
import org.kpi4j.spark.*;
// acme: a made-up company, revenue filed year-to-date (discrete quarters 10, 11, 12, 13, 12, 14 万元)
Files.write(Path.of("facts.csv"), List.of("entity,metric,period,value,unit", "acme,revenue,2023Q1,10,万元", "acme,revenue,2023H1,21,万元", "acme,revenue,2023Q1-Q3,33,万元", "acme,revenue,2023,46,万元", "acme,revenue,2024Q1,12,万元", "acme,revenue,2024H1,26,万元"));
SparkSession spark = SparkSession.builder().getOrCreate();
Dataset<Row> facts = SparkFacts.readCsv(spark, "facts.csv");
SparkKpi kpi = SparkKpi.standard();

// kpi4j on Spark: discrete quarters, YoY and the check of every printed change, for every series of
// a tidy facts table (CSV or Parquet), written as Parquet and CSV under an output directory.
//
// On a cluster, from an application jar holding this class, kpi4j-core, kpi4j-io, kpi4j-spark and
// jackson-dataformat-csv (see README, "Beyond one machine"):
//   spark-submit --class SparkKpis --master yarn kpis-all.jar s3a://bucket/facts s3a://bucket/kpis [3]
// On this machine, as a single-file program:
//   mvn -q -pl spark -am package -DskipTests dependency:build-classpath -Dmdep.outputFile=cp.txt -Dmdep.includeScope=compile
//   java -Dspark.master='local[2]' <the parent pom's spark.add-opens> \
//        -cp "spark/target/kpi4j-spark-0.1.0-SNAPSHOT.jar:$(cat spark/cp.txt)" examples/SparkKpis.java facts.csv kpis
// The optional third argument is the fiscal calendar as FiscalCalendar.parse reads it: a month (3 for a
// year ending in March) or a 52/53-week year ('52-53 weeks, last SATURDAY of SEPTEMBER, extra week in Q1');
// calendar years by default.

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.kpi4j.growth.GrowthConvention;
import org.kpi4j.metric.MetricCatalog;
import org.kpi4j.spark.SparkFacts;
import org.kpi4j.spark.SparkKpi;
import org.kpi4j.time.FiscalCalendar;

public class SparkKpis {

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: SparkKpis FACTS OUT [fiscal-calendar]");
            System.exit(2);
        }
        String in = args[0];
        String out = args[1];
        FiscalCalendar calendar = args.length > 2 ? FiscalCalendar.parse(args[2]) : FiscalCalendar.calendarYear();
        SparkSession spark = SparkSession.builder().appName("kpi4j").getOrCreate();
        Dataset<Row> facts = in.endsWith(".parquet") ? SparkFacts.readParquet(spark, in) : SparkFacts.readCsv(spark, in);
        SparkKpi kpi = SparkKpi.of(MetricCatalog.standard(), calendar);

        SparkFacts.writeParquet(kpi.ytdToDiscrete(facts), out + "/quarters", SaveMode.Overwrite);
        SparkFacts.writeParquet(kpi.yoy(facts, GrowthConvention.FILING), out + "/yoy", SaveMode.Overwrite);
        Dataset<Row> checks = kpi.reconcile(facts).cache();
        SparkFacts.writeCsv(checks, out + "/checks", SaveMode.Overwrite);
        long mismatches = checks.filter("status = 'mismatch'").count();
        System.out.printf("%s: %d printed changes checked, %d disagree with the figures%n", out + "/checks",
                checks.count(), mismatches);
    }
}

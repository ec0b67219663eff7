package org.kpi4j.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.kpi4j.charts.ChartOptions;
import org.kpi4j.charts.Charts;
import org.kpi4j.charts.KpiChart;
import org.kpi4j.datasets.Datasets;
import org.kpi4j.datasets.SyntheticPanel;
import org.kpi4j.fact.FactSet;
import org.kpi4j.growth.GrowthConvention;
import org.kpi4j.growth.GrowthKind;
import org.kpi4j.growth.GrowthTable;
import org.kpi4j.metric.MetricCatalog;
import org.kpi4j.series.KpiPanel;
import org.kpi4j.series.KpiSeries;
import org.kpi4j.time.Period;
import org.kpi4j.unit.Unit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Rendering one chart to PNG bytes (800 × 500, headless): the line chart of a bundled series, and a
 * combo chart (bars and a YoY line) of a 40-quarter synthetic revenue series. Building the chart
 * and encoding the PNG are both in the measured time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Djava.awt.headless=true"})
public class ChartBench {

    private KpiSeries holders;
    private KpiSeries revenue;
    private GrowthTable revenueYoy;
    private ChartOptions options;

    @Setup(Level.Trial)
    public void setUp() {
        FactSet paratera = Datasets.load("paratera");
        holders = paratera.series("paratera", "shareholder_count");
        options = ChartOptions.en().withCatalog(Datasets.catalog());
        KpiPanel p = SyntheticPanel.generate(42, 1, 8, 40).toDiscreteQuarters();
        List<Period> periods = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        double[] row = p.row(0); // E000000 / revenue
        for (int t = 0; t < row.length; t++) {
            if (!Double.isNaN(row[t])) {
                periods.add(p.quarter(t));
                values.add(row[t]);
            }
        }
        revenue = KpiSeries.of("E000000", MetricCatalog.standard().get("revenue").orElseThrow(), Unit.WAN_YUAN,
                periods, values.stream().mapToDouble(Double::doubleValue).toArray());
        revenueYoy = revenue.growth(GrowthKind.YOY, GrowthConvention.FILING);
    }

    @Benchmark
    public byte[] linePng() {
        KpiChart c = Charts.line(holders, options);
        return c.pngBytes(800, 500);
    }

    @Benchmark
    public byte[] comboPng() {
        KpiChart c = Charts.combo(revenue, revenueYoy, options);
        return c.pngBytes(800, 500);
    }
}

package org.kpi4j.charts;

/**
 * What every chart spec gives: the data it draws and the chart itself. A report or a command can
 * hold specs of any type and ask each for its picture, or only for its data (which needs no font).
 *
 * <pre>{@code
 * List<ChartSpec> specs = List.of(LineSpec.builder().series(revenue).build(),
 *         GrowthSpec.builder().series(profit).build());
 * specs.get(1).data().series();   // [YoY growth, Turnaround (loss to profit), To loss (profit to loss)]
 * KpiChart first = specs.get(0).chart();
 * }</pre>
 */
public sealed interface ChartSpec permits LineSpec, GrowthSpec, ComboSpec, FanSpec, MixSpec, DashboardSpec {

    /**
     * Prepares what the chart draws, without drawing it.
     *
     * @return the data, not null
     * @throws IllegalArgumentException if the spec's series have nothing to draw on its basis
     */
    ChartData data();

    /**
     * Builds the chart.
     *
     * @return the chart, not null
     * @throws IllegalArgumentException as {@link #data()}
     * @throws IllegalStateException if Chinese labels are needed and no font can display them
     */
    KpiChart chart();
}

package org.kpi4j.charts;

import java.util.Objects;
import org.kpi4j.growth.GrowthConvention;
import org.kpi4j.growth.GrowthFlag;
import org.kpi4j.growth.GrowthKind;
import org.kpi4j.growth.GrowthTable;
import org.kpi4j.series.KpiSeries;

/**
 * Growth bars of one series: growth in percent (a ratio's change in percentage points), increases
 * and decreases in two colours, and a marker on the periods core flagged ({@link GrowthFlag#TURNAROUND},
 * a narrowed loss, …) with the flag named in the legend. Core computes the growth
 * ({@code KpiSeries.growth}) on the series put on the chart's basis first, so a flow filed
 * year-to-date is compared quarter by quarter (or year by year), never a year's growth beside a
 * quarter's. Periods whose growth is not meaningful (a zero or missing base, a loss base under
 * {@link GrowthConvention#NM}) are counted in a note.
 *
 * <p>The rows may also come from a growth table computed beforehand ({@link Builder#table}); its
 * rows are drawn as they are, those of the period length most rows have.
 *
 * <pre>{@code
 * GrowthSpec spec = GrowthSpec.builder().series(profit).kind(GrowthKind.YOY).options(ChartOptions.zh()).build();
 * KpiChart c = spec.chart();
 * c.yAxisTitle();                         // "同比增长 (%)"
 * spec.data().value("扭亏为盈", Period.parse("2024Q1")).isPresent();   // true: −1.2 → 0.5 亿元
 * }</pre>
 *
 * @param series the series to compare, or null when {@code table} is given
 * @param table growth rows of one series computed beforehand, or null when {@code series} is given
 * @param kind which base each period is compared with (the table's kind for a table), not null
 * @param convention how a zero or negative base is treated (the table's for a table), not null
 * @param basis the basis of the series before comparing; {@link ChartBasis#AUTO} for a table, not null
 * @param options labels, size and font; metric names of a table come from its catalog, not null
 */
public record GrowthSpec(KpiSeries series, GrowthTable table, GrowthKind kind, GrowthConvention convention,
        ChartBasis basis, ChartOptions options) implements ChartSpec {

    /**
     * Validates the spec.
     *
     * @param series the series, or null
     * @param table the table, or null
     * @param kind the kind, not null
     * @param convention the convention, not null
     * @param basis the basis, not null
     * @param options the options, not null
     * @throws IllegalArgumentException if not exactly one of series and table is given, the series
     *     is empty, a table's kind or convention differs from the spec's, a table is given a basis,
     *     or the kind does not fit the basis (QoQ of years or of TTM sums, TTM YoY of another basis)
     */
    public GrowthSpec {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(convention, "convention");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(options, "options");
        GrowthPrep.checkSource(series, table, kind, convention, basis);
    }

    /**
     * Starts a spec: kind {@link GrowthKind#DEFAULT} (as filings compare), convention
     * {@link GrowthConvention#FILING}, basis {@link ChartBasis#AUTO}, {@link ChartOptions#defaults()}.
     *
     * <pre>{@code
     * GrowthSpec.builder().series(revenue).kind(GrowthKind.QOQ).build().data().series();   // [QoQ growth]
     * }</pre>
     *
     * @return a builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Prepares what the chart draws, without drawing it.
     *
     * @return the data, not null
     * @throws IllegalArgumentException if the rows mix series or no row has a meaningful figure
     */
    @Override
    public ChartData data() {
        return GrowthPrep.growth(this).data();
    }

    /**
     * Builds the chart.
     *
     * @return the chart, not null
     * @throws IllegalArgumentException as {@link #data()}
     * @throws IllegalStateException if Chinese labels are needed and no font can display them
     */
    @Override
    public KpiChart chart() {
        return ChartAssembly.of(GrowthPrep.growth(this), options);
    }

    /** Builds a {@link GrowthSpec}; not thread-safe, but the spec it builds is immutable. */
    public static final class Builder extends GrowthBuilder<Builder> {
        private Builder() {
        }

        /**
         * Sets the series whose growth is drawn.
         *
         * @param series the series, not null
         * @return this builder
         */
        public Builder series(KpiSeries series) {
            this.series = Objects.requireNonNull(series, "series");
            return this;
        }

        /**
         * Sets growth rows computed beforehand instead of a series; their kind and convention are
         * the spec's.
         *
         * @param table the rows of one series, not null
         * @return this builder
         */
        public Builder table(GrowthTable table) {
            this.table = Objects.requireNonNull(table, "table");
            return this;
        }

        /**
         * Sets the basis the series is put on before it is compared.
         *
         * @param basis the basis, not null
         * @return this builder
         */
        public Builder basis(ChartBasis basis) {
            this.basis = Objects.requireNonNull(basis, "basis");
            return this;
        }

        /**
         * Builds the spec.
         *
         * @return the spec, not null
         * @throws IllegalArgumentException as {@link GrowthSpec#GrowthSpec}
         */
        public GrowthSpec build() {
            return new GrowthSpec(series, table, kindOrDefault(), conventionOrDefault(), basis, options);
        }
    }
}

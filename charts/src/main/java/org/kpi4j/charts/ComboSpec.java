package org.kpi4j.charts;

import java.util.Objects;
import org.kpi4j.growth.GrowthConvention;
import org.kpi4j.growth.GrowthKind;
import org.kpi4j.growth.GrowthTable;
import org.kpi4j.series.KpiSeries;

/**
 * Value bars of a series with its growth as a line on a second (right) y axis, both on one basis:
 * the bars are the series put on the basis and the line is core's growth of those same bars, so a
 * flow filed year-to-date shows single quarters and their growth, never the cumulative sawtooth.
 * Periods without a meaningful growth figure leave a gap in the line and are counted in a note;
 * flagged periods (扭亏为盈, …) are listed in a note.
 *
 * <pre>{@code
 * KpiChart c = ComboSpec.builder().series(revenue).kind(GrowthKind.YOY).options(ChartOptions.zh()).build().chart();
 * c.yAxisTitle();                     // "营业收入 (亿元)"
 * c.secondaryYAxisTitle().get();      // "同比增长 (%)"
 * }</pre>
 *
 * @param series the series, not empty, not null
 * @param growth growth rows computed beforehand, matched to the bars by period (other series' rows
 *     are ignored), or null to compute them with {@code kind} and {@code convention}
 * @param kind which base each period is compared with (the table's for a table), not null
 * @param convention how a zero or negative base is treated (the table's for a table), not null
 * @param basis the basis of the bars, not null
 * @param options labels, size and font, not null
 */
public record ComboSpec(KpiSeries series, GrowthTable growth, GrowthKind kind, GrowthConvention convention,
        ChartBasis basis, ChartOptions options) implements ChartSpec {

    /**
     * Validates the spec.
     *
     * @param series the series, not empty, not null
     * @param growth the growth rows, or null
     * @param kind the kind, not null
     * @param convention the convention, not null
     * @param basis the basis, not null
     * @param options the options, not null
     * @throws IllegalArgumentException if the series is empty, a table's kind or convention differs
     *     from the spec's, or the kind does not fit the basis
     */
    public ComboSpec {
        Specs.nonEmpty(series);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(convention, "convention");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(options, "options");
        if (growth != null && (growth.kind() != kind || growth.convention() != convention)) {
            throw new IllegalArgumentException("the growth table is " + growth.kind() + "/" + growth.convention()
                    + " but the spec says " + kind + "/" + convention);
        }
        GrowthPrep.basisFor(kind, basis);
    }

    /**
     * Starts a spec: kind {@link GrowthKind#DEFAULT}, convention {@link GrowthConvention#FILING},
     * basis {@link ChartBasis#AUTO}, {@link ChartOptions#defaults()}.
     *
     * <pre>{@code
     * ComboSpec.builder().series(revenue).build().data().series();   // [Revenue, YoY growth]
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
     * @throws IllegalArgumentException if nothing can be drawn on the basis or a given table has no
     *     row for the bars
     */
    @Override
    public ChartData data() {
        return GrowthPrep.combo(this).data();
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
        return ChartAssembly.of(GrowthPrep.combo(this), options);
    }

    /** Builds a {@link ComboSpec}; not thread-safe, but the spec it builds is immutable. */
    public static final class Builder extends GrowthBuilder<Builder> {
        private Builder() {
        }

        /**
         * Sets the series drawn as bars.
         *
         * @param series the series, not null
         * @return this builder
         */
        public Builder series(KpiSeries series) {
            this.series = Objects.requireNonNull(series, "series");
            return this;
        }

        /**
         * Sets growth rows computed beforehand, whose kind and convention become the spec's.
         *
         * @param growth the rows, not null
         * @return this builder
         */
        public Builder growth(GrowthTable growth) {
            this.table = Objects.requireNonNull(growth, "growth");
            return this;
        }

        /**
         * Sets the basis of the bars.
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
         * @throws IllegalArgumentException as {@link ComboSpec#ComboSpec}
         */
        public ComboSpec build() {
            return new ComboSpec(series, table, kindOrDefault(), conventionOrDefault(), basis, options);
        }
    }
}

package org.kpi4j.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.kpi4j.series.KpiSeries;
import org.kpi4j.unit.Unit;

/**
 * A line chart of one or more series whose units share a dimension (万元 and 亿元, say), on one
 * axis of periods of one basis: a flow filed year-to-date is drawn as single quarters (or TTM sums,
 * or fiscal years), never as its cumulative sawtooth, and a year is never drawn beside a quarter.
 * Points core derived rather than read from a report (a Q2 from H1 − Q1) are listed in a note, and
 * so are the figures the basis leaves out.
 *
 * <pre>{@code
 * KpiSeries ytd = facts.series("acme", "revenue");              // 2023Q1, 2023H1, 2023Q1-Q3, 2023, ...
 * LineSpec spec = LineSpec.builder().series(ytd).options(ChartOptions.zh()).build();
 * spec.data().periods().get(1);                                 // 2023Q2: discrete quarters
 * KpiChart c = spec.chart();
 * c.xAxisTitle();                                               // "报告期 (单季)"
 * LineSpec.builder().series(ytd).basis(ChartBasis.TTM).build().data().points().get(0);   // 2023Q4 TTM 46 亿元
 * }</pre>
 *
 * @param series the series, at least one, none empty, units of one dimension, not null
 * @param basis the basis of the periods, not null
 * @param options labels, size and font, not null
 */
public record LineSpec(List<KpiSeries> series, ChartBasis basis, ChartOptions options) implements ChartSpec {

    /**
     * Validates the spec.
     *
     * @param series the series, at least one, none empty, units of one dimension, not null
     * @param basis the basis, not null
     * @param options the options, not null
     * @throws IllegalArgumentException if there is no series, a series is empty or units differ in dimension
     */
    public LineSpec {
        series = Specs.nonEmpty(series, "line");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(options, "options");
        Specs.oneDimension(series);
    }

    /**
     * Starts a spec: basis {@link ChartBasis#AUTO}, {@link ChartOptions#defaults()}.
     *
     * <pre>{@code
     * LineSpec.builder().series(revenue).basis(ChartBasis.YEAR).options(ChartOptions.en()).build();
     * }</pre>
     *
     * @return a builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Prepares what the chart draws, without drawing it (no font is needed).
     *
     * @return the data, not null
     * @throws IllegalArgumentException if the series have nothing to draw on the basis, or the basis
     *     does not fit them (TTM of a stock, as reported periods of different length)
     */
    @Override
    public ChartData data() {
        return LinePrep.plot(this).data();
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
        return ChartAssembly.of(LinePrep.plot(this), options);
    }

    /** Builds a {@link LineSpec}; not thread-safe, but the spec it builds is immutable. */
    public static final class Builder {
        private final List<KpiSeries> series = new ArrayList<>();
        private ChartBasis basis = ChartBasis.AUTO;
        private ChartOptions options = ChartOptions.defaults();

        private Builder() {
        }

        /**
         * Adds series.
         *
         * @param series the series, not null
         * @return this builder
         */
        public Builder series(KpiSeries... series) {
            return series(List.of(series));
        }

        /**
         * Adds series.
         *
         * @param series the series, not null
         * @return this builder
         */
        public Builder series(List<KpiSeries> series) {
            this.series.addAll(Objects.requireNonNull(series, "series"));
            return this;
        }

        /**
         * Sets the basis; {@link ChartBasis#AUTO} by default.
         *
         * @param basis the basis, not null
         * @return this builder
         */
        public Builder basis(ChartBasis basis) {
            this.basis = Objects.requireNonNull(basis, "basis");
            return this;
        }

        /**
         * Sets the options; {@link ChartOptions#defaults()} by default.
         *
         * @param options the options, not null
         * @return this builder
         */
        public Builder options(ChartOptions options) {
            this.options = Objects.requireNonNull(options, "options");
            return this;
        }

        /**
         * Builds the spec.
         *
         * @return the spec, not null
         * @throws IllegalArgumentException as {@link LineSpec#LineSpec}
         */
        public LineSpec build() {
            return new LineSpec(series, basis, options);
        }
    }

    /** The unit of the first series, which the others are converted to. */
    Unit unit() {
        return series.get(0).unit();
    }
}

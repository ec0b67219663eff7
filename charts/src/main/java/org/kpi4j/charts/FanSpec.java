package org.kpi4j.charts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.kpi4j.series.KpiSeries;

/**
 * A fan chart: the history as a solid line, a projection as a dashed line continuing from the last
 * point of the history, an optional shaded band around it and optional named scenario lines. The
 * history is drawn on one basis, and every projected line must continue it on that basis: a
 * forecast of discrete quarters after discrete quarters, of years after years (a projection's
 * periods of another length are refused). {@link Builder#trendForecast} computes the projection
 * and its band from the history on its basis with core's {@link org.kpi4j.forecast.TrendForecast}.
 *
 * <pre>{@code
 * FanSpec spec = FanSpec.builder().history(facts.series("acme", "revenue")).trendForecast(4, 0.95)
 *         .options(ChartOptions.en()).build();
 * spec.basis();                          // DISCRETE: the year-to-date filings as single quarters
 * spec.projection().periods();           // [2025Q1, 2025Q2, 2025Q3, 2025Q4]
 * KpiChart c = spec.chart();
 * }</pre>
 *
 * @param history the reported series, not empty, not null
 * @param basis the basis of the history (and so of every projected line), not null
 * @param projection the central projected or forecast line, in the history's unit, not null
 * @param lower the band's lower values, one per projection point, or null for no band
 * @param upper the band's upper values, one per projection point, or null for no band
 * @param scenarios further named lines, possibly empty, not null
 * @param options labels, size and font, not null
 */
public record FanSpec(KpiSeries history, ChartBasis basis, FanLine projection, double[] lower, double[] upper,
        List<FanLine> scenarios, ChartOptions options) implements ChartSpec {

    /**
     * Validates the spec.
     *
     * @param history the history, not empty, not null
     * @param basis the basis, not null
     * @param projection the projection, not null
     * @param lower the band's lower values, or null
     * @param upper the band's upper values, or null
     * @param scenarios further lines, not null
     * @param options the options, not null
     * @throws IllegalArgumentException if the history is empty, only one band side is given, a band
     *     has the wrong length, a non-finite value or lower above upper, a name repeats, or a
     *     projected period is not a period ({@code 2025Q1}, {@code 2026})
     */
    public FanSpec {
        Specs.nonEmpty(history);
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(projection, "projection");
        scenarios = List.copyOf(Objects.requireNonNull(scenarios, "scenarios"));
        Objects.requireNonNull(options, "options");
        if ((lower == null) != (upper == null)) {
            throw new IllegalArgumentException("give both band sides (lower and upper) or neither");
        }
        lower = lower == null ? null : lower.clone();
        upper = upper == null ? null : upper.clone();
        if (lower != null) {
            if (lower.length != projection.size() || upper.length != projection.size()) {
                throw new IllegalArgumentException("the band must have one lower and one upper value per projection "
                        + "point (" + projection.size() + ") but had " + lower.length + " and " + upper.length);
            }
            for (int i = 0; i < lower.length; i++) {
                if (!Double.isFinite(lower[i]) || !Double.isFinite(upper[i]) || lower[i] > upper[i]) {
                    throw new IllegalArgumentException("band at " + projection.periods().get(i) + " must be finite "
                            + "with lower ≤ upper but was " + lower[i] + " to " + upper[i]);
                }
            }
        }
        FanPrep.checkNames(history, projection, lower != null, scenarios, options.format());
    }

    /**
     * Starts a spec: basis {@link ChartBasis#AUTO}, no band, no scenarios,
     * {@link ChartOptions#defaults()}.
     *
     * <pre>{@code
     * FanSpec.builder().history(revenue).projection(FanLine.of("Plan", List.of("2025Q1"), new double[] {17}))
     *         .build().data().series();   // [Revenue, Plan]
     * }</pre>
     *
     * @return a builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a copy of the band's lower values, or null for no band */
    @Override
    public double[] lower() {
        return lower == null ? null : lower.clone();
    }

    /** @return a copy of the band's upper values, or null for no band */
    @Override
    public double[] upper() {
        return upper == null ? null : upper.clone();
    }

    /**
     * Prepares what the chart draws, without drawing it.
     *
     * @return the data, not null
     * @throws IllegalArgumentException if a projected line's periods are not of the history's basis or
     *     come before the history's last period
     */
    @Override
    public ChartData data() {
        return FanPrep.plot(this).data();
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
        return ChartAssembly.of(FanPrep.plot(this), options);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FanSpec f && f.history.equals(history) && f.basis == basis && f.projection.equals(projection)
                && Arrays.equals(f.lower, lower) && Arrays.equals(f.upper, upper) && f.scenarios.equals(scenarios)
                && f.options.equals(options);
    }

    @Override
    public int hashCode() {
        return Objects.hash(history, basis, projection, scenarios, options) * 31 + Arrays.hashCode(lower) * 7
                + Arrays.hashCode(upper);
    }

    @Override
    public String toString() {
        return "FanSpec[" + BasisChoice.describe(history) + ", " + basis + ", " + projection + (lower == null ? ""
                : ", band " + Arrays.toString(lower) + " to " + Arrays.toString(upper)) + ", scenarios " + scenarios + "]";
    }

    /** Builds a {@link FanSpec}; not thread-safe, but the spec it builds is immutable. */
    public static final class Builder {
        private KpiSeries history;
        private ChartBasis basis = ChartBasis.AUTO;
        private FanLine projection;
        private double[] lower;
        private double[] upper;
        private final List<FanLine> scenarios = new ArrayList<>();
        private ChartOptions options = ChartOptions.defaults();
        private int horizon;
        private double level;

        private Builder() {
        }

        /**
         * Sets the history.
         *
         * @param history the series, not null
         * @return this builder
         */
        public Builder history(KpiSeries history) {
            this.history = Objects.requireNonNull(history, "history");
            return this;
        }

        /**
         * Sets the basis of the history and its projection.
         *
         * @param basis the basis, not null
         * @return this builder
         */
        public Builder basis(ChartBasis basis) {
            this.basis = Objects.requireNonNull(basis, "basis");
            return this;
        }

        /**
         * Sets the central projected line.
         *
         * @param projection the line, in the history's unit, not null
         * @return this builder
         */
        public Builder projection(FanLine projection) {
            this.projection = Objects.requireNonNull(projection, "projection");
            return this;
        }

        /**
         * Sets a band around the projection.
         *
         * @param lower the lower values, one per projection point, not null
         * @param upper the upper values, one per projection point, not null
         * @return this builder
         */
        public Builder band(double[] lower, double[] upper) {
            this.lower = Objects.requireNonNull(lower, "lower").clone();
            this.upper = Objects.requireNonNull(upper, "upper").clone();
            return this;
        }

        /**
         * Adds a scenario line.
         *
         * @param scenario the line, not null
         * @return this builder
         */
        public Builder scenario(FanLine scenario) {
            scenarios.add(Objects.requireNonNull(scenario, "scenario"));
            return this;
        }

        /**
         * Projects the history with a trend on its basis when the spec is built: log-linear when every
         * value is positive, linear otherwise, with a prediction band at {@code level} (core's
         * {@link org.kpi4j.forecast.TrendForecast}); the band is the projection's.
         *
         * @param horizon the number of periods ahead, 1 or more
         * @param level the band's coverage, in (0, 1), such as 0.95
         * @return this builder
         * @throws IllegalArgumentException if the horizon or the level is out of range
         */
        public Builder trendForecast(int horizon, double level) {
            if (horizon < 1) {
                throw new IllegalArgumentException("horizon must be >= 1 but was " + horizon);
            }
            if (!(level > 0 && level < 1)) {
                throw new IllegalArgumentException("level must be in (0, 1) but was " + level);
            }
            this.horizon = horizon;
            this.level = level;
            return this;
        }

        /**
         * Sets the options.
         *
         * @param options the options, not null
         * @return this builder
         */
        public Builder options(ChartOptions options) {
            this.options = Objects.requireNonNull(options, "options");
            return this;
        }

        /**
         * Builds the spec, first computing the trend forecast if one was asked for.
         *
         * @return the spec, not null
         * @throws IllegalArgumentException as {@link FanSpec#FanSpec}, or if a forecast cannot be
         *     fitted (a gap in the history on its basis, too few points)
         */
        public FanSpec build() {
            Objects.requireNonNull(history, "history");
            if (horizon > 0) {
                FanPrep.Forecasted f = FanPrep.forecast(history, basis, horizon, level, options.format());
                return new FanSpec(history, f.basis(), f.line(), f.lower(), f.upper(), scenarios, options);
            }
            if (projection == null) {
                throw new IllegalArgumentException("a fan needs a projection or a trendForecast");
            }
            return new FanSpec(history, basis, projection, lower, upper, scenarios, options);
        }
    }
}

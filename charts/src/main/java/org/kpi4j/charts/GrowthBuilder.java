package org.kpi4j.charts;

import java.util.Objects;
import org.kpi4j.growth.GrowthConvention;
import org.kpi4j.growth.GrowthKind;
import org.kpi4j.growth.GrowthTable;
import org.kpi4j.series.KpiSeries;

/**
 * The options that {@link ComboSpec.Builder} and {@link GrowthSpec.Builder} share: a series or growth
 * rows computed beforehand, which base each period is compared with, how a zero or negative base is
 * treated (the rows' own kind and convention unless set), the basis and the chart options. Each
 * builder adds the setters whose meaning is its own (what the series and the basis are on its chart,
 * the rows' name) and builds its spec.
 *
 * @param <B> the builder, which every setter returns
 */
abstract class GrowthBuilder<B extends GrowthBuilder<B>> {
    KpiSeries series;
    GrowthTable table;
    private GrowthKind kind;
    private GrowthConvention convention;
    ChartBasis basis = ChartBasis.AUTO;
    ChartOptions options = ChartOptions.defaults();

    GrowthBuilder() {
    }

    /**
     * Sets which base each period is compared with.
     *
     * @param kind the kind, not null
     * @return this builder
     */
    public B kind(GrowthKind kind) {
        this.kind = Objects.requireNonNull(kind, "kind");
        return self();
    }

    /**
     * Sets how a zero or negative base is treated.
     *
     * @param convention the convention, not null
     * @return this builder
     */
    public B convention(GrowthConvention convention) {
        this.convention = Objects.requireNonNull(convention, "convention");
        return self();
    }

    /**
     * Sets the options.
     *
     * @param options the options, not null
     * @return this builder
     */
    public B options(ChartOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        return self();
    }

    /** The kind set, else the rows' kind, else {@link GrowthKind#DEFAULT}. */
    final GrowthKind kindOrDefault() {
        return kind != null ? kind : table != null ? table.kind() : GrowthKind.DEFAULT;
    }

    /** The convention set, else the rows' convention, else {@link GrowthConvention#FILING}. */
    final GrowthConvention conventionOrDefault() {
        return convention != null ? convention : table != null ? table.convention() : GrowthConvention.FILING;
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }
}

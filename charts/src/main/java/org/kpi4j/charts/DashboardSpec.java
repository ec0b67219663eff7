package org.kpi4j.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Small multiples: several charts in a grid, rendered into one image, with the options' title (if
 * any) on top. Each panel keeps its own labels, language and basis. The default size is the
 * options' size, enlarged to at least 640 × 400 pixels per panel so that panels stay readable. Its
 * data are its panels', each series named after its panel ({@code "acme · Revenue / Revenue"}).
 *
 * <pre>{@code
 * KpiChart d = DashboardSpec.builder().panels(line, yoy, mix, fan).columns(2)
 *         .options(ChartOptions.zh().withTitle("并行科技")).build().chart();
 * d.panels().size();   // 4
 * }</pre>
 *
 * @param panels the charts, in reading order, not empty, no dashboards among them, not null
 * @param columns the number of columns, at least 1
 * @param options the title and size, not null
 */
public record DashboardSpec(List<KpiChart> panels, int columns, ChartOptions options) implements ChartSpec {

    /**
     * Validates the spec.
     *
     * @param panels the charts, not empty, not null
     * @param columns the number of columns, at least 1
     * @param options the options, not null
     * @throws IllegalArgumentException if there are no panels, a panel is a dashboard, or columns is below 1
     */
    public DashboardSpec {
        panels = List.copyOf(Objects.requireNonNull(panels, "panels"));
        Objects.requireNonNull(options, "options");
        if (panels.isEmpty()) {
            throw new IllegalArgumentException("a dashboard needs at least one chart");
        }
        if (columns < 1) {
            throw new IllegalArgumentException("columns must be at least 1 but was " + columns);
        }
        for (KpiChart c : panels) {
            if (c.type() == KpiChart.Type.DASHBOARD) {
                throw new IllegalArgumentException("a dashboard's panels are charts, not dashboards");
            }
        }
    }

    /**
     * Starts a spec: two columns (one for a single panel), {@link ChartOptions#defaults()}.
     *
     * <pre>{@code
     * DashboardSpec.builder().panels(a, b, c).columns(3).build().chart().width();   // 1920
     * }</pre>
     *
     * @return a builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the panels' data, each series named after its panel.
     *
     * @return the data, not null
     */
    @Override
    public ChartData data() {
        return ChartAssembly.panelData(panels, new java.util.LinkedHashMap<>());
    }

    /**
     * Builds the dashboard.
     *
     * @return the chart, not null
     * @throws IllegalStateException if the title needs Chinese glyphs and no font has them
     */
    @Override
    public KpiChart chart() {
        return ChartAssembly.dashboard(panels, columns, options);
    }

    /** Builds a {@link DashboardSpec}; not thread-safe, but the spec it builds is immutable. */
    public static final class Builder {
        private final List<KpiChart> panels = new ArrayList<>();
        private int columns;
        private ChartOptions options = ChartOptions.defaults();

        private Builder() {
        }

        /**
         * Adds panels.
         *
         * @param panels the charts, not null
         * @return this builder
         */
        public Builder panels(KpiChart... panels) {
            return panels(List.of(panels));
        }

        /**
         * Adds panels.
         *
         * @param panels the charts, not null
         * @return this builder
         */
        public Builder panels(List<KpiChart> panels) {
            this.panels.addAll(Objects.requireNonNull(panels, "panels"));
            return this;
        }

        /**
         * Sets the number of columns.
         *
         * @param columns the columns, at least 1
         * @return this builder
         */
        public Builder columns(int columns) {
            this.columns = columns;
            return this;
        }

        /**
         * Sets the title and size.
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
         * @throws IllegalArgumentException as {@link DashboardSpec#DashboardSpec}
         */
        public DashboardSpec build() {
            return new DashboardSpec(panels, columns == 0 ? Math.max(1, Math.min(2, panels.size())) : columns, options);
        }
    }
}

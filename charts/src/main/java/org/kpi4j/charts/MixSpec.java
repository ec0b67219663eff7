package org.kpi4j.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.kpi4j.fact.FactSet;
import org.kpi4j.fact.SegmentHierarchy;
import org.kpi4j.series.KpiSeries;
import org.kpi4j.series.SeriesKey;

/**
 * The parts of a whole, stacked: the segments of one metric that are siblings (direct parts of one
 * parent in a {@link SegmentHierarchy}: 智算云, 通用云 and 行业云 of 算力服务), never a segment on top
 * of the segment that contains it. Where the whole is known, the stack reaches it: the remainder
 * the named parts leave is stacked as "other", and parts that add up to more than the whole (beyond
 * the rounding of the printed figures) are refused, because they overlap. A period in which a part is
 * not reported is not stacked (a missing part is never drawn as zero) and is named in a note. The
 * parts of a ratio (segment margins) are drawn side by side, never stacked: ratios do not add up.
 * All series are drawn on one basis, as in {@link LineSpec}.
 *
 * <pre>{@code
 * FactSet p = Datasets.load("paratera");
 * MixSpec top = MixSpec.builder().segmentsOf(p, "paratera", "revenue", "").build();
 * top.data().series();                                      // [算力服务, other]: 算力服务 of the whole company
 * MixSpec services = MixSpec.builder().segmentsOf(p, "paratera", "revenue", "算力服务").basis(ChartBasis.YEAR).build();
 * services.data().value("智算云", Period.year(2024));       // OptionalDouble[2.7] 亿元, not stacked on 算力服务
 * services.data().value("other", Period.year(2024));        // ≈ 3.440033 亿元: 6.1400330 − 2.7
 * }</pre>
 *
 * @param parts the segment series stacked, of one entity and metric, siblings, not empty
 * @param whole the series of their parent (the whole entity's series, or the parent segment's), or
 *     null when it is not known
 * @param hierarchy which segments are part of which, not null
 * @param mode values or shares of the whole, not null
 * @param basis the basis of every series, not null
 * @param options labels, size and font, not null
 */
public record MixSpec(List<KpiSeries> parts, KpiSeries whole, SegmentHierarchy hierarchy, MixMode mode,
        ChartBasis basis, ChartOptions options) implements ChartSpec {

    /**
     * Validates the spec.
     *
     * @param parts the parts, not empty
     * @param whole the parent's series, or null
     * @param hierarchy the hierarchy, not null
     * @param mode the mode, not null
     * @param basis the basis, not null
     * @param options the options, not null
     * @throws IllegalArgumentException if a part is the whole entity or empty, the parts are of several
     *     entities or metrics or of units of different dimensions, one part lies within another, the
     *     parts are not siblings, the whole is not their parent, or shares of a ratio are asked for
     */
    public MixSpec {
        parts = Specs.nonEmpty(parts, "mix");
        Objects.requireNonNull(hierarchy, "hierarchy");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(options, "options");
        MixPrep.check(parts, whole, hierarchy, mode);
    }

    /**
     * Starts a spec: no whole, the empty hierarchy (every segment a part of the whole entity),
     * {@link MixMode#VALUES}, basis {@link ChartBasis#AUTO}, {@link ChartOptions#defaults()}.
     *
     * <pre>{@code
     * MixSpec.builder().parts(segments).mode(MixMode.SHARES).build().data().series();   // [通用云, 智算云]
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
     * @throws IllegalArgumentException if nothing can be drawn on the basis, or the parts add up to
     *     more than the whole in a period
     */
    @Override
    public ChartData data() {
        return MixPrep.plot(this).data();
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
        return ChartAssembly.of(MixPrep.plot(this), options);
    }

    /** Builds a {@link MixSpec}; not thread-safe, but the spec it builds is immutable. */
    public static final class Builder {
        private final List<KpiSeries> parts = new ArrayList<>();
        private KpiSeries whole;
        private SegmentHierarchy hierarchy = SegmentHierarchy.empty();
        private MixMode mode = MixMode.VALUES;
        private ChartBasis basis = ChartBasis.AUTO;
        private ChartOptions options = ChartOptions.defaults();

        private Builder() {
        }

        /**
         * Adds parts.
         *
         * @param parts the segment series, not null
         * @return this builder
         */
        public Builder parts(List<KpiSeries> parts) {
            this.parts.addAll(Objects.requireNonNull(parts, "parts"));
            return this;
        }

        /**
         * Adds parts.
         *
         * @param parts the segment series, not null
         * @return this builder
         */
        public Builder parts(KpiSeries... parts) {
            return parts(List.of(parts));
        }

        /**
         * Sets the series of the parts' parent, which the stack reaches with an "other" part.
         *
         * @param whole the parent's series, not null
         * @return this builder
         */
        public Builder whole(KpiSeries whole) {
            this.whole = Objects.requireNonNull(whole, "whole");
            return this;
        }

        /**
         * Sets which segments are part of which.
         *
         * @param hierarchy the hierarchy, not null
         * @return this builder
         */
        public Builder hierarchy(SegmentHierarchy hierarchy) {
            this.hierarchy = Objects.requireNonNull(hierarchy, "hierarchy");
            return this;
        }

        /**
         * Takes the parts, the whole and the hierarchy from facts: the direct parts of {@code parent}
         * among the metric's segments ({@link FactSet#segments()}), and the parent's own series when
         * the facts have it.
         *
         * @param facts the facts, not null
         * @param entity the entity, not null
         * @param metric the metric id, not null
         * @param parent the parent segment, "" for the whole entity, not null
         * @return this builder
         * @throws IllegalArgumentException if the parent has no parts among the facts
         */
        public Builder segmentsOf(FactSet facts, String entity, String metric, String parent) {
            Objects.requireNonNull(facts, "facts");
            Objects.requireNonNull(parent, "parent");
            SegmentHierarchy h = facts.segments();
            List<String> segments = new ArrayList<>();
            for (SeriesKey k : facts.keys()) {
                if (k.entity().equals(entity) && k.metric().equals(metric)) {
                    segments.add(k.segment());
                }
            }
            List<String> children = h.children(entity, parent, segments);
            if (children.isEmpty()) {
                throw new IllegalArgumentException("no segment of " + entity + "/" + metric + " is part of "
                        + (parent.isEmpty() ? "the whole entity" : "'" + parent + "'") + "; segments: " + segments);
            }
            for (String c : children) {
                parts.add(facts.series(SeriesKey.of(entity, metric, c)));
            }
            whole = segments.contains(parent) ? facts.series(SeriesKey.of(entity, metric, parent)) : null;
            hierarchy = h;
            return this;
        }

        /**
         * Sets what is stacked: values, or shares of the whole (of the parts' sum where the whole is
         * not known).
         *
         * @param mode the mode, not null
         * @return this builder
         */
        public Builder mode(MixMode mode) {
            this.mode = Objects.requireNonNull(mode, "mode");
            return this;
        }

        /**
         * Sets the basis.
         *
         * @param basis the basis, not null
         * @return this builder
         */
        public Builder basis(ChartBasis basis) {
            this.basis = Objects.requireNonNull(basis, "basis");
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
         * Builds the spec.
         *
         * @return the spec, not null
         * @throws IllegalArgumentException as {@link MixSpec#MixSpec}
         */
        public MixSpec build() {
            return new MixSpec(parts, whole, hierarchy, mode, basis, options);
        }
    }
}

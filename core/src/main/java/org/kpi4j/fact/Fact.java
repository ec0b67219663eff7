package org.kpi4j.fact;

import org.kpi4j.Origin;
import org.kpi4j.series.SeriesKey;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.kpi4j.growth.GrowthFlag;
import org.kpi4j.metric.Metric;
import org.kpi4j.metric.MetricKind;
import org.kpi4j.time.Period;
import org.kpi4j.unit.Percentage;
import org.kpi4j.unit.Unit;

/**
 * One reported figure: an entity's metric for a period, in a unit, as printed in one report, with
 * what the report printed about its change and where the figure came from.
 *
 * <p>The value is kept as the exact decimal that was printed (its scale is the printed decimals).
 * A fact may lack a value only when it carries a reported compound growth rate
 * ({@code reportedCagrPct}), as a market forecast does ("46.2% a year from 2023 to 2028").
 *
 * <pre>{@code
 * Metric revenue = MetricCatalog.standard().get("revenue").orElseThrow();
 * Fact f = Fact.builder("paratera", revenue, Period.year(2024), new BigDecimal("65461.73"), Unit.WAN_YUAN)
 *         .asOf(LocalDate.of(2025, 5, 19))
 *         .build();
 * }</pre>
 *
 * @param entity the reporting entity, not blank
 * @param metric the metric, not null
 * @param segment the business line, empty for the whole entity, not null
 * @param parent the segment this one is part of (智算云 of 算力服务), empty when it is a part of the
 *     whole entity or the file does not say; always empty for the whole entity, not null
 * @param period the period: a duration for flows, an instant for stocks, not null
 * @param value the printed value in {@code unit}, null only for a rate-only fact
 * @param unit the unit, accepted by the metric's unit family, not null
 * @param asOf the date of the report that printed it, null when unknown
 * @param reportedChangePct the change the report printed, in percent (percentage points for a
 *     ratio metric), with its printed decimals; null if none
 * @param comparisonPeriod the base the printed change was computed against when it is not the
 *     default (same period a year earlier for durations, prior fiscal year-end for instants); null
 *     for the default
 * @param reportedFlag a sign change the report printed in words (扭亏为盈), NONE if none, not null
 * @param reportedCagrPct a compound annual growth rate printed for {@code comparisonPeriod} to
 *     {@code period}, in percent; null if none
 * @param approximate true if the text gives the figure only approximately ("约6亿", "近2.7亿")
 * @param source a human-readable citation, empty if none, not null
 * @param note a remark on the figure, empty if none, not null
 * @param origin the file and line it was read from, null when built in code
 */
public record Fact(String entity, Metric metric, String segment, String parent, Period period, BigDecimal value, Unit unit,
        LocalDate asOf, Percentage reportedChangePct, Period comparisonPeriod, GrowthFlag reportedFlag,
        Percentage reportedCagrPct, boolean approximate, String source, String note, Origin origin) {

    /**
     * Validates the fact against its metric.
     *
     * @param entity the reporting entity, not blank
     * @param metric the metric, not null
     * @param segment the business line, empty for the whole entity, not null
     * @param parent the segment this one is part of, empty for none or the whole entity, not null
     * @param period the period: a duration for flows, an instant for stocks, not null
     * @param value the printed value in {@code unit}, null only for a rate-only fact
     * @param unit the unit, accepted by the metric's unit family, not null
     * @param asOf the date of the report that printed it, null when unknown
     * @param reportedChangePct the change the report printed, in percent (percentage points for a
     *        ratio metric), with its printed decimals; null if none
     * @param comparisonPeriod the base the printed change was computed against when it is not the
     *        default (same period a year earlier for durations, prior fiscal year-end for instants); null
     *        for the default
     * @param reportedFlag a sign change the report printed in words (扭亏为盈), NONE if none, not null
     * @param reportedCagrPct a compound annual growth rate printed for {@code comparisonPeriod} to
     *        {@code period}, in percent; null if none
     * @param approximate true if the text gives the figure only approximately ("约6亿", "近2.7亿")
     * @param source a human-readable citation, empty if none, not null
     * @param note a remark on the figure, empty if none, not null
     * @param origin the file and line it was read from, null when built in code
     * @throws IllegalArgumentException if the unit does not fit the metric, the period does not fit
     *     its kind (a stock over a duration, a flow at an instant), the value is missing without a
     *     reported rate, or a parent is given for the whole entity or names the segment itself
     */
    public Fact {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(reportedFlag, "reportedFlag");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(note, "note");
        if (entity.isBlank()) {
            throw new IllegalArgumentException("entity must not be blank");
        }
        if (!parent.isEmpty() && segment.isEmpty()) {
            throw new IllegalArgumentException("parent '" + parent + "' is given for the whole entity; only a segment "
                    + "is part of another");
        }
        if (!parent.isEmpty() && parent.equals(segment)) {
            throw new IllegalArgumentException("segment '" + segment + "' cannot be part of itself (parent)");
        }
        if (!metric.family().accepts(unit)) {
            throw new IllegalArgumentException("metric '" + metric.id() + "' is a " + metric.kind() + " measured in "
                    + metric.family().name().toLowerCase(java.util.Locale.ROOT) + " units, not in " + unit);
        }
        if (metric.instant() && !period.isInstant()) {
            throw new IllegalArgumentException("metric '" + metric.id() + "' is measured at an instant"
                    + (metric.kind() == MetricKind.STOCK ? " (a balance-sheet figure)" : "")
                    + " but the period " + period + " is a span of quarters");
        }
        if (!metric.instant() && period.isInstant()) {
            throw new IllegalArgumentException("metric '" + metric.id() + "' is a " + metric.kind()
                    + " over a period but the period " + period + " is an instant");
        }
        if (value == null && reportedCagrPct == null) {
            throw new IllegalArgumentException("a fact needs a value unless it carries a reported CAGR");
        }
        if (reportedCagrPct != null && comparisonPeriod == null) {
            throw new IllegalArgumentException("a reported CAGR needs the comparison period it starts from");
        }
        if (comparisonPeriod != null && comparisonPeriod.isInstant() != period.isInstant()) {
            throw new IllegalArgumentException("comparison period " + comparisonPeriod + " and period " + period
                    + " must both be instants or both be spans of quarters");
        }
    }

    /**
     * Obtains a fact without a parent segment: the constructor of the fields before {@code parent}
     * existed.
     *
     * <pre>{@code
     * Fact f = new Fact("acme", MetricCatalog.standard().get("revenue").orElseThrow(), "", Period.year(2024),
     *         new BigDecimal("10"), Unit.YI_YUAN, null, null, null, GrowthFlag.NONE, null, false, "", "", null);
     * f.parent();   // ""
     * }</pre>
     *
     * @param entity the reporting entity, not blank
     * @param metric the metric, not null
     * @param segment the business line, empty for the whole entity, not null
     * @param period the period, not null
     * @param value the printed value, null only for a rate-only fact
     * @param unit the unit, not null
     * @param asOf the report date, null when unknown
     * @param reportedChangePct the printed change, null if none
     * @param comparisonPeriod the base of the printed change, null for the default
     * @param reportedFlag the printed sign change, not null
     * @param reportedCagrPct the printed CAGR, null if none
     * @param approximate true if the figure is approximate
     * @param source the citation, not null
     * @param note a remark, not null
     * @param origin the file and line, null when built in code
     * @throws IllegalArgumentException as the canonical constructor
     */
    public Fact(String entity, Metric metric, String segment, Period period, BigDecimal value, Unit unit,
            LocalDate asOf, Percentage reportedChangePct, Period comparisonPeriod, GrowthFlag reportedFlag,
            Percentage reportedCagrPct, boolean approximate, String source, String note, Origin origin) {
        this(entity, metric, segment, "", period, value, unit, asOf, reportedChangePct, comparisonPeriod, reportedFlag,
                reportedCagrPct, approximate, source, note, origin);
    }

    /**
     * Starts building a fact with the required fields.
     *
     * @param entity the entity, not blank
     * @param metric the metric, not null
     * @param period the period, not null
     * @param value the printed value, may be null for a rate-only fact
     * @param unit the unit, not null
     * @return a builder, not null
     */
    public static Builder builder(String entity, Metric metric, Period period, BigDecimal value, Unit unit) {
        return new Builder(entity, metric, period, value, unit);
    }

    /** @return the key of the series this fact belongs to */
    public SeriesKey key() {
        return new SeriesKey(entity, metric.id(), segment);
    }

    /** @return true if the fact has a value */
    public boolean hasValue() {
        return value != null;
    }

    /** @return the number of decimals the value was printed with (0 for an integer) */
    public int decimals() {
        return value == null ? 0 : Math.max(0, value.scale());
    }

    /** @return a short description: key, period, value and unit */
    @Override
    public String toString() {
        return key() + " " + period + " = " + (value == null ? "—" : value.toPlainString()) + " " + unit
                + (asOf == null ? "" : " (as of " + asOf + ")");
    }

    /** Builds a {@link Fact}; not thread-safe, but the fact it builds is immutable. */
    public static final class Builder {
        private final String entity;
        private final Metric metric;
        private final Period period;
        private final BigDecimal value;
        private final Unit unit;
        private String segment = "";
        private String parent = "";
        private LocalDate asOf;
        private Percentage reportedChangePct;
        private Period comparisonPeriod;
        private GrowthFlag reportedFlag = GrowthFlag.NONE;
        private Percentage reportedCagrPct;
        private boolean approximate;
        private String source = "";
        private String note = "";
        private Origin origin;

        private Builder(String entity, Metric metric, Period period, BigDecimal value, Unit unit) {
            this.entity = entity;
            this.metric = metric;
            this.period = period;
            this.value = value;
            this.unit = unit;
        }

        /**
         * @param segment the business line, not null
         * @return this builder
         */
        public Builder segment(String segment) {
            this.segment = Objects.requireNonNull(segment, "segment");
            return this;
        }

        /**
         * @param parent the segment this fact's segment is part of, empty for none, not null
         * @return this builder
         */
        public Builder parent(String parent) {
            this.parent = Objects.requireNonNull(parent, "parent");
            return this;
        }

        /**
         * @param asOf the report date, may be null
         * @return this builder
         */
        public Builder asOf(LocalDate asOf) {
            this.asOf = asOf;
            return this;
        }

        /**
         * @param pct the printed change (in percentage points for a ratio metric), may be null
         * @return this builder
         */
        public Builder reportedChangePct(Percentage pct) {
            this.reportedChangePct = pct;
            return this;
        }

        /**
         * @param period the base of the printed change, may be null
         * @return this builder
         */
        public Builder comparisonPeriod(Period period) {
            this.comparisonPeriod = period;
            return this;
        }

        /**
         * @param flag the printed sign change, not null
         * @return this builder
         */
        public Builder reportedFlag(GrowthFlag flag) {
            this.reportedFlag = Objects.requireNonNull(flag, "flag");
            return this;
        }

        /**
         * @param pct the printed CAGR, may be null
         * @return this builder
         */
        public Builder reportedCagrPct(Percentage pct) {
            this.reportedCagrPct = pct;
            return this;
        }

        /**
         * @param approximate true if the figure is approximate
         * @return this builder
         */
        public Builder approximate(boolean approximate) {
            this.approximate = approximate;
            return this;
        }

        /**
         * @param source the citation, not null
         * @return this builder
         */
        public Builder source(String source) {
            this.source = Objects.requireNonNull(source, "source");
            return this;
        }

        /**
         * @param note a remark, not null
         * @return this builder
         */
        public Builder note(String note) {
            this.note = Objects.requireNonNull(note, "note");
            return this;
        }

        /**
         * @param origin the file and line, may be null
         * @return this builder
         */
        public Builder origin(Origin origin) {
            this.origin = origin;
            return this;
        }

        /**
         * Builds the fact.
         *
         * @return the fact, not null
         * @throws IllegalArgumentException if the fact is inconsistent (see {@link Fact})
         */
        public Fact build() {
            return new Fact(entity, metric, segment, parent, period, value, unit, asOf, reportedChangePct, comparisonPeriod,
                    reportedFlag, reportedCagrPct, approximate, source, note, origin);
        }
    }
}

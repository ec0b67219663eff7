package org.kpi4j.metric;

import org.kpi4j.KpiDataException;
import java.util.Objects;
import java.util.regex.Pattern;
import org.kpi4j.unit.Dimension;
import org.kpi4j.unit.Unit;

/**
 * A KPI definition: a stable snake_case id, English and Chinese names, its {@link MetricKind},
 * whether it is measured at an instant, and the kind of unit it takes.
 *
 * <pre>{@code
 * Metric m = Metric.of("ai_cloud_revenue", "AI cloud revenue", "智算云收入", MetricKind.FLOW, UnitFamily.MONEY);
 * m.instant();   // false
 * }</pre>
 *
 * @param id the stable snake_case id, not null
 * @param nameEn the English name, not null
 * @param nameZh the Chinese name, not null
 * @param kind flow, stock or ratio, not null
 * @param instant true if measured at an instant (all stocks, and ratios such as the debt ratio
 *     that come from a balance sheet)
 * @param family the kind of unit the metric takes, not null
 */
public record Metric(String id, String nameEn, String nameZh, MetricKind kind, boolean instant, UnitFamily family) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");

    /** The kinds of unit a metric accepts. */
    public enum UnitFamily {
        /** Any currency at any scale. */
        MONEY,
        /** A count of persons. */
        PERSONS,
        /** A count of things. */
        COUNT,
        /** A count of shares (股, 万股, shares). */
        SHARES,
        /** An amount per share (元/股, USD/share), such as earnings per share. */
        PER_SHARE,
        /** A ratio or percent. */
        RATIO,
        /** Any unit (market series such as EFLOPS, user-declared metrics). */
        ANY;

        /**
         * Returns true if the unit belongs to this family.
         *
         * @param unit the unit, not null
         * @return true when accepted
         */
        public boolean accepts(Unit unit) {
            Dimension d = unit.dimension();
            switch (this) {
                case MONEY:
                    return d.isCurrency();
                case PERSONS:
                    return d == Dimension.PERSONS;
                case COUNT:
                    return d == Dimension.COUNT || d == Dimension.PERSONS;
                case SHARES:
                    return d == Dimension.SHARES;
                case PER_SHARE:
                    return d.isPerShare();
                case RATIO:
                    return d == Dimension.RATIO;
                default:
                    return true;
            }
        }

        /**
         * Parses {@code money}, {@code persons}, {@code count}, {@code ratio} or {@code any}.
         *
         * @param text the name, not null
         * @return the family, not null
         * @throws IllegalArgumentException naming the text if unknown
         */
        public static UnitFamily parse(String text) {
            try {
                return valueOf(text.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown unit family '" + text
                        + "'; expected money, persons, count, ratio or any", e);
            }
        }

        /** @return the name in lower case, which {@link #parse(String)} reads back */
        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * Validates a metric definition.
     *
     * @param id the stable snake_case id, not null
     * @param nameEn the English name, not null
     * @param nameZh the Chinese name, not null
     * @param kind flow, stock or ratio, not null
     * @param instant true if measured at an instant (all stocks, and ratios such as the debt ratio
     *        that come from a balance sheet)
     * @param family the kind of unit the metric takes, not null
     * @throws IllegalArgumentException if the id is not snake_case, a flow is instant, a stock is
     *     not, or a ratio's family is not RATIO
     */
    public Metric {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(family, "family");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("metric id must be snake_case ([a-z][a-z0-9_]*) but was " + KpiDataException.quote(id));
        }
        if (kind == MetricKind.FLOW && instant) {
            throw new IllegalArgumentException("metric '" + id + "' is a FLOW and cannot be measured at an instant");
        }
        if (kind == MetricKind.STOCK && !instant) {
            throw new IllegalArgumentException("metric '" + id + "' is a STOCK and must be measured at an instant");
        }
        if (kind == MetricKind.RATIO && family != UnitFamily.RATIO) {
            throw new IllegalArgumentException("metric '" + id + "' is a RATIO and must take a ratio unit, not " + family);
        }
        if (kind != MetricKind.RATIO && family == UnitFamily.RATIO) {
            throw new IllegalArgumentException("metric '" + id + "' takes a ratio unit, so its kind must be RATIO");
        }
    }

    /**
     * Obtains a flow or stock metric (instant exactly when it is a stock).
     *
     * @param id the snake_case id, not null
     * @param nameEn the English name, not null
     * @param nameZh the Chinese name, not null
     * @param kind FLOW or STOCK, not null
     * @param family the unit family, not null
     * @return the metric, not null
     */
    public static Metric of(String id, String nameEn, String nameZh, MetricKind kind, UnitFamily family) {
        return new Metric(id, nameEn, nameZh, kind, kind == MetricKind.STOCK, family);
    }

    /**
     * Obtains a ratio metric.
     *
     * @param id the snake_case id, not null
     * @param nameEn the English name, not null
     * @param nameZh the Chinese name, not null
     * @param instant true for a balance-sheet ratio measured at an instant
     * @return the metric, not null
     */
    public static Metric ratio(String id, String nameEn, String nameZh, boolean instant) {
        return new Metric(id, nameEn, nameZh, MetricKind.RATIO, instant, UnitFamily.RATIO);
    }

    /**
     * Returns the name in a language.
     *
     * @param chinese true for the Chinese name
     * @return the name, not null
     */
    public String name(boolean chinese) {
        return chinese ? nameZh : nameEn;
    }

    @Override
    public String toString() {
        return id;
    }
}

package org.kpi4j.growth;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.kpi4j.time.FiscalCalendar;
import org.kpi4j.time.Period;
import org.kpi4j.time.PeriodType;

/**
 * Which base a growth figure compares against, and the one rule that finds that base for a period:
 * {@link #basePeriod(Period, Period, FiscalCalendar)}, used by series, panels, reconciliation and
 * the report alike.
 *
 * <pre>{@code
 * GrowthKind.parse("ttm-yoy");                                              // TTM_YOY
 * GrowthKind.TTM_YOY.toString();                                            // "ttm-yoy"
 * GrowthKind.YOY.basePeriod(Period.parse("2024Q3"), null, FiscalCalendar.calendarYear());       // Optional[2023Q3]
 * GrowthKind.DEFAULT.basePeriod(Period.parse("2025-03-31"), null, FiscalCalendar.calendarYear()); // Optional[2024-12-31]
 * }</pre>
 */
public enum GrowthKind {
    /**
     * As a filing compares: a duration with the same period a year earlier, an instant with the prior
     * fiscal year-end, and any figure whose source names its comparison period with that period.
     */
    DEFAULT,
    /**
     * The same period a year earlier; for an instant at a fiscal quarter end, the end of the same
     * fiscal quarter a year earlier (for other instants, the same date a year earlier).
     */
    YOY,
    /** The previous quarter (for an instant at a fiscal quarter end: the end of the previous quarter). */
    QOQ,
    /** Trailing twelve months against the trailing twelve months a year earlier (flows only). */
    TTM_YOY,
    /** The prior fiscal year-end: how periodic reports compare balance-sheet instants. */
    VS_YEAR_END;

    /**
     * Returns the period a figure of {@code period} is compared with under this kind.
     *
     * @param period the period of the figure, not null
     * @param comparisonPeriod the base its source printed a change against, null for the default;
     *     used by {@link #DEFAULT} only
     * @param calendar the fiscal calendar, not null
     * @return the base period, or empty when this kind compares no such period (QOQ of a year,
     *     VS_YEAR_END of a duration) or the base would fall outside the years
     *     {@value Period#MIN_YEAR}..{@value Period#MAX_YEAR}: see {@link #whyNoBase(Period)}
     */
    public Optional<Period> basePeriod(Period period, Period comparisonPeriod, FiscalCalendar calendar) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(calendar, "calendar");
        try {
            return base(period, comparisonPeriod, calendar);
        } catch (IllegalArgumentException e) {
            // the base falls before year 1000 or after 9999, where no period exists (see whyNoBase)
            return Optional.empty();
        }
    }

    private Optional<Period> base(Period period, Period comparisonPeriod, FiscalCalendar calendar) {
        switch (this) {
            case DEFAULT:
                if (comparisonPeriod != null) {
                    return Optional.of(comparisonPeriod);
                }
                return Optional.of(period.isInstant() ? Period.instant(calendar.priorYearEnd(period.date()))
                        : period.minusYears(1));
            case YOY:
            case TTM_YOY:
                if (period.isInstant() && calendar.isQuarterEnd(period.date())) {
                    return Optional.of(Period.instant(calendar.endDate(calendar.quarterOf(period.date()).minusYears(1))));
                }
                return Optional.of(period.minusYears(1));
            case QOQ:
                if (period.type() == PeriodType.QUARTER) {
                    return Optional.of(period.previousQuarter());
                }
                if (period.isInstant() && calendar.isQuarterEnd(period.date())) {
                    return Optional.of(Period.instant(calendar.endDate(calendar.quarterOf(period.date()).previousQuarter())));
                }
                return Optional.empty();
            case VS_YEAR_END:
                return period.isInstant() ? Optional.of(Period.instant(calendar.priorYearEnd(period.date())))
                        : Optional.empty();
            default:
                throw new AssertionError(this);
        }
    }

    /**
     * Says why {@link #basePeriod} found no base for a period.
     *
     * @param period the period, not null
     * @return the reason, such as {@code qoq compares single quarters; 2024 is not one} or
     *     {@code no base: yoy of 1000 would fall outside the years 1000..9999}
     */
    public String whyNoBase(Period period) {
        Objects.requireNonNull(period, "period");
        if (this == QOQ && period.type() != PeriodType.QUARTER && !period.isInstant()) {
            return "qoq compares single quarters; " + period + " is not one";
        }
        if (this == VS_YEAR_END && !period.isInstant()) {
            return "vs-year-end compares instants; " + period + " is a period";
        }
        if (this == QOQ) {
            return "no base: qoq of " + period + " needs the end of the fiscal quarter before, within the years "
                    + Period.MIN_YEAR + ".." + Period.MAX_YEAR;
        }
        return "no base: " + code() + " of " + period + " would fall outside the years " + Period.MIN_YEAR + ".."
                + Period.MAX_YEAR;
    }

    /**
     * The distance in quarters between a quarter (or quarter-end instant) and its base on a panel's
     * axis of consecutive fiscal quarters.
     *
     * @return 4 for YOY and TTM_YOY, 1 for QOQ
     * @throws IllegalArgumentException for DEFAULT and VS_YEAR_END, which a panel does not compute
     */
    public int lagInQuarters() {
        switch (this) {
            case YOY:
            case TTM_YOY:
                return 4;
            case QOQ:
                return 1;
            default:
                throw new IllegalArgumentException(this + " growth compares no fixed number of quarters");
        }
    }

    /**
     * Parses {@code default}, {@code yoy}, {@code qoq}, {@code ttm-yoy} or {@code vs-year-end}
     * (case-insensitive; {@code _} for {@code -} accepted).
     *
     * @param text the name, not null
     * @return the kind, not null
     * @throws IllegalArgumentException naming the text if unknown
     */
    public static GrowthKind parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown growth kind '" + text
                    + "'; expected default, yoy, qoq, ttm-yoy or vs-year-end", e);
        }
    }

    /** @return the command-line spelling, such as {@code ttm-yoy} (the same as {@link #toString()}) */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** @return the command-line spelling, which {@link #parse(String)} reads back */
    @Override
    public String toString() {
        return code();
    }
}

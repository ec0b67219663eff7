package org.kpi4j.time;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A reporting period: a span of fiscal quarters within one fiscal year (a year, a half, a quarter,
 * or the first three quarters year-to-date) or an instant (a date).
 *
 * <p>Labels are fiscal: {@code 2024Q1} is the first quarter of fiscal year 2024, whatever month the
 * year ends in; a {@link FiscalCalendar} maps labels to dates. Every span has exactly one label, so
 * the year-to-date figure through Q2 <em>is</em> {@code 2024H1} and through Q4 <em>is</em>
 * {@code 2024}: {@link #ytd(int, int)} returns those.
 *
 * <p>Text forms, which {@link #toString()} writes and {@link #parse(CharSequence)} reads:
 * <pre>
 *   2024        fiscal year           2024H1, 2024H2   halves
 *   2024Q3      quarter               2024Q1-Q3        year-to-date through Q3
 *   2024-12-31  instant (ISO date)
 * </pre>
 *
 * <p>Ordering: durations before instants; durations by their last quarter, then shorter first
 * ({@code 2024Q4 < 2024H2 < 2024}); instants by date.
 *
 * <pre>{@code
 * Period q3 = Period.parse("2024Q3");
 * q3.minusYears(1);              // 2023Q3
 * q3.previousQuarter();          // 2024Q2
 * Period.ytd(2024, 3);           // 2024Q1-Q3
 * Period.quarter(2024, 1).quartersBetweenEnds(Period.quarter(2025, 1));   // 4
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Period implements Comparable<Period> {

    /** The first fiscal (or calendar, for an instant) year a period may fall in. */
    public static final int MIN_YEAR = 1000;

    /** The last fiscal (or calendar, for an instant) year a period may fall in. */
    public static final int MAX_YEAR = 9999;

    private final PeriodType type;
    private final int year;
    private final int firstQuarter;
    private final int lastQuarter;
    private final LocalDate date;

    private Period(PeriodType type, int year, int firstQuarter, int lastQuarter, LocalDate date) {
        this.type = type;
        this.year = year;
        this.firstQuarter = firstQuarter;
        this.lastQuarter = lastQuarter;
        this.date = date;
    }

    /**
     * Obtains a fiscal year.
     *
     * @param year the fiscal year, 1000 to 9999
     * @return the period, not null
     * @throws IllegalArgumentException if the year is out of range
     */
    public static Period year(int year) {
        return new Period(PeriodType.YEAR, PeriodChecks.year(year), 1, 4, null);
    }

    /**
     * Obtains a fiscal half year.
     *
     * @param year the fiscal year, 1000 to 9999
     * @param half 1 or 2
     * @return the period, not null
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static Period half(int year, int half) {
        PeriodChecks.half(half);
        return new Period(PeriodType.HALF, PeriodChecks.year(year), half == 1 ? 1 : 3, half == 1 ? 2 : 4, null);
    }

    /**
     * Obtains a fiscal quarter.
     *
     * @param year the fiscal year, 1000 to 9999
     * @param quarter 1 to 4
     * @return the period, not null
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static Period quarter(int year, int quarter) {
        PeriodChecks.quarter(quarter, "quarter");
        return new Period(PeriodType.QUARTER, PeriodChecks.year(year), quarter, quarter, null);
    }

    /**
     * Obtains the year-to-date span from the first quarter through {@code throughQuarter}; through Q1
     * is the quarter itself, through Q2 the first half and through Q4 the year.
     *
     * @param year the fiscal year, 1000 to 9999
     * @param throughQuarter the last quarter included, 1 to 4
     * @return the period, not null
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static Period ytd(int year, int throughQuarter) {
        PeriodChecks.quarter(throughQuarter, "throughQuarter");
        switch (throughQuarter) {
            case 1:
                return quarter(year, 1);
            case 2:
                return half(year, 1);
            case 4:
                return year(year);
            default:
                return new Period(PeriodType.YTD, PeriodChecks.year(year), 1, 3, null);
        }
    }

    /**
     * Obtains an instant.
     *
     * @param date the date, in the years 1000 to 9999, not null
     * @return the period, not null
     * @throws IllegalArgumentException if the date is out of range
     */
    public static Period instant(LocalDate date) {
        PeriodChecks.date(date);
        return new Period(PeriodType.INSTANT, date.getYear(), 0, 0, date);
    }

    /**
     * Obtains the period spanning fiscal quarters {@code first..last} of one year, when that span
     * has a label (a quarter, a half, Q1-Q3 or the year).
     *
     * @param year the fiscal year
     * @param first the first quarter, 1 to 4
     * @param last the last quarter, first to 4
     * @return the period, not null
     * @throws IllegalArgumentException if the span has no label, such as Q2-Q3
     */
    public static Period span(int year, int first, int last) {
        return PeriodLabels.span(year, first, last);
    }

    /**
     * Parses a period from its text form (see the class comment).
     *
     * @param text the text, such as {@code 2024}, {@code 2024H1}, {@code 2024Q3}, {@code 2024Q1-Q3}
     *     or {@code 2024-09-30}, not null
     * @return the period, not null
     * @throws IllegalArgumentException naming the text if it cannot be parsed
     */
    public static Period parse(CharSequence text) {
        return PeriodLabels.parse(text);
    }

    /** @return the type, not null */
    public PeriodType type() {
        return type;
    }

    /** @return true if this is a span of quarters, false for an instant */
    public boolean isDuration() {
        return type.isDuration();
    }

    /** @return true if this is an instant */
    public boolean isInstant() {
        return type == PeriodType.INSTANT;
    }

    /**
     * Returns the fiscal year of a duration, or the calendar year of an instant's date.
     *
     * @return the year
     */
    public int year() {
        return year;
    }

    /**
     * Returns the first fiscal quarter of the span, 1 to 4.
     *
     * @return the first quarter
     * @throws IllegalStateException for an instant
     */
    public int firstQuarter() {
        PeriodChecks.duration(this, "firstQuarter");
        return firstQuarter;
    }

    /**
     * Returns the last fiscal quarter of the span, 1 to 4.
     *
     * @return the last quarter
     * @throws IllegalStateException for an instant
     */
    public int lastQuarter() {
        PeriodChecks.duration(this, "lastQuarter");
        return lastQuarter;
    }

    /** @return the number of quarters spanned, 1 to 4, or 0 for an instant */
    public int lengthInQuarters() {
        return isDuration() ? lastQuarter - firstQuarter + 1 : 0;
    }

    /**
     * Returns true if this span starts at the first quarter of its year (a quarter Q1, the first
     * half, Q1-Q3 or the year): the spans a cumulative report covers.
     *
     * @return true for a year-to-date span
     */
    public boolean isYearToDate() {
        return isDuration() && firstQuarter == 1;
    }

    /**
     * Returns the instant's date.
     *
     * @return the date, not null
     * @throws IllegalStateException for a duration
     */
    public LocalDate date() {
        if (date == null) {
            throw new IllegalStateException("period " + this + " is a duration and has no single date");
        }
        return date;
    }

    /**
     * Returns a running index of the last quarter of a duration (fiscal year × 4 + quarter − 1), so
     * that consecutive quarters differ by one.
     *
     * @return the quarter index
     * @throws IllegalStateException for an instant
     */
    public int endQuarterIndex() {
        PeriodChecks.duration(this, "endQuarterIndex");
        return year * 4 + lastQuarter - 1;
    }

    /**
     * Returns the quarter whose {@link #endQuarterIndex()} is {@code index}.
     *
     * @param index a quarter index
     * @return the quarter, not null
     */
    public static Period ofQuarterIndex(int index) {
        return quarter(Math.floorDiv(index, 4), Math.floorMod(index, 4) + 1);
    }

    /**
     * Returns the same span {@code years} fiscal years earlier; for an instant, the same date
     * {@code years} years earlier, keeping month ends at month ends (2024-02-29 becomes 2023-02-28).
     *
     * @param years the number of years, may be negative
     * @return the period, not null
     */
    public Period minusYears(int years) {
        if (isInstant()) {
            LocalDate d = date.minusYears(years);
            if (date.getDayOfMonth() == date.lengthOfMonth()) {
                d = d.withDayOfMonth(d.lengthOfMonth());
            }
            return instant(d);
        }
        return new Period(type, PeriodChecks.year(year - years), firstQuarter, lastQuarter, null);
    }

    /**
     * Returns the quarter {@code quarters} after this quarter.
     *
     * @param quarters the number of quarters, may be negative
     * @return the quarter, not null
     * @throws IllegalStateException if this is not a quarter
     */
    public Period plusQuarters(int quarters) {
        PeriodChecks.type(this, PeriodType.QUARTER, "plusQuarters");
        return ofQuarterIndex(endQuarterIndex() + quarters);
    }

    /**
     * Returns the quarter before this quarter.
     *
     * @return the previous quarter, not null
     * @throws IllegalStateException if this is not a quarter
     */
    public Period previousQuarter() {
        return plusQuarters(-1);
    }

    /**
     * Returns the number of quarters from the end of this duration to the end of another: 4 from
     * {@code 2024Q1} to {@code 2025Q1}, 20 from {@code 2023} to {@code 2028}, 2 from {@code 2024}
     * to {@code 2025H1}. (Named for what it measures: for spans of different lengths, neither
     * "until the start" nor ThreeTen-Extra's {@code until(end, QUARTER_YEARS)} of year-quarters
     * would say the same.)
     *
     * @param other the other period, a duration, not null
     * @return the number of quarters, negative if the other ends first
     * @throws IllegalStateException if either is an instant
     */
    public int quartersBetweenEnds(Period other) {
        Objects.requireNonNull(other, "other");
        return other.endQuarterIndex() - endQuarterIndex();
    }

    /**
     * Returns the quarter that ends this duration.
     *
     * @return the last quarter, not null
     * @throws IllegalStateException for an instant
     */
    public Period endQuarter() {
        return ofQuarterIndex(endQuarterIndex());
    }

    /**
     * Returns true if this duration covers the given quarter.
     *
     * @param quarter a quarter, not null
     * @return true if the quarter lies within this span
     */
    public boolean contains(Period quarter) {
        Objects.requireNonNull(quarter, "quarter");
        return isDuration() && quarter.type == PeriodType.QUARTER && quarter.year == year
                && quarter.firstQuarter >= firstQuarter && quarter.lastQuarter <= lastQuarter;
    }

    @Override
    public int compareTo(Period o) {
        if (isInstant() || o.isInstant()) {
            if (isInstant() && o.isInstant()) {
                return date.compareTo(o.date);
            }
            return isInstant() ? 1 : -1;
        }
        int c = Integer.compare(endQuarterIndex(), o.endQuarterIndex());
        return c != 0 ? c : Integer.compare(lengthInQuarters(), o.lengthInQuarters());
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof Period)) {
            return false;
        }
        Period o = (Period) obj;
        return type == o.type && year == o.year && firstQuarter == o.firstQuarter && lastQuarter == o.lastQuarter
                && Objects.equals(date, o.date);
    }

    @Override
    public int hashCode() {
        return isInstant() ? date.hashCode() : (year * 31 + firstQuarter) * 31 + lastQuarter;
    }

    /**
     * Returns the text form, which {@link #parse(CharSequence)} reads back.
     *
     * @return the label, such as {@code 2024Q1-Q3}
     */
    @Override
    public String toString() {
        return PeriodLabels.format(type, year, firstQuarter, lastQuarter, date);
    }
}

package org.kpi4j.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Objects;

/**
 * Maps fiscal period labels to dates for a company whose fiscal year ends on the last day of a
 * month, or on a weekday near the end of a month (a 52/53-week year).
 *
 * <p>Naming convention: a fiscal year is named by the calendar year in which it <em>ends</em>, and
 * its quarters count from the day after the previous year-end. For a March year-end company,
 * fiscal year {@code 2024} runs from 2023-04-01 to 2024-03-31, {@code 2024Q1} is April..June 2023
 * and {@code 2024Q4} is January..March 2024. For the default December year-end, labels and calendar
 * years coincide.
 *
 * <p>A 52/53-week year ends on the last given weekday of a month ({@link #lastWeekday}: Apple's
 * year ends on the last Saturday of September) or on the weekday nearest the month's end
 * ({@link #nearestWeekday}); it has 52 weeks, or 53 when the year-ends are 371 days apart. Its
 * quarters are 13 weeks each unless {@link #withQuarterWeeks} says otherwise, and a 53-week year
 * gives its extra week to one quarter ({@link #withExtraWeekIn}, Q4 unless said otherwise; Apple's
 * is Q1, so that Q1 of fiscal 2023 ran 14 weeks to 2022-12-31). Such a year is named by the year of
 * the month it is anchored to, which is the calendar year it ends in except when a nearest-weekday
 * year-end falls in the first days of the next month.
 *
 * <pre>{@code
 * FiscalCalendar march = FiscalCalendar.endingIn(Month.MARCH);
 * march.startDate(Period.parse("2024Q1"));              // 2023-04-01
 * march.endDate(Period.parse("2024"));                  // 2024-03-31
 * march.quarterOf(LocalDate.of(2024, 5, 10));           // 2025Q1
 * march.priorYearEnd(LocalDate.of(2024, 9, 30));        // 2024-03-31
 * FiscalCalendar apple = FiscalCalendar.lastWeekday(DayOfWeek.SATURDAY, Month.SEPTEMBER).withExtraWeekIn(1);
 * apple.endDate(Period.parse("2023Q1"));                // 2022-12-31 (14 weeks)
 * apple.endDate(Period.parse("2024"));                  // 2024-09-28
 * FiscalCalendar.parse(apple.toString()).equals(apple); // true
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FiscalCalendar {

    private static final FiscalCalendar DECEMBER = new FiscalCalendar(Month.DECEMBER, null);

    private final Month yearEnd;
    /** The rules of a 52/53-week year; null for a year ending on a month's last day. */
    private final WeekYear weeks;

    private FiscalCalendar(Month yearEnd, WeekYear weeks) {
        this.yearEnd = yearEnd;
        this.weeks = weeks;
    }

    /**
     * Returns the calendar whose fiscal year is the calendar year (ending in December), the
     * convention of Chinese listed companies.
     *
     * @return the calendar, not null
     */
    public static FiscalCalendar calendarYear() {
        return DECEMBER;
    }

    /**
     * Returns the calendar whose fiscal year ends on the last day of the given month.
     *
     * @param yearEndMonth the last month of the fiscal year, not null
     * @return the calendar, not null
     */
    public static FiscalCalendar endingIn(Month yearEndMonth) {
        Objects.requireNonNull(yearEndMonth, "yearEndMonth");
        return yearEndMonth == Month.DECEMBER ? DECEMBER : new FiscalCalendar(yearEndMonth, null);
    }

    /**
     * Returns the 52/53-week calendar whose year ends on the last {@code weekday} of {@code month},
     * with 13-week quarters and the extra week of a 53-week year in Q4.
     *
     * @param weekday the weekday every year ends on, not null
     * @param month the month the year ends in, not null
     * @return the calendar, not null
     */
    public static FiscalCalendar lastWeekday(DayOfWeek weekday, Month month) {
        Objects.requireNonNull(weekday, "weekday");
        Objects.requireNonNull(month, "month");
        return new FiscalCalendar(month, new WeekYear(weekday, false));
    }

    /**
     * Returns the 52/53-week calendar whose year ends on the {@code weekday} nearest the last day of
     * {@code month} (up to three days into the next month), with 13-week quarters and the extra week
     * of a 53-week year in Q4.
     *
     * @param weekday the weekday every year ends on, not null
     * @param month the month whose end the year-end is nearest, not null
     * @return the calendar, not null
     */
    public static FiscalCalendar nearestWeekday(DayOfWeek weekday, Month month) {
        Objects.requireNonNull(weekday, "weekday");
        Objects.requireNonNull(month, "month");
        return new FiscalCalendar(month, new WeekYear(weekday, true));
    }

    /**
     * Returns this 52/53-week calendar with the extra week of a 53-week year in another quarter.
     *
     * @param quarter the quarter that runs one week longer in a 53-week year, 1 to 4
     * @return the calendar, not null
     * @throws IllegalArgumentException if the quarter is out of range
     * @throws IllegalStateException if this calendar's years end on a month's last day
     */
    public FiscalCalendar withExtraWeekIn(int quarter) {
        requireWeeks("withExtraWeekIn");
        return new FiscalCalendar(yearEnd, weeks.withExtraWeekIn(quarter));
    }

    /**
     * Returns this 52/53-week calendar with other quarter lengths in a 52-week year: {@code q1},
     * {@code q2} and {@code q3} weeks, Q4 taking the rest (12-12-12 leaves Q4 16 weeks).
     *
     * @param q1 the weeks of Q1, at least 1
     * @param q2 the weeks of Q2, at least 1
     * @param q3 the weeks of Q3, at least 1
     * @return the calendar, not null
     * @throws IllegalArgumentException if a length is below 1 or they leave Q4 no week
     * @throws IllegalStateException if this calendar's years end on a month's last day
     */
    public FiscalCalendar withQuarterWeeks(int q1, int q2, int q3) {
        requireWeeks("withQuarterWeeks");
        return new FiscalCalendar(yearEnd, weeks.withQuarterWeeks(q1, q2, q3));
    }

    /**
     * Parses a calendar from its text form, as {@link #toString()} writes it: {@code month-end
     * MARCH} (or a month alone, {@code MARCH} or {@code 3}) and {@code 52-53 weeks, last SATURDAY
     * of SEPTEMBER, extra week in Q1} or {@code 52-53 weeks, SATURDAY nearest the end of
     * DECEMBER, quarters of 12-12-12 weeks, extra week in Q4}; case is ignored.
     *
     * @param text the text, not null
     * @return the calendar, not null
     * @throws IllegalArgumentException naming the text if it cannot be parsed
     */
    public static FiscalCalendar parse(CharSequence text) {
        return CalendarParser.parse(text);
    }

    /** @return the month the fiscal year ends in (for a 52/53-week year, the month it is anchored to) */
    public Month yearEndMonth() {
        return yearEnd;
    }

    /** @return true for a 52/53-week calendar, false for years ending on a month's last day */
    public boolean isWeekBased() {
        return weeks != null;
    }

    /**
     * Returns the last day of a fiscal year.
     *
     * @param fiscalYear the fiscal year
     * @return the date, not null
     */
    public LocalDate yearEnd(int fiscalYear) {
        return weeks == null ? YearMonth.of(fiscalYear, yearEnd).atEndOfMonth() : weeks.yearEnd(yearEnd, fiscalYear);
    }

    /**
     * Returns the number of weeks in a fiscal year of a 52/53-week calendar.
     *
     * @param fiscalYear the fiscal year
     * @return 52 or 53
     * @throws IllegalStateException if this calendar's years end on a month's last day
     */
    public int weeksIn(int fiscalYear) {
        requireWeeks("weeksIn");
        return weeks.weeksIn(yearEnd, fiscalYear);
    }

    /**
     * Returns the first day of a duration period.
     *
     * @param period a duration, not null
     * @return the date, not null
     * @throws IllegalArgumentException for an instant
     */
    public LocalDate startDate(Period period) {
        requireDuration(period);
        return quarterEnd(period.year(), period.firstQuarter() - 1).plusDays(1);
    }

    /**
     * Returns the last day of a duration period, or the date of an instant.
     *
     * @param period a period, not null
     * @return the date, not null
     */
    public LocalDate endDate(Period period) {
        Objects.requireNonNull(period, "period");
        return period.isInstant() ? period.date() : quarterEnd(period.year(), period.lastQuarter());
    }

    /**
     * Returns the instant at the end of a period: what a balance-sheet figure "for 2024" means.
     *
     * @param period a period, not null
     * @return an instant, not null
     */
    public Period instantAtEnd(Period period) {
        return period.isInstant() ? period : Period.instant(endDate(period));
    }

    /**
     * Returns the fiscal quarter containing a date.
     *
     * @param date the date, not null
     * @return the quarter, not null
     */
    public Period quarterOf(LocalDate date) {
        Objects.requireNonNull(date, "date");
        int fy = fiscalYearOf(date);
        if (weeks != null) {
            return weeks.quarterOf(yearEnd, date, fy);
        }
        int monthsAfterYearEnd = Math.floorMod(date.getMonthValue() - yearEnd.getValue() - 1, 12);
        return Period.quarter(fy, monthsAfterYearEnd / 3 + 1);
    }

    /**
     * Returns the fiscal year containing a date.
     *
     * @param date the date, not null
     * @return the fiscal year
     */
    public int fiscalYearOf(LocalDate date) {
        Objects.requireNonNull(date, "date");
        int fy = date.getMonthValue() > yearEnd.getValue() ? date.getYear() + 1 : date.getYear();
        return weeks == null ? fy : weeks.fiscalYearOf(yearEnd, date, fy);
    }

    /**
     * Returns the last fiscal year-end strictly before a date: the comparison date of a
     * balance-sheet figure in a periodic report ("compared with the end of the previous year").
     * For a year-end date itself this is the year-end a year earlier.
     *
     * @param date the date, not null
     * @return the prior year-end, not null
     */
    public LocalDate priorYearEnd(LocalDate date) {
        return yearEnd(fiscalYearOf(date) - 1);
    }

    /**
     * Returns true if the date is the last day of a fiscal quarter.
     *
     * @param date the date, not null
     * @return true at a quarter end
     */
    public boolean isQuarterEnd(LocalDate date) {
        return endDate(quarterOf(date)).equals(date);
    }

    private LocalDate quarterEnd(int fiscalYear, int quarter) {
        // quarter 0 is the previous year-end
        if (weeks != null) {
            return weeks.quarterEnd(yearEnd, fiscalYear, quarter);
        }
        return YearMonth.of(fiscalYear, yearEnd).minusMonths(3L * (4 - quarter)).atEndOfMonth();
    }

    private void requireWeeks(String what) {
        if (weeks == null) {
            throw new IllegalStateException(what + " is defined for a 52/53-week calendar, not for " + this);
        }
    }

    private static void requireDuration(Period period) {
        Objects.requireNonNull(period, "period");
        if (period.isInstant()) {
            throw new IllegalArgumentException("period must be a duration but was the instant " + period);
        }
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof FiscalCalendar)) {
            return false;
        }
        FiscalCalendar o = (FiscalCalendar) obj;
        return yearEnd == o.yearEnd && Objects.equals(weeks, o.weeks);
    }

    @Override
    public int hashCode() {
        return yearEnd.hashCode() * 31 + Objects.hashCode(weeks);
    }

    /**
     * Returns the text form, which {@link #parse(CharSequence)} reads back: {@code month-end MARCH},
     * or for a 52/53-week year {@code 52-53 weeks, last SATURDAY of SEPTEMBER, extra week in Q1}.
     *
     * @return the text form, not null
     */
    @Override
    public String toString() {
        return weeks == null ? "month-end " + yearEnd : weeks.text(yearEnd);
    }
}

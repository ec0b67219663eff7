package org.kpi4j.time;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Objects;

/**
 * Maps fiscal period labels to dates for a company whose fiscal year ends in a given month.
 *
 * <p>Naming convention: a fiscal year is named by the calendar year in which it <em>ends</em>, and
 * its quarters count from the month after the previous year-end. For a March year-end company,
 * fiscal year {@code 2024} runs from 2023-04-01 to 2024-03-31, {@code 2024Q1} is April..June 2023
 * and {@code 2024Q4} is January..March 2024. For the default December year-end, labels and calendar
 * years coincide.
 *
 * <pre>{@code
 * FiscalCalendar march = FiscalCalendar.endingIn(Month.MARCH);
 * march.startDate(Period.parse("2024Q1"));              // 2023-04-01
 * march.endDate(Period.parse("2024"));                  // 2024-03-31
 * march.quarterOf(LocalDate.of(2024, 5, 10));           // 2025Q1
 * march.priorYearEnd(LocalDate.of(2024, 9, 30));        // 2024-03-31
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FiscalCalendar {

    private static final FiscalCalendar DECEMBER = new FiscalCalendar(Month.DECEMBER);

    private final Month yearEnd;

    private FiscalCalendar(Month yearEnd) {
        this.yearEnd = yearEnd;
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
        return yearEndMonth == Month.DECEMBER ? DECEMBER : new FiscalCalendar(yearEndMonth);
    }

    /** @return the last month of the fiscal year, not null */
    public Month yearEndMonth() {
        return yearEnd;
    }

    /**
     * Returns the last day of a fiscal year.
     *
     * @param fiscalYear the fiscal year
     * @return the date, not null
     */
    public LocalDate yearEnd(int fiscalYear) {
        return YearMonth.of(fiscalYear, yearEnd).atEndOfMonth();
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
        int monthsAfterYearEnd = Math.floorMod(date.getMonthValue() - yearEnd.getValue() - 1, 12);
        int quarter = monthsAfterYearEnd / 3 + 1;
        return Period.quarter(fiscalYearOf(date), quarter);
    }

    /**
     * Returns the fiscal year containing a date.
     *
     * @param date the date, not null
     * @return the fiscal year
     */
    public int fiscalYearOf(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return date.getMonthValue() > yearEnd.getValue() ? date.getYear() + 1 : date.getYear();
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
        LocalDate end = yearEnd(fiscalYearOf(date));
        return end.isBefore(date) ? end : yearEnd(fiscalYearOf(date) - 1);
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
        return YearMonth.of(fiscalYear, yearEnd).minusMonths(3L * (4 - quarter)).atEndOfMonth();
    }

    private static void requireDuration(Period period) {
        Objects.requireNonNull(period, "period");
        if (period.isInstant()) {
            throw new IllegalArgumentException("period must be a duration but was the instant " + period);
        }
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof FiscalCalendar && ((FiscalCalendar) obj).yearEnd == yearEnd;
    }

    @Override
    public int hashCode() {
        return yearEnd.hashCode();
    }

    @Override
    public String toString() {
        return "FiscalCalendar[year ends " + yearEnd + "]";
    }
}

package org.kpi4j.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Objects;

/**
 * The rules of a 52/53-week {@link FiscalCalendar}: the weekday every year ends on (the last one of
 * the month, or the one nearest the month's end), the weeks of Q1, Q2 and Q3 in a 52-week year (Q4
 * takes the rest) and the quarter that takes the extra week of a 53-week year. Each rule is given
 * the month the year is anchored to, which the calendar holds.
 *
 * <p>This class is immutable.
 */
final class WeekYear {

    static final int[] THIRTEEN_WEEKS = {13, 13, 13};

    private final DayOfWeek weekday;
    private final boolean nearest;
    private final int extraWeekQuarter;
    /** Weeks of Q1, Q2 and Q3 in a 52-week year. */
    private final int[] quarterWeeks;

    /** A year ending on the last (or the nearest) {@code weekday}, of 13-week quarters, the extra week in Q4. */
    WeekYear(DayOfWeek weekday, boolean nearest) {
        this(weekday, nearest, 4, THIRTEEN_WEEKS);
    }

    private WeekYear(DayOfWeek weekday, boolean nearest, int extraWeekQuarter, int[] quarterWeeks) {
        this.weekday = weekday;
        this.nearest = nearest;
        this.extraWeekQuarter = extraWeekQuarter;
        this.quarterWeeks = quarterWeeks;
    }

    /** See {@link FiscalCalendar#withExtraWeekIn(int)}. */
    WeekYear withExtraWeekIn(int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be in 1..4 but was " + quarter);
        }
        return new WeekYear(weekday, nearest, quarter, quarterWeeks);
    }

    /** See {@link FiscalCalendar#withQuarterWeeks(int, int, int)}. */
    WeekYear withQuarterWeeks(int q1, int q2, int q3) {
        if (q1 < 1 || q2 < 1 || q3 < 1 || q1 + q2 + q3 > 51) {
            throw new IllegalArgumentException("quarters of " + q1 + "-" + q2 + "-" + q3
                    + " weeks do not fit a 52-week year; each needs a week and Q4 at least one");
        }
        int[] w = {q1, q2, q3};
        return new WeekYear(weekday, nearest, extraWeekQuarter, Arrays.equals(w, THIRTEEN_WEEKS) ? THIRTEEN_WEEKS : w);
    }

    /** The last day of a fiscal year anchored to {@code month}. */
    LocalDate yearEnd(Month month, int fiscalYear) {
        LocalDate monthEnd = YearMonth.of(fiscalYear, month).atEndOfMonth();
        LocalDate before = monthEnd.with(TemporalAdjusters.previousOrSame(weekday));
        if (!nearest || ChronoUnit.DAYS.between(before, monthEnd) <= 3) {
            return before;
        }
        return before.plusWeeks(1);
    }

    /** The weeks of a fiscal year: 52, or 53 when its year-ends are 371 days apart. */
    int weeksIn(Month month, int fiscalYear) {
        return (int) (ChronoUnit.DAYS.between(yearEnd(month, fiscalYear - 1), yearEnd(month, fiscalYear)) / 7);
    }

    /** The last day of a fiscal quarter; quarter 0 is the previous year-end. */
    LocalDate quarterEnd(Month month, int fiscalYear, int quarter) {
        if (quarter == 4) {
            return yearEnd(month, fiscalYear);
        }
        LocalDate start = yearEnd(month, fiscalYear - 1);
        int weeks = 0;
        for (int q = 0; q < quarter; q++) {
            weeks += quarterWeeks[q];
        }
        if (quarter >= extraWeekQuarter && quarter > 0
                && ChronoUnit.DAYS.between(start, yearEnd(month, fiscalYear)) == 371) {
            weeks++;
        }
        return start.plusWeeks(weeks);
    }

    /**
     * The fiscal year containing a date, from {@code fy}, the year a month-end calendar would give:
     * a weekday year-end lies up to six days before (or three after) its month's end.
     */
    int fiscalYearOf(Month month, LocalDate date, int fy) {
        while (date.isAfter(yearEnd(month, fy))) {
            fy++;
        }
        while (!date.isAfter(yearEnd(month, fy - 1))) {
            fy--;
        }
        return fy;
    }

    /** The quarter of fiscal year {@code fy} containing a date of that year. */
    Period quarterOf(Month month, LocalDate date, int fy) {
        for (int q = 1; q < 4; q++) {
            if (!date.isAfter(quarterEnd(month, fy, q))) {
                return Period.quarter(fy, q);
            }
        }
        return Period.quarter(fy, 4);
    }

    /** The text form of a calendar of these rules anchored to {@code month} (see {@link FiscalCalendar#toString()}). */
    String text(Month month) {
        return "52-53 weeks, " + (nearest ? weekday + " nearest the end of " + month : "last " + weekday + " of " + month)
                + (Arrays.equals(quarterWeeks, THIRTEEN_WEEKS) ? "" : ", quarters of " + quarterWeeks[0] + "-" + quarterWeeks[1] + "-"
                        + quarterWeeks[2] + " weeks")
                + ", extra week in Q" + extraWeekQuarter;
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof WeekYear)) {
            return false;
        }
        WeekYear o = (WeekYear) obj;
        return weekday == o.weekday && nearest == o.nearest && extraWeekQuarter == o.extraWeekQuarter
                && Arrays.equals(quarterWeeks, o.quarterWeeks);
    }

    @Override
    public int hashCode() {
        return Objects.hash(weekday, nearest, extraWeekQuarter) * 31 + Arrays.hashCode(quarterWeeks);
    }
}

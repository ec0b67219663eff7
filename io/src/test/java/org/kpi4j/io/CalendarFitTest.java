package org.kpi4j.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kpi4j.time.FiscalCalendar;
import org.kpi4j.time.Period;

/** The fiscal calendar a filer's periods imply; each case is built from a calendar and must give it back. */
class CalendarFitTest {

    /** The year-to-date and annual durations a filer of this calendar files for these years. */
    static List<LocalDate[]> filed(FiscalCalendar c, int from, int to) {
        List<LocalDate[]> out = new ArrayList<>();
        for (int y = from; y <= to; y++) {
            for (String p : List.of("Q1", "H1", "Q1-Q3", "")) {
                Period period = Period.parse(y + p);
                out.add(new LocalDate[] {c.startDate(period), c.endDate(period)});
            }
            out.add(new LocalDate[] {c.startDate(Period.parse(y + "Q2")), c.endDate(Period.parse(y + "Q2"))});
        }
        return out;
    }

    @Test
    void monthEnd_january() {
        FiscalCalendar jan = FiscalCalendar.endingIn(Month.JANUARY);
        assertThat(CalendarFit.infer(filed(jan, 2019, 2025), List.of()).calendar()).isEqualTo(jan);
    }

    @Test
    void lastWeekday_withTheExtraWeekInQ1() {
        FiscalCalendar apple = FiscalCalendar.lastWeekday(DayOfWeek.SATURDAY, Month.SEPTEMBER).withExtraWeekIn(1);
        // 2012, 2017 and 2023 have 53 weeks: their Q1 runs 14 weeks
        assertThat(CalendarFit.infer(filed(apple, 2010, 2025), List.of()).calendar()).isEqualTo(apple);
    }

    @Test
    void nearestWeekday_withOtherQuarterLengths() {
        FiscalCalendar c = FiscalCalendar.nearestWeekday(DayOfWeek.SUNDAY, Month.AUGUST).withQuarterWeeks(12, 12, 12);
        assertThat(CalendarFit.infer(filed(c, 2015, 2025), List.of()).calendar()).isEqualTo(c);
    }

    @Test
    void recentYearsWeighFirst_afterAChangeOfYearEnd() {
        // a filer that moved its year-end from June to December in 2021
        List<LocalDate[]> d = new ArrayList<>(filed(FiscalCalendar.endingIn(Month.JUNE), 2014, 2020));
        d.addAll(filed(FiscalCalendar.calendarYear(), 2021, 2025));
        assertThat(CalendarFit.infer(d, List.of()).calendar()).isEqualTo(FiscalCalendar.calendarYear());
    }

    @Test
    void nothingAnnual_assumesTheCalendarYear() {
        CalendarFit.Fit fit = CalendarFit.infer(List.of(), List.of());
        assertThat(fit.calendar()).isEqualTo(FiscalCalendar.calendarYear());
        assertThat(fit.how()).contains("calendar year is assumed");
    }
}

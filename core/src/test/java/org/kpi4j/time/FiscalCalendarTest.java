package org.kpi4j.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Month;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FiscalCalendarTest {

    private static final FiscalCalendar DEC = FiscalCalendar.calendarYear();
    private static final FiscalCalendar MARCH = FiscalCalendar.endingIn(Month.MARCH);

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void default_endsInDecember_andEndingInDecemberIsTheSame() {
        assertThat(DEC.yearEndMonth()).isEqualTo(Month.DECEMBER);
        assertThat(FiscalCalendar.endingIn(Month.DECEMBER)).isEqualTo(DEC);
        assertThat(DEC.yearEnd(2024)).isEqualTo(d("2024-12-31"));
    }

    static Stream<Arguments> spans() {
        return Stream.of(
                // December year-end: labels are calendar periods
                Arguments.of(DEC, "2024", "2024-01-01", "2024-12-31"),
                Arguments.of(DEC, "2024Q3", "2024-07-01", "2024-09-30"),
                Arguments.of(DEC, "2024H1", "2024-01-01", "2024-06-30"),
                Arguments.of(DEC, "2024Q1-Q3", "2024-01-01", "2024-09-30"),
                // class doc: March year-end, FY2024 = 2023-04-01..2024-03-31
                Arguments.of(MARCH, "2024", "2023-04-01", "2024-03-31"),
                // class doc: 2024Q1 is April..June 2023
                Arguments.of(MARCH, "2024Q1", "2023-04-01", "2023-06-30"),
                // class doc: 2024Q4 is January..March 2024
                Arguments.of(MARCH, "2024Q4", "2024-01-01", "2024-03-31"),
                // H2 = Q3 (Oct..Dec 2023) + Q4 (Jan..Mar 2024)
                Arguments.of(MARCH, "2024H2", "2023-10-01", "2024-03-31"),
                // June year-end: FY2024 = 2023-07-01..2024-06-30
                Arguments.of(FiscalCalendar.endingIn(Month.JUNE), "2024", "2023-07-01", "2024-06-30"),
                // February year-end in a leap year ends on the 29th; Q1 of FY2024 = Mar..May 2023
                Arguments.of(FiscalCalendar.endingIn(Month.FEBRUARY), "2024", "2023-03-01", "2024-02-29"),
                Arguments.of(FiscalCalendar.endingIn(Month.FEBRUARY), "2024Q1", "2023-03-01", "2023-05-31"));
    }

    @ParameterizedTest
    @MethodSource("spans")
    void startAndEndDate_ofLabel(FiscalCalendar cal, String label, String start, String end) {
        Period p = Period.parse(label);
        assertThat(cal.startDate(p)).isEqualTo(d(start));
        assertThat(cal.endDate(p)).isEqualTo(d(end));
    }

    static Stream<Arguments> quarters() {
        return Stream.of(
                // December: May is in Q2 of the same year
                Arguments.of(DEC, "2024-05-10", "2024Q2"),
                Arguments.of(DEC, "2024-12-31", "2024Q4"),
                // class doc: March year-end, 2024-05-10 is in 2025Q1 (FY2025 starts 2024-04-01)
                Arguments.of(MARCH, "2024-05-10", "2025Q1"),
                // the year-end day itself closes Q4 of that fiscal year
                Arguments.of(MARCH, "2024-03-31", "2024Q4"),
                Arguments.of(MARCH, "2024-01-01", "2024Q4"),
                // Oct..Dec 2023 is Q3 of FY2024
                Arguments.of(MARCH, "2023-12-31", "2024Q3"),
                Arguments.of(MARCH, "2024-04-01", "2025Q1"));
    }

    @ParameterizedTest
    @MethodSource("quarters")
    void quarterOf_date(FiscalCalendar cal, String date, String quarter) {
        assertThat(cal.quarterOf(d(date))).isEqualTo(Period.parse(quarter));
    }

    static Stream<Arguments> priorYearEnds() {
        return Stream.of(
                // class doc: March year-end, 2024-09-30 compares with 2024-03-31
                Arguments.of(MARCH, "2024-09-30", "2024-03-31"),
                // a date that is itself a year-end compares with the year-end a year earlier
                Arguments.of(MARCH, "2024-03-31", "2023-03-31"),
                // the day after a year-end compares with that year-end
                Arguments.of(MARCH, "2024-04-01", "2024-03-31"),
                Arguments.of(DEC, "2024-12-31", "2023-12-31"),
                Arguments.of(DEC, "2025-03-31", "2024-12-31"),
                Arguments.of(DEC, "2025-01-01", "2024-12-31"));
    }

    @ParameterizedTest
    @MethodSource("priorYearEnds")
    void priorYearEnd_isLastYearEndStrictlyBefore(FiscalCalendar cal, String date, String expected) {
        assertThat(cal.priorYearEnd(d(date))).isEqualTo(d(expected));
    }

    @Test
    void instantAtEnd_ofDuration_isItsLastDay_andInstantUnchanged() {
        assertThat(MARCH.instantAtEnd(Period.parse("2024"))).isEqualTo(Period.parse("2024-03-31"));
        assertThat(MARCH.instantAtEnd(Period.parse("2024Q1"))).isEqualTo(Period.parse("2023-06-30"));
        assertThat(DEC.instantAtEnd(Period.parse("2024"))).isEqualTo(Period.parse("2024-12-31"));
        assertThat(DEC.instantAtEnd(Period.parse("2024H1"))).isEqualTo(Period.parse("2024-06-30"));
        Period instant = Period.parse("2024-05-10");
        assertThat(DEC.instantAtEnd(instant)).isEqualTo(instant);
    }

    @Test
    void fiscalYearOf_andIsQuarterEnd() {
        assertThat(MARCH.fiscalYearOf(d("2024-03-31"))).isEqualTo(2024);
        assertThat(MARCH.fiscalYearOf(d("2024-04-01"))).isEqualTo(2025);
        assertThat(MARCH.isQuarterEnd(d("2023-06-30"))).isTrue();
        assertThat(MARCH.isQuarterEnd(d("2023-06-29"))).isFalse();
        assertThat(DEC.isQuarterEnd(d("2024-09-30"))).isTrue();
    }

    @Test
    void startDate_ofInstant_throws() {
        assertThatThrownBy(() -> DEC.startDate(Period.parse("2024-12-31")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // Apple: 52/53-week years ending the last Saturday of September, the extra week in Q1
    private static final FiscalCalendar APPLE =
            FiscalCalendar.lastWeekday(java.time.DayOfWeek.SATURDAY, Month.SEPTEMBER).withExtraWeekIn(1);

    static Stream<Arguments> appleQuarters() {
        // start and end dates of Apple's periods as its 10-Q/10-K filings give them (the start/end of
        // the facts in its EDGAR companyfacts)
        return Stream.of(
                Arguments.of("2024", "2023-10-01", "2024-09-28"),        // 52 weeks
                Arguments.of("2024Q2", "2023-12-31", "2024-03-30"),
                Arguments.of("2024Q3", "2024-03-31", "2024-06-29"),
                Arguments.of("2023", "2022-09-25", "2023-09-30"),        // 53 weeks (371 days)
                Arguments.of("2023Q1", "2022-09-25", "2022-12-31"),      // the 14-week quarter
                Arguments.of("2023Q2", "2023-01-01", "2023-04-01"),
                Arguments.of("2023Q1-Q3", "2022-09-25", "2023-07-01"),
                Arguments.of("2012Q1", "2011-09-25", "2011-12-31"),      // FY2012 had 53 weeks too
                Arguments.of("2026Q1", "2025-09-28", "2025-12-27"));
    }

    @ParameterizedTest
    @MethodSource("appleQuarters")
    void weekCalendar_apple_spansAsFiled(String label, String start, String end) {
        Period p = Period.parse(label);
        assertThat(APPLE.startDate(p)).isEqualTo(d(start));
        assertThat(APPLE.endDate(p)).isEqualTo(d(end));
        // and back: the quarter of the last day is the period's last quarter
        assertThat(APPLE.quarterOf(d(end))).isEqualTo(p.endQuarter());
        assertThat(APPLE.isQuarterEnd(d(end))).isTrue();
    }

    @Test
    void weekCalendar_apple_yearsQuartersAndPriorYearEnds() {
        assertThat(APPLE.weeksIn(2023)).isEqualTo(53);
        assertThat(APPLE.weeksIn(2024)).isEqualTo(52);
        // 2024-09-28 ends FY2024; the next day is FY2025Q1
        assertThat(APPLE.fiscalYearOf(d("2024-09-28"))).isEqualTo(2024);
        assertThat(APPLE.quarterOf(d("2024-09-29"))).isEqualTo(Period.parse("2025Q1"));
        // 2024-09-30 is the last day of a month but no Apple quarter end
        assertThat(APPLE.isQuarterEnd(d("2024-09-30"))).isFalse();
        // a balance sheet at 2024-03-30 compares with the FY2023 year-end, 2023-09-30
        assertThat(APPLE.priorYearEnd(d("2024-03-30"))).isEqualTo(d("2023-09-30"));
        assertThat(APPLE.priorYearEnd(d("2008-09-27"))).isEqualTo(d("2007-09-29"));
    }

    @Test
    void weekCalendar_nearestWeekday_mayEndInTheNextMonth() {
        FiscalCalendar cal = FiscalCalendar.nearestWeekday(java.time.DayOfWeek.SATURDAY, Month.DECEMBER);
        // hand: 2020-12-31 is a Thursday; the Saturday nearest it is 2021-01-02, two days later
        assertThat(cal.yearEnd(2020)).isEqualTo(d("2021-01-02"));
        // 2019-12-31 is a Tuesday; Saturday 2019-12-28 is three days before it, 2020-01-04 four after
        assertThat(cal.yearEnd(2019)).isEqualTo(d("2019-12-28"));
        // so FY2020 has 53 weeks, the extra one in Q4 by default: Q1 = 13 weeks to 2020-03-28
        assertThat(cal.weeksIn(2020)).isEqualTo(53);
        assertThat(cal.endDate(Period.parse("2020Q1"))).isEqualTo(d("2020-03-28"));
        assertThat(cal.startDate(Period.parse("2020Q4"))).isEqualTo(d("2020-09-27"));
        // 2021-01-01 still lies in FY2020, named by its December
        assertThat(cal.quarterOf(d("2021-01-01"))).isEqualTo(Period.parse("2020Q4"));
    }

    @Test
    void weekCalendar_otherQuarterLengths() {
        // Costco-like: the Sunday nearest the end of August, quarters of 12, 12, 12 and 16 weeks.
        // hand: 2023-08-31 is a Thursday, Sunday 2023-09-03 is nearest; 2024-08-31 a Saturday, 2024-09-01
        FiscalCalendar cal = FiscalCalendar.nearestWeekday(java.time.DayOfWeek.SUNDAY, Month.AUGUST)
                .withQuarterWeeks(12, 12, 12);
        assertThat(cal.startDate(Period.parse("2024"))).isEqualTo(d("2023-09-04"));
        assertThat(cal.endDate(Period.parse("2024Q1"))).isEqualTo(d("2023-11-26"));      // + 84 days
        assertThat(cal.startDate(Period.parse("2024Q4"))).isEqualTo(d("2024-05-13"));    // + 252 days
        assertThat(cal.endDate(Period.parse("2024"))).isEqualTo(d("2024-09-01"));
    }

    @Test
    void parse_readsWhatToStringWrites() {
        for (FiscalCalendar c : new FiscalCalendar[] {DEC, MARCH, APPLE,
            FiscalCalendar.nearestWeekday(java.time.DayOfWeek.SUNDAY, Month.AUGUST).withQuarterWeeks(12, 12, 12),
            FiscalCalendar.lastWeekday(java.time.DayOfWeek.FRIDAY, Month.JANUARY)}) {
            assertThat(FiscalCalendar.parse(c.toString())).as(c.toString()).isEqualTo(c);
        }
        assertThat(APPLE.toString()).isEqualTo("52-53 weeks, last SATURDAY of SEPTEMBER, extra week in Q1");
        assertThat(FiscalCalendar.parse("3")).isEqualTo(MARCH);
        assertThat(FiscalCalendar.parse("month-end january")).isEqualTo(FiscalCalendar.endingIn(Month.JANUARY));
        assertThatThrownBy(() -> FiscalCalendar.parse("13")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'13'");
        assertThatThrownBy(() -> MARCH.withExtraWeekIn(1)).isInstanceOf(IllegalStateException.class);
    }
}

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
}

package org.kpi4j.cli;

import java.time.Month;
import java.util.Optional;
import org.kpi4j.time.FiscalCalendar;
import picocli.CommandLine.Option;

/** The {@code --fiscal-year-end} option, shared by the commands that read files. */
final class FiscalYear {

    @Option(names = "--fiscal-year-end", paramLabel = "END",
            description = "last month of the fiscal year, 1-12, or a 52/53-week calendar as kpi import prints it "
                    + "('52-53 weeks, last SATURDAY of SEPTEMBER, extra week in Q1') (default: the file's own "
                    + "calendar, as EDGAR's annual periods show it, else 12)")
    String yearEnd;

    /** @return the calendar the option names, or the calendar year when it is not given */
    FiscalCalendar calendar() {
        return given().orElse(FiscalCalendar.calendarYear());
    }

    /** @return the calendar the option names, if it is given */
    Optional<FiscalCalendar> given() {
        if (yearEnd == null) {
            return Optional.empty();
        }
        String s = yearEnd.strip();
        if (s.matches("-?\\d+")) {
            int month = Integer.parseInt(s.length() > 3 ? "13" : s);
            if (month < 1 || month > 12) {
                throw new IllegalArgumentException("--fiscal-year-end must be a month 1..12 but was " + s);
            }
            return Optional.of(FiscalCalendar.endingIn(Month.of(month)));
        }
        try {
            return Optional.of(FiscalCalendar.parse(s));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--fiscal-year-end must be a month 1..12 or a calendar such as '52-53 "
                    + "weeks, last SATURDAY of SEPTEMBER, extra week in Q1': " + e.getMessage(), e);
        }
    }
}

package org.kpi4j.cli;

import java.time.Month;
import java.util.Optional;
import org.kpi4j.time.FiscalCalendar;
import picocli.CommandLine.Option;

/** The {@code --fiscal-year-end} option, shared by the commands that read files. */
final class FiscalYear {

    @Option(names = "--fiscal-year-end", paramLabel = "MONTH",
            description = "last month of the fiscal year, 1-12 (default: the file's own calendar, as EDGAR's "
                    + "annual periods show it, else 12)")
    Integer yearEndMonth;

    /** @return the calendar the option names, or the calendar year when it is not given */
    FiscalCalendar calendar() {
        return given().orElse(FiscalCalendar.calendarYear());
    }

    /** @return the calendar the option names, if it is given */
    Optional<FiscalCalendar> given() {
        if (yearEndMonth == null) {
            return Optional.empty();
        }
        if (yearEndMonth < 1 || yearEndMonth > 12) {
            throw new IllegalArgumentException("--fiscal-year-end must be a month 1..12 but was " + yearEndMonth);
        }
        return Optional.of(FiscalCalendar.endingIn(Month.of(yearEndMonth)));
    }
}

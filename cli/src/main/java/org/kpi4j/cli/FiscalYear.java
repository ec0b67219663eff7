package org.kpi4j.cli;

import java.time.Month;
import org.kpi4j.time.FiscalCalendar;
import picocli.CommandLine.Option;

/** The {@code --fiscal-year-end} option, shared by the commands that read files. */
final class FiscalYear {

    @Option(names = "--fiscal-year-end", paramLabel = "MONTH", defaultValue = "12",
            description = "last month of the fiscal year, 1-12 (default: ${DEFAULT-VALUE})")
    int yearEndMonth = 12;

    /** @return the calendar the option names */
    FiscalCalendar calendar() {
        if (yearEndMonth < 1 || yearEndMonth > 12) {
            throw new IllegalArgumentException("--fiscal-year-end must be a month 1..12 but was " + yearEndMonth);
        }
        return FiscalCalendar.endingIn(Month.of(yearEndMonth));
    }
}

package org.kpi4j.time;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kpi4j.KpiDataException;

/**
 * The labels of {@link Period}s: which spans of quarters have one ({@link Period#span}), and the
 * text forms {@link Period#toString()} writes and {@link Period#parse(CharSequence)} reads.
 */
final class PeriodLabels {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})(?:FY)?");
    private static final Pattern HALF = Pattern.compile("(\\d{4})H([12])");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})Q([1-4])");
    private static final Pattern SPAN = Pattern.compile("(\\d{4})Q([1-4])-Q([1-4])");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private PeriodLabels() {
    }

    /** See {@link Period#span(int, int, int)}. */
    static Period span(int year, int first, int last) {
        PeriodChecks.quarter(first, "first");
        PeriodChecks.quarter(last, "last");
        if (first == last) {
            return Period.quarter(year, first);
        }
        if (first == 1) {
            return Period.ytd(year, last);
        }
        if (first == 3 && last == 4) {
            return Period.half(year, 2);
        }
        throw new IllegalArgumentException("quarters " + first + " to " + last
                + " of a year form no reporting period; expected a quarter, a half, Q1-Q3 or the year");
    }

    /** The label of a period from its fields (see {@link Period#toString()}). */
    static String format(PeriodType type, int year, int firstQuarter, int lastQuarter, LocalDate date) {
        switch (type) {
            case YEAR:
                return Integer.toString(year);
            case HALF:
                return year + "H" + (firstQuarter == 1 ? 1 : 2);
            case QUARTER:
                return year + "Q" + firstQuarter;
            case YTD:
                return year + "Q1-Q" + lastQuarter;
            default:
                return date.toString();
        }
    }

    /** See {@link Period#parse(CharSequence)}. */
    static Period parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString().trim().toUpperCase(java.util.Locale.ROOT);
        Matcher m;
        try {
            if ((m = YEAR.matcher(s)).matches()) {
                return Period.year(Integer.parseInt(m.group(1)));
            }
            if ((m = HALF.matcher(s)).matches()) {
                return Period.half(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
            if ((m = QUARTER.matcher(s)).matches()) {
                return Period.quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
            if ((m = SPAN.matcher(s)).matches()) {
                return Period.span(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            }
            if (DATE.matcher(s).matches()) {
                return Period.instant(LocalDate.parse(s));
            }
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot parse period " + KpiDataException.quote(text) + ": "
                    + e.getMessage(), e);
        }
        throw new IllegalArgumentException("cannot parse period " + KpiDataException.quote(text)
                + "; expected a fiscal year (2024), half (2024H1), quarter (2024Q3), "
                + "year-to-date (2024Q1-Q3) or date (2024-09-30)");
    }
}

package org.kpi4j.time;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kpi4j.KpiDataException;

/** Reads the text forms of {@link Period} (see {@link Period#parse(CharSequence)}). */
final class PeriodParser {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})(?:FY)?");
    private static final Pattern HALF = Pattern.compile("(\\d{4})H([12])");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})Q([1-4])");
    private static final Pattern SPAN = Pattern.compile("(\\d{4})Q([1-4])-Q([1-4])");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private PeriodParser() {
    }

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

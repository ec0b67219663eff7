package org.kpi4j.time;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the text forms of {@link FiscalCalendar} (see {@link FiscalCalendar#parse(CharSequence)}). */
final class CalendarParser {

    private static final Pattern MONTH_END = Pattern.compile("(?:month-end\\s+)?(\\w+)");
    private static final Pattern WEEKS = Pattern.compile("52-53 weeks, (?:last (\\w+) of (\\w+)|(\\w+) nearest the end of "
            + "(\\w+))(?:, quarters of (\\d+)-(\\d+)-(\\d+) weeks)?(?:, extra week in q([1-4]))?");

    private CalendarParser() {
    }

    static FiscalCalendar parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString().strip().toLowerCase(Locale.ROOT);
        try {
            Matcher m = WEEKS.matcher(s);
            if (m.matches()) {
                boolean near = m.group(1) == null;
                DayOfWeek day = DayOfWeek.valueOf(m.group(near ? 3 : 1).toUpperCase(Locale.ROOT));
                Month month = month(m.group(near ? 4 : 2));
                FiscalCalendar c = near ? FiscalCalendar.nearestWeekday(day, month) : FiscalCalendar.lastWeekday(day, month);
                if (m.group(5) != null) {
                    c = c.withQuarterWeeks(Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)),
                            Integer.parseInt(m.group(7)));
                }
                return m.group(8) == null ? c : c.withExtraWeekIn(Integer.parseInt(m.group(8)));
            }
            m = MONTH_END.matcher(s);
            if (m.matches()) {
                return FiscalCalendar.endingIn(month(m.group(1)));
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot parse fiscal calendar '" + text + "': " + e.getMessage(), e);
        }
        throw new IllegalArgumentException("cannot parse fiscal calendar '" + text + "'; expected 'month-end MARCH' "
                + "or '52-53 weeks, last SATURDAY of SEPTEMBER, extra week in Q1'");
    }

    private static Month month(String s) {
        if (s.chars().allMatch(Character::isDigit)) {
            int m = Integer.parseInt(s);
            if (m < 1 || m > 12) {
                throw new IllegalArgumentException("a month is 1..12, not " + s);
            }
            return Month.of(m);
        }
        return Month.valueOf(s.toUpperCase(Locale.ROOT));
    }
}

package org.kpi4j.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.sql.api.java.UDF1;
import org.kpi4j.time.FiscalCalendar;
import org.kpi4j.time.Period;

/**
 * The quarter ordinal of a period label (fiscal year × 4 + quarter − 1, {@link Period#endQuarterIndex()}
 * of the period's last quarter; for a date, of the fiscal quarter that contains it), null for a label
 * that does not parse (the reader then names the row). A file repeats a few hundred labels, so each
 * is parsed once per task (the cache is concurrent in case tasks share the function).
 */
final class QuarterOrdinal implements UDF1<String, Integer> {

    private static final long serialVersionUID = 1L;

    /** The cached answer for a label that is not a period (a concurrent map holds no null). */
    private static final int NONE = Integer.MIN_VALUE;

    /** The calendar's text form: a 52/53-week calendar is more than the month it ends in. */
    private final String calendarText;
    private transient FiscalCalendar calendar;
    private transient volatile Map<String, Integer> cache;

    QuarterOrdinal(FiscalCalendar calendar) {
        this.calendarText = calendar.toString();
    }

    @Override
    public Integer call(String text) {
        if (text == null) {
            return null;
        }
        Map<String, Integer> c = cache;
        if (c == null) {
            calendar = FiscalCalendar.parse(calendarText);
            c = new ConcurrentHashMap<>();
            cache = c;
        }
        Integer q = c.get(text);
        if (q == null) {
            q = ordinal(text, calendar);
            if (c.size() < 1 << 16) {
                c.put(text, q);
            }
        }
        return q.intValue() == NONE ? null : q;
    }

    private static Integer ordinal(String text, FiscalCalendar calendar) {
        Period p;
        try {
            p = Period.parse(text);
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            return NONE;
        }
        return p.isInstant() ? calendar.quarterOf(p.date()).endQuarterIndex() : p.endQuarterIndex();
    }
}

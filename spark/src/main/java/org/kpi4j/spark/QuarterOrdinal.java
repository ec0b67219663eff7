package org.kpi4j.spark;

import java.time.Month;
import java.util.HashMap;
import java.util.Map;
import org.apache.spark.sql.api.java.UDF1;
import org.kpi4j.time.FiscalCalendar;
import org.kpi4j.time.Period;

/**
 * The quarter ordinal of a period label (fiscal year × 4 + quarter − 1, {@link Period#endQuarterIndex()}
 * of the period's last quarter; for a date, of the fiscal quarter that contains it), null for a label
 * that does not parse (the reader then names the row). A file repeats a few hundred labels, so each
 * is parsed once per task.
 */
final class QuarterOrdinal implements UDF1<String, Integer> {

    private static final long serialVersionUID = 1L;

    private final Month yearEnd;
    private transient FiscalCalendar calendar;
    private transient Map<String, Integer> cache;

    QuarterOrdinal(FiscalCalendar calendar) {
        this.yearEnd = calendar.yearEndMonth();
    }

    @Override
    public Integer call(String text) {
        if (text == null) {
            return null;
        }
        if (cache == null) {
            cache = new HashMap<>();
            calendar = FiscalCalendar.endingIn(yearEnd);
        }
        Integer q = cache.get(text);
        if (q == null && !cache.containsKey(text)) {
            q = ordinal(text, calendar);
            if (cache.size() < 1 << 16) {
                cache.put(text, q);
            }
        }
        return q;
    }

    static Integer ordinal(String text, FiscalCalendar calendar) {
        Period p;
        try {
            p = Period.parse(text.strip());
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            return null;
        }
        return p.isInstant() ? calendar.quarterOf(p.date()).endQuarterIndex() : p.endQuarterIndex();
    }
}

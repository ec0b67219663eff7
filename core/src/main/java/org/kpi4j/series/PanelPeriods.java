package org.kpi4j.series;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.kpi4j.time.FiscalCalendar;
import org.kpi4j.time.Period;

/**
 * The periods a {@link PanelAssembler} has seen, by id: what each means on the panel's axis (its
 * quarter, and whether it is an instant, a quarter end, a year-to-date span...), worked out once per
 * period rather than once per figure.
 */
final class PanelPeriods {

    static final byte INSTANT = 1;
    static final byte QUARTER_END = 2;
    static final byte CUMULATIVE = 4;
    static final byte YEAR_TO_DATE = 8;
    static final byte LATER_QUARTER = 16;

    private final FiscalCalendar calendar;
    private final Map<Period, Integer> ids = new HashMap<>();
    /** By id: the period, the quarter it ends (for an instant, the fiscal quarter it closes) and its kind. */
    Period[] period = new Period[64];
    int[] quarter = new int[64];
    byte[] kind = new byte[64];
    /** Why a quarter-end date has no quarter (its fiscal year is after 9999), by id; null while none. */
    private IllegalArgumentException[] error;
    private int count;

    PanelPeriods(FiscalCalendar calendar) {
        this.calendar = calendar;
    }

    /** Returns the id of a period, classifying it the first time it is seen. */
    int id(Period p) {
        Integer id = ids.get(p);
        if (id != null) {
            return id;
        }
        int i = count++;
        if (i == period.length) {
            period = Arrays.copyOf(period, 2 * i);
            quarter = Arrays.copyOf(quarter, 2 * i);
            kind = Arrays.copyOf(kind, 2 * i);
        }
        period[i] = p;
        byte k = 0;
        if (p.isInstant()) {
            k |= INSTANT;
            LocalDate d = p.date();
            if (calendar.isQuarterEnd(d)) {
                try {
                    quarter[i] = calendar.quarterOf(d).endQuarterIndex();
                    k |= QUARTER_END;
                } catch (IllegalArgumentException ex) { // the fiscal year of the date is after 9999
                    if (error == null) {
                        error = new IllegalArgumentException[period.length];
                    } else if (error.length < period.length) {
                        error = Arrays.copyOf(error, period.length);
                    }
                    error[i] = ex;
                }
            }
        } else {
            quarter[i] = p.endQuarterIndex();
            if (p.lengthInQuarters() > 1) {
                k |= CUMULATIVE;
            }
            if (p.isYearToDate()) {
                k |= YEAR_TO_DATE;
            }
            if (p.lastQuarter() != 1) {
                k |= LATER_QUARTER;
            }
        }
        kind[i] = k;
        ids.put(p, i);
        return i;
    }

    /** @return why the quarter-end date of period {@code id} has no quarter, or null */
    IllegalArgumentException error(int id) {
        return error != null && id < error.length ? error[id] : null;
    }
}

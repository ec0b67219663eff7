package org.kpi4j.fact;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kpi4j.time.FiscalCalendar;
import org.kpi4j.time.Period;

/**
 * Keeps a series on one basis per fiscal year. A restatement seldom covers every period of a year:
 * Apple's 10-K/A of January 2010 restated fiscal 2008's revenue (32,479M to 37,491M) but no filing
 * restated that year's Q1-Q3, so a fourth quarter derived from the latest of each (37,491M −
 * 24,584M) would be a number that no basis gives; it restated total assets at the 2009 year-end
 * (53,851M to 47,501M) but not at 2009-06-27, so growth between those two would compare two bases.
 * A figure of a fiscal year whose latest value was filed before another figure of the same year
 * changed is therefore on the old basis, and the series leaves it out (a missing period, never a
 * mixed one); the fact set keeps it among its vintages.
 */
final class Vintages {

    private static final Comparator<LocalDate> AS_OF = Comparator.nullsFirst(Comparator.naturalOrder());

    private Vintages() {
    }

    /**
     * Removes from {@code latest} (period to its latest fact) the figures that a restatement of
     * their fiscal year left on the old basis.
     *
     * @param all every vintage of the series
     * @param calendar the fiscal year of an instant
     */
    static void dropStale(List<Fact> all, Map<Period, Fact> latest, FiscalCalendar calendar) {
        Map<Period, List<Fact>> byPeriod = new HashMap<>();
        for (Fact f : all) {
            if (f.hasValue()) {
                byPeriod.computeIfAbsent(f.period(), p -> new java.util.ArrayList<>()).add(f);
            }
        }
        Map<Integer, LocalDate> restatedFrom = new HashMap<>();
        for (List<Fact> v : byPeriod.values()) {
            if (v.size() < 2) {
                continue;
            }
            v.sort(Comparator.comparing(Fact::asOf, AS_OF));
            for (int i = 1; i < v.size(); i++) {
                Fact before = v.get(i - 1);
                Fact now = v.get(i);
                if (now.asOf() != null && before.unit().convert(before.value(), now.unit()).compareTo(now.value()) != 0) {
                    restatedFrom.merge(year(now.period(), calendar), now.asOf(), (a, b) -> a.isBefore(b) ? a : b);
                    break;
                }
            }
        }
        if (restatedFrom.isEmpty()) {
            return;
        }
        latest.values().removeIf(f -> {
            LocalDate r = restatedFrom.get(year(f.period(), calendar));
            return r != null && f.asOf() != null && f.asOf().isBefore(r);
        });
    }

    private static int year(Period p, FiscalCalendar calendar) {
        return p.isInstant() ? calendar.fiscalYearOf(p.date()) : p.year();
    }
}

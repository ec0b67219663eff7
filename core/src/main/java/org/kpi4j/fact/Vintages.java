package org.kpi4j.fact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kpi4j.internal.Restatements;
import org.kpi4j.time.FiscalCalendar;
import org.kpi4j.time.Period;

/**
 * Keeps a series on one basis per fiscal year, by the rule {@link Restatements} states (the one the
 * panels follow too): a figure of a fiscal year whose latest value was filed before another figure
 * of the same year changed is on the old basis, and the series leaves it out; the fact set keeps it
 * among its vintages.
 */
final class Vintages {

    private Vintages() {
    }

    /**
     * Removes from {@code latest} (period to its latest fact) the figures that a restatement of
     * their fiscal year left on the old basis.
     *
     * @param all every vintage of the series
     * @param latest the latest fact of each period, changed in place
     * @param calendar the fiscal year of an instant
     * @return the periods removed, each with why, for the series' notes; empty if none
     */
    static Map<Period, String> dropStale(List<Fact> all, Map<Period, Fact> latest, FiscalCalendar calendar) {
        Map<Period, List<Fact>> byPeriod = new HashMap<>();
        for (Fact f : all) {
            if (f.hasValue()) {
                byPeriod.computeIfAbsent(f.period(), p -> new ArrayList<>()).add(f);
            }
        }
        // report dates as their rank among the series' dates: an int that keeps their order, for any date
        java.util.TreeSet<LocalDate> dates = new java.util.TreeSet<>();
        for (Fact f : all) {
            if (f.asOf() != null) {
                dates.add(f.asOf());
            }
        }
        Map<LocalDate, Integer> rank = new HashMap<>();
        List<LocalDate> byRank = new ArrayList<>(dates);
        for (LocalDate d : dates) {
            rank.put(d, rank.size());
        }
        Restatements r = new Restatements();
        for (Map.Entry<Period, List<Fact>> e : byPeriod.entrySet()) {
            List<Fact> v = e.getValue();
            r.period(year(e.getKey(), calendar), new Restatements.Vintages() {
                @Override
                public int size() {
                    return v.size();
                }

                @Override
                public int asOf(int i) {
                    return day(v.get(i).asOf(), rank);
                }

                @Override
                public boolean sameValue(int i, int j) {
                    Fact a = v.get(i);
                    Fact b = v.get(j);
                    return a.unit().convert(a.value(), b.unit()).compareTo(b.value()) == 0;
                }
            });
        }
        Map<Period, String> removed = new java.util.TreeMap<>();
        if (r.any()) {
            latest.values().removeIf(f -> {
                int year = year(f.period(), calendar);
                if (!r.stale(year, day(f.asOf(), rank))) {
                    return false;
                }
                removed.put(f.period(), "filed " + f.asOf() + ", before fiscal " + year + " was restated on "
                        + byRank.get(r.restatedFrom(year)) + ", so left out (kept among the vintages): a quarter "
                        + "derived or growth compared across a restatement would mix two bases");
                return true;
            });
        }
        return removed;
    }

    private static int day(LocalDate d, Map<LocalDate, Integer> rank) {
        return d == null ? Restatements.UNDATED : rank.get(d);
    }

    private static int year(Period p, FiscalCalendar calendar) {
        return p.isInstant() ? calendar.fiscalYearOf(p.date()) : p.year();
    }
}

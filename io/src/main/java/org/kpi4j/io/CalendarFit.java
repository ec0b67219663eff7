package org.kpi4j.io;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.kpi4j.time.FiscalCalendar;

/**
 * Infers a filer's fiscal calendar from the periods it filed: the year-ends are the ends of its
 * annual durations (360 to 372 days), the calendar the one among month-end and 52/53-week
 * calendars (last or nearest weekday of a month) that ends the most of those years, the most
 * recent ones weighing first; a week calendar's quarter lengths and the quarter that takes a
 * 53-week year's extra week come from its year-to-date durations (91, 182, 273 days, or 98 in a
 * 14-week first quarter).
 */
final class CalendarFit {

    /** The calendar and a sentence on how it was found. */
    record Fit(FiscalCalendar calendar, String how) {
    }

    private CalendarFit() {
    }

    /**
     * @param durations each {start, end} duration in the file (repeats allowed)
     * @param yearEndInstants instants reported in annual reports, used when there are no annual
     *     durations
     */
    static Fit infer(Collection<LocalDate[]> durations, Collection<LocalDate> yearEndInstants) {
        TreeSet<LocalDate> ends = new TreeSet<>();
        for (LocalDate[] d : durations) {
            long days = ChronoUnit.DAYS.between(d[0], d[1]) + 1;
            if (days >= 360 && days <= 372) {
                ends.add(d[1]);
            }
        }
        String from = ends.size() + " annual periods";
        if (ends.isEmpty()) {
            ends.addAll(yearEndInstants);
            from = ends.size() + " year-end balance sheets";
        }
        if (ends.isEmpty()) {
            return new Fit(FiscalCalendar.calendarYear(), "no annual period in the file, so the calendar year is assumed");
        }
        List<LocalDate> recent = new ArrayList<>(ends.descendingSet()).subList(0, Math.min(5, ends.size()));
        FiscalCalendar best = null;
        int bestRecent = -1;
        int bestAll = -1;
        for (FiscalCalendar c : candidates()) {
            int r = fits(c, recent);
            int a = fits(c, ends);
            if (r > bestRecent || (r == bestRecent && a > bestAll)) {
                best = c;
                bestRecent = r;
                bestAll = a;
            }
        }
        if (best.isWeekBased()) {
            best = quarters(best, durations);
        }
        return new Fit(best, best + ", inferred from " + from + " (it ends " + bestAll + " of them)");
    }

    /** Month-end calendars first, so that a tie (a September 30 that is also a Saturday) goes to them. */
    private static List<FiscalCalendar> candidates() {
        List<FiscalCalendar> out = new ArrayList<>();
        for (Month m : Month.values()) {
            out.add(FiscalCalendar.endingIn(m));
        }
        for (Month m : Month.values()) {
            for (DayOfWeek d : DayOfWeek.values()) {
                out.add(FiscalCalendar.lastWeekday(d, m));
            }
        }
        for (Month m : Month.values()) {
            for (DayOfWeek d : DayOfWeek.values()) {
                out.add(FiscalCalendar.nearestWeekday(d, m));
            }
        }
        return out;
    }

    private static int fits(FiscalCalendar c, Collection<LocalDate> ends) {
        int n = 0;
        for (LocalDate e : ends) {
            if (c.yearEnd(c.fiscalYearOf(e)).equals(e)) {
                n++;
            }
        }
        return n;
    }

    /**
     * The quarter lengths and the extra week's quarter, from durations that start a fiscal year and
     * end inside it: their lengths in weeks are the cumulative weeks of Q1, H1 and Q1-Q3.
     */
    private static FiscalCalendar quarters(FiscalCalendar c, Collection<LocalDate[]> durations) {
        Map<Integer, Integer> in52 = new HashMap<>();
        Map<Integer, TreeSet<Integer>> in53 = new HashMap<>();
        for (LocalDate[] d : durations) {
            LocalDate before = d[0].minusDays(1);
            int fy = c.fiscalYearOf(before) + 1;
            long days = ChronoUnit.DAYS.between(d[0], d[1]) + 1;
            if (!c.yearEnd(fy - 1).equals(before) || days % 7 != 0 || d[1].isAfter(c.yearEnd(fy))
                    || !d[1].isBefore(c.yearEnd(fy))) {
                continue;
            }
            int weeks = (int) (days / 7);
            if (c.weeksIn(fy) == 52) {
                in52.merge(weeks, 1, Integer::sum);
            } else {
                in53.computeIfAbsent(fy, k -> new TreeSet<>()).add(weeks);
            }
        }
        List<Integer> top = in52.entrySet().stream()
                .sorted((a, b) -> a.getValue().equals(b.getValue()) ? Integer.compare(a.getKey(), b.getKey())
                        : Integer.compare(b.getValue(), a.getValue()))
                .limit(3).map(Map.Entry::getKey).sorted().toList();
        int[] cum = {13, 26, 39};
        if (top.size() == 3 && top.get(2) < 52) {
            cum = new int[] {top.get(0), top.get(1), top.get(2)};
            c = c.withQuarterWeeks(cum[0], cum[1] - cum[0], cum[2] - cum[1]);
        }
        int[] votes = new int[5];
        for (TreeSet<Integer> s : in53.values()) {
            if (s.contains(cum[0] + 1)) {
                votes[1]++;
            } else if (s.contains(cum[0]) && s.contains(cum[1] + 1)) {
                votes[2]++;
            } else if (s.contains(cum[1]) && s.contains(cum[2] + 1)) {
                votes[3]++;
            } else if (s.contains(cum[2])) {
                votes[4]++;
            }
        }
        int extra = 4;
        for (int q = 1; q <= 3; q++) {
            if (votes[q] > votes[extra]) {
                extra = q;
            }
        }
        return c.withExtraWeekIn(extra);
    }
}

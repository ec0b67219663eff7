package org.kpi4j.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The restatement rule of a series, the one implementation behind every path that picks a series'
 * figures from their vintages ({@code FactSet.series}, and {@code PanelRestatements} when a {@code
 * PanelAssembler} lays out a panel: PanelCsv, TidyReader and Spark). A restatement seldom covers
 * every period of a year: Apple's 10-K/A of January 2010 restated fiscal 2008's revenue (32,479M
 * to 37,491M) but no filing restated that year's Q1-Q3, so a fourth quarter derived from the
 * latest of each (37,491M − 24,584M) would be a number that no basis gives; it restated total
 * assets at the 2009 year-end (53,851M to 47,501M) but not at 2009-06-27, so growth between the
 * two would compare two bases.
 *
 * <p>The rule: in each period, the vintages in order of report date; the first dated vintage whose
 * value differs from the one before restates the period's fiscal year from its date. A figure of
 * that year whose latest vintage was filed before the earliest such date is on the old basis and is
 * left out of the series (a missing period, never a mixed one). An undated figure is never taken as
 * a restatement and never left out.
 *
 * <p>One instance per series; not thread-safe.
 */
public final class Restatements {

    /** The report date of a figure that has none: older than any date. */
    public static final int UNDATED = Integer.MIN_VALUE;

    /** The vintages of one period, as the caller holds them. */
    public interface Vintages {
        /** @return how many vintages the period has */
        int size();

        /**
         * @param i a vintage, 0 to size − 1
         * @return its report date as an epoch day, or {@link #UNDATED}
         */
        int asOf(int i);

        /**
         * @param i a vintage
         * @param j another vintage
         * @return true if the two give the same value (in one unit, exactly)
         */
        boolean sameValue(int i, int j);
    }

    /** Fiscal year to the earliest report date that restated a figure of it. */
    private final Map<Integer, Integer> restatedFrom = new HashMap<>();

    /**
     * Takes the vintages of one period of the series.
     *
     * @param fiscalYear the fiscal year the period belongs to (an instant's by its date)
     * @param v the period's vintages, in any order; their report dates differ (or are undated)
     */
    public void period(int fiscalYear, Vintages v) {
        int n = v.size();
        if (n < 2) {
            return;
        }
        long[] order = new long[n]; // report date, then the vintage: sorted by date, stable for equal ones
        for (int i = 0; i < n; i++) {
            order[i] = (long) v.asOf(i) << 32 | i;
        }
        Arrays.sort(order);
        for (int k = 1; k < n; k++) {
            int before = (int) order[k - 1];
            int now = (int) order[k];
            int date = (int) (order[k] >> 32);
            if (date != UNDATED && !v.sameValue(before, now)) {
                restatedFrom.merge(fiscalYear, date, Math::min);
                return;
            }
        }
    }

    /** @return true if some period of the series was restated */
    public boolean any() {
        return !restatedFrom.isEmpty();
    }

    /**
     * Says whether a figure is on a basis a restatement of its year replaced.
     *
     * @param fiscalYear the figure's fiscal year
     * @param asOf the report date of its latest vintage, or {@link #UNDATED}
     * @return true if the series leaves the figure out
     */
    public boolean stale(int fiscalYear, int asOf) {
        Integer from = restatedFrom.get(fiscalYear);
        return from != null && asOf != UNDATED && asOf < from;
    }

    /**
     * @param fiscalYear a fiscal year
     * @return the earliest report date that restated a figure of it, or {@link #UNDATED} if none did
     */
    public int restatedFrom(int fiscalYear) {
        return restatedFrom.getOrDefault(fiscalYear, UNDATED);
    }
}

package org.kpi4j.series;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kpi4j.time.Period;

/**
 * The points of a {@link KpiSeries} on primitive storage: periods in ascending order, their values,
 * decimals and provenance in parallel arrays, and each period's index. {@link KpiSeriesBuilder#build()}
 * sorts the points and refuses a duplicate period; nothing changes them afterwards.
 */
final class SeriesPoints {

    final Period[] periods;
    final double[] values;
    final int[] decimals;
    final Provenance[] provenance;
    private final Map<Period, Integer> index;

    SeriesPoints(Period[] periods, double[] values, int[] decimals, Provenance[] provenance) {
        this.periods = periods;
        this.values = values;
        this.decimals = decimals;
        this.provenance = provenance;
        Map<Period, Integer> idx = new HashMap<>(periods.length * 2);
        for (int i = 0; i < periods.length; i++) {
            idx.put(periods[i], i);
        }
        this.index = idx;
    }

    /** The index of a period, or null if absent. */
    Integer indexOf(Period period) {
        return index.get(period);
    }

    Point point(int i) {
        return new Point(periods[i], values[i], decimals[i], provenance[i]);
    }

    List<Point> points() {
        List<Point> out = new ArrayList<>(periods.length);
        for (int i = 0; i < periods.length; i++) {
            out.add(point(i));
        }
        return out;
    }

    /** True if the other holds the same periods with the same values (decimals and provenance aside). */
    boolean sameValues(SeriesPoints o) {
        return Arrays.equals(periods, o.periods) && Arrays.equals(values, o.values);
    }
}

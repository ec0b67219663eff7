package org.kpi4j.series;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kpi4j.internal.Restatements;

/**
 * The restatement rule ({@link Restatements}, the one {@code FactSet.series} follows) applied to a
 * panel's cells as {@link PanelRows} lays them out, and the notes that say what it left out.
 */
final class PanelRestatements {

    private PanelRestatements() {
    }

    /**
     * The restatement rule for series lo..hi − 1, whose cells in {@code revised} were given more than
     * one figure: the figures of those cells are gathered (a second pass, only for such cells), each
     * series' restated years found, and the cells of those years filed before set to NaN.
     *
     * @return per series of the range, the figures left out; null if none was
     */
    static int[] dropStale(PanelRows rows, double[] values, int[] cellRow, java.util.BitSet revised, int lo, int hi, int quarters) {
        int base = lo * quarters;
        Map<Integer, int[]> vintages = new HashMap<>(); // cell to its rows (block << 16 | row), count last
        for (int k = 0; k < rows.blocks.size(); k++) {
            PanelRows.Block b = rows.blocks.get(k);
            for (int i = 0, n = b.size; i < n; i++) {
                int s = b.series[i];
                if (s < lo || s >= hi) {
                    continue;
                }
                int cell = s * quarters + b.quarter[i] - rows.minQuarter();
                if (!revised.get(cell - base)) {
                    continue;
                }
                int[] v = vintages.computeIfAbsent(cell, c -> new int[3]);
                int count = v[v.length - 1];
                if (count == v.length - 1) {
                    v = Arrays.copyOf(v, 2 * v.length);
                    v[v.length - 1] = count;
                    vintages.put(cell, v);
                }
                v[count] = k << 16 | i;
                v[v.length - 1] = count + 1;
            }
        }
        Map<Integer, Restatements> bySeries = new HashMap<>();
        for (Map.Entry<Integer, int[]> e : vintages.entrySet()) {
            int cell = e.getKey();
            int[] v = e.getValue();
            int n = v[v.length - 1];
            int year = Math.floorDiv(cell % quarters + rows.minQuarter(), 4);
            bySeries.computeIfAbsent(cell / quarters, s -> new Restatements()).period(year, new Restatements.Vintages() {
                @Override
                public int size() {
                    return n;
                }

                @Override
                public int asOf(int i) {
                    int d = rows.asOf(v[i]);
                    return d == PanelAssembler.NO_AS_OF ? Restatements.UNDATED : d;
                }

                @Override
                public boolean sameValue(int i, int j) {
                    return rows.value(v[i]) == rows.value(v[j]);
                }
            });
        }
        int[] stale = null;
        for (Map.Entry<Integer, Restatements> e : bySeries.entrySet()) {
            Restatements r = e.getValue();
            if (!r.any()) {
                continue;
            }
            int s = e.getKey();
            for (int q = 0; q < quarters; q++) {
                int cell = s * quarters + q;
                int ref = cellRow[cell];
                if (ref < 0) {
                    continue;
                }
                int d = rows.asOf(ref);
                if (r.stale(Math.floorDiv(q + rows.minQuarter(), 4), d == PanelAssembler.NO_AS_OF ? Restatements.UNDATED : d)) {
                    values[cell] = Double.NaN;
                    cellRow[cell] = -1;
                    if (stale == null) {
                        stale = new int[hi - lo];
                    }
                    stale[s - lo]++;
                }
            }
        }
        return stale;
    }

    /** One note per series that the rule left figures of, in series order. */
    static List<String> notes(int[] stale, SeriesKey[] keys) {
        List<String> notes = new ArrayList<>();
        for (int s = 0; stale != null && s < stale.length; s++) {
            int k = stale[s];
            if (k > 0) {
                notes.add(keys[s] + ": " + k + (k == 1 ? " figure" : " figures") + " left out, filed before a "
                        + "restatement of " + (k == 1 ? "its" : "their") + " fiscal year (a figure derived "
                        + "across it would mix two bases)");
            }
        }
        return notes;
    }
}
